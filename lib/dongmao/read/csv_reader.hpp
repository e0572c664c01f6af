#pragma once

#include <dongmao/read/encoding.hpp>
#include <dongmao/read/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace dongmao::read {

// Bytes read from the file at a time.
inline constexpr std::size_t k_csv_chunk_bytes = 1 << 20;

// Picks the field delimiter among ',', ';', tab and '|' from the first records of `text`
// (UTF-8): the one splitting the most records into the same number (> 1) of fields; ','
// when none does. Unless `at_eof`, the last line of `text` may be cut off and is ignored.
char detect_delimiter(std::string_view text, bool at_eof);

// Drops the ' that a CSV listing puts before text Excel would take for a formula (`'=1+1`),
// so the text reads back as it was stored.
void unguard_formula(std::string& text);

// Streams the records of a CSV or tab-separated text file as rows of text cells, decoding
// GB18030 and UTF-16 to UTF-8 on the way. Quoting follows RFC 4180, leniently as Excel does.
// Memory use is bounded by the chunk size, Limits::max_columns and Limits::max_row_bytes.
class CsvReader : public RowReader
{
public:
  // Opens `path`. The encoding and the delimiter are detected unless `options` name them;
  // a byte order mark overrides options.encoding. Throws InputMissing if there is no such
  // file, DataError if it cannot be read or decoded, UsageError for a bad encoding name or
  // delimiter in `options`.
  CsvReader(const std::filesystem::path& path, const ReaderOptions& options);

  // As above, reading `chunk_bytes` at a time; tests use tiny chunks to split every character
  // and record across reads.
  CsvReader(const std::filesystem::path& path, const ReaderOptions& options, std::size_t chunk_bytes);

  ~CsvReader() override;
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Fills `row` with the next record that has a non-empty field, reusing its storage.
  // Row::number counts records, blank ones included, as Excel numbers the rows of a CSV file
  // (a quoted field may span lines; messages about bytes and quotes name lines too). Throws DataError for an invalid
  // byte, an unclosed quote or a record over the limits; the reader is finished after that.
  bool next(Row& row) override;

  // Always "": a CSV file has a single sheet without a name.
  std::string sheet_name() const override;

  // Encoding and delimiter, e.g. "csv gb18030 ','" or "csv utf-16le '\t'".
  std::string describe() const override;

  // The encoding being decoded (utf-8 may turn into gb18030 past the detection window).
  Encoding encoding() const noexcept;

  // The field delimiter.
  char delimiter() const noexcept { return m_delimiter; }

  // Bytes of the file read so far over its size (unknown for a pipe or an empty file).
  std::optional<double> share_read() const override;

private:
  enum class State : unsigned char
  {
    record_start,
    field_start,
    unquoted,
    quoted,
    quote_in_quoted, // a quote inside a quoted field: closes it unless another quote follows
  };

  struct FileCloser
  {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
  };

  std::size_t read_raw(char* buffer, std::size_t size);
  void decode(std::string_view raw);
  bool refill();
  bool parse(Row& row);
  bool finish_at_eof(Row& row);
  [[noreturn]] void fail_columns();
  [[noreturn]] void fail_cell_size();
  [[noreturn]] void fail(const std::string& reason);

  // The next field's cell, reusing the row's storage.
  Cell& begin_field(Row& row)
  {
    if (m_column >= m_limits.max_columns) {
      fail_columns();
    }
    if (m_column < row.cells.size()) {
      Cell& cell = row.cells[m_column];
      cell.text.clear();
      return cell;
    }
    return row.cells.emplace_back();
  }

  void end_field(Row& row, Cell& cell)
  {
    cell.number = 0.0;
    unguard_formula(cell.text);
    charge_row_budget(row, m_row_bytes, cell, m_column, m_limits.max_row_bytes, cell.text.size());
    if (cell.text.empty()) {
      cell.type = CellType::empty;
    } else {
      cell.type = CellType::text;
      m_record_has_text = true;
    }
    ++m_column;
  }

  // False for a record of empty fields only, which is skipped.
  bool end_record(Row& row)
  {
    if (!m_record_has_text) {
      return false;
    }
    row.cells.resize(m_column);
    row.number = m_record;
    return true;
  }

  void check_cell_size(const Cell& cell)
  {
    if (cell.text.size() > m_limits.max_cell_bytes) {
      fail_cell_size();
    }
  }

  std::string m_path;
  std::string m_display; // how messages name the file
  std::unique_ptr<std::FILE, FileCloser> m_file;
  std::size_t m_chunk_bytes;
  Limits m_limits;
  std::unique_ptr<TextDecoder> m_decoder;
  char m_delimiter = ',';

  std::string m_raw;  // one chunk as read from the file
  std::string m_text; // its UTF-8 form, parsed from m_pos on
  std::size_t m_pos = 0;
  std::uint64_t m_bytes_read = 0;
  std::uint64_t m_file_bytes = 0; // 0: unknown
  bool m_file_done = false;
  bool m_finished = false;
  std::optional<std::string> m_decode_error; // raised once the text before the bad byte is parsed

  State m_state = State::record_start;
  bool m_after_cr = false;      // the last byte consumed was a CR, so a LF is its second half
  std::size_t m_line = 1;       // physical line at m_pos
  std::size_t m_record = 0;     // 1-based number of the current record, blank ones included
  std::size_t m_field_line = 1; // where the current quoted field opened
  std::size_t m_column = 0;     // 0-based index of the current field
  std::size_t m_row_bytes = 0;  // text of the current record charged to its budget
  bool m_record_has_text = false;
};

// Opens a CSV reader; what open_reader() falls back to for anything not a zip or OLE2 file.
std::unique_ptr<RowReader> open_csv(const std::filesystem::path& path, const ReaderOptions& options);

} // namespace dongmao::read
