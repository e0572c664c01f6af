#include <dongmao/project/progress.hpp>

#include <tuple>

namespace dongmao::project {

bool within(domain::Date date, domain::Date from, domain::Date to)
{
  return from <= date && date <= to;
}

bool signed_within(Stage current, const std::vector<StageEvent>& events, domain::Date from, domain::Date to)
{
  const auto on = signing_date(current, events);
  return on && within(*on, from, to);
}

double percent(std::int64_t part, std::int64_t whole)
{
  return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::optional<double> signing_share(std::string_view kind, std::int64_t enrolled, std::int64_t signed_total)
{
  if (enrolled <= 0 || kind == "remediation") {
    return std::nullopt;
  }
  return static_cast<double>(signed_total) / static_cast<double>(enrolled);
}

Pace compute_pace(int days, std::int64_t signed_in_window, std::int64_t remaining, std::optional<int> days_left)
{
  Pace pace;
  pace.days = days;
  pace.signed_in_window = signed_in_window;
  pace.per_day = days > 0 ? static_cast<double>(signed_in_window) / days : 0.0;
  if (days_left && *days_left >= 0) {
    // Today is still a working day: due today means the rest must sign today.
    pace.needed_per_day = static_cast<double>(remaining) / (*days_left + 1);
  }
  return pace;
}

void Clearance::add(Stage current, std::optional<domain::Date> signed_on, Stage goal)
{
  if (current == Stage::withdrawn) {
    return;
  }
  ++m_enrolled;
  if (!at_or_beyond(current, goal)) {
    ++m_unsigned;
    return;
  }
  if (!signed_on) {
    m_date_unknown = true;
  } else if (!m_last || *signed_on > *m_last) {
    m_last = signed_on;
  }
}

std::optional<domain::Date> Clearance::cleared_on() const
{
  if (!cleared() || m_date_unknown) {
    return std::nullopt;
  }
  return m_last;
}

std::optional<int> ahead_days(std::optional<domain::Date> due, std::optional<domain::Date> cleared_on)
{
  if (!due || !cleared_on) {
    return std::nullopt;
  }
  return domain::days_between(*cleared_on, *due);
}

bool is_overdue(std::optional<domain::Date> due, domain::Date today, const std::string& status, bool cleared)
{
  return due && *due < today && status != "completed" && !cleared;
}

std::string milestone_status(const std::optional<std::string>& due, const std::optional<std::string>& done,
                             domain::Date today)
{
  if (done) {
    return "done";
  }
  return due && *due < today.iso() ? "overdue" : "open";
}

bool more_urgent(const UrgencyKey& a, const UrgencyKey& b)
{
  // No due date sorts after every due date.
  const auto days = [](const UrgencyKey& k) {
    return std::make_tuple(!k.days_left.has_value(), k.days_left.value_or(0));
  };
  return std::make_tuple(a.done, days(a), a.percent_signed, a.code) <
         std::make_tuple(b.done, days(b), b.percent_signed, b.code);
}

} // namespace dongmao::project
