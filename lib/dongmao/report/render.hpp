#pragma once

#include <dongmao/report/figures.hpp>
#include <dongmao/report/labels.hpp>

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace dongmao::report {

// The output formats of `dongmao report`.
enum class Format
{
  md,
  html,
  xlsx,
  json,
  csv,
};

// The sections a report has, in order; CSV writes one file per section.
const std::vector<std::string>& section_names();

// The version of the JSON contract `to_json` writes: 2 added indicator kinds, null for missing
// figures and the population's source.
inline constexpr int k_report_schema_version = 2;

// The report as the stable JSON contract (schemas/report.schema.json).
nlohmann::json to_json(const Report& report);

// The report as Markdown, for reading.
void render_markdown(std::ostream& out, const Report& report, Lang lang);

// One section as CSV (overview, projects, petitions, overdue, metrics, narrative), with
// formula-like text neutralised.
void render_csv(std::ostream& out, const Report& report, const std::string& section, Lang lang);

// The report as one self-contained HTML page with inline SVG charts.
void render_html(std::ostream& out, const Report& report, Lang lang);

// The report as an XLSX workbook at `path` (one sheet per section, native charts); errors name
// `shown` when given (the path the user asked for, not the temporary file).
void render_xlsx(const std::filesystem::path& path, const Report& report, Lang lang, const std::string& shown = {});

} // namespace dongmao::report
