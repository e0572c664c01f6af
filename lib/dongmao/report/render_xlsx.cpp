// The report as an XLSX workbook for forwarding: one sheet per section, typed numbers and
// dates, frozen headers, native charts. Written to a temporary name and renamed by the caller.
#include <dongmao/domain/inert.hpp>
#include <dongmao/error.hpp>
#include <dongmao/out/xlsx_workbook.hpp>
#include <dongmao/report/render.hpp>
#include <dongmao/report/tables.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <ctime>
#include <map>

namespace dongmao::report {

namespace {

struct Formats
{
  lxw_format* bold;
  lxw_format* title;
  lxw_format* date;
  lxw_format* text;
};

bool is_iso_date(const std::string& text)
{
  return text.size() == 10 && domain::parse_iso_date(text).has_value();
}

// Writes `tables` one under another from row 0; returns the row of each table's header.
std::vector<lxw_row_t> write_tables(lxw_worksheet* sheet, const std::vector<NamedTable>& tables, const Formats& f)
{
  std::vector<lxw_row_t> header_rows;
  lxw_row_t r = 0;
  std::vector<double> widths;
  for (const auto& named : tables) {
    if (tables.size() > 1) {
      worksheet_write_string(sheet, r++, 0, named.title.c_str(), f.title);
    }
    header_rows.push_back(r);
    const auto& t = named.table;
    widths.resize(std::max(widths.size(), t.columns.size()), 8.0);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), t.columns[c].header.c_str(), f.bold);
      widths[c] = std::max(widths[c], static_cast<double>(t.columns[c].header.size()) * 0.8 + 2);
    }
    ++r;
    for (const auto& row : t.rows) {
      for (std::size_t c = 0; c < t.columns.size() && c < row.size(); ++c) {
        const auto& cell = row[c];
        const auto col = static_cast<lxw_col_t>(c);
        if (cell.empty()) {
          continue;
        }
        char* end = nullptr;
        const double number = std::strtod(cell.c_str(), &end);
        if (t.columns[c].numeric && end && *end == '\0') {
          worksheet_write_number(sheet, r, col, number, nullptr);
        } else if (is_iso_date(cell)) {
          const auto d = *domain::parse_iso_date(cell);
          lxw_datetime datetime = {d.year, d.month, d.day, 0, 0, 0};
          worksheet_write_datetime(sheet, r, col, &datetime, f.date);
        } else {
          // A string cell is never evaluated, so text like "=1+1" stays text; a control
          // character would be written as _x001B_ and come back as ESC.
          worksheet_write_string(sheet, r, col, out::xlsx_cell_text(domain::visible_text(cell)).c_str(), f.text);
        }
        widths[c] = std::min(60.0, std::max(widths[c], static_cast<double>(cell.size()) * 0.8 + 2));
      }
      ++r;
    }
    ++r;
  }
  for (std::size_t c = 0; c < widths.size(); ++c) {
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
  }
  if (!header_rows.empty()) {
    worksheet_freeze_panes(sheet, header_rows.front() + 1, 0);
  }
  return header_rows;
}

void add_chart(lxw_workbook* workbook, lxw_worksheet* sheet, const char* sheet_name, uint8_t type, lxw_row_t first,
               lxw_row_t last, lxw_col_t category_col, lxw_col_t value_col, const std::string& title, lxw_row_t at_row,
               lxw_col_t at_col)
{
  if (last < first) {
    return;
  }
  lxw_chart* chart = workbook_add_chart(workbook, type);
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(series, sheet_name, first, category_col, last, category_col);
  chart_series_set_values(series, sheet_name, first, value_col, last, value_col);
  chart_title_set_name(chart, title.c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  worksheet_insert_chart(sheet, at_row, at_col, chart);
}

} // namespace

void render_xlsx(const std::filesystem::path& path, const Report& report, Lang lang, const std::string& shown)
{
  const std::string name = shown.empty() ? path.string() : shown;
  lxw_workbook* workbook = out::open_workbook(path, name);
  // A fixed creation time (the period's end) keeps the same report byte-identical.
  lxw_doc_properties properties{};
  const std::string title = domain::visible_text(fmt::format("{} {}", report.subdistrict, report.period.label));
  properties.title = const_cast<char*>(title.c_str());
  std::tm tm{};
  tm.tm_year = report.period.to.year - 1900;
  tm.tm_mon = report.period.to.month - 1;
  tm.tm_mday = report.period.to.day;
  properties.created = timegm(&tm);
  workbook_set_properties(workbook, &properties);

  Formats f{workbook_add_format(workbook), workbook_add_format(workbook), workbook_add_format(workbook),
            workbook_add_format(workbook)};
  format_set_bold(f.bold);
  format_set_bg_color(f.bold, 0xF2F2F2);
  format_set_bold(f.title);
  format_set_font_size(f.title, 12);
  format_set_num_format(f.date, "yyyy-mm-dd");
  format_set_num_format(f.text, "@");

  const std::map<std::string, std::pair<std::string, std::string>> k_sheet_names = {
    {"narrative", {"情况汇报", "Narrative"}}, {"overview", {"基本情况", "Overview"}},
    {"projects", {"重点项目", "Projects"}},   {"petitions", {"信访维稳", "Petitions"}},
    {"overdue", {"超期件", "Overdue"}},       {"metrics", {"指标", "Metrics"}},
  };
  for (const auto& section : section_names()) {
    const auto& names = k_sheet_names.at(section);
    const std::string sheet_name = lang == Lang::zh ? names.first : names.second;
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name.c_str());
    const auto tables = section_tables(report, section, lang);
    const auto header_rows = write_tables(sheet, tables, f);
    if (section == "projects" && !report.projects.empty()) {
      // 签约率 is the column after 本期签约 and 累计签约.
      const auto& columns = tables.front().table.columns;
      lxw_col_t pct = 0;
      for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].key == "signed_pct") {
          pct = static_cast<lxw_col_t>(c);
        }
      }
      const auto first = header_rows.front() + 1;
      add_chart(workbook, sheet, sheet_name.c_str(), LXW_CHART_BAR, first,
                first + static_cast<lxw_row_t>(report.projects.size()) - 1, 1, pct, heading("signed_pct", lang),
                first + static_cast<lxw_row_t>(report.projects.size()) + 2, 1);
    }
    if (section == "petitions" && header_rows.size() > 1) {
      const auto first = header_rows[1] + 1;
      add_chart(workbook, sheet, sheet_name.c_str(), LXW_CHART_COLUMN, first,
                first + static_cast<lxw_row_t>(report.petitions.by_channel.size()) - 1, 0, 1,
                heading("by_channel", lang), 0, 4);
    }
  }
  out::close_workbook(workbook, name);
}

} // namespace dongmao::report
