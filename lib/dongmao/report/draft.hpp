#pragma once

#include <dongmao/report/figures.hpp>

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <string>
#include <vector>

// A document drafted from a template staff can edit: its placeholders are paths into the
// report's JSON ({projects[DQSC].signed_total}), so the JSON stays the one source of figures.
namespace dongmao::report {

// Drafts `text` over `data` (the report as to_json writes it). A line starting with # or with
// 一、二、… is a heading; lines from one starting with <!-- to one holding --> are notes; blank lines part paragraphs,
// other lines join into one; a line with an optional placeholder ({path?}) that finds nothing, 0 or false is left out.
// Throws ConfigError naming `file`, the line and the placeholder for an unknown path, filter or a required figure
// without data.
std::vector<DraftBlock> draft_document(const std::string& text, const nlohmann::json& data, const std::string& file);

// Reads the template at `path` and drafts `report.draft` from it over to_json(report). Throws
// InputMissing when the file cannot be read, ConfigError as draft_document.
void draft_from_template(Report& report, const std::filesystem::path& path);

} // namespace dongmao::report
