#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/figures/report.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/project/consent.hpp>

#include <vector>

namespace dongmao::store {

// 基本情况 of every community and the sub-district, population from persons or household
// members when imported (the indicators are the report's to add).
figures::OverviewFigures overview(db::Connection& db);

// 重点项目: every project's figures for `period`, in code order, from store::project_progress
// (the figures of `project progress`); days left counted from `as_of`; consent judged by
// `renovation`.
std::vector<figures::ProjectFigures> project_figures(db::Connection& db, const figures::Period& period,
                                                     domain::Date as_of, const project::RenovationRules& renovation);

// 信访维稳: the petitions of `period`; open and overdue as of `as_of`.
figures::PetitionFigures petition_figures(db::Connection& db, const figures::Period& period, domain::Date as_of,
                                          const petition::PetitionRules& rules);

// 指标: every indicator with a figure in `period`, the previous period or the year to date, per
// community and in total; kinds, units and rate weights from `settings` over the workspace's.
std::vector<figures::MetricFigure> metric_figures(db::Connection& db, const figures::Period& period,
                                                  const figures::Period& previous,
                                                  const figures::IndicatorRegister& settings);

} // namespace dongmao::store
