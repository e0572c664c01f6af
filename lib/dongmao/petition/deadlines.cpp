#include <dongmao/petition/days.hpp>
#include <dongmao/petition/deadlines.hpp>

namespace dongmao::petition {

namespace {

using OptDate = std::optional<domain::Date>;

OptDate first_of(std::initializer_list<OptDate> dates)
{
  for (const auto& date : dates) {
    if (date) {
      return date;
    }
  }
  return std::nullopt;
}

} // namespace

std::string code(DeadlineKind kind)
{
  switch (kind) {
  case DeadlineKind::acceptance:
    return "acceptance";
  case DeadlineKind::handling:
    return "handling";
  case DeadlineKind::review_request:
    return "review_request";
  case DeadlineKind::review:
    return "review";
  case DeadlineKind::recheck_request:
    return "recheck_request";
  case DeadlineKind::recheck:
    return "recheck";
  }
  return "";
}

std::string label(DeadlineKind kind)
{
  switch (kind) {
  case DeadlineKind::acceptance:
    return "受理告知";
  case DeadlineKind::handling:
    return "办理答复";
  case DeadlineKind::review_request:
    return "复查申请期";
  case DeadlineKind::review:
    return "复查意见";
  case DeadlineKind::recheck_request:
    return "复核申请期";
  case DeadlineKind::recheck:
    return "复核意见";
  }
  return "";
}

std::string code(Standing value)
{
  switch (value) {
  case Standing::open:
    return "open";
  case Standing::overdue:
    return "overdue";
  case Standing::on_time:
    return "on_time";
  case Standing::late:
    return "late";
  }
  return "";
}

const Deadline* Deadlines::find(DeadlineKind kind) const&
{
  for (const auto& item : items) {
    if (item.kind == kind) {
      return &item;
    }
  }
  return nullptr;
}

const Deadline* Deadlines::next_open_duty() const&
{
  const Deadline* next = nullptr;
  for (const auto& item : items) {
    if (item.duty && !item.done && (!next || item.due < next->due)) {
      next = &item;
    }
  }
  return next;
}

Deadlines compute_deadlines(const PetitionFacts& facts, const PetitionRules& rules)
{
  Deadlines result;
  const auto add = [&](DeadlineKind kind, domain::Date start, int days, OptDate done, bool duty) {
    // Closing a case ends every duty still running; a petitioner's window stays as it was.
    if (duty && !done && facts.closed) {
      done = facts.closed;
    }
    result.items.push_back(Deadline{kind, start, period_end(start, days, rules), done, duty});
  };

  add(DeadlineKind::acceptance, facts.received, rules.acceptance_days,
      first_of({facts.accepted, facts.declined, facts.answered, facts.closed}), true);

  const bool handled = facts.accepted || facts.answered || (facts.closed && !facts.declined);
  if (handled) {
    add(DeadlineKind::handling, facts.accepted.value_or(facts.received), rules.handling_days + facts.extension_days,
        facts.answered, true);
  }
  if (facts.answered) {
    add(DeadlineKind::review_request, *facts.answered, rules.review_request_days, facts.review_requested, false);
  }
  if (facts.review_requested) {
    add(DeadlineKind::review, *facts.review_requested, rules.review_days, facts.review_answered, true);
  }
  if (facts.review_answered) {
    add(DeadlineKind::recheck_request, *facts.review_answered, rules.recheck_request_days, facts.recheck_requested,
        false);
  }
  if (facts.recheck_requested) {
    add(DeadlineKind::recheck, *facts.recheck_requested, rules.recheck_days, facts.recheck_answered, true);
  }
  return result;
}

Standing standing(const Deadline& deadline, domain::Date today)
{
  if (deadline.done) {
    return *deadline.done <= deadline.due ? Standing::on_time : Standing::late;
  }
  return today <= deadline.due ? Standing::open : Standing::overdue;
}

int days_left(const Deadline& deadline, domain::Date today)
{
  return domain::days_between(today, deadline.due);
}

} // namespace dongmao::petition
