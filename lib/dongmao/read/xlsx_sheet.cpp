#include <dongmao/error.hpp>
#include <dongmao/read/number_format.hpp>
#include <dongmao/read/xlsx_parts.hpp>
#include <dongmao/read/xlsx_prefetch.hpp>
#include <dongmao/read/xlsx_sheet.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <utility>

namespace dongmao::read {

namespace {

// A batch this size is queued before expat is paused: enough to amortise the pause,
// small enough that a sheet of wide rows still costs little memory.
constexpr std::size_t k_batch_rows = 256;
constexpr std::size_t k_batch_cells = 16384;
// Shared strings let a few bytes of XML stand for a long text: the batch is also cut by
// the bytes of text it holds.
constexpr std::size_t k_batch_bytes = 4 << 20;
// Beyond any real sheet (Excel stops at 1,048,576), low enough to never overflow.
constexpr std::size_t k_max_row_number = std::size_t{1} << 40;

std::string column_letters(std::size_t column)
{
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

std::size_t parse_size(const char* text)
{
  std::size_t value = 0;
  for (; *text >= '0' && *text <= '9' && value < k_max_row_number; ++text) {
    value = value * 10 + static_cast<std::size_t>(*text - '0');
  }
  return value;
}

bool is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trim(std::string_view text)
{
  while (!text.empty() && is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

} // namespace

SheetStream::SheetStream(ZipEntry entry, SheetContext context)
  : m_entry(std::move(entry)), m_context(std::move(context))
{
  std::string where = text::format(text::k_read_file_problem, m_entry.archive_display(), m_entry.name());
  ByteSource* source = &m_entry;
  if (m_entry.declared_size() >= k_prefetch_min_bytes) {
    m_prefetch = std::make_unique<PrefetchSource>(m_entry);
    source = m_prefetch.get();
  }
  m_parser = std::make_unique<XmlParser>(static_cast<XmlHandler&>(*this), *source, std::move(where));
}

SheetStream::~SheetStream() = default;

bool SheetStream::next(Row& row)
{
  while (m_head == m_tail) {
    m_head = 0;
    m_tail = 0;
    m_queued_cells = 0;
    m_queued_bytes = 0;
    if (m_parser->step() == XmlParser::Status::done && m_head == m_tail) {
      return false;
    }
  }
  std::swap(row, m_queue[m_head]);
  ++m_head;
  return true;
}

std::optional<double> SheetStream::share_read() const
{
  if (m_entry.declared_size() == 0) {
    return std::nullopt;
  }
  return std::min(1.0, static_cast<double>(m_parser->bytes_fed()) / static_cast<double>(m_entry.declared_size()));
}

void SheetStream::fail_cell(const std::string& why) const
{
  throw DataError(text::format(text::k_xlsx_cell_problem, m_context.where,
                               column_letters(m_column) + std::to_string(m_row.number), why));
}

void SheetStream::on_start(std::string_view name, const char** attributes)
{
  if (name == "c") {
    start_cell(attributes);
  } else if (name == "v") {
    m_capture = m_in_cell;
  } else if (name == "row") {
    start_row(attributes);
  } else if (name == "t") {
    m_capture = m_in_inline && m_phonetic_depth == 0;
  } else if (name == "is") {
    m_in_inline = m_in_cell;
  } else if (name == "rPh") {
    ++m_phonetic_depth;
  }
}

void SheetStream::on_end(std::string_view name)
{
  if (name == "c") {
    end_cell();
  } else if (name == "v" || name == "t") {
    m_has_value = m_has_value || m_capture;
    m_capture = false;
  } else if (name == "row") {
    end_row();
  } else if (name == "is") {
    m_in_inline = false;
  } else if (name == "rPh") {
    m_phonetic_depth -= m_phonetic_depth > 0 ? 1 : 0;
  } else if (name == "sheetData") {
    m_parser->stop(); // what follows (merged ranges, page setup) holds no cell values
  }
}

void SheetStream::on_text(std::string_view text)
{
  if (!m_capture) {
    return;
  }
  if (m_value.size() + text.size() > m_context.limits.max_cell_bytes) {
    fail_cell(text::format(text::k_xlsx_cell_too_long, m_context.limits.max_cell_bytes));
  }
  m_value.append(text);
}

void SheetStream::start_row(const char** attributes)
{
  std::size_t number = 0;
  for (; *attributes != nullptr; attributes += 2) {
    if (local_name(attributes[0]) == "r") {
      number = parse_size(attributes[1]);
    }
  }
  m_row.number = number != 0 ? number : m_last_row + 1;
  m_row_cells = 0;
  m_row_used = 0;
  m_row_bytes = 0;
  m_row.oversize.reset();
  m_column = 0;
  m_in_row = true;
}

void SheetStream::end_row()
{
  if (!m_in_row) {
    return;
  }
  m_in_row = false;
  m_last_row = m_row.number;
  if (m_row_used == 0) {
    return;
  }
  m_row.cells.resize(m_row_used);
  if (m_tail == m_queue.size()) {
    m_queue.emplace_back();
  }
  std::swap(m_queue[m_tail], m_row);
  ++m_tail;
  m_queued_cells += m_row_used;
  m_queued_bytes += m_row_bytes;
  if (m_tail >= k_batch_rows || m_queued_cells >= k_batch_cells || m_queued_bytes >= k_batch_bytes) {
    m_parser->suspend();
  }
}

void SheetStream::start_cell(const char** attributes)
{
  if (!m_in_row) {
    return;
  }
  m_in_cell = true;
  m_has_value = false;
  m_value.clear();
  m_kind = ValueKind::number;
  m_style = 0;
  for (; *attributes != nullptr; attributes += 2) {
    const std::string_view attribute = local_name(attributes[0]);
    const char* value = attributes[1];
    if (attribute == "r") {
      // "F12": only the letters matter, the row is the enclosing <row>'s.
      std::size_t column = 0;
      for (; (*value >= 'A' && *value <= 'Z') || (*value >= 'a' && *value <= 'z'); ++value) {
        column = column * 26 + static_cast<std::size_t>((*value | 0x20) - 'a' + 1);
        if (column > m_context.limits.max_columns) {
          break;
        }
      }
      if (column > 0) {
        m_column = column - 1;
      }
    } else if (attribute == "t") {
      const std::string_view type(value);
      if (type == "s") {
        m_kind = ValueKind::shared;
      } else if (type == "inlineStr") {
        m_kind = ValueKind::inline_text;
      } else if (type == "str") {
        m_kind = ValueKind::formula_text;
      } else if (type == "b") {
        m_kind = ValueKind::boolean;
      } else if (type == "e") {
        m_kind = ValueKind::error;
      } else if (type == "d") {
        m_kind = ValueKind::iso_date;
      }
    } else if (attribute == "s") {
      m_style = parse_size(value);
    }
  }
  if (m_column >= m_context.limits.max_columns) {
    fail_cell(text::format(text::k_xlsx_beyond_columns, m_context.limits.max_columns));
  }
}

void SheetStream::end_cell()
{
  if (!m_in_cell) {
    return;
  }
  m_in_cell = false;
  m_in_inline = false;
  m_capture = false;
  const std::size_t column = m_column;
  if (m_has_value) {
    auto& cells = m_row.cells;
    if (cells.size() <= column) {
      cells.resize(column + 1);
    }
    // Recycled storage between the last written cell and this one holds stale values.
    for (std::size_t i = m_row_cells; i < column; ++i) {
      cells[i].type = CellType::empty;
      cells[i].text.clear();
      cells[i].number = 0.0;
    }
    m_row_cells = std::max(m_row_cells, column + 1);
    Cell& cell = cells[column];
    fill_cell(cell);
    if (cell.type != CellType::empty) {
      m_row_used = std::max(m_row_used, column + 1);
      // Past the budget the row is kept as a bad row with the start of its cells.
      charge_row_budget(m_row, m_row_bytes, cell, column, m_context.limits.max_row_bytes, m_cell_bytes);
    }
  }
  m_column = column + 1;
}

void SheetStream::fill_cell(Cell& cell)
{
  cell.number = 0.0;
  fill_value(cell);
  m_cell_bytes = std::max(m_cell_bytes, cell.text.size());
}

void SheetStream::fill_value(Cell& cell)
{
  m_cell_bytes = 0;
  switch (m_kind) {
  case ValueKind::shared: {
    std::size_t index = 0;
    const std::string_view digits = trim(m_value);
    if (digits.empty()) {
      // <c t="s"><v/></c>, as some tools write a blank cell: empty, not a broken reference.
      cell.text.clear();
      break;
    }
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (ec != std::errc{} || end != digits.data() + digits.size() || index >= m_context.strings->size()) {
      fail_cell(text::format(text::k_xlsx_no_shared_string, m_value));
    }
    const auto text = m_context.strings->at(index);
    m_cell_bytes = text.size();
    // Shared strings let every cell of a row name the same long text: past the row's
    // budget only the start is copied, for the error to quote.
    const auto max_bytes = m_context.limits.max_row_bytes;
    const bool over = over_row_budget(m_row, m_row_bytes, max_bytes, text.size());
    cell.text.assign(over ? text.substr(0, 4 * (k_oversize_kept_chars + 1)) : text);
    break;
  }
  case ValueKind::inline_text:
  case ValueKind::formula_text:
    decode_ooxml_escapes(m_value);
    cell.text.assign(m_value);
    break;
  case ValueKind::error:
    cell.text.assign(m_value);
    break;
  case ValueKind::boolean: {
    const bool value = trim(m_value) == "1" || trim(m_value) == "true";
    cell.type = CellType::boolean;
    cell.text.assign(value ? "TRUE" : "FALSE");
    cell.number = value ? 1.0 : 0.0;
    return;
  }
  case ValueKind::iso_date: {
    const auto serial = iso_to_serial(trim(m_value));
    if (serial && format_excel_date(*serial, cell.text)) {
      cell.type = CellType::date;
      cell.number = *serial;
      return;
    }
    cell.text.assign(m_value);
    break;
  }
  case ValueKind::number: {
    const std::string_view text = trim(m_value);
    if (text.empty()) {
      cell.type = CellType::empty;
      cell.text.clear();
      return;
    }
    double value = 0.0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
      fail_cell(text::format(text::k_xlsx_not_a_number, m_value));
    }
    if (m_context.styles->is_date(m_style)) {
      const double serial = m_context.date1904 ? value + k_date1904_offset : value;
      if (format_excel_date(serial, cell.text)) {
        cell.type = CellType::date;
        cell.number = serial;
        return;
      }
    }
    cell.type = CellType::number;
    cell.number = value;
    // The text is what the sheet shows: a percent-formatted 0.71 reads 71%, so nobody takes it for 0.71%.
    if (m_context.styles->is_percent(m_style)) {
      format_percent(value, cell.text);
    } else {
      format_number(value, cell.text);
    }
    return;
  }
  }
  cell.type = cell.text.empty() ? CellType::empty : CellType::text;
}

} // namespace dongmao::read
