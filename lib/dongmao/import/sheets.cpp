#include <dongmao/error.hpp>
#include <dongmao/import/sheets.hpp>
#include <dongmao/store/references.hpp>

#include <algorithm>

namespace dongmao::import {

namespace {

constexpr std::size_t k_header_scan_rows = 30;
constexpr std::size_t k_max_sheets_searched = 64;

// Calls `found` with each visible worksheet besides `first` and its detected header, in
// order, until it returns false.
template <typename Found>
void each_other_ledger(const ImportRequest& request, const Mapping& mapping, const read::RowReader& first, Found found)
{
  const auto sheets = std::min<std::size_t>(first.sheet_count(), k_max_sheets_searched);
  for (std::size_t n = 1; n <= sheets; ++n) {
    auto options = request.reader;
    options.sheet = std::to_string(n);
    std::unique_ptr<read::RowReader> reader;
    try {
      reader = read::open_reader(request.file, options);
    } catch (const DataError&) {
      continue; // a chart sheet
    }
    if (reader->hidden() || reader->sheet_name() == first.sheet_name()) {
      continue;
    }
    auto head = read_head(*reader);
    if (auto header = detect_header(head, mapping)) {
      if (!found(LedgerSheet{std::move(reader), std::move(head), std::move(*header)})) {
        return;
      }
    }
  }
}

std::vector<std::string> column_names(const Header& header)
{
  std::vector<std::string> names;
  for (const auto& column : header.columns) {
    names.push_back(column.name);
  }
  return names;
}

} // namespace

std::vector<read::Row> read_head(read::RowReader& reader)
{
  std::vector<read::Row> head;
  read::Row row;
  while (head.size() < k_header_scan_rows && reader.next(row)) {
    head.push_back(row);
  }
  return head;
}

std::optional<LedgerSheet> find_ledger_sheet(const ImportRequest& request, const Mapping& mapping,
                                             const read::RowReader& first)
{
  std::optional<LedgerSheet> ledger;
  each_other_ledger(request, mapping, first, [&](LedgerSheet&& sheet) {
    ledger = std::move(sheet);
    return false;
  });
  return ledger;
}

std::vector<LedgerSheet> community_sheets(const ImportRequest& request, const Mapping& mapping,
                                          const read::RowReader& first, const Header& header)
{
  std::vector<LedgerSheet> sheets;
  const auto community = mapping.find("community");
  const bool bound = std::any_of(header.columns.begin(), header.columns.end(),
                                 [&](const ColumnBinding& column) { return column.field == community; });
  if (request.reader.sheet || !community || bound || first.sheet_count() < 2) {
    return sheets;
  }
  const auto names = column_names(header);
  each_other_ledger(request, mapping, first, [&](LedgerSheet&& sheet) {
    if (column_names(sheet.header) == names) {
      sheets.push_back(std::move(sheet));
    }
    return true;
  });
  return sheets;
}

bool all_communities(db::Connection& db, const std::vector<std::string>& names, const std::string& now)
{
  store::References references(db, false, now);
  for (const auto& name : names) {
    try {
      references.community(name);
    } catch (const store::ReferenceError&) {
      return false;
    }
  }
  return true;
}

} // namespace dongmao::import
