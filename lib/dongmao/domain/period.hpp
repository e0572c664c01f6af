#pragma once

#include <dongmao/domain/date.hpp>

#include <string>

namespace dongmao::domain {

// The dates a report or a count covers, both ends included, and how it is named.
struct Period
{
  Date from;
  Date to;
  std::string label; // "2026-11" for a month, "2026-01-01..2026-06-30" for a range
  bool is_month = false;
};

// The month `spec` names — "this", "last", "YYYY-MM" or 2026年11月 — relative to `today`.
// UsageError (it is typed after --month) for anything else.
Period month_period(const std::string& spec, Date today);

// The days from `from` to `to` (YYYY-MM-DD, both included). UsageError (they are typed
// after --from and --to) when either is not a date or `to` is before `from`.
Period range_period(const std::string& from, const std::string& to);

// The period of the same length just before `period`: the previous month for a month.
Period previous_period(const Period& period);

} // namespace dongmao::domain
