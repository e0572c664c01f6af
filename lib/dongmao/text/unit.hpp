#pragma once

#include <dongmao/text/message.hpp>

// Messages of remediation stages and renovation units, in both languages.
namespace dongmao::text {

// A stage of one path on a project of the other: stage label, project code, project kind label.
extern const Message k_stage_not_of_kind;

// A unit's kind cell that names none of 小区, 院落, 片区: the cell.
extern const Message k_unit_kind_unknown;

// A unit accepted (验收) before it started: accepted date, start date.
extern const Message k_unit_accepted_before_start;

// A unit's project that is not a renovation project: code, kind label.
extern const Message k_unit_project_not_renovation;

} // namespace dongmao::text
