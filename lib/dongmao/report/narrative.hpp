#pragma once

#include <dongmao/report/figures.hpp>

#include <map>
#include <string>
#include <vector>

// The parts of the drafted narrative, each from its own sentence templates.
namespace dongmao::report {

// The paragraphs on petition work (信访维稳): only what happened in the period, no zero
// items, sensitive periods only when the report overlaps them, incidents as handled only
// when they were. `templates` overrides the built-in sentences by name.
std::vector<std::string> petition_paragraphs(const Report& report, const std::map<std::string, std::string>& templates);

} // namespace dongmao::report
