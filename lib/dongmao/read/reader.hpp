#pragma once

#include <dongmao/read/cell.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace dongmao::read {

// Limits against hostile files; exceeding one is a DataError (exit 65).
struct Limits
{
  std::uint64_t max_uncompressed_bytes = 4ULL << 30; // whole archive, XLSX
  std::uint64_t max_entry_bytes = 2ULL << 30;        // one archive member, XLSX
  std::uint64_t max_entries = 10000;                 // archive members, XLSX
  std::size_t max_columns = 16384;
  std::size_t max_cell_bytes = 1 << 20;
  std::size_t max_row_bytes = 1 << 20;                // a row over it is a bad row, not the file's end
  std::size_t max_shared_string_bytes = 256ULL << 20; // XLSX, all shared strings together
  std::size_t max_shared_strings = 8ULL << 20;        // XLSX
  std::size_t max_styles = 1 << 20;                   // XLSX, cell formats and number formats
};

// How to open a file. Empty optionals mean "detect".
struct ReaderOptions
{
  std::optional<std::string> sheet;    // XLSX/XLS: sheet name or 1-based index
  std::optional<std::string> encoding; // CSV: "utf-8", "gb18030", "gbk", "utf-16le", …
  std::optional<char> delimiter;       // CSV
  Limits limits;
  std::string display; // how messages name the file; empty: its path
};

// How messages name the file at `path`: options.display, else the path.
inline std::string display_name(const std::filesystem::path& path, const ReaderOptions& options)
{
  return options.display.empty() ? path.string() : options.display;
}

// Streams the rows of one sheet (or one CSV file), in order, in constant memory.
class RowReader
{
public:
  virtual ~RowReader() = default;

  // Fills `row` with the next row that has at least one cell; false at the end.
  // Throws DataError naming the file (and byte offset or cell) when the file is corrupt.
  virtual bool next(Row& row) = 0;

  // The sheet being read ("" for CSV).
  virtual std::string sheet_name() const = 0;

  // What was detected, for the import summary: "csv gb18030 ','", "xlsx", "xls".
  virtual std::string describe() const = 0;

  // How many sheets the workbook has (`--sheet 1` … `--sheet N`); 0 for CSV.
  virtual std::size_t sheet_count() const { return 0; }

  // Whether the sheet being read is hidden (or a chart), so never a default choice.
  virtual bool hidden() const { return false; }

  // How much of the sheet or file has been read, from 0 to 1, when the reader can tell (a
  // progress bar's measure: bytes of a CSV file or a sheet's XML, rows of an .xls sheet).
  virtual std::optional<double> share_read() const { return std::nullopt; }
};

// Opens `path` by its content (zip → XLSX, OLE2 → XLS, else CSV); the extension is a hint.
// Throws InputMissing when the file does not exist, DataError when it cannot be read.
std::unique_ptr<RowReader> open_reader(const std::filesystem::path& path, const ReaderOptions& options);

} // namespace dongmao::read
