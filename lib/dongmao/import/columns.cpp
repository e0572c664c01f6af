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

namespace {

// Whether the filled cells of column `c` in the data rows of `head` count the rows: at least
// three whole numbers from 1, each one more than the one before, or the same or two more
// where a row was inserted or removed since the last renumbering (at most every other step).
// A 合计 row ends them.
bool counts_rows(const std::vector<read::Row>& head, const Header& header, std::size_t c)
{
  std::vector<long long> numbers;
  for (const auto& row : head) {
    if (row.number <= header.last_row || c >= row.cells.size() || row.cells[c].text.empty()) {
      continue;
    }
    const auto text = normalize_key(row.cells[c].text);
    if (text == "合计" || text == "小计" || text == "总计") {
      break;
    }
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) {
      return false;
    }
    numbers.push_back(std::stoll(text));
  }
  if (numbers.size() < 3 || numbers.front() != 1) {
    return false;
  }
  std::size_t steps = 0;
  for (std::size_t i = 1; i < numbers.size(); ++i) {
    const auto step = numbers[i] - numbers[i - 1];
    if (step < 0 || step > 2) {
      return false;
    }
    steps += step == 1 ? 1 : 0;
  }
  return steps * 2 >= numbers.size() - 1;
}

} // namespace

void rebind_numbered_columns(const std::vector<read::Row>& head, const Mapping& mapping, Header& header,
                             ImportSummary& summary)
{
  const HeaderMatcher matcher(mapping);
  for (std::size_t c = 0; c < header.columns.size(); ++c) {
    auto& numbered = header.columns[c];
    if (!numbered.field || numbered.skipped || !counts_rows(head, header, c)) {
      continue;
    }
    for (auto& other : header.columns) {
      if (other.field || other.skipped || other.header.empty() ||
          matcher.resembles(other.name.empty() ? other.header : other.name) != numbered.field) {
        continue;
      }
      other.field = numbered.field;
      numbered.field.reset();
      numbered.skipped = true;
      summary.context.push_back(text::format(text::k_context_row_numbers, column_letters(c), numbered.header));
      break;
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
