#pragma once

#include <dongmao/text/message.hpp>

// Why an imported row breaks a rule of its entity: dates out of order or after today, a
// missing project or month, a negative area, an unknown earlier case.
namespace dongmao::text {

extern const Message k_row_empty;              // field label
extern const Message k_row_due_before_start;   // due, start
extern const Message k_row_area_negative;      // area
extern const Message k_row_after_today;        // date, today
extern const Message k_row_before_stage;       // date, earlier stage, its date
extern const Message k_row_stage_contradicted; // declared stage, stage of the filled date, that date
extern const Message k_row_no_project;
extern const Message k_row_before_step;    // date, earlier step's date
extern const Message k_row_unknown_repeat; // case number
extern const Message k_row_people_at_least_1;
extern const Message k_row_no_month;
extern const Message k_row_value_empty;
extern const Message k_row_not_number;        // text
extern const Message k_row_percent_rate_only; // appended to k_row_not_number
extern const Message k_row_not_kind;          // text
extern const Message k_row_id_empty;
extern const Message k_row_no_address;
extern const Message k_row_address_needs_project;

} // namespace dongmao::text
