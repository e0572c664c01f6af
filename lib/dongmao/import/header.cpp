#include <dongmao/domain/text.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/header_match.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace dongmao::import {

namespace {

// A group title over a two-row header often ends in one of these: 签约情况 over 状态/日期
// means 签约状态/签约日期.
const std::vector<std::string>& group_suffixes()
{
  static const std::vector<std::string> k_suffixes = {"情况", "信息", "情形", "明细"};
  return k_suffixes;
}

std::string cell_text(const read::Row& row, std::size_t c)
{
  return c < row.cells.size() ? domain::normalize_cell(row.cells[c].text) : std::string();
}

// A header as messages and the extra data name it: on one line. A break typed inside the
// cell (Alt+Enter: "身份证\n号码") joins the two lines, with a space only between ASCII words.
std::string one_line(const std::string& text)
{
  std::string out;
  bool pending_break = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      pending_break = true;
      continue;
    }
    if (pending_break) {
      while (!out.empty() && out.back() == ' ') {
        out.pop_back();
      }
      if (c == ' ') {
        continue;
      }
      const auto word = [](char x) { return std::isalnum(static_cast<unsigned char>(x)) != 0; };
      if (!out.empty() && word(out.back()) && word(c)) {
        out += ' ';
      }
      pending_break = false;
    }
    out += c;
  }
  return out;
}

constexpr std::size_t k_none = static_cast<std::size_t>(-1);

// The names one column may go by: for a two-row header, its title and sub-header combined
// (签约情况 over 日期: 签约情况/日期, 签约日期, …) and each alone.
struct ColumnNames
{
  std::string display;            // 签约情况/日期, or the one cell
  std::string plain;              // the sub-header, or the one cell
  std::vector<std::string> tried; // in order of preference
  std::size_t dated = k_none;     // the entry of `tried` that adds 日期: it may only name a date
};

// Whether a cell holds a value rather than a column's name: a number, a date, or text with
// the digits of an ID, a phone or a date.
bool looks_like_data(const read::Row& row, std::size_t c)
{
  if (c >= row.cells.size()) {
    return false;
  }
  const auto& cell = row.cells[c];
  if (cell.type == read::CellType::number || cell.type == read::CellType::date ||
      cell.type == read::CellType::boolean) {
    return true;
  }
  constexpr long k_data_digits = 4;
  return std::count_if(cell.text.begin(), cell.text.end(),
                       [](char x) { return std::isdigit(static_cast<unsigned char>(x)) != 0; }) >= k_data_digits;
}

int data_cells(const read::Row& row)
{
  int count = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    count += looks_like_data(row, c) ? 1 : 0;
  }
  return count;
}

// One binding of the columns, leaving the `excluded` fields out.
int bind_once(const std::vector<ColumnNames>& names, const HeaderMatcher& matcher, const Mapping& mapping,
              const std::set<std::size_t>& excluded, std::vector<ColumnBinding>& columns)
{
  struct Option
  {
    std::size_t column = 0;
    std::size_t order = 0;
    HeaderMatch match;
  };
  std::vector<Option> options;
  for (std::size_t c = 0; c < names.size(); ++c) {
    for (std::size_t i = 0; i < names[c].tried.size(); ++i) {
      for (const auto& match : matcher.match_all(names[c].tried[i])) {
        const bool date = mapping.fields[*match.field].type == FieldType::date;
        if (!excluded.count(*match.field) && (i != names[c].dated || (date && match.score >= k_same_core))) {
          options.push_back(Option{c, i, match});
        }
      }
    }
  }
  std::stable_sort(options.begin(), options.end(), [](const Option& a, const Option& b) {
    return a.match.score != b.match.score ? a.match.score > b.match.score : a.column < b.column;
  });
  columns.assign(names.size(), ColumnBinding{});
  std::set<std::size_t> used;
  int score = 0;
  for (const auto& option : options) {
    auto& column = columns[option.column];
    if (column.field || used.count(*option.match.field)) {
      continue;
    }
    used.insert(*option.match.field);
    column.field = option.match.field;
    column.unit = option.match.unit;
    score += option.match.score;
    // The errors file needs one cell that reads back as this field: the sub-header when it
    // does on its own, else the combined name that matched (签约日期 for 签约情况/日期).
    const auto& names_c = names[option.column];
    const auto& matched = names_c.tried[option.order];
    column.name = one_line(matcher.match(names_c.plain).field == column.field || matched.find('/') != std::string::npos
                             ? names_c.plain
                             : matched);
  }
  for (std::size_t c = 0; c < names.size(); ++c) {
    auto& column = columns[c];
    if (column.field) {
      column.header = one_line(names[c].display);
      continue;
    }
    // A column no field claims is named by its sub-header (人口情况 over 常住人口 is the
    // indicator 常住人口), unless another column has the same sub-header.
    const bool repeated = std::count_if(names.begin(), names.end(),
                                        [&](const ColumnNames& other) { return other.plain == names[c].plain; }) > 1;
    column.header = one_line(repeated ? names[c].display : names[c].plain);
    column.name = column.header;
  }
  return score;
}

