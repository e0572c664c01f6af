// The report as an XLSX workbook for forwarding and printing: one sheet per section, each A4
// landscape one page wide under a title row, typed numbers, percentages and dates in bordered
// cells, native charts whose axes start at 0. Written to a temporary name and renamed by the caller.
#include <dongmao/domain/inert.hpp>
#include <dongmao/error.hpp>
#include <dongmao/out/xlsx_workbook.hpp>
#include <dongmao/report/render.hpp>
#include <dongmao/report/tables.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <map>
#include <optional>

namespace dongmao::report {

namespace {

// Excel on Chinese Windows ships 等线; WPS and LibreOffice fall back to 宋体 or their own CJK font.
constexpr const char* k_font = "等线";

// The rows a chart takes (its default 288 px at 20 px a row), plus a gap.
constexpr lxw_row_t k_chart_rows = 17;

// How a cell is written; every kind has a plain and a bold (合计) format.
enum class Cell
{
  text,
  integer,
  decimal,
  percent,
  date,
  missing,
  count,
};

struct Formats
{
  lxw_format* title;
  lxw_format* subtitle;
  lxw_format* header;
  lxw_format* narrative;
  std::array<std::array<lxw_format*, 2>, static_cast<std::size_t>(Cell::count)> cells;

  lxw_format* cell(Cell kind, bool bold) const { return cells[static_cast<std::size_t>(kind)][bold ? 1 : 0]; }
};

lxw_format* new_format(lxw_workbook* workbook)
{
  lxw_format* format = workbook_add_format(workbook);
  format_set_font_name(format, k_font);
  format_set_font_size(format, 10);
  return format;
}

lxw_format* bordered(lxw_workbook* workbook)
{
  lxw_format* format = new_format(workbook);
  format_set_border(format, LXW_BORDER_THIN);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

Formats make_formats(lxw_workbook* workbook)
{
  Formats f{};
  f.title = new_format(workbook);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.subtitle = new_format(workbook);
  format_set_bold(f.subtitle);
  format_set_font_size(f.subtitle, 11);
  f.header = bordered(workbook);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xF2F2F2);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_text_wrap(f.header);
  f.narrative = bordered(workbook);
  format_set_text_wrap(f.narrative);
  format_set_align(f.narrative, LXW_ALIGN_VERTICAL_TOP);
  for (const bool bold : {false, true}) {
    const auto add = [&](Cell kind, const char* num_format, bool right) {
      lxw_format* format = bordered(workbook);
      format_set_num_format(format, num_format);
      if (right) {
        format_set_align(format, LXW_ALIGN_RIGHT);
      }
      if (bold) {
        format_set_bold(format);
      }
      f.cells[static_cast<std::size_t>(kind)][bold ? 1 : 0] = format;
    };
    add(Cell::text, "@", false);
    add(Cell::integer, "#,##0", true);
    add(Cell::decimal, "#,##0.00", true);
    add(Cell::percent, "0.0%", true);
    add(Cell::date, "yyyy-mm-dd", false);
    add(Cell::missing, "@", true);
  }
  return f;
}

bool is_iso_date(const std::string& text)
{
  return text.size() == 10 && domain::parse_iso_date(text).has_value();
}

// The width of `text` in Excel's character units: a CJK character takes two.
double display_width(const std::string& text)
{
  double width = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      width += 1;
    } else if (byte >= 0xE0) {
      width += 2;
    }
  }
  return width;
}

// Writes one cell of a numeric column or a text column: numbers and "86.8%" as numbers, ISO
// dates as dates, the rest as text that is never evaluated.
void write_cell(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const std::string& cell, bool numeric, bool bold,
                const Formats& f)
{
  if (cell == "—") {
    worksheet_write_string(sheet, r, c, cell.c_str(), f.cell(Cell::missing, bold));
    return;
  }
  if (numeric && !cell.empty()) {
    const bool percent = cell.back() == '%';
    const std::string digits = percent ? cell.substr(0, cell.size() - 1) : cell;
    char* end = nullptr;
    const double number = std::strtod(digits.c_str(), &end);
    if (end && *end == '\0') {
      if (percent) {
        worksheet_write_number(sheet, r, c, number / 100.0, f.cell(Cell::percent, bold));
      } else {
        const bool whole = number == std::floor(number);
        worksheet_write_number(sheet, r, c, number, f.cell(whole ? Cell::integer : Cell::decimal, bold));
      }
      return;
    }
  }
  if (is_iso_date(cell)) {
    const auto d = *domain::parse_iso_date(cell);
    lxw_datetime datetime = {d.year, d.month, d.day, 0, 0, 0};
    worksheet_write_datetime(sheet, r, c, &datetime, f.cell(Cell::date, bold));
    return;
  }
  // A control character would be written as _x001B_ and come back as ESC.
  worksheet_write_string(sheet, r, c, out::xlsx_cell_text(domain::visible_text(cell)).c_str(),
                         f.cell(numeric ? Cell::missing : Cell::text, bold));
}

