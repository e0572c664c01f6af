#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/project/stage.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The figures of a project's progress that leaders ask for, computed from counts and dates.
// Pure: the store gathers the counts, these say what they mean. Every command and the report
// take them from store::project_progress, which applies these definitions:
// - enrolled: households in the project, withdrawn ones left out;
// - signed_total: enrolled households whose current stage is signed or beyond (vacated,
//   demolished), whether or not a signing date is known;
// - signing date: the date of the signing in force (signing_date in stage.hpp): a household
//   signed, moved back with --force and not signed again has none and is not signed; one
//   signed, moved back and signed again is dated by the last signing; one that only vacated
//   (腾房 with no dated 签约) is signed but has no signing date;
// - signed_in_period: households whose signing date lies in the period, both ends included;
//   a household without a signing date is in no period, so signed_in_period <= signed_total;
// - cleared (清零): at least one household enrolled and every one signed; cleared_on is the
//   date of the signing that completed it, the latest signing date, unknown when any signing
//   date is unknown; a remediation (整治) project is cleared when every one is remediated, on
//   the date of the last remediation;
// - overdue: due before today, not completed and not cleared.
namespace dongmao::project {

// Whether `date` lies in [from, to], both ends included.
bool within(domain::Date date, domain::Date from, domain::Date to);

// Whether the signing in force of a household now at `current` is dated inside [from, to].
bool signed_within(Stage current, const std::vector<StageEvent>& events, domain::Date from, domain::Date to);

// `part` of `whole` in percent; 0 when `whole` is 0.
double percent(std::int64_t part, std::int64_t whole);

// A project's signing rate (签约率): signed or beyond over enrolled; none for a project with no
// households, or whose households are not signed (remediation 整治: they are remediated).
std::optional<double> signing_share(std::string_view kind, std::int64_t enrolled, std::int64_t signed_total);

// The signing pace of the morning dispatch meeting (天天9点碰头调度).
struct Pace
{
  int days = 7;                         // the window: the last `days` days, today included
  std::int64_t signed_in_window = 0;    // signing events dated inside the window
  double per_day = 0.0;                 // signed_in_window / days
  std::optional<double> needed_per_day; // remaining / days left (today counts); none once overdue or without a due date
};

// The pace over the last `days` days and the pace needed to sign the `remaining`
// households by the due date, `days_left` days from today (0: due today).
Pace compute_pace(int days, std::int64_t signed_in_window, std::int64_t remaining, std::optional<int> days_left);

// Follows the enrolled households of a project one by one and tells whether the project is
// cleared (清零: every enrolled, not withdrawn, household has signed) and on which date: the
// date of the signing that completed it, unknown when some signing has no date.
class Clearance
{
public:
  // Adds one enrolled household at `current` stage that reached `goal` (signed; remediated in
  // a remediation) on `reached_on` if known.
  void add(Stage current, std::optional<domain::Date> reached_on, Stage goal = Stage::signed_);

  // Whether at least one household is enrolled and all have signed.
  bool cleared() const noexcept { return m_enrolled > 0 && m_unsigned == 0; }

  // The clearing date, when cleared and every signing date is known.
  std::optional<domain::Date> cleared_on() const;

private:
  std::int64_t m_enrolled = 0;
  std::int64_t m_unsigned = 0;
  bool m_date_unknown = false;
  std::optional<domain::Date> m_last;
};

// Days between a project's due date and the day it was cleared: positive when early, negative
// when late, nullopt unless both dates are known.
std::optional<int> ahead_days(std::optional<domain::Date> due, std::optional<domain::Date> cleared_on);

// Whether a project is late: due before today, not completed, and not cleared.
bool is_overdue(std::optional<domain::Date> due, domain::Date today, const std::string& status, bool cleared);

// A milestone's state on `today`: "done" once it has a done date, "overdue" when its due
// date (YYYY-MM-DD) has passed, else "open".
std::string milestone_status(const std::optional<std::string>& due, const std::optional<std::string>& done,
                             domain::Date today);

// What the all-projects progress table is sorted by.
struct UrgencyKey
{
  bool done = false;            // cleared or completed: not urgent at all
  std::optional<int> days_left; // negative when overdue; none without a due date
  double percent_signed = 0.0;
  std::string code;
};

// Urgency order: unfinished before done; then by days left ascending (overdue first, no due
// date last); then by the share signed ascending; then by code.
bool more_urgent(const UrgencyKey& a, const UrgencyKey& b);

} // namespace dongmao::project
