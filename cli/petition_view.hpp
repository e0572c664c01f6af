#pragma once

#include "json.hpp"

#include <dongmao/domain/date.hpp>
#include <dongmao/petition/deadlines.hpp>
#include <dongmao/petition/incident.hpp>
#include <dongmao/store/petition.hpp>
#include <dongmao/workspace/settings.hpp>

#include <string>

// How a petition case reads in the `petition` commands: deadlines in words, flags, and the
// case as JSON; and the time typed after --reported-at / --handled-at.
namespace dongmao::cli {

// `text` typed after `flag` as "YYYY-MM-DD HH:MM"; UsageError otherwise.
petition::LocalTime parse_time_flag(const std::string& flag, const std::string& text);

// How a deadline stands, in words staff read: "剩 3 天", "逾期 2 天", "已于 2026-03-05 完成".
std::string describe(const petition::Deadline& deadline, domain::Date today);

// A deadline as JSON: kind, label, start, due, done, duty, state, days_left / days_late.
Json deadline_json(const petition::Deadline& deadline, domain::Date today);

// 集体 / 重复 / 越级, joined by "、", for the flags column.
std::string flags_text(const store::PetitionRecord& record, const petition::PetitionRules& rules);

// The case's fields (no petitioners or history) as JSON, with its deadlines and group flag.
Json record_json(const store::PetitionRecord& record, const petition::PetitionRules& rules, domain::Date today);

} // namespace dongmao::cli