// Writes `tables` one under another from `r`; returns the row of each table's header and
// leaves `r` on the first free row.
std::vector<lxw_row_t> write_tables(lxw_worksheet* sheet, const std::vector<NamedTable>& tables,
                                    const std::string& total, lxw_row_t& r, const Formats& f)
{
  std::vector<lxw_row_t> header_rows;
  std::vector<double> widths;
  for (const auto& named : tables) {
    if (tables.size() > 1) {
      worksheet_write_string(sheet, r++, 0, named.title.c_str(), f.subtitle);
    }
    header_rows.push_back(r);
    const auto& t = named.table;
    widths.resize(std::max(widths.size(), t.columns.size()), 6.0);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), t.columns[c].header.c_str(), f.header);
      // A long header wraps onto two lines rather than widening a column of small numbers.
      widths[c] = std::max(widths[c], std::min(display_width(t.columns[c].header), 10.0) + 2);
    }
    ++r;
    for (const auto& row : t.rows) {
      const bool bold = std::find(row.begin(), row.end(), total) != row.end();
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const std::string& cell = c < row.size() ? row[c] : std::string();
        write_cell(sheet, r, static_cast<lxw_col_t>(c), cell, t.columns[c].numeric, bold, f);
        // A percentage at full precision shows as 86.8%.
        const double width = t.columns[c].numeric && cell.ends_with('%') ? 6.0 : display_width(cell);
        widths[c] = std::min(40.0, std::max(widths[c], width + 2));
      }
      ++r;
    }
    ++r;
  }
  for (std::size_t c = 0; c < widths.size(); ++c) {
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
  }
  return header_rows;
}

// A4 landscape, one page wide, the header row repeated on every page, the title in the page header.
void set_up_page(lxw_worksheet* sheet, const std::string& title, lxw_row_t header_row)
{
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
  worksheet_center_horizontally(sheet);
  worksheet_repeat_rows(sheet, header_row, header_row);
  worksheet_freeze_panes(sheet, header_row + 1, 0);
  const std::string header = "&C&\"等线,Regular\"&9" + domain::visible_text(title);
  worksheet_set_header(sheet, header.c_str());
  worksheet_set_footer(sheet, "&C&9&P / &N");
}

// The step of a value axis from 0: a whole 1, 2 or 5 times a power of ten giving about five
// gridlines, never a fraction of a count.
double axis_step(double max)
{
  const double raw = std::max(1.0, max / 5.0);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double factor : {1.0, 2.0, 5.0}) {
    if (factor * magnitude >= raw) {
      return factor * magnitude;
    }
  }
  return 10.0 * magnitude;
}

struct ChartSpec
{
  uint8_t type;
  std::string title;
  lxw_row_t first;
  lxw_row_t last;
  lxw_col_t category_col;
  lxw_col_t value_col;
  bool rate;
  double max; // the largest value, for a count chart's step
};

