#pragma once

#include <dongmao/report/draft_format.hpp>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

// The paths of a template's placeholders into the report's JSON: projects[DQSC].signed_total,
// metrics[协税护税@柴家山社区].value, petitions.by_category.租赁纠纷.
namespace dongmao::report::draft {

// One step of a path: a name, then the selectors in brackets after it.
struct Step
{
  std::string name;
  std::vector<std::string> selectors;
};

// Parses `text` into steps; none when it is not a path (empty names, unbalanced brackets).
std::optional<std::vector<Step>> parse_path(const std::string& text);

// What a lookup found: the value (or no data), or the part of the path the report does not have.
struct Lookup
{
  Found found;
  std::optional<std::string> unknown; // e.g. "projects[DQSC].signd_total"
};

// Follows `path` through `root`. A name an object lacks is unknown, unless the object is a table
// of counts by a name from the data (by_category …), where it is no data; an element no
// selector matches is no data.
Lookup look_up(const nlohmann::json& root, const std::vector<Step>& path);

} // namespace dongmao::report::draft
