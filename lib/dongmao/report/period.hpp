#pragma once

#include <dongmao/report/figures.hpp>

#include <string>

namespace dongmao::report {

// The month `spec` names — "this", "last" or "YYYY-MM" (also 2026年11月) — relative to
// `today`. Throws UsageError for anything else.
Period month_period(const std::string& spec, domain::Date today);

// The range from `from` to `to` (YYYY-MM-DD, both included). Throws UsageError when either
// is not a date or `to` is before `from`.
Period range_period(const std::string& from, const std::string& to);

// The period of the same length just before `period`: the previous month for a month.
Period previous_period(const Period& period);

} // namespace dongmao::report
