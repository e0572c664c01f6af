#pragma once

#include <dongmao/text/message.hpp>

// Why a stage change, an enrollment, a consent or a milestone is refused, and how a
// renovation project's consent stands.
namespace dongmao::text {

extern const Message k_stage_same;             // stage
extern const Message k_stage_skip;             // skipped stages, from, to
extern const Message k_stage_back;             // from, to
extern const Message k_stage_withdraw_signed;  // stage
extern const Message k_stage_rejoin;           // stage
extern const Message k_stage_list_separator;   // between skipped stages
extern const Message k_stage_quoted;           // stage: how a stage is named in a message
extern const Message k_date_after_today;       // date, today
extern const Message k_stage_date_before;      // stage, date, earlier stage, its date
extern const Message k_not_enrolled;           // household, project
extern const Message k_stage_needs_force;      // household, project, why
extern const Message k_force_needs_note;       // household, project, why
extern const Message k_stage_refused;          // household, project, why
extern const Message k_consent_renovation;     // project, kind
extern const Message k_enroll_date_after;      // date, today
extern const Message k_household_listed_twice; // household
extern const Message k_no_household_matches;
extern const Message k_no_households_to_enroll;
extern const Message k_already_enrolled;       // household, project, stage
extern const Message k_milestone_did_you_mean; // project, name, near
extern const Message k_milestone_unknown;      // project, name
extern const Message k_milestone_needs_name;
extern const Message k_milestone_exists;       // project, name
extern const Message k_milestone_done_after;   // project, name, date, today
extern const Message k_milestone_done_already; // project, name, date
extern const Message k_sort_unknown;           // key
extern const Message k_sort_stage_date;
extern const Message k_consent_nobody;
extern const Message k_consent_area_unknown; // households without area, households
extern const Message k_consent_no_quorum;    // by count, by area, needed
extern const Message k_consent_no_agreement; // by count, by area, needed
extern const Message k_consent_met;          // took part by count, by area, agree by count, by area
extern const Message k_household_exists;     // household
extern const Message k_project_exists;       // project
extern const Message k_flag_no_value;        // flag
extern const Message k_flag_no_field;        // flag, entity, field

} // namespace dongmao::text
