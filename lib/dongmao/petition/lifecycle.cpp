#include <dongmao/error.hpp>
#include <dongmao/petition/days.hpp>
#include <dongmao/petition/deadlines.hpp>
#include <dongmao/petition/lifecycle.hpp>

#include <fmt/format.h>

namespace dongmao::petition {

namespace {

std::string describe(Status status)
{
  return fmt::format("{} ({})", code(status), label(status));
}

[[noreturn]] void refuse(Action action, const std::string& why)
{
  throw DataError(fmt::format("cannot {}: {}", code(action), why));
}

void check_date(const PetitionFacts& facts, const Step& step, domain::Date today)
{
  if (step.date > today) {
    refuse(step.action, fmt::format("{} is after today ({})", step.date.iso(), today.iso()));
  }
  const auto latest = std::max(facts.received, facts.latest_event.value_or(facts.received));
  if (step.date < latest) {
    refuse(step.action, fmt::format("{} is before the case's latest step on {}", step.date.iso(), latest.iso()));
  }
}

void require_status(const PetitionFacts& facts, Action action, Status wanted, const char* hint)
{
  if (facts.status == wanted) {
    return;
  }
  std::string why = fmt::format("the case is {}", describe(facts.status));
  if (facts.status == Status::closed) {
    why += "; reopen it first";
  } else if (*hint != '\0') {
    why += fmt::format("; {}", hint);
  }
  refuse(action, why);
}

PetitionFacts extend(PetitionFacts facts, const Step& step, const PetitionRules& rules)
{
  require_status(facts, step.action, Status::accepted, "only a case being handled can be extended");
  if (facts.extension_days > 0) {
    refuse(step.action, fmt::format("the handling period was already extended by {} days; Art. 34 allows one extension",
                                    facts.extension_days));
  }
  if (rules.extension_max_days < 1) {
    refuse(step.action, "extensions are disabled (petition.extension_max_days = 0)");
  }
  if (step.extension_days < 1 || step.extension_days > rules.extension_max_days) {
    refuse(step.action, fmt::format("{} days is out of range: an extension is 1 to {} days (Art. 34)",
                                    step.extension_days, rules.extension_max_days));
  }
  const auto deadlines = compute_deadlines(facts, rules);
  const auto* handling = deadlines.find(DeadlineKind::handling);
  if (handling && step.date > handling->due) {
    refuse(step.action, fmt::format("the handling deadline {} had passed on {}; an extension is granted before it",
                                    handling->due.iso(), step.date.iso()));
  }
  facts.extension_days = step.extension_days;
  return facts;
}

PetitionFacts answer(PetitionFacts facts, const Step& step)
{
  if (!step.outcome) {
    refuse(step.action, "an answer needs an outcome (支持, 解释说明 or 不予支持)");
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
    refuse(step.action, "the case has not been accepted yet; accept it first");
  case Status::declined:
    refuse(step.action,
           fmt::format("the case was declined (不予受理) on {}", facts.declined ? facts.declined->iso() : "?"));
  case Status::answered:
    refuse(step.action, "the case is already answered; a further answer follows a 复查 or 复核 request");
  case Status::closed:
    refuse(step.action, "the case is closed; reopen it first");
  }
  facts.status = Status::answered;
  return facts;
}

void check_window(const Step& step, domain::Date from, int days, const PetitionRules& rules, const char* what,
                  const char* article)
{
  const auto end = period_end(from, days, rules);
  if (step.date > end) {
    refuse(step.action, fmt::format("the {} request window closed on {} ({} days after {}, {})", what, end.iso(), days,
                                    from.iso(), article));
  }
}

PetitionFacts review(PetitionFacts facts, const Step& step, const PetitionRules& rules)
{
  if (facts.review_requested) {
    refuse(step.action, fmt::format("复查 was already requested on {}; the next step is a 复核 (recheck) request",
                                    facts.review_requested->iso()));
  }
  require_status(facts, step.action, Status::answered, "复查 follows an answer");
  check_window(step, facts.answered.value_or(facts.received), rules.review_request_days, rules, "复查", "Art. 35");
  facts.review_requested = step.date;
  facts.status = Status::reviewing;
  return facts;
}

PetitionFacts recheck(PetitionFacts facts, const Step& step, const PetitionRules& rules)
{
  if (facts.recheck_requested) {
    refuse(step.action, fmt::format("复核 was already requested on {}; a 复核 opinion is final (Art. 36)",
                                    facts.recheck_requested->iso()));
  }
  if (facts.status != Status::closed && !facts.review_answered) {
    refuse(step.action,
           fmt::format("复核 follows a 复查 opinion and the case has none; it is {}", describe(facts.status)));
  }
  require_status(facts, step.action, Status::answered, "");
  check_window(step, *facts.review_answered, rules.recheck_request_days, rules, "复核", "Art. 36");
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
    refuse(step.action, fmt::format("the case is {} and has not been answered", describe(facts.status)));
  case Status::reviewing:
  case Status::rechecking:
    refuse(step.action, fmt::format("the case is {}: its opinion is pending", describe(facts.status)));
  case Status::closed:
    refuse(step.action, fmt::format("the case was already closed on {}", facts.closed ? facts.closed->iso() : "?"));
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
  refuse(step.action,
         fmt::format("only a closed or declined case can be reopened; this one is {}", describe(facts.status)));
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
    refuse(step.action, "a case is registered only once, by `petition add`");
  case Action::accept:
    require_status(facts, step.action, Status::received, "acceptance is decided once");
    next.accepted = step.date;
    next.status = Status::accepted;
    break;
  case Action::decline:
    require_status(facts, step.action, Status::received, "acceptance is decided once");
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
