#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/figures/report.hpp>

#include <vector>

namespace dongmao::store {

// Fills the units (小区, 院落, 片区) of every project among `projects` that has any, accepted
// counted by and inside `period`; a project without target households or investment takes its
// units' sums.
void add_unit_figures(db::Connection& db, const figures::Period& period,
                      std::vector<figures::ProjectFigures>& projects);

// Sets each cleared project's place among the projects started in the same month (1: first to clear).
void rank_clearing(std::vector<figures::ProjectFigures>& projects);

// The organisations registered inside `period`; none when no organisation has a registration date.
std::optional<figures::RegisteredOrganisations> organisations_registered(db::Connection& db,
                                                                         const figures::Period& period);

} // namespace dongmao::store
