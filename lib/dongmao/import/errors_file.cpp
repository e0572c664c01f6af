#include <dongmao/import/pipeline.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/out/table.hpp>
#include <dongmao/out/xlsx_workbook.hpp>

#include <xlsxwriter.h>

namespace dongmao::import {

namespace {

// One output row per rejected input row: its problems joined into the reason column.
std::vector<std::vector<std::string>> error_rows(const ImportSummary& summary)
{
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < summary.errors.size();) {
    const auto& first = summary.errors[i];
    std::string reasons;
    std::size_t j = i;
    for (; j < summary.errors.size() && summary.errors[j].row == first.row; ++j) {
      const auto& e = summary.errors[j];
      reasons += (reasons.empty() ? "" : "; ") + (e.column.empty() ? e.message : e.column + ": " + e.message);
    }
    std::vector<std::string> cells{std::to_string(first.row)};
    for (std::size_t c = 0; c < summary.header.size(); ++c) {
      cells.push_back(c < first.cells.size() ? first.cells[c] : std::string());
    }
    cells.push_back(reasons);
    rows.push_back(std::move(cells));
    i = j;
  }
  return rows;
}

std::vector<std::string> header_row(const ImportSummary& summary)
{
  std::vector<std::string> header{"行号"};
  header.insert(header.end(), summary.header.begin(), summary.header.end());
  header.push_back("错误原因");
  return header;
}

void write_csv_file(out::AtomicFile& file, const ImportSummary& summary)
{
  auto& out = file.stream();
  out << "\xEF\xBB\xBF";
  std::vector<out::Column> columns;
  for (const auto& name : header_row(summary)) {
    columns.push_back({name, name, columns.empty()});
  }
  out::write_csv_header(out, columns);
  for (const auto& row : error_rows(summary)) {
    out::write_csv_row(out, columns, row);
  }
}

void write_xlsx_file(const out::AtomicFile& file, const std::filesystem::path& path, const ImportSummary& summary)
{
  lxw_workbook* workbook = out::open_workbook(file.temp_path(), path.string());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "错误行");
  lxw_format* text = workbook_add_format(workbook);
  format_set_num_format(text, "@");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  const auto header = header_row(summary);
  for (std::size_t c = 0; c < header.size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c].c_str(), bold);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  lxw_row_t r = 1;
  for (const auto& row : error_rows(summary)) {
    worksheet_write_number(sheet, r, 0, std::stod(row[0]), nullptr);
    for (std::size_t c = 1; c < row.size(); ++c) {
      // Text cells: an ID number must reach the next import exactly as typed.
      worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), row[c].c_str(), text);
    }
    ++r;
  }
  out::close_workbook(workbook, path.string());
}

} // namespace

void write_errors_file(const std::filesystem::path& path, const ImportSummary& summary)
{
  out::check_output_path(path, {summary.file});
  out::AtomicFile file(path);
  if (path.extension() == ".xlsx") {
    write_xlsx_file(file, path, summary);
  } else {
    write_csv_file(file, summary);
  }
  file.commit();
}

} // namespace dongmao::import
