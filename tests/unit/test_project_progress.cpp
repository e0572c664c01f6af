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
    {true, -30, 100.0, "CLEARED"}, {false, std::nullopt, 0.0, "NODUE"}, {false, 10, 80.0, "TEN80"},
    {false, 10, 20.0, "TEN20"},    {false, -3, 90.0, "LATE"},           {false, 40, 0.0, "FORTY"},
  };
  std::sort(keys.begin(), keys.end(), more_urgent);
  std::vector<std::string> order;
  for (const auto& key : keys) {
    order.push_back(key.code);
  }
  CHECK(order == std::vector<std::string>{"LATE", "TEN20", "TEN80", "FORTY", "NODUE", "CLEARED"});
}

namespace {

Date d(int month, int day)
{
  return Date{2026, month, day};
}

// Events as the store reads them: in (effective date, recording) order, `recorded` the id.
StageEvent ev(Stage stage, Date date, std::int64_t recorded)
{
  return StageEvent{stage, date, recorded};
}

} // namespace

TEST_CASE("project::signing_date with corrections")
{
  SUBCASE("signed, moved back and not signed again: not signed")
  {
    const std::vector<StageEvent> events = {ev(Stage::negotiating, d(10, 1), 1), ev(Stage::signed_, d(11, 3), 2),
                                            ev(Stage::negotiating, d(11, 12), 3)};
    CHECK_FALSE(signing_date(Stage::negotiating, events));
    CHECK_FALSE(signed_within(Stage::negotiating, events, d(11, 1), d(11, 30)));
  }
  SUBCASE("signed, moved back, signed again: dated by the last signing")
  {
    const std::vector<StageEvent> events = {ev(Stage::signed_, d(10, 5), 1), ev(Stage::negotiating, d(10, 20), 2),
                                            ev(Stage::signed_, d(11, 8), 3)};
    CHECK(signing_date(Stage::signed_, events) == d(11, 8));
    CHECK_FALSE(signed_within(Stage::signed_, events, d(10, 1), d(10, 31)));
    CHECK(signed_within(Stage::signed_, events, d(11, 1), d(11, 30)));
  }
  SUBCASE("moved back to a day before the signing, then signed again")
  {
    // Recorded: signed 11-10, back to negotiating as of 11-05, signed again 11-08.
    const std::vector<StageEvent> events = {ev(Stage::negotiating, d(11, 5), 2), ev(Stage::signed_, d(11, 8), 3),
                                            ev(Stage::signed_, d(11, 10), 1)};
    CHECK(signing_date(Stage::signed_, events) == d(11, 8));
  }
  SUBCASE("the timeline comes first: a signing before a move back no longer holds, however recorded")
  {
    // A ledger re-imported after the corrections adds its old signing date as a new record.
    const std::vector<StageEvent> events = {ev(Stage::signed_, d(11, 1), 5), ev(Stage::negotiating, d(11, 5), 2),
                                            ev(Stage::signed_, d(11, 9), 3)};
    CHECK(signing_date(Stage::signed_, events) == d(11, 9));
  }
  SUBCASE("a signing re-dated with --force: the later record holds")
  {
    CHECK(signing_date(Stage::signed_, {ev(Stage::signed_, d(10, 28), 2), ev(Stage::signed_, d(11, 2), 1)}) ==
          d(10, 28));
    CHECK(signing_date(Stage::signed_, {ev(Stage::signed_, d(10, 28), 1), ev(Stage::signed_, d(11, 2), 2)}) ==
          d(11, 2));
  }
  SUBCASE("only vacated: signed, with no signing date, in no period")
  {
    const std::vector<StageEvent> events = {ev(Stage::surveyed, d(9, 1), 1), ev(Stage::vacated, d(11, 9), 2)};
    CHECK(counts_as_signed(Stage::vacated));
    CHECK_FALSE(signing_date(Stage::vacated, events));
    CHECK_FALSE(signed_within(Stage::vacated, events, d(1, 1), d(12, 31)));
    CHECK(stage_reached_on(Stage::vacated, Stage::vacated, events) == d(11, 9));
  }
  SUBCASE("vacating after signing keeps the signing date")
  {
    const std::vector<StageEvent> events = {ev(Stage::signed_, d(10, 31), 1), ev(Stage::vacated, d(11, 1), 2)};
    CHECK(signing_date(Stage::vacated, events) == d(10, 31));
    CHECK_FALSE(signed_within(Stage::vacated, events, d(11, 1), d(11, 30)));
  }
  SUBCASE("withdrawn after signing: not signed")
  {
    CHECK_FALSE(signing_date(Stage::withdrawn, {ev(Stage::signed_, d(11, 3), 1), ev(Stage::withdrawn, d(11, 4), 2)}));
  }
}

TEST_CASE("project::signed_within boundaries")
{
  const std::vector<StageEvent> first = {ev(Stage::signed_, d(11, 1), 1)};
  const std::vector<StageEvent> last = {ev(Stage::signed_, d(11, 30), 1)};
  CHECK(signed_within(Stage::signed_, first, d(11, 1), d(11, 30)));
  CHECK(signed_within(Stage::signed_, last, d(11, 1), d(11, 30)));
  CHECK_FALSE(signed_within(Stage::signed_, last, d(12, 1), d(12, 31)));
  CHECK_FALSE(signed_within(Stage::signed_, first, d(10, 1), d(10, 31)));
  CHECK(within(d(11, 30), d(11, 30), d(11, 30)));
  CHECK_FALSE(within(d(12, 1), d(11, 1), d(11, 30)));
}

TEST_CASE("project::Clearance dated by the signings in force")
{
  // A household re-signed after a correction: the clearing is its last signing, not the first.
  const std::vector<StageEvent> resigned = {ev(Stage::signed_, d(11, 5), 1), ev(Stage::negotiating, d(11, 6), 2),
                                            ev(Stage::signed_, d(11, 8), 3)};
  Clearance c;
  c.add(Stage::signed_, signing_date(Stage::signed_, resigned));
  c.add(Stage::demolished,
        signing_date(Stage::demolished, {ev(Stage::signed_, d(11, 6), 4), ev(Stage::demolished, d(11, 20), 5)}));
  CHECK(c.cleared());
  CHECK(c.cleared_on() == d(11, 8));
  // A household that only vacated: cleared, on a day nobody recorded.
  c.add(Stage::vacated, signing_date(Stage::vacated, {ev(Stage::vacated, d(11, 2), 6)}));
  CHECK(c.cleared());
  CHECK_FALSE(c.cleared_on());
}

TEST_CASE("project::ahead_days")
{
  const Date due{2026, 6, 30};
  CHECK(ahead_days(due, Date{2026, 6, 20}) == 10);
  CHECK(ahead_days(due, Date{2026, 7, 2}) == -2);
  CHECK(ahead_days(due, due) == 0);
  CHECK_FALSE(ahead_days(std::nullopt, due));
  CHECK_FALSE(ahead_days(due, std::nullopt));
}

TEST_CASE("project::Clearance of a remediation")
{
  Clearance c;
  c.add(Stage::remediated, Date{2026, 11, 10}, Stage::remediated);
  c.add(Stage::remediating, std::nullopt, Stage::remediated);
  CHECK_FALSE(c.cleared());
  c.add(Stage::withdrawn, std::nullopt, Stage::remediated);
  Clearance done;
  done.add(Stage::remediated, Date{2026, 11, 10}, Stage::remediated);
  done.add(Stage::remediated, Date{2026, 11, 23}, Stage::remediated);
  CHECK(done.cleared_on() == Date{2026, 11, 23});
}
