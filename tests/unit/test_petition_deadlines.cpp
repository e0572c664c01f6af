#include <dongmao/petition/deadlines.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;
using dongmao::domain::Date;
using petition::DeadlineKind;
using petition::Standing;

namespace {

petition::PetitionFacts received(Date date)
{
  petition::PetitionFacts facts;
  facts.received = date;
  return facts;
}

std::string due(const petition::Deadlines& deadlines, DeadlineKind kind)
{
  const auto* deadline = deadlines.find(kind);
  return deadline ? deadline->due.iso() : "none";
}

} // namespace

// Expected dates were computed with Python's datetime, not with this code.
TEST_CASE("petition::compute_deadlines follows a case through every clock")
{
  const petition::PetitionRules rules;
  auto facts = received({2026, 1, 31});
  auto deadlines = petition::compute_deadlines(facts, rules);
  REQUIRE(deadlines.items.size() == 1);
  CHECK(due(deadlines, DeadlineKind::acceptance) == "2026-02-15");
  CHECK(deadlines.next_open_duty()->kind == DeadlineKind::acceptance);

  facts.status = petition::Status::accepted;
  facts.accepted = Date{2026, 2, 10};
  deadlines = petition::compute_deadlines(facts, rules);
  CHECK(petition::standing(*deadlines.find(DeadlineKind::acceptance), {2026, 3, 1}) == Standing::on_time);
  CHECK(due(deadlines, DeadlineKind::handling) == "2026-04-11");
  CHECK(deadlines.next_open_duty()->kind == DeadlineKind::handling);

  facts.extension_days = 30;
  deadlines = petition::compute_deadlines(facts, rules);
  CHECK(due(deadlines, DeadlineKind::handling) == "2026-05-11");

  facts.status = petition::Status::answered;
  facts.answered = Date{2026, 4, 20};
  deadlines = petition::compute_deadlines(facts, rules);
  CHECK(petition::standing(*deadlines.find(DeadlineKind::handling), {2026, 4, 20}) == Standing::on_time);
  CHECK(due(deadlines, DeadlineKind::review_request) == "2026-05-20");
  CHECK_FALSE(deadlines.find(DeadlineKind::review_request)->duty);
  CHECK(deadlines.next_open_duty() == nullptr); // the office owes nothing while the window runs

  facts.status = petition::Status::reviewing;
  facts.review_requested = Date{2026, 5, 1};
  deadlines = petition::compute_deadlines(facts, rules);
  CHECK(due(deadlines, DeadlineKind::review) == "2026-05-31");
  CHECK(deadlines.next_open_duty()->kind == DeadlineKind::review);

  facts.status = petition::Status::answered;
  facts.review_answered = Date{2026, 5, 31};
  deadlines = petition::compute_deadlines(facts, rules);
  CHECK(petition::standing(*deadlines.find(DeadlineKind::review), {2026, 6, 30}) == Standing::on_time);
  CHECK(due(deadlines, DeadlineKind::recheck_request) == "2026-06-30");

  facts.status = petition::Status::rechecking;
  facts.recheck_requested = Date{2026, 6, 5};
  deadlines = petition::compute_deadlines(facts, rules);
  CHECK(due(deadlines, DeadlineKind::recheck) == "2026-07-05");
  CHECK(deadlines.items.size() == 6);
}

TEST_CASE("petition::compute_deadlines counts working days when set")
{
  petition::PetitionRules rules;
  rules.day_mode = petition::DayMode::working;
  const auto deadlines = petition::compute_deadlines(received({2026, 1, 30}), rules);
  CHECK(due(deadlines, DeadlineKind::acceptance) == "2026-02-20");
}

TEST_CASE("petition::standing and days_left")
{
  const petition::PetitionRules rules;
  const auto deadlines = petition::compute_deadlines(received({2026, 1, 31}), rules);
  const auto deadline = *deadlines.find(DeadlineKind::acceptance);
  CHECK(deadline.due.iso() == "2026-02-15");
  CHECK(petition::standing(deadline, {2026, 2, 14}) == Standing::open);
  CHECK(petition::days_left(deadline, {2026, 2, 14}) == 1);
  CHECK(petition::standing(deadline, {2026, 2, 15}) == Standing::open); // due today is not overdue
  CHECK(petition::days_left(deadline, {2026, 2, 15}) == 0);
  CHECK(petition::standing(deadline, {2026, 2, 16}) == Standing::overdue);
  CHECK(petition::days_left(deadline, {2026, 3, 1}) == -14);

  auto done = deadline;
  done.done = Date{2026, 2, 15};
  CHECK(petition::standing(done, {2027, 1, 1}) == Standing::on_time);
  done.done = Date{2026, 2, 16};
  CHECK(petition::standing(done, {2026, 2, 16}) == Standing::late);
  CHECK(petition::code(Standing::late) == "late");
}

TEST_CASE("petition::compute_deadlines on declined, closed and imported cases")
{
  const petition::PetitionRules rules;

  SUBCASE("a decline answers the acceptance notice; no handling clock starts")
  {
    auto facts = received({2026, 3, 1});
    facts.status = petition::Status::declined;
    facts.declined = Date{2026, 3, 20};
    const auto deadlines = petition::compute_deadlines(facts, rules);
    CHECK(deadlines.items.size() == 1);
    CHECK(petition::standing(deadlines.items[0], {2026, 4, 1}) == Standing::late);
    CHECK(deadlines.next_open_duty() == nullptr);
  }

  SUBCASE("a ledger with only an answer date: handling counts from receipt")
  {
    auto facts = received({2026, 1, 31});
    facts.status = petition::Status::answered;
    facts.answered = Date{2026, 3, 1};
    const auto deadlines = petition::compute_deadlines(facts, rules);
    CHECK(deadlines.find(DeadlineKind::acceptance)->done == facts.answered);
    CHECK(due(deadlines, DeadlineKind::handling) == "2026-04-01");
  }

  SUBCASE("closing stops every duty still running")
  {
    auto facts = received({2026, 1, 31});
    facts.status = petition::Status::closed;
    facts.closed = Date{2026, 2, 5};
    const auto deadlines = petition::compute_deadlines(facts, rules);
    CHECK(deadlines.next_open_duty() == nullptr);
    CHECK(deadlines.find(DeadlineKind::handling)->done == facts.closed);
  }
}

TEST_CASE("petition deadline codes and labels")
{
  CHECK(petition::code(DeadlineKind::review_request) == "review_request");
  CHECK(petition::label(DeadlineKind::acceptance) == "受理告知");
  CHECK(petition::label(DeadlineKind::recheck) == "复核意见");
}
