#include <dongmao/error.hpp>
#include <dongmao/import/pipeline.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/out/table.hpp>
#include <dongmao/out/xlsx_workbook.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

namespace dongmao::import {

namespace {

std::vector<std::string> header_row(const std::vector<std::string>& header)
{
  std::vector<std::string> row{"行号"};
  row.insert(row.end(), header.begin(), header.end());
  row.push_back("错误原因");
  return row;
}

std::size_t utf8_chars(const std::string& text)
{
  std::size_t chars = 0;
  for (const char c : text) {
    chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return chars;
}

class CsvErrorsFile : public ErrorsFile
{
public:
  CsvErrorsFile(const std::filesystem::path& path, const std::vector<std::string>& header) : m_file(path)
  {
    m_file.stream() << "\xEF\xBB\xBF";
    for (const auto& name : header_row(header)) {
      m_columns.push_back({name, name, m_columns.empty()});
    }
    out::write_csv_header(m_file.stream(), m_columns);
  }

  void add(std::size_t row, const std::vector<std::string>& cells, const std::string& reasons) override
  {
    m_row.assign(1, std::to_string(row));
    m_row.insert(m_row.end(), cells.begin(), cells.end());
    m_row.push_back(reasons);
    out::write_csv_row(m_file.stream(), m_columns, m_row);
  }

  void commit() override { m_file.commit(); }

private:
  out::AtomicFile m_file;
  std::vector<out::Column> m_columns;
  std::vector<std::string> m_row;
};

// Written by libxlsxwriter in its constant-memory mode: each row goes to disk once the
// next one starts.
class XlsxErrorsFile : public ErrorsFile
{
public:
  XlsxErrorsFile(const std::filesystem::path& path, const std::vector<std::string>& header)
    : m_path(path),
      m_file(path),
      m_workbook(out::open_workbook(m_file.temp_path(), path.string(), true)),
      m_header(header)
  {
    m_sheet = workbook_add_worksheet(m_workbook, "错误行");
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@");
    lxw_format* bold = workbook_add_format(m_workbook);
    format_set_bold(bold);
    const auto names = header_row(header);
    for (std::size_t c = 0; c < names.size(); ++c) {
      worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c), names[c].c_str(), bold);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
  }

  ~XlsxErrorsFile() override
  {
    if (m_workbook != nullptr) {
      // Never committed: freed without writing; the temporary file goes with m_file.
      lxw_workbook_free(m_workbook);
    }
  }

  void add(std::size_t row, const std::vector<std::string>& cells, const std::string& reasons) override
  {
    worksheet_write_number(m_sheet, m_next, 0, static_cast<double>(row), nullptr);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      // Excel cuts a longer cell, and the staff would fix the row from a cut copy: refused,
      // with the way out (CSV has no such limit).
      if (const auto chars = utf8_chars(cells[c]); chars > out::k_xlsx_cell_chars) {
        throw DataError(text::format(text::k_errors_cell_too_long, m_path.string(), row,
                                     c < m_header.size() ? m_header[c] : "", chars, out::k_xlsx_cell_chars));
      }
      // Text cells: an ID number must reach the next import exactly as typed.
      worksheet_write_string(m_sheet, m_next, static_cast<lxw_col_t>(c + 1), cells[c].c_str(), m_text);
    }
    worksheet_write_string(m_sheet, m_next, static_cast<lxw_col_t>(cells.size() + 1), reasons.c_str(), m_text);
    ++m_next;
  }

  void commit() override
  {
    auto* workbook = m_workbook;
    m_workbook = nullptr;
    out::close_workbook(workbook, m_path.string());
    m_file.commit();
  }

private:
  std::filesystem::path m_path;
  out::AtomicFile m_file;
  lxw_workbook* m_workbook;
  std::vector<std::string> m_header;
  lxw_worksheet* m_sheet = nullptr;
  lxw_format* m_text = nullptr;
  lxw_row_t m_next = 1;
};

} // namespace

std::unique_ptr<ErrorsFile> open_errors_file(const std::filesystem::path& path, const std::vector<std::string>& header,
                                             const std::filesystem::path& input)
{
  out::check_output_path(path, {input});
  if (path.extension() == ".xlsx") {
    return std::make_unique<XlsxErrorsFile>(path, header);
  }
  return std::make_unique<CsvErrorsFile>(path, header);
}

} // namespace dongmao::import
