// One self-contained HTML page: the tables of every section and inline SVG charts. Every
// string that came from a user is escaped.
#include <dongmao/domain/inert.hpp>
#include <dongmao/report/render.hpp>
#include <dongmao/report/tables.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dongmao::report {

namespace {

std::string esc(const std::string& raw)
{
  const auto text = domain::visible_text(raw);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

bool is_ascii(const std::string& text)
{
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A day count past its deadline: a negative 剩余天数 or any 超期天数.
bool is_late(const out::Column& column, const std::string& cell)
{
  return (column.key == "days_left" && cell.starts_with('-')) || (column.key == "days_overdue" && !cell.empty());
}

// Rows holding `total` (合计) are bold. Returns whether a late day count was marked, so that
// the caller explains the mark.
bool html_table(std::ostream& out, const out::Table& table, const std::string& total)
{
  bool marked = false;
  out << "<table><thead><tr>";
  for (const auto& c : table.columns) {
    out << "<th>" << esc(c.header) << "</th>";
  }
  out << "</tr></thead><tbody>\n";
  for (const auto& row : table.rows) {
    out << (std::find(row.begin(), row.end(), total) != row.end() ? "<tr class=\"total\">" : "<tr>");
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const auto& column = table.columns[i];
      const std::string cell = i < row.size() && !row[i].empty() ? row[i] : std::string("—");
      if (is_late(column, cell)) {
        // Marked by a sign as well as by colour, so that it survives a black-and-white print.
        out << "<td class=\"n late\">▲" << esc(cell) << "</td>";
        marked = true;
      } else if (column.numeric) {
        out << "<td class=\"n\">" << esc(cell) << "</td>";
      } else {
        out << (is_ascii(cell) ? "<td class=\"k\">" : "<td>") << esc(cell) << "</td>";
      }
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
  return marked;
}

// The indicators' values in this period as one community × indicator table, the
// sub-district's total last.
out::Table indicator_grid(const Report& report, Lang lang)
{
  std::vector<std::string> indicators;
  std::vector<std::string> communities;
  std::map<std::pair<std::string, std::string>, std::string> values;
  for (const auto& m : report.metrics) {
    const auto name = m.unit.empty() ? m.indicator : m.indicator + "（" + m.unit + "）";
    const auto community = m.community.empty() ? heading("total", lang) : m.community;
    if (std::find(indicators.begin(), indicators.end(), name) == indicators.end()) {
      indicators.push_back(name);
    }
    if (!m.community.empty() && std::find(communities.begin(), communities.end(), community) == communities.end()) {
      communities.push_back(community);
    }
    values[{community, name}] = format_metric(m.value, m.kind);
  }
  communities.push_back(heading("total", lang));
  out::Table t;
  t.columns.push_back(out::Column{heading("community", lang), "community", false});
  for (const auto& name : indicators) {
    t.columns.push_back(out::Column{name, "value", true});
  }
  for (const auto& community : communities) {
    std::vector<std::string> row{community};
    for (const auto& name : indicators) {
      const auto it = values.find({community, name});
      row.push_back(it != values.end() ? it->second : "—");
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

// The sub-district's totals with their year to date and comparison with the previous period.
out::Table indicator_totals(const out::Table& metrics, Lang lang)
{
  out::Table t;
  t.columns = metrics.columns;
  t.columns.erase(t.columns.begin() + 3); // the community: every row is the total
  for (const auto& row : metrics.rows) {
    if (row.size() == metrics.columns.size() && row[3] == heading("total", lang)) {
      auto cells = row;
      cells.erase(cells.begin() + 3);
      t.rows.push_back(std::move(cells));
    }
  }
  return t;
}

// A horizontal bar chart: one labelled bar per item, scaled to the largest, or to 100% for
// fractions shown as percentages.
void bar_chart(std::ostream& out, const std::string& title, const std::vector<std::pair<std::string, double>>& items,
               bool percent)
{
  if (items.empty()) {
    return;
  }
  double max = percent ? 1.0 : 0.0;
  for (const auto& item : items) {
    max = std::max(max, item.second);
  }
  const int row = 26;
  const int height = static_cast<int>(items.size()) * row + 30;
  out << fmt::format("<figure><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" "
                     "height=\"{}\" role=\"img\" aria-label=\"{}\">\n",
                     esc(title), height, esc(title));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const int y = static_cast<int>(i) * row + 10;
    const double width = max > 0 ? items[i].second / max * 420.0 : 0.0;
    const auto value = percent ? format_percent(items[i].second) : format_number(items[i].second);
    out << fmt::format("<text x=\"190\" y=\"{}\" text-anchor=\"end\">{}</text>", y + 15, esc(items[i].first));
    out << fmt::format("<rect x=\"200\" y=\"{}\" width=\"420\" height=\"18\" class=\"track\"/>", y + 2);
    out << fmt::format("<rect x=\"200\" y=\"{}\" width=\"{:.1f}\" height=\"18\" class=\"bar\"/>", y + 2, width);
    out << fmt::format("<text x=\"{:.1f}\" y=\"{}\">{}</text>\n", 206 + std::min(width, 420.0), y + 15, esc(value));
  }
  out << "</svg></figure>\n";
}

// A column chart of counts per month.
void column_chart(std::ostream& out, const std::string& title,
                  const std::vector<std::pair<std::string, std::int64_t>>& items)
{
  std::int64_t max = 1;
  for (const auto& item : items) {
    max = std::max(max, item.second);
  }
  const int width = 52;
  out << fmt::format("<figure><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" "
                     "height=\"220\" role=\"img\" aria-label=\"{}\">\n",
                     esc(title), static_cast<int>(items.size()) * width + 20, esc(title));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const int x = static_cast<int>(i) * width + 10;
    const double h = static_cast<double>(items[i].second) / static_cast<double>(max) * 150.0;
    out << fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"36\" height=\"{:.1f}\" class=\"bar\"/>", x, 180 - h, h);
    out << fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", x + 18, 175 - h,
                       items[i].second);
    out << fmt::format("<text x=\"{}\" y=\"200\" text-anchor=\"middle\" class=\"small\">{}</text>\n", x + 18,
                       esc(items[i].first.substr(2)));
  }
  out << "</svg></figure>\n";
}

// Printed on A4 landscape, the width the project table needs with its headers on one line.
const char* k_style = R"css(
@page{size:A4 landscape;margin:12mm 12mm 14mm}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:1240px;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.6em;border-bottom:2px solid #b22;padding-bottom:.3em}
h2{font-size:1.25em;margin-top:1.6em;color:#b22;break-after:avoid}
h3{font-size:1.05em;margin:1em 0 .3em;break-after:avoid}
table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.85em}
th,td{border:1px solid #ccc;padding:.25em .5em}
th{background:#f4f4f4;white-space:nowrap}
tr{break-inside:avoid}
td{min-width:4em}
td.n,td.k{white-space:nowrap;min-width:0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.late{color:#b00;font-weight:bold}
tr.total td{font-weight:bold;background:#fafafa}
p.note{font-size:.85em;color:#555;margin-top:-.8em}
figure{margin:1em 0;break-inside:avoid}
figcaption{font-weight:bold;margin-bottom:.3em}
svg{max-width:100%;height:auto}
svg text{font-size:12px;fill:#333}
svg text.small{font-size:10px}
svg .bar{fill:#c33}
svg .track{fill:#eee}
p.narrative{text-indent:2em}
@media print{body{margin:0;max-width:none;padding:0;font-size:10pt}table{font-size:8.5pt}}
)css";

// What the ▲ beside a day count means.
std::string late_note(Lang lang)
{
  return lang == Lang::zh ? "▲ 已超过期限的天数" : "▲ days past the deadline";
}

} // namespace

void render_html(std::ostream& out, const Report& report, Lang lang)
{
  const std::string title =
    lang == Lang::zh
      ? fmt::format("{}{}（{} 至 {}）", report.subdistrict, report.period.is_month ? "月报" : "工作报告",
                    report.period.from.iso(), report.period.to.iso())
      : fmt::format("{} report, {} to {}", report.subdistrict, report.period.from.iso(), report.period.to.iso());
  out << "<!DOCTYPE html>\n<html lang=\"" << (lang == Lang::zh ? "zh-CN" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n"
      << "<title>" << esc(title) << "</title>\n<style>" << k_style << "</style>\n</head>\n<body>\n";
  out << "<h1>" << esc(title) << "</h1>\n";
  out << "<h2>" << esc(heading("narrative", lang)) << "</h2>\n";
  for (const auto& block : report.draft) {
    out << (block.heading ? "<h3 class=\"draft\">" : "<p class=\"narrative\">") << esc(block.text)
        << (block.heading ? "</h3>\n" : "</p>\n");
  }
  if (report.draft.empty()) {
    for (const auto& p : report.narrative) {
      out << "<p class=\"narrative\">" << esc(p) << "</p>\n";
    }
  }
  for (const std::string section : {"overview", "projects", "petitions", "overdue", "metrics"}) {
    auto tables = section_tables(report, section, lang);
    if (section == "overdue" && report.petitions.overdue_cases.empty()) {
      continue;
    }
    out << "<h2>" << esc(tables.front().title) << "</h2>\n";
    if (section == "projects") {
      std::vector<std::pair<std::string, double>> bars;
      for (const auto& p : report.projects) {
        if (const auto share = signed_share(p)) {
          bars.emplace_back(p.name, *share);
        }
      }
      bar_chart(out, heading("signed_pct", lang), bars, true);
    }
    if (section == "petitions") {
      column_chart(out, lang == Lang::zh ? "近12个月信访件数" : "Petitions per month", report.petitions.per_month);
    }
    if (section == "metrics") {
      std::string current;
      bool percent = false;
      std::vector<std::pair<std::string, double>> bars;
      const auto flush = [&] {
        bar_chart(out, current, bars, percent);
        bars.clear();
      };
      for (const auto& m : report.metrics) {
        const auto name = m.unit.empty() ? m.indicator : m.indicator + "（" + m.unit + "）";
        if (name != current) {
          flush();
          current = name;
          percent = m.kind == figures::IndicatorKind::rate;
        }
        if (!m.community.empty() && m.value) {
          bars.emplace_back(m.community, *m.value);
        }
      }
      flush();
      if (!report.metrics.empty()) {
        const auto totals = indicator_totals(tables.front().table, lang);
        std::vector<NamedTable> shown = {
          {tables.front().title, indicator_grid(report, lang)},
          {lang == Lang::zh ? "街道合计与上期比较" : "Sub-district totals against the previous period", totals}};
        shown.insert(shown.end(), tables.begin() + 1, tables.end()); // a rollup's ranking
        tables = std::move(shown);
      }
    }
    for (std::size_t i = 0; i < tables.size(); ++i) {
      if (i > 0) {
        out << "<h3>" << esc(tables[i].title) << "</h3>\n";
      }
      if (html_table(out, tables[i].table, heading("total", lang))) {
        out << "<p class=\"note\">" << esc(late_note(lang)) << "</p>\n";
      }
    }
  }
  out << "</body>\n</html>\n";
}

} // namespace dongmao::report
