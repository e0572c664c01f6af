#pragma once

#include <dongmao/report/figures.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace dongmao::report {

// The workspaces a rollup names: each path that is a workspace, or every workspace directly
// inside a path that is not one. Throws InputMissing when a path is neither.
std::vector<std::filesystem::path> rollup_workspaces(const std::vector<std::string>& paths);

// Sums the same figures across sub-districts, keeping each whole in `parts`: counts add up,
// communities and projects are listed with their sub-district, metrics total per indicator,
// and the sub-districts are ranked per indicator.
Report merge_reports(std::vector<Report> reports, const std::string& name);

} // namespace dongmao::report
