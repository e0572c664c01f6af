#pragma once

#include <dongmao/text/message.hpp>

#include <string>
#include <vector>

// Why a community, grid, project or household named in a cell or a flag is not one the
// workspace knows, with the nearest names.
namespace dongmao::text {

// "“A”、“B”或“C”" / "'A', 'B' or 'C'": at most three suggestions of a "did you mean".
std::string either(const std::vector<std::string>& names);

// The first eight names, "…" after them; "无"/"none" for no name.
std::string known_list(const std::vector<std::string>& names);

extern const Message k_community_several;      // text, names
extern const Message k_community_one_edit;     // text, near
extern const Message k_community_did_you_mean; // text, suggestions
extern const Message k_community_unknown;      // text, known
extern const Message k_grid_several;           // text
extern const Message k_grid_one_edit;          // text, near
extern const Message k_grid_needs_community;   // text
extern const Message k_grid_did_you_mean;      // text, suggestions
extern const Message k_grid_unknown;           // text, known
extern const Message k_grid_vanished;          // id
extern const Message k_project_several;        // text
extern const Message k_project_did_you_mean;   // text, suggestions
extern const Message k_project_unknown;        // text, known
extern const Message k_household_did_you_mean; // code, suggestions
extern const Message k_household_unknown;      // code
extern const Message k_no_household;           // code: a household named on the command line
extern const Message k_no_households;          // count, codes
extern const Message k_no_project;             // code
extern const Message k_no_case;                // case number

} // namespace dongmao::text
