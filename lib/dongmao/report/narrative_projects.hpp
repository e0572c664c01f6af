#pragma once

#include <dongmao/report/figures.hpp>

#include <map>
#include <string>
#include <vector>

namespace dongmao::report {

// The project paragraphs of the drafted narrative, from the built-in sentence templates
// overridden by `templates`: only what happened or holds in the period, no zero items.
std::vector<std::string> draft_project_narrative(const Report& report,
                                                 const std::map<std::string, std::string>& templates);

} // namespace dongmao::report
