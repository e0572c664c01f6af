#include <dongmao/project/progress.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using namespace dongmao::project;
using dongmao::domain::Date;

TEST_CASE("project::percent")
{
  CHECK(percent(0, 0) == 0.0);
  CHECK(percent(1, 4) == 25.0);
  CHECK(percent(622, 622) == 100.0);
}

TEST_CASE("project::compute_pace")
{
  const auto pace = compute_pace(7, 14, 30, 9);
  CHECK(pace.days == 7);
  CHECK(pace.signed_in_window == 14);
  CHECK(pace.per_day == 2.0);
  REQUIRE(pace.needed_per_day);
  CHECK(*pace.needed_per_day == 3.0); // 30 households over 10 days, today included
  CHECK(*compute_pace(7, 0, 5, 0).needed_per_day == 5.0);
  CHECK_FALSE(compute_pace(7, 0, 5, -1).needed_per_day);
  CHECK_FALSE(compute_pace(7, 0, 5, std::nullopt).needed_per_day);
  CHECK(*compute_pace(7, 0, 0, 3).needed_per_day == 0.0);
}

TEST_CASE("project::Clearance")
{
  SUBCASE("nothing enrolled is not cleared")
  {
    Clearance c;
    CHECK_FALSE(c.cleared());
    c.add(Stage::withdrawn, std::nullopt);
    CHECK_FALSE(c.cleared());
  }
  SUBCASE("the last signing clears")
  {
    Clearance c;
    c.add(Stage::signed_, Date{2026, 11, 20});
    c.add(Stage::demolished, Date{2026, 10, 1});
    c.add(Stage::withdrawn, std::nullopt);
    CHECK(c.cleared());
    CHECK(c.cleared_on() == Date{2026, 11, 20});
  }
  SUBCASE("one unsigned household")
  {
    Clearance c;
    c.add(Stage::signed_, Date{2026, 11, 20});
    c.add(Stage::negotiating, std::nullopt);
    CHECK_FALSE(c.cleared());
    CHECK_FALSE(c.cleared_on());
  }
  SUBCASE("a signing without date leaves the date unknown")
  {
    Clearance c;
    c.add(Stage::signed_, Date{2026, 11, 20});
    c.add(Stage::signed_, std::nullopt);
    CHECK(c.cleared());
    CHECK_FALSE(c.cleared_on());
  }
}

TEST_CASE("project::is_overdue")
{
  const Date today{2026, 11, 27};
  CHECK(is_overdue(Date{2026, 11, 26}, today, "active", false));
  CHECK_FALSE(is_overdue(Date{2026, 11, 27}, today, "active", false));
  CHECK_FALSE(is_overdue(Date{2026, 11, 26}, today, "completed", false));
  CHECK_FALSE(is_overdue(Date{2026, 11, 26}, today, "active", true));
  CHECK_FALSE(is_overdue(std::nullopt, today, "active", false));
}

TEST_CASE("project::milestone_status")
{
  const Date today{2026, 11, 27};
  CHECK(milestone_status(std::string("2026-11-01"), std::string("2026-11-02"), today) == "done");
  CHECK(milestone_status(std::string("2026-11-26"), std::nullopt, today) == "overdue");
  CHECK(milestone_status(std::string("2026-11-27"), std::nullopt, today) == "open");
  CHECK(milestone_status(std::nullopt, std::nullopt, today) == "open");
}

TEST_CASE("project::more_urgent")
{
  std::vector<UrgencyKey> keys = {
    {true, -30, 100.0, "CLEARED"},   {false, std::nullopt, 0.0, "NODUE"}, {false, 10, 80.0, "TEN80"},
    {false, 10, 20.0, "TEN20"},      {false, -3, 90.0, "LATE"},           {false, 40, 0.0, "FORTY"},
  };
  std::sort(keys.begin(), keys.end(), more_urgent);
  std::vector<std::string> order;
  for (const auto& key : keys) {
    order.push_back(key.code);
  }
  CHECK(order == std::vector<std::string>{"LATE", "TEN20", "TEN80", "FORTY", "NODUE", "CLEARED"});
}
