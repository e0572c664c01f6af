#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/read/isolate.hpp>
#include <dongmao/read/number_format.hpp>
#include <dongmao/read/ole2.hpp>
#include <dongmao/read/xls_reader.hpp>
#include <dongmao/read/xlsx_select.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>
#include <freexl.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace dongmao::read {

namespace {

std::string freexl_reason(int code)
{
  switch (code) {
  case FREEXL_INVALID_CFBF_HEADER:
  case FREEXL_CFBF_INVALID_SIGNATURE:
    return text::format(text::k_xls_not_ole2);
  case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
    return text::format(text::k_xls_no_workbook);
  case FREEXL_INSUFFICIENT_MEMORY:
    return text::format(text::k_xls_out_of_memory);
  case FREEXL_UNSUPPORTED_CHARSET:
  case FREEXL_INVALID_CHARACTER:
    return text::format(text::k_xls_code_page);
  default:
    return text::format(text::k_xls_corrupt, code);
  }
}

// Closes a libfreexl handle; a handle's owner never forgets it on an exception path.
struct FreexlCloser
{
  void operator()(const void* handle) const { freexl_close(handle); }
};

using FreexlHandle = std::unique_ptr<const void, FreexlCloser>;

// What libfreexl does to open a workbook and reach each sheet: it parses every record in
// freexl_open, so this is where a hostile file makes it crash.
void open_every_sheet(const std::filesystem::path& path)
{
  const void* handle = nullptr;
  const int opened = freexl_open(path.c_str(), &handle);
  const FreexlHandle owner(handle);
  unsigned count = 0;
  if (opened != FREEXL_OK || handle == nullptr ||
      freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) {
    return;
  }
  for (unsigned i = 0; i < count && i < 65536; ++i) {
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, static_cast<unsigned short>(i)) == FREEXL_OK) {
      freexl_worksheet_dimensions(handle, &rows, &columns);
    }
  }
}

class XlsReader : public RowReader
{
public:
  XlsReader(const std::filesystem::path& path, const ReaderOptions& options)
    : m_display(display_name(path, options)), m_max_row_bytes(options.limits.max_row_bytes)
  {
    // libfreexl trusts what it reads; a file that would make it read out of bounds stops here.
    if (const auto damage = inspect_ole2(path).damage; !damage.empty()) {
      throw DataError(text::format(text::k_xls_damaged, m_display, damage));
    }
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    // What those checks do not cover libfreexl meets first in a child process, so a file it
    // cannot survive is refused instead of ending the import. (A fuzzing build reads in
    // process, where the fuzzer sees what libfreexl does.)
    if (!survives_in_child([&path] { open_every_sheet(path); })) {
      throw DataError(text::format(text::k_xls_crashed, m_display));
    }
#endif
    const void* handle = nullptr;
    const int opened = freexl_open(path.c_str(), &handle);
    m_owner.reset(handle);
    m_handle = handle;
    if (opened != FREEXL_OK) {
      fail(freexl_reason(opened));
    }
    if (handle == nullptr) {
      // libfreexl 1.0.6 answers FREEXL_OK without a handle when one record fails to parse.
      throw DataError(text::format(text::k_xls_unparsed, m_display));
    }
    unsigned info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info != FREEXL_BIFF_PLAIN &&
        info != FREEXL_UNKNOWN) {
      fail(text::format(text::k_xls_password));
    }
    unsigned count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) {
      fail(text::format(text::k_xls_no_sheet_list));
    }
    std::vector<SheetChoice> sheets;
    for (unsigned i = 0; i < count && i < 65536; ++i) {
      const char* name = nullptr;
      if (freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name) != FREEXL_OK) {
        fail(text::format(text::k_xls_sheet_name));
      }
      sheets.push_back(SheetChoice{name != nullptr ? name : "", true});
      if (!domain::is_valid_utf8(sheets.back().name)) {
        fail(text::format(text::k_xls_sheet_name_utf8));
      }
    }
    const std::size_t index = choose_sheet(sheets, options.sheet, m_display);
    m_sheet_name = sheets[index].name;
    m_sheet_count = sheets.size();
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &m_rows, &columns) != FREEXL_OK) {
      fail(text::format(text::k_xls_sheet, m_sheet_name));
    }
    m_columns = columns;
  }

  std::optional<double> share_read() const override
  {
    if (m_rows == 0) {
      return std::nullopt;
    }
    return static_cast<double>(m_next_row) / static_cast<double>(m_rows);
  }

  bool next(Row& row) override
  {
    while (m_next_row < m_rows) {
      const unsigned number = m_next_row++;
      std::size_t used = 0;
      std::size_t bytes = 0;
      row.oversize.reset();
      row.cells.resize(m_columns);
      for (unsigned short column = 0; column < m_columns; ++column) {
        Cell& cell = row.cells[column];
        read_cell(number, column, cell);
        if (cell.type != CellType::empty) {
          used = static_cast<std::size_t>(column) + 1;
          charge_row_budget(row, bytes, cell, column, m_max_row_bytes, cell.text.size());
        }
      }
      if (used > 0) {
        row.cells.resize(used);
        row.number = static_cast<std::size_t>(number) + 1;
        return true;
      }
    }
    return false;
  }

  std::string sheet_name() const override
  {
    return m_sheet_name;
  }

  std::string describe() const override
  {
    return "xls";
  }

  std::size_t sheet_count() const override
  {
    return m_sheet_count;
  }

