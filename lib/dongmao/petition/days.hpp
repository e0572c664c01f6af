#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/petition/rules.hpp>

// How petition periods are counted. The start day is never counted (民法典 Art. 201): a
// period of N days from D ends on the Nth counted day after D.
namespace dongmao::petition {

// Whether `date` is a working day under `rules`: Monday to Friday unless listed in
// holidays, or a weekend day listed in extra_workdays (调休). In calendar mode every day is.
bool is_counted_day(domain::Date date, const PetitionRules& rules);

// The last day of a period of `days` days starting after `start`: start + days in
// calendar mode, the `days`th working day after `start` in working mode. 0 days is `start`.
domain::Date period_end(domain::Date start, int days, const PetitionRules& rules);

} // namespace dongmao::petition
