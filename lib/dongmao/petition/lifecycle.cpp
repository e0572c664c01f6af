#include <dongmao/error.hpp>
#include <dongmao/petition/days.hpp>
#include <dongmao/petition/deadlines.hpp>
#include <dongmao/petition/lifecycle.hpp>
#include <dongmao/text/petition.hpp>

namespace dongmao::petition {

namespace {

std::string describe(Status status)
{
  return text::format(text::k_case_status, code(status), label(status));
}

[[noreturn]] void refuse(Action action, const std::string& why)
{
  throw DataError(
    text::format(text::k_step_refused, text::lang() == text::Lang::en ? code(action) : label(action), why));
}

void check_date(const PetitionFacts& facts, const Step& step, domain::Date today)
{
  if (step.date > today) {
    refuse(step.action, text::format(text::k_step_after_today, step.date.iso(), today.iso()));
  }
  const auto latest = std::max(facts.received, facts.latest_event.value_or(facts.received));
  if (step.date < latest) {
    refuse(step.action, text::format(text::k_step_before_latest, step.date.iso(), latest.iso()));
  }
}

void require_status(const PetitionFacts& facts, Action action, Status wanted, const text::Message* hint)
{
  if (facts.status == wanted) {
    return;
  }
  std::string why = text::format(text::k_case_is, describe(facts.status));
  if (facts.status == Status::closed) {
    why += text::format(text::k_reopen_first);
  } else if (hint) {
    why += text::format(text::k_hint, text::format(*hint));
  }
  refuse(action, why);
}

PetitionFacts extend(PetitionFacts facts, const Step& step, const PetitionRules& rules)
{
  require_status(facts, step.action, Status::accepted, &text::k_hint_extend);
  if (facts.extension_days > 0) {
    refuse(step.action, text::format(text::k_already_extended, facts.extension_days));
  }
  if (rules.extension_max_days < 1) {
    refuse(step.action, text::format(text::k_extensions_disabled));
  }
  if (step.extension_days < 1 || step.extension_days > rules.extension_max_days) {
    refuse(step.action, text::format(text::k_extension_range, step.extension_days, rules.extension_max_days));
  }
  const auto deadlines = compute_deadlines(facts, rules);
  const auto* handling = deadlines.find(DeadlineKind::handling);
  if (handling && step.date > handling->due) {
    refuse(step.action, text::format(text::k_extension_late, handling->due.iso(), step.date.iso()));
  }
  facts.extension_days = step.extension_days;
  return facts;
}

PetitionFacts answer(PetitionFacts facts, const Step& step)
{
  if (!step.outcome) {
    refuse(step.action, text::format(text::k_answer_needs_outcome));
  }
  switch (facts.status) {
  case Status::accepted:
    facts.answered = step.date;
    facts.outcome = step.outcome;
    break;
  case Status::reviewing:
    facts.review_answered = step.date;
    facts.review_outcome = step.outcome;
    break;
  case Status::rechecking:
    facts.recheck_answered = step.date;
    facts.recheck_outcome = step.outcome;
    break;
  case Status::received:
    refuse(step.action, text::format(text::k_not_accepted_yet));
  case Status::declined:
    refuse(step.action, text::format(text::k_was_declined, facts.declined ? facts.declined->iso() : "?"));
  case Status::answered:
    refuse(step.action, text::format(text::k_already_answered));
  case Status::closed:
    refuse(step.action, text::format(text::k_closed_reopen_first));
  }
  facts.status = Status::answered;
  return facts;
}

void check_window(const Step& step, domain::Date from, int days, const PetitionRules& rules, const char* what,
                  const text::Message& article)
{
  const auto end = period_end(from, days, rules);
  if (step.date > end) {
    refuse(step.action, text::format(text::k_window_closed, what, end.iso(), days, from.iso(), text::format(article)));
  }
}

PetitionFacts review(PetitionFacts facts, const Step& step, const PetitionRules& rules)
{
  if (facts.review_requested) {
    refuse(step.action, text::format(text::k_review_already, facts.review_requested->iso()));
  }
  require_status(facts, step.action, Status::answered, &text::k_hint_review);
  check_window(step, facts.answered.value_or(facts.received), rules.review_request_days, rules, "复查",
               text::k_article_35);
  facts.review_requested = step.date;
  facts.status = Status::reviewing;
  return facts;
}

PetitionFacts recheck(PetitionFacts facts, const Step& step, const PetitionRules& rules)
{
  if (facts.recheck_requested) {
    refuse(step.action, text::format(text::k_recheck_already, facts.recheck_requested->iso()));
  }
  if (facts.status != Status::closed && !facts.review_answered) {
    refuse(step.action, text::format(text::k_recheck_needs_review, describe(facts.status)));
  }
  require_status(facts, step.action, Status::answered, nullptr);
  check_window(step, *facts.review_answered, rules.recheck_request_days, rules, "复核", text::k_article_36);
  facts.recheck_requested = step.date;
  facts.status = Status::rechecking;
  return facts;
}

PetitionFacts close(PetitionFacts facts, const Step& step)
{
  switch (facts.status) {
  case Status::answered:
  case Status::declined:
    facts.closed = step.date;
    facts.status = Status::closed;
    return facts;
  case Status::received:
  case Status::accepted:
    refuse(step.action, text::format(text::k_close_unanswered, describe(facts.status)));
  case Status::reviewing:
  case Status::rechecking:
    refuse(step.action, text::format(text::k_close_pending, describe(facts.status)));
  case Status::closed:
    refuse(step.action, text::format(text::k_already_closed, facts.closed ? facts.closed->iso() : "?"));
  }
  return facts;
}

PetitionFacts reopen(PetitionFacts facts, const Step& step)
{
  if (facts.status == Status::closed) {
    facts.closed.reset();
    facts.status = status_before_close(facts);
    return facts;
  }
  if (facts.status == Status::declined) {
    facts.declined.reset();
    facts.status = Status::received;
    return facts;
  }
  refuse(step.action, text::format(text::k_reopen_only, describe(facts.status)));
}

} // namespace

Status status_before_close(const PetitionFacts& facts)
{
  if (facts.answered || facts.review_answered || facts.recheck_answered) {
    return Status::answered;
  }
  if (facts.declined) {
    return Status::declined;
  }
  // Imported ledgers may close a case with no answer recorded; it reopens as being handled.
  return facts.accepted ? Status::accepted : Status::received;
}

PetitionFacts apply_step(const PetitionFacts& facts, const Step& step, const PetitionRules& rules, domain::Date today)
{
  check_date(facts, step, today);
  PetitionFacts next = facts;
  switch (step.action) {
  case Action::register_case:
    refuse(step.action, text::format(text::k_register_once));
  case Action::accept:
    require_status(facts, step.action, Status::received, &text::k_hint_accept_once);
    next.accepted = step.date;
    next.status = Status::accepted;
    break;
  case Action::decline:
    require_status(facts, step.action, Status::received, &text::k_hint_accept_once);
    next.declined = step.date;
    next.status = Status::declined;
    break;
  case Action::extend:
    next = extend(facts, step, rules);
    break;
  case Action::answer:
    next = answer(facts, step);
    break;
  case Action::review:
    next = review(facts, step, rules);
    break;
  case Action::recheck:
    next = recheck(facts, step, rules);
    break;
  case Action::close:
    next = close(facts, step);
    break;
  case Action::reopen:
    next = reopen(facts, step);
    break;
  }
  next.latest_event = step.date;
  return next;
}

} // namespace dongmao::petition