// Binds the columns to fields, strongest matches first, each field to one column; a field
// bound without the field it needs gives its column up. Returns the sum of the bound
// columns' scores.
int bind_columns(const std::vector<ColumnNames>& names, const HeaderMatcher& matcher, const Mapping& mapping,
                 std::vector<ColumnBinding>& columns)
{
  std::set<std::size_t> excluded;
  while (true) {
    const int score = bind_once(names, matcher, mapping, excluded, columns);
    std::set<std::size_t> bound;
    for (const auto& column : columns) {
      if (column.field) {
        bound.insert(*column.field);
      }
    }
    bool retry = false;
    for (const auto f : bound) {
      const auto& needs = mapping.fields[f].needs;
      if (!needs.empty() && !(mapping.find(needs) && bound.count(*mapping.find(needs)))) {
        retry = excluded.insert(f).second || retry;
      }
    }
    if (!retry) {
      return score;
    }
  }
}

std::vector<ColumnNames> one_row_names(const read::Row& row)
{
  std::vector<ColumnNames> names(row.cells.size());
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    if (auto text = cell_text(row, c); !text.empty()) {
      names[c] = ColumnNames{text, text, {text}};
    }
  }
  return names;
}

// The names of a two-row header. Merged cells keep their value only in the first cell, so a
// group title is carried right over the blanks under it; a sub-header under it may need the
// title's word (签约情况/日期 is 签约日期) or name a stage whose date the column holds
// (时间节点 over 签约 is 签约日期).
std::vector<ColumnNames> two_row_names(const read::Row& upper, const read::Row& lower)
{
  const auto width = std::max(upper.cells.size(), lower.cells.size());
  std::vector<ColumnNames> names(width);
  std::string group;
  for (std::size_t c = 0; c < width; ++c) {
    const auto upper_text = cell_text(upper, c);
    const auto lower_text = cell_text(lower, c);
    if (!upper_text.empty()) {
      group = upper_text;
    } else if (lower_text.empty()) {
      group.clear();
    }
    const std::string top = upper_text.empty() ? group : upper_text;
    auto& name = names[c];
    if (!lower_text.empty() && !top.empty()) {
      name.display = top + "/" + lower_text;
      name.plain = lower_text;
      name.tried = {top + "/" + lower_text, top + lower_text};
      for (const auto& suffix : group_suffixes()) {
        if (top.size() > suffix.size() && top.ends_with(suffix)) {
          name.tried.push_back(top.substr(0, top.size() - suffix.size()) + lower_text);
        }
      }
      name.tried.push_back(lower_text);
      if (!lower_text.ends_with("日期") && !lower_text.ends_with("时间")) {
        name.dated = name.tried.size();
        name.tried.push_back(lower_text + "日期");
      }
    } else if (!lower_text.empty() || !upper_text.empty()) {
      const auto& text = lower_text.empty() ? upper_text : lower_text;
      name = ColumnNames{text, text, {text}};
    }
  }
  return names;
}

// The columns where `upper` over `lower` is no two-row header: both filled, but the upper cell
// is no group title merged over the next column (two lines of a form, not a header).
int unmerged_pairs(const read::Row& upper, const read::Row& lower)
{
  int count = 0;
  const auto width = std::max(upper.cells.size(), lower.cells.size());
  for (std::size_t c = 0; c < width; ++c) {
    if (!cell_text(upper, c).empty() && !cell_text(lower, c).empty() &&
        (c + 1 >= width || !cell_text(upper, c + 1).empty())) {
      ++count;
    }
  }
  return count;
}

