#include "lang_scope.hpp"

#include <dongmao/error.hpp>
#include <dongmao/petition/lifecycle.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;
using dongmao::domain::Date;
using petition::Action;
using petition::Outcome;
using petition::Status;

namespace {

const Date k_today{2026, 12, 31};

petition::PetitionFacts received(Date date = {2026, 1, 5})
{
  petition::PetitionFacts facts;
  facts.received = date;
  facts.latest_event = date;
  return facts;
}

petition::PetitionFacts step(const petition::PetitionFacts& facts, Action action, Date date, int days = 0,
                             std::optional<Outcome> outcome = std::nullopt, const petition::PetitionRules& rules = {})
{
  return petition::apply_step(facts, petition::Step{action, date, days, outcome}, rules, k_today);
}

// The message of the DataError `apply_step` throws, or "" when it accepts the step.
std::string refusal(const petition::PetitionFacts& facts, Action action, Date date, int days = 0,
                    std::optional<Outcome> outcome = std::nullopt, const petition::PetitionRules& rules = {})
{
  try {
    step(facts, action, date, days, outcome, rules);
  } catch (const DataError& error) {
    return error.what();
  }
  return "";
}

} // namespace

TEST_CASE("petition::apply_step: the full path through 复查 and 复核")
{
  const LangScope en(text::Lang::en);
  auto facts = received();
  facts = step(facts, Action::accept, {2026, 1, 10});
  CHECK(facts.status == Status::accepted);
  CHECK(facts.accepted == Date{2026, 1, 10});
  facts = step(facts, Action::extend, {2026, 3, 1}, 30);
  CHECK(facts.extension_days == 30);
  CHECK(facts.status == Status::accepted);
  facts = step(facts, Action::answer, {2026, 4, 1}, 0, Outcome::explained);
  CHECK(facts.status == Status::answered);
  CHECK(facts.outcome == Outcome::explained);
  facts = step(facts, Action::review, {2026, 5, 1});
  CHECK(facts.status == Status::reviewing);
  facts = step(facts, Action::answer, {2026, 5, 20}, 0, Outcome::not_supported);
  CHECK(facts.status == Status::answered);
  CHECK(facts.review_answered == Date{2026, 5, 20});
  CHECK(facts.review_outcome == Outcome::not_supported);
  CHECK(facts.outcome == Outcome::explained); // the first answer is kept
  facts = step(facts, Action::recheck, {2026, 6, 19});
  CHECK(facts.status == Status::rechecking);
  facts = step(facts, Action::answer, {2026, 7, 1}, 0, Outcome::supported);
  CHECK(facts.recheck_outcome == Outcome::supported);
  facts = step(facts, Action::close, {2026, 7, 2});
  CHECK(facts.status == Status::closed);
  CHECK(facts.latest_event == Date{2026, 7, 2});
  facts = step(facts, Action::reopen, {2026, 7, 3});
  CHECK(facts.status == Status::answered);
  CHECK_FALSE(facts.closed);
  // A 复核 opinion is final.
  CHECK(refusal(facts, Action::review, {2026, 7, 4}) ==
        "cannot review: 复查 was already requested on 2026-05-01; the next step is a 复核 (recheck) request");
  CHECK(refusal(facts, Action::recheck, {2026, 7, 4}) ==
        "cannot recheck: 复核 was already requested on 2026-06-19; a 复核 opinion is final (Art. 36)");
}

TEST_CASE("petition::apply_step: decline, close, reopen")
{
  const LangScope en(text::Lang::en);
  auto facts = step(received(), Action::decline, {2026, 1, 6});
  CHECK(facts.status == Status::declined);
  CHECK(refusal(facts, Action::answer, {2026, 1, 7}, 0, Outcome::supported) ==
        "cannot answer: the case was declined (不予受理) on 2026-01-06");
  CHECK(refusal(facts, Action::accept, {2026, 1, 7}) ==
        "cannot accept: the case is declined (不予受理); acceptance is decided once");

  auto closed = step(facts, Action::close, {2026, 1, 8});
  CHECK(closed.status == Status::closed);
  CHECK(step(closed, Action::reopen, {2026, 1, 9}).status == Status::declined);

  // Withdrawing the decline puts the case back before acceptance.
  auto reopened = step(facts, Action::reopen, {2026, 1, 9});
  CHECK(reopened.status == Status::received);
  CHECK_FALSE(reopened.declined);
  CHECK(step(reopened, Action::accept, {2026, 1, 10}).status == Status::accepted);
}

