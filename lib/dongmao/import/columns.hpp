#pragma once

#include <dongmao/import/header.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/import/pipeline.hpp>
#include <dongmao/read/cell.hpp>

#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// Takes what the rows above `header` (else the sheet's name) say about its rows: a year
// (2026年11月) for dates typed without one (3月5日), and the month of a sheet with a month
// field but no column for it, unless `month` (--month) is given already. Says so in
// `summary.context`.
void read_around_table(const std::vector<read::Row>& head, const Mapping& mapping, Header& header,
                       ImportSummary& summary, std::optional<std::string>& month);

// Leaves out the 行号 and 错误原因 columns an errors file adds around the ledger's own, so
// the file imports back as it is. Says so in `summary.context`.
void skip_errors_file_columns(Header& header, ImportSummary& summary);

// Marks the row-number column (序号) as neither a field nor extra data, and says so.
void skip_row_number_columns(Header& header, ImportSummary& summary);

// A column that took a field by its header (编号) but holds 1, 2, 3 … in the data rows of
// `head`, beside a column the field's aliases only resemble (门牌户号): the first numbers the
// rows and is skipped as 序号; the second is the field. Says so in `summary.context`.
void rebind_numbered_columns(const std::vector<read::Row>& head, const Mapping& mapping, Header& header,
                             ImportSummary& summary);

// Names every column no field claims in `summary.unknown_columns` (kept as extra data) and
// `summary.unmapped`, with the field it resembles; one that resembles a field is a warning.
// `values`: the columns are a wide metrics sheet's indicators, which no field claims by design.
void name_unmapped_columns(const Mapping& mapping, const Header& header, bool values, ImportSummary& summary);

} // namespace dongmao::import
