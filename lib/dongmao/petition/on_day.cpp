#include <dongmao/petition/on_day.hpp>

namespace dongmao::petition {

namespace {

template <typename T>
void forget_after(std::optional<domain::Date>& date, std::optional<T>& outcome, domain::Date day)
{
  if (date && day < *date) {
    date.reset();
    outcome.reset();
  }
}

void forget_after(std::optional<domain::Date>& date, domain::Date day)
{
  if (date && day < *date) {
    date.reset();
  }
}

// The status the remaining dates give, furthest step first.
Status status_of(const PetitionFacts& facts)
{
  if (facts.closed) {
    return Status::closed;
  }
  if (facts.recheck_requested && !facts.recheck_answered) {
    return Status::rechecking;
  }
  if (facts.review_requested && !facts.review_answered) {
    return Status::reviewing;
  }
  if (facts.answered) {
    return Status::answered;
  }
  if (facts.declined) {
    return Status::declined;
  }
  return facts.accepted ? Status::accepted : Status::received;
}

} // namespace

PetitionFacts known_on(const PetitionFacts& facts, domain::Date day)
{
  auto known = facts;
  forget_after(known.accepted, day);
  forget_after(known.declined, day);
  forget_after(known.answered, known.outcome, day);
  forget_after(known.review_requested, day);
  forget_after(known.review_answered, known.review_outcome, day);
  forget_after(known.recheck_requested, day);
  forget_after(known.recheck_answered, known.recheck_outcome, day);
  forget_after(known.closed, day);
  if (known.latest_event && day < *known.latest_event) {
    known.latest_event = day;
  }
  if (known.accepted != facts.accepted || known.declined != facts.declined || known.answered != facts.answered ||
      known.review_requested != facts.review_requested || known.review_answered != facts.review_answered ||
      known.recheck_requested != facts.recheck_requested || known.recheck_answered != facts.recheck_answered ||
      known.closed != facts.closed) {
    known.status = status_of(known);
  }
  return known;
}

std::optional<Deadline> open_duty_on(const PetitionFacts& facts, const PetitionRules& rules, domain::Date day)
{
  if (day < facts.received) {
    return std::nullopt;
  }
  const auto deadlines = compute_deadlines(known_on(facts, day), rules);
  const auto* next = deadlines.next_open_duty();
  return next ? std::optional<Deadline>(*next) : std::nullopt;
}

bool overdue_on(const Deadline& deadline, domain::Date day)
{
  return standing(deadline, day) == Standing::overdue;
}

bool incident_handled_on(const PetitionFacts& facts, const std::optional<LocalTime>& handled_at, domain::Date day)
{
  if (handled_at) {
    return handled_at->date <= day;
  }
  const auto known = known_on(facts, day);
  return known.answered.has_value() || known.closed.has_value();
}

} // namespace dongmao::petition
