#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/petition/facts.hpp>
#include <dongmao/petition/rules.hpp>

#include <optional>
#include <string>
#include <vector>

// The clocks of 《信访工作条例》(2022) for one case. Shared by `petition show/list/overdue`
// and the reports, so "on time" means the same everywhere.
namespace dongmao::petition {

// Which clock a deadline belongs to, in the order they can start.
enum class DeadlineKind
{
  acceptance,      // Art. 23: tell the petitioner whether the case is accepted
  handling,        // Art. 34: answer, from acceptance, plus any extension
  review_request,  // Art. 35: the petitioner's window to ask for 复查
  review,          // Art. 35: the 复查 opinion
  recheck_request, // Art. 36: the petitioner's window to ask for 复核
  recheck,         // Art. 36: the 复核 opinion
};

// "acceptance", "handling", "review_request", …
std::string code(DeadlineKind kind);
// "受理告知", "办理答复", "复查申请期", …
std::string label(DeadlineKind kind);

// One running or finished clock.
struct Deadline
{
  DeadlineKind kind = DeadlineKind::acceptance;
  domain::Date start;               // counted from the day after this
  domain::Date due;                 // the last day
  std::optional<domain::Date> done; // when the step that stops the clock was taken
  bool duty = true;                 // the office's duty; false for the petitioner's window
};

// Where a deadline stands on a given day. For a petitioner's window, `overdue` means the
// window has lapsed unused and `on_time` that it was used.
enum class Standing
{
  open,    // not done, due today or later
  overdue, // not done, due date passed
  on_time, // done on or before the due date
  late,    // done after the due date
};

// "open", "overdue", "on_time", "late".
std::string code(Standing standing);

// Every clock that has started for a case, in DeadlineKind order.
struct Deadlines
{
  std::vector<Deadline> items;

  // The deadline of `kind`, or nullptr when that clock has not started. Not on a temporary,
  // whose items would be gone before the pointer is used.
  const Deadline* find(DeadlineKind kind) const&;
  const Deadline* find(DeadlineKind kind) const&& = delete;

  // The earliest-due duty not yet done, or nullptr when the office owes nothing.
  const Deadline* next_open_duty() const&;
  const Deadline* next_open_duty() const&& = delete;
};

// The clocks of `facts` under `rules`. Ledgers imported from spreadsheets may skip steps,
// so a later step also stops an earlier clock (an answer counts as the acceptance notice,
// closing stops every duty) and handling counts from receipt when acceptance is unknown.
Deadlines compute_deadlines(const PetitionFacts& facts, const PetitionRules& rules);

// Where `deadline` stands on `today`.
Standing standing(const Deadline& deadline, domain::Date today);

// Calendar days from `today` to the due date: negative when overdue, in either day mode,
// because a due date is a date on the wall calendar.
int days_left(const Deadline& deadline, domain::Date today);

} // namespace dongmao::petition
