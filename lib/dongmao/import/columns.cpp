#include <dongmao/import/columns.hpp>
#include <dongmao/import/header_match.hpp>
#include <dongmao/import/prepare.hpp>
#include <dongmao/text/import.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace dongmao::import {

namespace {

// The columns write_errors_file puts before and after the ledger's own.
constexpr std::string_view k_row_number_column = "行号";
constexpr std::string_view k_reason_column = "错误原因";

} // namespace

void read_around_table(const std::vector<read::Row>& head, const Mapping& mapping, Header& header,
                       ImportSummary& summary, std::optional<std::string>& month)
{
  std::string from;
  auto found = title_year(head, header.first_row);
  if (found) {
    from = text::format(text::k_context_title, found->source);
  } else if ((found =
                title_year({read::Row{1, {read::Cell{read::CellType::text, summary.sheet, 0}}, std::nullopt}}, 2))) {
    from = text::format(text::k_context_sheet_name, summary.sheet);
  }
  if (!found) {
    return;
  }
  const auto bound = [&](const auto& wanted) {
    return std::any_of(header.columns.begin(), header.columns.end(), [&](const ColumnBinding& column) {
      return column.field && wanted(mapping.fields[*column.field]);
    });
  };
  if (bound([](const Field& field) { return field.type == FieldType::date; })) {
    for (auto& column : header.columns) {
      column.default_year = found->year;
    }
    summary.context.push_back(text::format(text::k_context_year, found->year, from));
  }
  // A statistics sheet without a 月份 column is the month its title names.
  const auto month_field = mapping.find("month");
  if (!month && found->month != 0 && month_field &&
      !bound([&](const Field& field) { return &field == &mapping.fields[*month_field]; })) {
    month = fmt::format("{:04}-{:02}", found->year, found->month);
    summary.context.push_back(text::format(text::k_context_month, *month, from));
  }
}

void skip_errors_file_columns(Header& header, ImportSummary& summary)
{
  auto& columns = header.columns;
  while (!columns.empty() && columns.back().header.empty() && !columns.back().field) {
    columns.pop_back();
  }
  if (columns.size() < 3 || columns.front().field || columns.back().field ||
      columns.front().header != k_row_number_column || columns.back().header != k_reason_column) {
    return;
  }
  columns.front().skipped = true;
  columns.back().skipped = true;
  summary.context.push_back(text::format(text::k_context_errors_file, k_row_number_column, k_reason_column));
}

void skip_row_number_columns(Header& header, ImportSummary& summary)
{
  // Ledgers number their rows, and renumber them whenever a row is added or sorted: the
  // number names no fact, so storing it would change every later row at each re-import.
  static const std::vector<std::string> k_row_numbers = {"序号", "序", "顺序号", "no", "no.", "#"};
  for (std::size_t c = 0; c < header.columns.size(); ++c) {
    auto& column = header.columns[c];
    if (column.field || column.skipped) {
      continue;
    }
    const auto key = normalize_key(column.name.empty() ? column.header : column.name);
    if (std::find(k_row_numbers.begin(), k_row_numbers.end(), key) != k_row_numbers.end()) {
      column.skipped = true;
      summary.context.push_back(text::format(text::k_context_row_numbers, column_letters(c), column.header));
    }
  }
}

void name_unmapped_columns(const Mapping& mapping, const Header& header, bool values, ImportSummary& summary)
{
  if (values) {
    return;
  }
  const HeaderMatcher matcher(mapping);
  for (std::size_t c = 0; c < header.columns.size(); ++c) {
    const auto& column = header.columns[c];
    if (column.field || column.skipped || column.header.empty()) {
      continue;
    }
    summary.unknown_columns.push_back(column.header);
    UnmappedColumn unmapped{column_letters(c), column.header, std::nullopt, {}};
    if (const auto field = matcher.resembles(column.name.empty() ? column.header : column.name)) {
      unmapped.resembles = mapping.fields[*field].name;
      unmapped.resembles_label = field_label(mapping.fields[*field]);
      summary.warnings.push_back(
        text::format(text::k_looks_like, where(summary), column_label(header, c), field_label(mapping.fields[*field])));
    }
    summary.unmapped.push_back(std::move(unmapped));
  }
}

} // namespace dongmao::import
