#pragma once

#include <dongmao/out/table.hpp>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace dongmao::out {

// The character set a CSV file is written in.
enum class CsvEncoding
{
  utf8,    // UTF-8, with a BOM in a file so that Excel on Chinese Windows reads it as UTF-8
  gb18030, // what Excel and WPS on Chinese Windows write themselves (a superset of GBK)
};

// The encoding `name` names: utf-8 (utf8), gbk or gb18030 (both write GB18030); nullopt otherwise.
std::optional<CsvEncoding> csv_encoding_from_name(const std::string& name);

// Writes a listing as CSV (write_csv_header, write_csv_row) in `encoding`, starting with a UTF-8
// BOM when `bom` (files: Excel opens a UTF-8 CSV correctly only with one; pipes want none).
class CsvWriter
{
public:
  CsvWriter(std::ostream& out, std::vector<Column> columns, CsvEncoding encoding, bool bom);
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  // Writes the header line.
  void header();

  // Writes one row of cells under the columns.
  void row(const std::vector<std::string>& cells);

private:
  class Encoder;

  void put(const std::string& utf8);

  std::ostream& m_out;
  std::vector<Column> m_columns;
  std::unique_ptr<Encoder> m_encoder; // null for UTF-8
  std::string m_line;
};

} // namespace dongmao::out
