// Markdown and CSV renderings of a report.
#include <dongmao/domain/inert.hpp>
#include <dongmao/report/render.hpp>
#include <dongmao/report/tables.hpp>

#include <fmt/format.h>

namespace dongmao::report {

namespace {

// Text from data as inert Markdown: line breaks become spaces, so nothing starts a line (no
// heading, list or fence); the marks that open a link, image, HTML tag, emphasis, code span,
// strike-through, entity or table cell are backslash-escaped, the backslash too (so "\\|"
// cannot split a cell); control and bidi characters show as U+FFFD.
std::string md_text(const std::string& raw)
{
  constexpr std::string_view k_special = "\\`*_[]<>#|~&";
  const auto text = domain::visible_text(raw);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      if (k_special.find(c) != std::string_view::npos) {
        out += '\\';
      }
      out += c;
    }
  }
  return out;
}

void md_table(std::ostream& out, const out::Table& table)
{
  out << '|';
  for (const auto& c : table.columns) {
    out << ' ' << md_text(c.header) << " |";
  }
  out << "\n|";
  for (const auto& c : table.columns) {
    out << (c.numeric ? " ---: |" : " --- |");
  }
  out << '\n';
  for (const auto& row : table.rows) {
    out << '|';
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      out << ' ' << md_text(i < row.size() ? row[i] : std::string()) << " |";
    }
    out << '\n';
  }
  out << '\n';
}

// A drafted document under the narrative's heading: its headings one level below.
void md_draft(std::ostream& out, const std::vector<DraftBlock>& draft)
{
  for (const auto& block : draft) {
    out << (block.heading ? "### " : "") << md_text(block.text) << "\n\n";
  }
}

} // namespace

void render_markdown(std::ostream& out, const Report& report, Lang lang)
{
  if (lang == Lang::zh) {
    out << fmt::format("# {}{}（{} 至 {}）\n\n", md_text(report.subdistrict),
                       report.period.is_month ? "月报" : "工作报告", report.period.from.iso(), report.period.to.iso());
  } else {
    out << fmt::format("# {} report, {} to {}\n\n", md_text(report.subdistrict), report.period.from.iso(),
                       report.period.to.iso());
  }
  for (const auto& section : {"narrative", "overview", "projects", "petitions", "overdue", "metrics"}) {
    const auto tables = section_tables(report, section, lang);
    if (std::string(section) == "narrative") {
      out << "## " << heading("narrative", lang) << "\n\n";
      if (!report.draft.empty()) {
        md_draft(out, report.draft);
        continue;
      }
      for (const auto& p : report.narrative) {
        out << md_text(p) << "\n\n";
      }
      continue;
    }
    if (std::string(section) == "overdue" && report.petitions.overdue_cases.empty()) {
      continue;
    }
    out << "## " << tables.front().title << "\n\n";
    for (std::size_t i = 0; i < tables.size(); ++i) {
      if (i > 0) {
        out << "### " << tables[i].title << "\n\n";
      }
      md_table(out, tables[i].table);
    }
  }
}

void render_csv(std::ostream& out, const Report& report, const std::string& section, Lang lang)
{
  const auto tables = section_tables(report, section, lang);
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i > 0) {
      out << '\n';
    }
    out::write_csv(out, tables[i].table);
  }
}

} // namespace dongmao::report
