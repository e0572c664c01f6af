#include <dongmao/petition/days.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;
using dongmao::domain::Date;

namespace {

petition::PetitionRules working(std::vector<Date> holidays = {}, std::vector<Date> extra = {})
{
  petition::PetitionRules rules;
  rules.day_mode = petition::DayMode::working;
  rules.holidays = std::move(holidays);
  rules.extra_workdays = std::move(extra);
  return rules;
}

std::string end(Date start, int days, const petition::PetitionRules& rules)
{
  return petition::period_end(start, days, rules).iso();
}

} // namespace

// Expected dates were computed with Python's datetime, not with this code.
TEST_CASE("petition::period_end in calendar days")
{
  const petition::PetitionRules rules;
  CHECK(end({2026, 1, 31}, 15, rules) == "2026-02-15");
  CHECK(end({2026, 1, 31}, 60, rules) == "2026-04-01"); // across a 28-day February
  CHECK(end({2024, 1, 31}, 60, rules) == "2024-03-31"); // leap year: February has 29
  CHECK(end({2024, 2, 14}, 15, rules) == "2024-02-29");
  CHECK(end({2023, 12, 31}, 60, rules) == "2024-02-29");
  CHECK(end({2026, 12, 20}, 15, rules) == "2027-01-04"); // year end
  CHECK(end({2026, 3, 5}, 0, rules) == "2026-03-05");
  // Holidays do not matter in calendar mode.
  auto with_holidays = rules;
  with_holidays.holidays = {{2026, 2, 1}};
  CHECK(end({2026, 1, 31}, 1, with_holidays) == "2026-02-01");
}

TEST_CASE("petition::period_end in working days")
{
  const auto plain = working();
  CHECK(end({2026, 3, 7}, 1, plain) == "2026-03-09");  // from a Saturday: Monday
  CHECK(end({2026, 2, 27}, 1, plain) == "2026-03-02"); // a Friday at a month end
  CHECK(end({2026, 1, 30}, 15, plain) == "2026-02-20");
  CHECK(end({2024, 2, 28}, 1, plain) == "2024-02-29"); // leap day is a Thursday
  CHECK(end({2024, 2, 28}, 2, plain) == "2024-03-01");
  CHECK(end({2026, 3, 6}, 0, plain) == "2026-03-06");

  SUBCASE("a holiday on each side of a weekend")
  {
    // Friday 04-03 and Monday 04-06 off: from Thursday the next working day is Tuesday.
    const auto rules = working({{2026, 4, 3}, {2026, 4, 6}});
    CHECK(end({2026, 4, 2}, 1, rules) == "2026-04-07");
    CHECK(end({2026, 4, 2}, 2, rules) == "2026-04-08");
  }

  SUBCASE("a 调休 Saturday after a week of holidays")
  {
    std::vector<Date> holidays;
    for (int day = 1; day <= 8; ++day) {
      holidays.push_back({2026, 10, day});
    }
    const auto rules = working(holidays, {{2026, 10, 10}});
    CHECK(end({2026, 9, 30}, 1, rules) == "2026-10-09");
    CHECK(end({2026, 9, 30}, 2, rules) == "2026-10-10"); // the Saturday counts
    CHECK(end({2026, 9, 30}, 3, rules) == "2026-10-12");
    CHECK(end({2026, 9, 30}, 15, rules) == "2026-10-28");
    CHECK(end({2026, 9, 30}, 60, rules) == "2026-12-30");
  }
}

TEST_CASE("petition::is_counted_day")
{
  const petition::PetitionRules calendar;
  CHECK(petition::is_counted_day({2026, 3, 7}, calendar));
  const auto rules = working({{2026, 10, 1}}, {{2026, 10, 10}});
  CHECK(petition::is_counted_day({2026, 3, 6}, rules));        // Friday
  CHECK_FALSE(petition::is_counted_day({2026, 3, 7}, rules));  // Saturday
  CHECK_FALSE(petition::is_counted_day({2026, 3, 8}, rules));  // Sunday
  CHECK_FALSE(petition::is_counted_day({2026, 10, 1}, rules)); // holiday on a Thursday
  CHECK(petition::is_counted_day({2026, 10, 10}, rules));      // 调休 Saturday
}
