#pragma once

#include <dongmao/report/render.hpp>

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace dongmao::report {

// Where and how to write a report.
struct OutputRequest
{
  Format format = Format::md;
  Lang lang = Lang::zh;
  std::optional<std::string> section;        // csv: one section
  std::optional<std::filesystem::path> path; // -o FILE or DIR; none or "-" = stdout
  unsigned file_mode = 0600;                 // [report] file_mode
  std::vector<std::filesystem::path> inputs; // files a report must never replace (the workspaces' databases)
};

// The file name a report gets in an output directory: 东茅岭街道-2026-11-月报.xlsx.
std::string default_file_name(const Report& report, Format format, const std::string& suffix = "");

// Writes `report` as requested: to `out` when no path is given (md, html, json, csv with a
// section), else atomically to the file, or to default names in the directory (csv: one file
// per section); only a new or a regular file is replaced. Returns the files written. Throws
// UsageError / CannotCreate / IoError.
std::vector<std::filesystem::path> write_report(const Report& report, const OutputRequest& request, std::ostream& out);

// Parses "md", "html", "xlsx", "json", "csv".
std::optional<Format> parse_format(const std::string& text);

} // namespace dongmao::report