TEST_CASE("petition::apply_step refuses steps out of order")
{
  const LangScope en(text::Lang::en);
  const auto fresh = received();
  CHECK(refusal(fresh, Action::answer, {2026, 1, 6}, 0, Outcome::supported) ==
        "cannot answer: the case has not been accepted yet; accept it first");
  CHECK(refusal(fresh, Action::extend, {2026, 1, 6}, 10) ==
        "cannot extend: the case is received (待受理); only a case being handled can be extended");
  CHECK(refusal(fresh, Action::close, {2026, 1, 6}) ==
        "cannot close: the case is received (待受理) and has not been answered");
  CHECK(refusal(fresh, Action::reopen, {2026, 1, 6}) ==
        "cannot reopen: only a closed or declined case can be reopened; this one is received (待受理)");
  CHECK(refusal(fresh, Action::review, {2026, 1, 6}) ==
        "cannot review: the case is received (待受理); 复查 follows an answer");
  CHECK(refusal(fresh, Action::register_case, {2026, 1, 6}) ==
        "cannot register: a case is registered only once, by `petition add`");

  const auto accepted = step(fresh, Action::accept, {2026, 1, 10});
  CHECK(refusal(accepted, Action::accept, {2026, 1, 11}) ==
        "cannot accept: the case is accepted (办理中); acceptance is decided once");
  CHECK(refusal(accepted, Action::decline, {2026, 1, 11}) ==
        "cannot decline: the case is accepted (办理中); acceptance is decided once");
  CHECK(refusal(accepted, Action::recheck, {2026, 1, 11}) ==
        "cannot recheck: 复核 follows a 复查 opinion and the case has none; it is accepted (办理中)");
  CHECK(refusal(accepted, Action::answer, {2026, 1, 11}) ==
        "cannot answer: an answer needs an outcome (支持, 解释说明 or 不予支持)");

  const auto answered = step(accepted, Action::answer, {2026, 2, 1}, 0, Outcome::supported);
  CHECK(refusal(answered, Action::answer, {2026, 2, 2}, 0, Outcome::supported) ==
        "cannot answer: the case is already answered; a further answer follows a 复查 or 复核 request");
  CHECK(refusal(answered, Action::extend, {2026, 2, 2}, 10) ==
        "cannot extend: the case is answered (已答复); only a case being handled can be extended");

  const auto reviewing = step(answered, Action::review, {2026, 2, 5});
  CHECK(refusal(reviewing, Action::close, {2026, 2, 6}) ==
        "cannot close: the case is reviewing (复查中): its opinion is pending");
  CHECK(refusal(reviewing, Action::review, {2026, 2, 6}) ==
        "cannot review: 复查 was already requested on 2026-02-05; the next step is a 复核 (recheck) request");

  const auto closed = step(answered, Action::close, {2026, 2, 6});
  CHECK(refusal(closed, Action::close, {2026, 2, 7}) == "cannot close: the case was already closed on 2026-02-06");
  CHECK(refusal(closed, Action::answer, {2026, 2, 7}, 0, Outcome::supported) ==
        "cannot answer: the case is closed; reopen it first");
  CHECK(refusal(closed, Action::review, {2026, 2, 7}) == "cannot review: the case is closed (已办结); reopen it first");
}

TEST_CASE("petition::apply_step refuses in Chinese by default")
{
  const auto fresh = received();
  CHECK(refusal(fresh, Action::extend, {2026, 1, 6}, 10) == "无法延期：此件待受理；只有办理中的信访件才能延期");
  CHECK(refusal(fresh, Action::close, {2026, 1, 6}) == "无法办结：此件待受理，尚未答复");
  const auto accepted = step(fresh, Action::accept, {2026, 1, 10});
  CHECK(refusal(accepted, Action::accept, {2026, 1, 11}) == "无法受理：此件办理中；是否受理只决定一次");
  CHECK(refusal(accepted, Action::extend, {2026, 2, 1}, 31) ==
        "无法延期：延期31天超出范围：延期为1至30天（第三十四条）");
  const auto answered = step(accepted, Action::answer, {2026, 2, 1}, 0, Outcome::supported);
  CHECK(refusal(answered, Action::review, {2026, 3, 4}) ==
        "无法申请复查：复查申请期限已于2026-03-03届满（2026-02-01起30日内，第三十五条）");
  const auto closed = step(answered, Action::close, {2026, 2, 6});
  CHECK(refusal(closed, Action::review, {2026, 2, 7}) == "无法申请复查：此件已办结；请先重新打开");
  CHECK(refusal(closed, Action::answer, {2027, 1, 1}, 0, Outcome::supported) ==
        "无法答复：2027-01-01晚于今天（2026-12-31）");
}

