#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/petition/deadlines.hpp>
#include <dongmao/petition/facts.hpp>
#include <dongmao/petition/incident.hpp>
#include <dongmao/petition/rules.hpp>

#include <optional>

// A case as it stood on a given day, for reports of past periods and for `--today`: the
// report's open and overdue cases and `petition overdue` come from these, so they agree.
namespace dongmao::petition {

// What was known of a case on `day`: steps dated after it had not been taken yet. The
// extension is kept, undated: one is granted before the handling deadline, so on a day
// before the grant the case was not overdue under either deadline.
PetitionFacts known_on(const PetitionFacts& facts, domain::Date day);

// The office's earliest-due duty still running on `day` on a case received by then, as
// known on that day; nullopt when the office owed nothing.
std::optional<Deadline> open_duty_on(const PetitionFacts& facts, const PetitionRules& rules, domain::Date day);

// Whether `deadline` was passed and unmet on `day`: one due on `day` is not yet overdue.
bool overdue_on(const Deadline& deadline, domain::Date day);

// Whether an urgent case was under control on `day`: its handled time is recorded by then,
// or, with no time recorded, it was answered or closed by then.
bool incident_handled_on(const PetitionFacts& facts, const std::optional<LocalTime>& handled_at, domain::Date day);

} // namespace dongmao::petition
