#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/figures/report.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/project/consent.hpp>

#include <vector>

namespace dongmao::store {

// 基本情况: one Overview per community (by id) and the sub-district total last.
std::vector<figures::Overview> overview(db::Connection& db);

// 重点项目: every project's figures for `period`, in code order, from store::project_progress
// (the figures of `project progress`); days left counted from `as_of`; consent judged by
// `renovation`.
std::vector<figures::ProjectFigures> project_figures(db::Connection& db, const figures::Period& period,
                                                     domain::Date as_of, const project::RenovationRules& renovation);

// 信访维稳: the petitions of `period`; open and overdue as of `as_of`.
figures::PetitionFigures petition_figures(db::Connection& db, const figures::Period& period, domain::Date as_of,
                                          const petition::PetitionRules& rules);

// 指标: every indicator with values in `period`, per community and in total, with the year
// to date and the previous period.
std::vector<figures::MetricFigure> metric_figures(db::Connection& db, const figures::Period& period,
                                                  const figures::Period& previous);

} // namespace dongmao::store
