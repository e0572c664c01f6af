#pragma once

#include <dongmao/read/cell.hpp>
#include <dongmao/read/reader.hpp>
#include <dongmao/read/xlsx_archive.hpp>
#include <dongmao/read/xlsx_xml.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dongmao::read {

class SharedStrings;
class StyleTable;

// What a worksheet's cells refer to, owned by the reader and outliving the stream.
struct SheetContext
{
  const SharedStrings* strings = nullptr;
  const StyleTable* styles = nullptr;
  bool date1904 = false;
  Limits limits;
  std::string where; // "<file>: sheet '<name>'", the start of messages about cells
};

// Streams the rows of one worksheet part: expat is fed a chunk at a time and paused once
// a small batch of rows is queued, so memory stays flat however long the sheet is.
class SheetStream : private XmlHandler
{
public:
  // Starts reading `entry`, the worksheet part; nothing is parsed until next().
  SheetStream(ZipEntry entry, SheetContext context);
  SheetStream(const SheetStream&) = delete;
  SheetStream& operator=(const SheetStream&) = delete;
  ~SheetStream() override;

  // Moves the next non-empty row into `row` (whose storage is recycled); false at the end.
  bool next(Row& row);

  // Bytes of the sheet's XML parsed over the size the archive declares, when it declares one.
  std::optional<double> share_read() const;

private:
  // The type a cell's `t` attribute announces.
  enum class ValueKind
  {
    number,
    shared,
    inline_text,
    formula_text,
    boolean,
    error,
    iso_date,
  };

  void on_start(std::string_view name, const char** attributes) override;
  void on_end(std::string_view name) override;
  void on_text(std::string_view text) override;

  void start_row(const char** attributes);
  void end_row();
  void start_cell(const char** attributes);
  void end_cell();
  void fill_cell(Cell& cell);
  void fill_value(Cell& cell);
  [[noreturn]] void fail_cell(const std::string& why) const;

  ZipEntry m_entry;
  std::unique_ptr<ByteSource> m_prefetch; // reads m_entry ahead on a thread, for large sheets
  SheetContext m_context;
  std::unique_ptr<XmlParser> m_parser;

  std::vector<Row> m_queue; // rows [m_head, m_tail) are ready
  std::size_t m_head = 0;
  std::size_t m_tail = 0;
  std::size_t m_queued_cells = 0;
  std::size_t m_queued_bytes = 0;

  Row m_row;                   // the row being built
  std::size_t m_row_cells = 0; // cells of m_row written so far (the rest is stale storage)
  std::size_t m_row_used = 0;  // 1 + index of the last non-empty cell
  std::size_t m_row_bytes = 0; // text of m_row charged to its budget
  std::size_t m_last_row = 0;
  bool m_in_row = false;

  std::size_t m_column = 0; // 0-based column of the current (or next) cell
  std::size_t m_style = 0;
  ValueKind m_kind = ValueKind::number;
  std::string m_value;
  std::size_t m_cell_bytes = 0; // the full length of the cell just filled
  bool m_in_cell = false;
  bool m_in_inline = false;
  bool m_capture = false;
  bool m_has_value = false;
  unsigned m_phonetic_depth = 0;
};

} // namespace dongmao::read