private:
  [[noreturn]] void fail(const std::string& why) const
  {
    throw DataError(text::format(text::k_xls_unreadable, m_display, why));
  }

  void read_cell(unsigned row, unsigned short column, Cell& cell) const
  {
    FreeXL_CellValue value{};
    cell.type = CellType::empty;
    cell.text.clear();
    cell.number = 0.0;
    if (freexl_get_cell_value(m_handle, row, column, &value) != FREEXL_OK) {
      throw DataError(text::format(text::k_xls_cell_unreadable, m_display, m_sheet_name, row + 1, column + 1));
    }
    switch (value.type) {
    case FREEXL_CELL_INT:
      cell.type = CellType::number;
      cell.number = value.value.int_value;
      format_number(cell.number, cell.text);
      break;
    case FREEXL_CELL_DOUBLE:
      cell.type = CellType::number;
      cell.number = value.value.double_value;
      format_number(cell.number, cell.text);
      break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
      if (value.value.text_value != nullptr && *value.value.text_value != '\0') {
        cell.type = CellType::text;
        cell.text.assign(value.value.text_value);
        // Every reader hands on valid UTF-8 only: the import stores cells in JSON, which needs it.
        if (!domain::is_valid_utf8(cell.text)) {
          throw DataError(text::format(text::k_xls_cell_not_utf8, m_display, m_sheet_name, row + 1, column + 1));
        }
      }
      break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: {
      // libfreexl already applied the workbook's date system, so the text is the true date.
      const std::string iso = value.value.text_value != nullptr ? value.value.text_value : "";
      const auto serial = iso_to_serial(iso);
      if (serial && format_excel_date(*serial, cell.text)) {
        cell.type = CellType::date;
        cell.number = *serial;
      } else if (!iso.empty()) {
        cell.type = CellType::text;
        cell.text = iso;
      }
      break;
    }
    default:
      break;
    }
  }

  std::string m_display;
  std::size_t m_max_row_bytes;
  FreexlHandle m_owner;
  const void* m_handle = nullptr;
  std::string m_sheet_name;
  std::size_t m_sheet_count = 0;
  unsigned m_rows = 0;
  unsigned m_columns = 0;
  unsigned m_next_row = 0;
};

} // namespace

std::unique_ptr<RowReader> open_xls(const std::filesystem::path& path, const ReaderOptions& options)
{
  return std::make_unique<XlsReader>(path, options);
}

} // namespace dongmao::read
