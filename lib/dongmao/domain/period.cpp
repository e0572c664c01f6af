#include <dongmao/domain/period.hpp>
#include <dongmao/error.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/text/domain.hpp>

#include <fmt/format.h>

namespace dongmao::domain {

namespace {

Period of_month(YearMonth month)
{
  return Period{month.first_day(), month.last_day(), month.iso(), true};
}

} // namespace

Period month_period(const std::string& spec, Date today)
{
  const YearMonth current{today.year, today.month};
  if (spec == "this") {
    return of_month(current);
  }
  if (spec == "last") {
    return of_month(current.previous());
  }
  if (const auto month = parse_year_month(spec)) {
    return of_month(*month);
  }
  throw UsageError(text::format(text::k_bad_month, spec));
}

Period range_period(const std::string& from, const std::string& to)
{
  const auto start = parse_iso_date(from);
  const auto end = parse_iso_date(to);
  if (!start) {
    throw UsageError(text::format(text::k_flag_not_a_date, "--from", from));
  }
  if (!end) {
    throw UsageError(text::format(text::k_flag_not_a_date, "--to", to));
  }
  if (*end < *start) {
    throw UsageError(text::format(text::k_to_before_from, to, from));
  }
  return Period{*start, *end, fmt::format("{}..{}", start->iso(), end->iso()), false};
}

Period previous_period(const Period& period)
{
  if (period.is_month) {
    return of_month(YearMonth{period.from.year, period.from.month}.previous());
  }
  const int length = days_between(period.from, period.to) + 1;
  const auto to = add_days(period.from, -1);
  const auto from = add_days(to, -(length - 1));
  return Period{from, to, fmt::format("{}..{}", from.iso(), to.iso()), false};
}

} // namespace dongmao::domain
