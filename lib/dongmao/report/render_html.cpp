// One self-contained HTML page: the tables of every section and inline SVG charts. Every
// string that came from a user is escaped.
#include <dongmao/domain/inert.hpp>
#include <dongmao/report/render.hpp>
#include <dongmao/report/tables.hpp>

#include <fmt/format.h>

#include <algorithm>

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

void html_table(std::ostream& out, const out::Table& table)
{
  out << "<table><thead><tr>";
  for (const auto& c : table.columns) {
    out << "<th>" << esc(c.header) << "</th>";
  }
  out << "</tr></thead><tbody>\n";
  for (const auto& row : table.rows) {
    out << "<tr>";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      out << (table.columns[i].numeric ? "<td class=\"n\">" : "<td>") << esc(i < row.size() ? row[i] : "") << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

// A horizontal bar chart: one labelled bar per item, scaled to the largest (or to `full`).
void bar_chart(std::ostream& out, const std::string& title, const std::vector<std::pair<std::string, double>>& items,
               double full, const std::string& suffix)
{
  if (items.empty()) {
    return;
  }
  double max = full;
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
    out << fmt::format("<text x=\"190\" y=\"{}\" text-anchor=\"end\">{}</text>", y + 15, esc(items[i].first));
    out << fmt::format("<rect x=\"200\" y=\"{}\" width=\"420\" height=\"18\" class=\"track\"/>", y + 2);
    out << fmt::format("<rect x=\"200\" y=\"{}\" width=\"{:.1f}\" height=\"18\" class=\"bar\"/>", y + 2, width);
    out << fmt::format("<text x=\"{:.1f}\" y=\"{}\">{}{}</text>\n", 206 + std::min(width, 420.0), y + 15,
                       format_number(items[i].second), esc(suffix));
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

const char* k_style = R"css(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.6}
h1{font-size:1.6em;border-bottom:2px solid #b22;padding-bottom:.3em}
h2{font-size:1.25em;margin-top:1.6em;color:#b22}
table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.92em}
th,td{border:1px solid #ccc;padding:.25em .6em}
td{white-space:nowrap}
th{background:#f4f4f4}
td.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1em 0}
figcaption{font-weight:bold;margin-bottom:.3em}
svg text{font-size:12px;fill:#333}
svg text.small{font-size:10px}
svg .bar{fill:#c33}
svg .track{fill:#eee}
p.narrative{text-indent:2em}
)css";

} // namespace

void render_html(std::ostream& out, const Report& report, Lang lang)
{
  const std::string title =
    lang == Lang::zh
      ? fmt::format("{}{}（{} 至 {}）", report.subdistrict, report.period.is_month ? "月报" : "工作报告",
                    report.period.from.iso(), report.period.to.iso())
      : fmt::format("{} report, {} to {}", report.subdistrict, report.period.from.iso(), report.period.to.iso());
  out << "<!DOCTYPE html>\n<html lang=\"" << (lang == Lang::zh ? "zh-CN" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<title>" << esc(title) << "</title>\n<style>" << k_style << "</style>\n</head>\n<body>\n";
  out << "<h1>" << esc(title) << "</h1>\n";
  out << "<h2>" << esc(heading("narrative", lang)) << "</h2>\n";
  for (const auto& p : report.narrative) {
    out << "<p class=\"narrative\">" << esc(p) << "</p>\n";
  }
  for (const auto& section : {"overview", "projects", "petitions", "overdue", "metrics"}) {
    const auto tables = section_tables(report, section, lang);
    if (std::string(section) == "overdue" && report.petitions.overdue_cases.empty()) {
      continue;
    }
    out << "<h2>" << esc(tables.front().title) << "</h2>\n";
    if (std::string(section) == "projects") {
      std::vector<std::pair<std::string, double>> bars;
      for (const auto& p : report.projects) {
        if (p.enrolled > 0) {
          bars.emplace_back(p.name, static_cast<double>(p.signed_total) * 100.0 / static_cast<double>(p.enrolled));
        }
      }
      bar_chart(out, heading("signed_pct", lang), bars, 100.0, "%");
    }
    if (std::string(section) == "petitions") {
      column_chart(out, lang == Lang::zh ? "近12个月信访件数" : "Petitions per month", report.petitions.per_month);
    }
    if (std::string(section) == "metrics") {
      std::string current;
      bool percent = false;
      std::vector<std::pair<std::string, double>> bars;
      const auto flush = [&] {
        if (!bars.empty()) {
          bar_chart(out, current, bars, percent ? 100.0 : 0.0, percent ? "%" : "");
        }
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
          bars.emplace_back(m.community, m.kind == figures::IndicatorKind::rate ? *m.value * 100.0 : *m.value);
        }
      }
      flush();
    }
    for (std::size_t i = 0; i < tables.size(); ++i) {
      if (i > 0) {
        out << "<h3>" << esc(tables[i].title) << "</h3>\n";
      }
      html_table(out, tables[i].table);
    }
  }
  out << "</body>\n</html>\n";
}

} // namespace dongmao::report
