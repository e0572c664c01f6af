#pragma once

#include <nlohmann/json_fwd.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace dongmao::out {

// One column of a listing: its header, the JSON key, and whether it holds numbers (right-
// aligned, emitted as JSON numbers, never neutralised as a formula).
struct Column
{
  std::string header;
  std::string key;
  bool numeric = false;
};

// A listing as rows of display strings; an empty optional-like cell is "".
struct Table
{
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
};

// The lines of `table` aligned for a terminal, header first, counting CJK characters as two
// columns; control and bidi characters show as U+FFFD (domain/inert.hpp). With `max_width`
// (0: no limit) the widest text columns are narrowed until a line fits, their cells cut with …;
// numbers and the first column are never cut.
std::vector<std::string> aligned_lines(const Table& table, std::size_t max_width = 0);

// Writes aligned_lines(`table`, `max_width`), one per line.
void write_aligned(std::ostream& out, const Table& table, std::size_t max_width = 0);

// `text` cut to at most `width` terminal columns, ending in … when it was cut.
std::string cut_to_width(const std::string& text, std::size_t width);

// Writes the header line of `columns` as CSV.
void write_csv_header(std::ostream& out, const std::vector<Column>& columns);

// Writes one row as CSV (RFC 4180, CRLF-free: "\n" line ends), neutralising text cells that
// a spreadsheet would run as a formula.
void write_csv_row(std::ostream& out, const std::vector<Column>& columns, const std::vector<std::string>& row);

// Writes `table` as CSV with a header line.
void write_csv(std::ostream& out, const Table& table);

// One row as a JSON object keyed by Column::key; numeric cells become numbers, "" null.
nlohmann::json row_to_json(const std::vector<Column>& columns, const std::vector<std::string>& row);

// `table` as a JSON array of objects.
nlohmann::json to_json(const Table& table);

// Quotes `field` for CSV when needed and prefixes a ' when it would start a formula; control
// and bidi characters show as U+FFFD.
std::string csv_field(const std::string& field, bool neutralise_formula);

} // namespace dongmao::out