void add_chart(lxw_workbook* workbook, lxw_worksheet* sheet, const std::string& sheet_name, const ChartSpec& spec,
               lxw_row_t at_row)
{
  lxw_chart* chart = workbook_add_chart(workbook, spec.type);
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(series, sheet_name.c_str(), spec.first, spec.category_col, spec.last, spec.category_col);
  chart_series_set_values(series, sheet_name.c_str(), spec.first, spec.value_col, spec.last, spec.value_col);
  lxw_chart_font title_font{};
  title_font.name = const_cast<char*>(k_font);
  title_font.size = 12;
  title_font.bold = LXW_EXPLICIT_FALSE;
  lxw_chart_font axis_font{};
  axis_font.name = const_cast<char*>(k_font);
  axis_font.size = 9;
  chart_title_set_name(chart, spec.title.c_str());
  chart_title_set_name_font(chart, &title_font);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_num_font(chart->x_axis, &axis_font);
  chart_axis_set_num_font(chart->y_axis, &axis_font);
  // libxlsxwriter names a bar chart's horizontal value axis x_axis.
  lxw_chart_axis* values = spec.type == LXW_CHART_BAR ? chart->x_axis : chart->y_axis;
  chart_axis_set_min(values, 0);
  if (spec.rate) {
    chart_axis_set_max(values, 1);
    chart_axis_set_major_unit(values, 0.2);
    chart_axis_set_num_format(values, "0%");
  } else {
    chart_axis_set_major_unit(values, axis_step(spec.max));
    chart_axis_set_num_format(values, "#,##0");
  }
  chart_series_set_labels(series);
  if (spec.rate) {
    chart_series_set_labels_num_format(series, "0.0%");
  }
  lxw_chart_options options{};
  options.x_scale = 1.4;
  worksheet_insert_chart_opt(sheet, at_row, 0, chart, &options);
}

// The charts of a section, read from the cells `write_tables` wrote.
std::vector<ChartSpec> section_charts(const Report& report, const std::string& section,
                                      const std::vector<NamedTable>& tables, const std::vector<lxw_row_t>& header_rows,
                                      Lang lang)
{
  std::vector<ChartSpec> charts;
  const auto column = [](const out::Table& t, const std::string& key) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].key == key) {
        return static_cast<lxw_col_t>(c);
      }
    }
    return static_cast<lxw_col_t>(0);
  };
  if (section == "projects" && !report.projects.empty()) {
    const auto& t = tables.front().table;
    const auto first = header_rows.front() + 1;
    charts.push_back({LXW_CHART_BAR, heading("signed_pct", lang), first,
                      first + static_cast<lxw_row_t>(t.rows.size()) - 1, column(t, "name"), column(t, "signed_pct"),
                      true, 1.0});
  }
  if (section == "petitions") {
    for (std::size_t i = 0; i < tables.size(); ++i) {
      const auto& t = tables[i].table;
      const bool channel = tables[i].title == heading("by_channel", lang);
      const bool trend = !t.columns.empty() && t.columns[0].key == "month";
      if ((channel || trend) && !t.rows.empty()) {
        double max = 0;
        for (const auto& row : t.rows) {
          max = std::max(max, std::strtod(row[1].c_str(), nullptr));
        }
        const auto first = header_rows[i] + 1;
        charts.push_back({LXW_CHART_COLUMN, tables[i].title, first, first + static_cast<lxw_row_t>(t.rows.size()) - 1,
                          0, 1, false, max});
      }
    }
  }
  if (section == "metrics" && !report.metrics.empty()) {
    // One chart per indicator over its communities; the total row is left out.
    const auto first_row = header_rows.front() + 1;
    std::size_t i = 0;
    while (i < report.metrics.size()) {
      const auto& m = report.metrics[i];
      std::size_t end = i;
      double max = 0;
      while (end < report.metrics.size() && report.metrics[end].indicator == m.indicator &&
             report.metrics[end].unit == m.unit && !report.metrics[end].community.empty()) {
        max = std::max(max, report.metrics[end].value.value_or(0));
        ++end;
      }
      if (end > i) {
        const auto title = m.unit.empty() ? m.indicator : m.indicator + "（" + m.unit + "）";
        charts.push_back({LXW_CHART_COLUMN, domain::visible_text(title), first_row + static_cast<lxw_row_t>(i),
                          first_row + static_cast<lxw_row_t>(end) - 1, 3, 4, m.kind == figures::IndicatorKind::rate,
                          max});
      }
      i = std::max(end, i + 1);
    }
  }
  return charts;
}

// A fraction at full precision in the form write_cell reads as a percentage: the sheet keeps
// 0.8681 where the text formats round it to 86.8%.
std::string exact_percent(double fraction)
{
  return fmt::format("{}%", fraction * 100.0);
}

