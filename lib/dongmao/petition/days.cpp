#include <dongmao/petition/days.hpp>

#include <algorithm>

namespace dongmao::petition {

namespace {

bool listed(const std::vector<domain::Date>& dates, domain::Date date)
{
  // Settings keep these sorted, but a caller building rules by hand may not.
  return std::find(dates.begin(), dates.end(), date) != dates.end();
}

} // namespace

bool is_counted_day(domain::Date date, const PetitionRules& rules)
{
  if (rules.day_mode == DayMode::calendar) {
    return true;
  }
  if (listed(rules.extra_workdays, date)) {
    return true;
  }
  if (listed(rules.holidays, date)) {
    return false;
  }
  return domain::weekday(date) <= 5;
}

domain::Date period_end(domain::Date start, int days, const PetitionRules& rules)
{
  if (rules.day_mode == DayMode::calendar) {
    return domain::add_days(start, days);
  }
  domain::Date day = start;
  for (int counted = 0; counted < days;) {
    day = domain::add_days(day, 1);
    if (is_counted_day(day, rules)) {
      ++counted;
    }
  }
  return day;
}

} // namespace dongmao::petition