TEST_CASE("petition::apply_step: one extension of at most extension_max_days, before the deadline")
{
  const LangScope en(text::Lang::en);
  const auto accepted = step(received(), Action::accept, {2026, 1, 10}); // handling due 2026-03-11
  CHECK(refusal(accepted, Action::extend, {2026, 2, 1}, 31) ==
        "cannot extend: 31 days is out of range: an extension is 1 to 30 days (Art. 34)");
  CHECK(refusal(accepted, Action::extend, {2026, 2, 1}, 0) ==
        "cannot extend: 0 days is out of range: an extension is 1 to 30 days (Art. 34)");
  CHECK(refusal(accepted, Action::extend, {2026, 3, 12}, 10) ==
        "cannot extend: the handling deadline 2026-03-11 had passed on 2026-03-12; an extension is granted before it");
  const auto extended = step(accepted, Action::extend, {2026, 3, 11}, 30); // on the last day is in time
  CHECK(refusal(extended, Action::extend, {2026, 3, 12}, 5) ==
        "cannot extend: the handling period was already extended by 30 days; Art. 34 allows one extension");

  petition::PetitionRules strict;
  strict.extension_max_days = 0;
  CHECK(refusal(accepted, Action::extend, {2026, 2, 1}, 5, std::nullopt, strict) ==
        "cannot extend: extensions are disabled (petition.extension_max_days = 0)");
}

TEST_CASE("petition::apply_step: 复查 and 复核 windows")
{
  const LangScope en(text::Lang::en);
  auto facts =
    step(step(received(), Action::accept, {2026, 1, 10}), Action::answer, {2026, 1, 31}, 0, Outcome::not_supported);
  // 30 days after 01-31 is 03-02.
  CHECK(refusal(facts, Action::review, {2026, 3, 3}) ==
        "cannot review: the 复查 request window closed on 2026-03-02 (30 days after 2026-01-31, Art. 35)");
  facts = step(facts, Action::review, {2026, 3, 2});
  facts = step(facts, Action::answer, {2026, 3, 20}, 0, Outcome::not_supported);
  CHECK(refusal(facts, Action::recheck, {2026, 4, 20}) ==
        "cannot recheck: the 复核 request window closed on 2026-04-19 (30 days after 2026-03-20, Art. 36)");
  CHECK(step(facts, Action::recheck, {2026, 4, 19}).status == Status::rechecking);

  petition::PetitionRules working;
  working.day_mode = petition::DayMode::working;
  // 30 working days after Friday 2026-03-20 is Friday 2026-05-01.
  CHECK(refusal(facts, Action::recheck, {2026, 5, 4}, 0, std::nullopt, working) ==
        "cannot recheck: the 复核 request window closed on 2026-05-01 (30 days after 2026-03-20, Art. 36)");
}

TEST_CASE("petition::apply_step checks the date")
{
  const LangScope en(text::Lang::en);
  auto facts = step(received(), Action::accept, {2026, 1, 10});
  CHECK(refusal(facts, Action::answer, {2026, 1, 9}, 0, Outcome::supported) ==
        "cannot answer: 2026-01-09 is before the case's latest step on 2026-01-10");
  CHECK(refusal(facts, Action::answer, {2027, 1, 1}, 0, Outcome::supported) ==
        "cannot answer: 2027-01-01 is after today (2026-12-31)");
  CHECK(step(facts, Action::answer, {2026, 1, 10}, 0, Outcome::supported).status == Status::answered);
  facts.latest_event.reset();
  CHECK(refusal(facts, Action::answer, {2026, 1, 4}, 0, Outcome::supported) ==
        "cannot answer: 2026-01-04 is before the case's latest step on 2026-01-05");
}

TEST_CASE("petition::status_before_close")
{
  auto facts = received();
  CHECK(petition::status_before_close(facts) == Status::received);
  facts.accepted = Date{2026, 1, 6};
  CHECK(petition::status_before_close(facts) == Status::accepted);
  facts.answered = Date{2026, 1, 7};
  CHECK(petition::status_before_close(facts) == Status::answered);
}
