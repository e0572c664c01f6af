#pragma once

#include <dongmao/domain/amount.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/read/cell.hpp>

#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// What one column of the file is: a field of the mapping, or an unknown column kept as extra.
struct ColumnBinding
{
  std::string header;               // as the file names it ("签约情况/日期" for a two-row header)
  std::string name;                 // as one header cell that reads back the same: 签约日期, 户主姓名
  std::optional<std::size_t> field; // index into Mapping::fields
  domain::AmountUnit unit = domain::AmountUnit::yuan; // from a header like 补偿金额(万元)
  std::optional<int> default_year;                    // a title's year, for dates typed 3月5日
  bool skipped = false;                               // neither a field nor extra data: an errors file's 行号
};

// The header found in the first rows of a sheet.
struct Header
{
  std::size_t first_row = 0; // row number of the (upper) header row
  std::size_t last_row = 0;  // row number of the last header row (== first_row unless two-row)
  std::vector<ColumnBinding> columns;
};

// Finds the header among `rows` (the first rows of the sheet, titles and blanks included):
// the row, or pair of rows made of merged cells, whose cells best match the aliases of
// `mapping`. Returns nullopt when no row matches at least one alias.
std::optional<Header> detect_header(const std::vector<read::Row>& rows, const Mapping& mapping);

// A year the rows above the header give: 2026 from the title 东风社区台账（2026年11月）.
struct TitleYear
{
  int year = 0;
  int month = 0;      // 1-12 when the title names one month of the year: 2026年11月
  std::string source; // the part of the title that says it: （2026年11月）
};

// The year named in the title rows of `rows` above row `header_row`, when exactly one is.
std::optional<TitleYear> title_year(const std::vector<read::Row>& rows, std::size_t header_row);

// The spreadsheet column letters of 0-based `index`: 0 → A, 27 → AB.
std::string column_letters(std::size_t index);

} // namespace dongmao::import
