#pragma once

#include <dongmao/report/figures.hpp>
#include <dongmao/workspace/workspace.hpp>

namespace dongmao::report {

// Gathers every section of the report for `period` from the workspace; `today` bounds what
// counts as open or overdue.
Report build_report(workspace::Workspace& ws, const Period& period, domain::Date today);

// The sub-district-wide indicator figures of `ws` for `period`: what a peer is ranked by.
std::vector<MetricFigure> subdistrict_metrics(workspace::Workspace& ws, const Period& period);

// The drafted paragraphs (本月…项目新增签约…户) for `report`, in the register of the seed
// report, from the built-in sentence templates overridden by `templates`.
std::vector<std::string> draft_narrative(const Report& report, const std::map<std::string, std::string>& templates);

// Fills the {placeholders} of `text` from `values`; unknown placeholders stay as they are.
std::string fill_template(const std::string& text, const std::map<std::string, std::string>& values);

} // namespace dongmao::report
