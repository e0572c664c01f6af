#include <dongmao/petition/on_day.hpp>

#include <doctest/doctest.h>

using namespace dongmao;
using dongmao::domain::Date;
using petition::DeadlineKind;

namespace {

petition::PetitionFacts accepted(Date received, Date on)
{
  petition::PetitionFacts facts;
  facts.status = petition::Status::accepted;
  facts.received = received;
  facts.accepted = on;
  facts.latest_event = on;
  return facts;
}

} // namespace

TEST_CASE("petition::known_on leaves out the steps dated after the day")
{
  auto facts = accepted({2026, 3, 1}, {2026, 3, 2});
  facts.status = petition::Status::closed;
  facts.answered = Date{2026, 5, 1};
  facts.outcome = petition::Outcome::supported;
  facts.closed = Date{2026, 5, 3};
  const auto before = petition::known_on(facts, {2026, 4, 30});
  CHECK(before.status == petition::Status::accepted);
  CHECK_FALSE(before.answered);
  CHECK_FALSE(before.outcome);
  CHECK_FALSE(before.closed);
  CHECK(before.accepted == Date{2026, 3, 2});
  CHECK(petition::known_on(facts, {2026, 5, 1}).status == petition::Status::answered);
  CHECK(petition::known_on(facts, {2026, 5, 3}).status == petition::Status::closed);
}

TEST_CASE("petition::open_duty_on: due on the day is open, the day after overdue")
{
  const petition::PetitionRules rules;
  petition::PetitionFacts facts;
  facts.received = Date{2026, 5, 16};
  CHECK_FALSE(petition::open_duty_on(facts, rules, {2026, 5, 15}));
  const auto on_due = petition::open_duty_on(facts, rules, {2026, 5, 31});
  REQUIRE(on_due);
  CHECK(on_due->kind == DeadlineKind::acceptance);
  CHECK(on_due->due == Date{2026, 5, 31});
  CHECK_FALSE(petition::overdue_on(*on_due, {2026, 5, 31}));
  CHECK(petition::overdue_on(*on_due, {2026, 6, 1}));

  // Accepted later: on the due day the acceptance was still owed.
  facts.accepted = Date{2026, 6, 2};
  CHECK(petition::open_duty_on(facts, rules, {2026, 5, 31})->kind == DeadlineKind::acceptance);
  CHECK(petition::open_duty_on(facts, rules, {2026, 6, 2})->kind == DeadlineKind::handling);
}

TEST_CASE("petition::open_duty_on: an answer on the due day is on time and ends the duty")
{
  const petition::PetitionRules rules;
  auto facts = accepted({2026, 3, 1}, {2026, 3, 2});
  facts.answered = Date{2026, 5, 1};
  const auto deadlines = petition::compute_deadlines(facts, rules);
  CHECK(deadlines.find(DeadlineKind::handling)->due == Date{2026, 5, 1});
  CHECK(petition::standing(*deadlines.find(DeadlineKind::handling), {2026, 5, 1}) == petition::Standing::on_time);
  CHECK_FALSE(petition::open_duty_on(facts, rules, {2026, 5, 1}));
  CHECK(petition::open_duty_on(facts, rules, {2026, 4, 30})->kind == DeadlineKind::handling);
}

TEST_CASE("petition::incident_handled_on")
{
  auto facts = accepted({2026, 5, 8}, {2026, 5, 8});
  const petition::LocalTime handled{{2026, 5, 9}, 18, 30};
  CHECK_FALSE(petition::incident_handled_on(facts, handled, {2026, 5, 8}));
  CHECK(petition::incident_handled_on(facts, handled, {2026, 5, 9}));
  CHECK_FALSE(petition::incident_handled_on(facts, std::nullopt, {2026, 5, 31}));
  facts.closed = Date{2026, 5, 20};
  CHECK(petition::incident_handled_on(facts, std::nullopt, {2026, 5, 31}));
  CHECK_FALSE(petition::incident_handled_on(facts, std::nullopt, {2026, 5, 19}));
}