// The section's tables with percentages and indicator figures at full precision.
std::vector<NamedTable> exact_tables(const Report& report, const std::string& section, Lang lang)
{
  auto tables = section_tables(report, section, lang);
  if (section == "projects") {
    auto& t = tables.front().table;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].key != "signed_pct") {
        continue;
      }
      for (std::size_t i = 0; i < report.projects.size(); ++i) {
        const auto& p = report.projects[i];
        if (const auto share = signed_share(p)) {
          t.rows[i][c] = exact_percent(*share);
        }
      }
    }
  }
  if (section == "metrics") {
    auto& t = tables.front().table;
    for (std::size_t i = 0; i < report.metrics.size(); ++i) {
      const auto& m = report.metrics[i];
      const auto exact = [&](std::optional<double> value, std::string& cell) {
        if (value) {
          cell = m.kind == figures::IndicatorKind::rate ? exact_percent(*value) : fmt::format("{}", *value);
        }
      };
      // The columns of metric_tables: 本期, 年累计, 上期, 增减 from the fifth on.
      exact(m.value, t.rows[i][4]);
      exact(m.year_to_date, t.rows[i][5]);
      exact(m.previous, t.rows[i][6]);
      exact(m.change, t.rows[i][7]);
    }
  }
  return tables;
}

// Petitions per month, the trend the HTML draws, as a table the chart can read.
NamedTable trend_table(const Report& report, Lang lang)
{
  NamedTable named{lang == Lang::zh ? "近12个月信访件数" : "Petitions per month", {}};
  named.table.columns = {out::Column{lang == Lang::zh ? "月份" : "Month", "month", false},
                         out::Column{heading("count", lang), "count", true}};
  for (const auto& [month, n] : report.petitions.per_month) {
    named.table.rows.push_back({month, std::to_string(n)});
  }
  return named;
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
  const Formats f = make_formats(workbook);

  const std::string kind = lang == Lang::zh ? (report.period.is_month ? "月报" : "工作报告")
                                            : (report.period.is_month ? "monthly report" : "report");
  const std::map<std::string, std::pair<std::string, std::string>> k_sheet_names = {
    {"narrative", {"情况汇报", "Narrative"}}, {"overview", {"基本情况", "Overview"}},
    {"projects", {"重点项目", "Projects"}},   {"petitions", {"信访维稳", "Petitions"}},
    {"overdue", {"超期件", "Overdue"}},       {"metrics", {"指标", "Metrics"}},
  };
  for (const auto& section : section_names()) {
    const auto& names = k_sheet_names.at(section);
    const std::string sheet_name = lang == Lang::zh ? names.first : names.second;
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name.c_str());
    auto tables = exact_tables(report, section, lang);
    if (section == "petitions") {
      tables.push_back(trend_table(report, lang));
    }
    const std::string sheet_title = lang == Lang::zh
                                      ? fmt::format("{}{}·{}（{} 至 {}）", report.subdistrict, kind, sheet_name,
                                                    report.period.from.iso(), report.period.to.iso())
                                      : fmt::format("{} {}: {} ({} to {})", report.subdistrict, kind, sheet_name,
                                                    report.period.from.iso(), report.period.to.iso());
    worksheet_write_string(sheet, 0, 0, domain::visible_text(sheet_title).c_str(), f.title);
    worksheet_set_row(sheet, 0, 22, nullptr);
    lxw_row_t r = 1;
    const auto header_rows = write_tables(sheet, tables, heading("total", lang), r, f);
    set_up_page(sheet, sheet_title, header_rows.front());
    if (section == "narrative") {
      worksheet_set_column(sheet, 0, 0, 120, f.narrative);
      const auto paragraphs = narrative_paragraphs(report);
      for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const auto row = header_rows.front() + 1 + static_cast<lxw_row_t>(i);
        worksheet_write_string(sheet, row, 0, out::xlsx_cell_text(domain::visible_text(paragraphs[i])).c_str(),
                               f.narrative);
      }
    }
    const auto charts = section_charts(report, section, tables, header_rows, lang);
    if (!charts.empty()) {
      // Charts start on a page of their own so that none is cut by the table's page break.
      std::vector<lxw_row_t> breaks = {r, 0};
      ++r; // a chart on the break row would draw its top edge on the previous page
      worksheet_set_h_pagebreaks(sheet, breaks.data());
      for (const auto& chart : charts) {
        add_chart(workbook, sheet, sheet_name, chart, r);
        r += k_chart_rows;
      }
    }
  }
  out::close_workbook(workbook, name);
}

} // namespace dongmao::report