// Whether `lower` is a row of sub-headers under `upper`: no values, and a name under a
// group title's merged blanks.
bool sub_header_row(const read::Row& upper, const read::Row& lower)
{
  if (data_cells(lower) > 0) {
    return false;
  }
  bool titled = false;
  for (std::size_t c = 0; c < lower.cells.size(); ++c) {
    const bool upper_filled = !cell_text(upper, c).empty();
    if (!upper_filled && titled && !cell_text(lower, c).empty()) {
      return true;
    }
    titled = titled || upper_filled;
  }
  return false;
}

// The bracketed part of a title that gives the year, as typed: （2026年11月）; else the title.
std::string year_source(const std::string& title, const std::string& year)
{
  for (const auto& [open, close] : {std::pair<std::string, std::string>{"（", "）"}, {"(", ")"}}) {
    for (auto at = title.find(open); at != std::string::npos; at = title.find(open, at + 1)) {
      const auto end = title.find(close, at);
      if (end != std::string::npos &&
          domain::normalize_cell(title.substr(at, end - at)).find(year) != std::string::npos) {
        return title.substr(at, end + close.size() - at);
      }
    }
  }
  return domain::trim(title);
}

} // namespace

std::string column_letters(std::size_t index)
{
  std::string letters;
  ++index;
  while (index > 0) {
    const auto rem = (index - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + rem));
    index = (index - 1) / 26;
  }
  return letters;
}

std::optional<Header> detect_header(const std::vector<read::Row>& rows, const Mapping& mapping)
{
  const HeaderMatcher matcher(mapping);
  // Every row, and every pair of rows, is read as a header; the reading that names the
  // mapping's fields best as a whole wins. A cell holding a value counts against its row, so a
  // data row where one cell says 电话 does not pass for the header.
  constexpr int k_value_penalty = 100;
  std::optional<Header> best;
  int best_score = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    Header single{row.number, row.number, {}};
    const int single_score =
      bind_columns(one_row_names(row), matcher, mapping, single.columns) - k_value_penalty * data_cells(row);
    if (single_score > best_score) {
      best_score = single_score;
      best = single;
    }
    std::size_t filled = 0;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      filled += cell_text(row, c).empty() ? 0 : 1;
    }
    if (filled < 2 || r + 1 >= rows.size() || rows[r + 1].number != row.number + 1) {
      continue; // a title row, or no row under it
    }
    const auto& lower = rows[r + 1];
    Header pair{row.number, lower.number, {}};
    const int pair_score = bind_columns(two_row_names(row, lower), matcher, mapping, pair.columns) -
                           k_value_penalty * (data_cells(row) + data_cells(lower) + unmerged_pairs(row, lower));
    // A row of sub-headers belongs to the header even when it adds no field: read as data it
    // would be skipped as unfilled and its columns named by their group title.
    const bool sub_headers = sub_header_row(row, lower);
    if (pair_score > best_score ||
        (sub_headers && pair_score > 0 && pair_score >= single_score && best && best->first_row == row.number)) {
      best_score = pair_score;
      best = pair;
    }
  }
  return best;
}

std::optional<TitleYear> title_year(const std::vector<read::Row>& rows, std::size_t header_row)
{
  std::optional<TitleYear> found;
  for (const auto& row : rows) {
    if (row.number >= header_row) {
      break;
    }
    for (const auto& cell : row.cells) {
      const auto text = domain::normalize_cell(cell.text);
      for (auto at = text.find("年"); at != std::string::npos; at = text.find("年", at + 1)) {
        if (at < 4 || !std::all_of(text.begin() + static_cast<long>(at) - 4, text.begin() + static_cast<long>(at),
                                   [](char x) { return std::isdigit(static_cast<unsigned char>(x)) != 0; })) {
          continue;
        }
        if (at > 4 && std::isdigit(static_cast<unsigned char>(text[at - 5])) != 0) {
          continue;
        }
        const int year = std::stoi(text.substr(at - 4, 4));
        if (found && found->year != year) {
          return std::nullopt; // 2025年 and 2026年 in one title: no single year
        }
        // 2026年11月 names the month too; 2026年1-11月 names none.
        int month = 0;
        auto end = at + std::string_view("年").size();
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0 && month < 100) {
          month = month * 10 + (text[end++] - '0');
        }
        if (month < 1 || month > 12 || text.compare(end, std::string_view("月").size(), "月") != 0) {
          month = 0;
        }
        if (found && found->month != 0 && found->month != month) {
          month = 0;
        }
        found = TitleYear{year, month, year_source(cell.text, std::to_string(year) + "年")};
      }
    }
  }
  return found;
}

} // namespace dongmao::import
