#pragma once

#include <dongmao/out/table.hpp>
#include <dongmao/report/figures.hpp>
#include <dongmao/report/labels.hpp>

#include <optional>
#include <string>
#include <vector>

namespace dongmao::report {

// A titled table of one section; Markdown, CSV, HTML and XLSX all render from these.
struct NamedTable
{
  std::string title;
  out::Table table;
};

// The tables of `section` (see section_names()) in `lang`.
std::vector<NamedTable> section_tables(const Report& report, const std::string& section, Lang lang);

// The paragraphs of the narrative section: the drafted document's blocks when a template made
// one, else the built-in narrative.
std::vector<std::string> narrative_paragraphs(const Report& report);

// A number as a report shows it: whole numbers without decimals, else up to two.
std::string format_number(double value);

// A fraction as every text format shows a percentage: 0.8681 as 86.8%.
std::string format_percent(double fraction);

// A project's signing rate (签约率), as project::signing_share defines it.
std::optional<double> signed_share(const ProjectFigures& p);

// An indicator's figure as every text format shows it: "—" when missing, a rate as 71.0%.
std::string format_metric(std::optional<double> value, figures::IndicatorKind kind);

} // namespace dongmao::report
