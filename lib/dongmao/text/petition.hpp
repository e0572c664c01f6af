#pragma once

#include <dongmao/text/message.hpp>

// Why a petition case is refused: its lifecycle (《信访工作条例》), its category or
// sensitive period, its petitioners and times.
namespace dongmao::text {

extern const Message k_step_refused;       // action, why
extern const Message k_step_after_today;   // date, today
extern const Message k_step_before_latest; // date, latest step's date
extern const Message k_case_is;            // status
extern const Message k_case_status;        // code, label: a status as a message names it
extern const Message k_reopen_first;       // appended to k_case_is
extern const Message k_hint;               // hint, appended to k_case_is
extern const Message k_hint_extend;
extern const Message k_hint_accept_once;
extern const Message k_hint_review;
extern const Message k_already_extended; // days
extern const Message k_extensions_disabled;
extern const Message k_extension_range; // days, max
extern const Message k_extension_late;  // deadline, date
extern const Message k_answer_needs_outcome;
extern const Message k_not_accepted_yet;
extern const Message k_was_declined; // date
extern const Message k_already_answered;
extern const Message k_closed_reopen_first;
extern const Message k_window_closed; // what, end, days, from, article
extern const Message k_article_35;
extern const Message k_article_36;
extern const Message k_review_already;       // date
extern const Message k_recheck_already;      // date
extern const Message k_recheck_needs_review; // status
extern const Message k_close_unanswered;     // status
extern const Message k_close_pending;        // status
extern const Message k_already_closed;       // date
extern const Message k_reopen_only;          // status
extern const Message k_register_once;
extern const Message k_category_empty;
extern const Message k_category_did_you_mean; // category, near
extern const Message k_category_unknown;      // category, known
extern const Message k_period_none_set;       // name
extern const Message k_period_did_you_mean;   // name, near
extern const Message k_period_unknown;        // name, known
extern const Message k_petitioner_needs_name;
extern const Message k_petitioner_id;         // name, ID number, why
extern const Message k_petitioner_phone;      // name, phone
extern const Message k_handled_before;        // handled at, reported at
extern const Message k_received_after_today;  // date, today
extern const Message k_urgent_needs_reported; // category
extern const Message k_people_fewer;          // people, petitioners
extern const Message k_representatives;       // most, named
extern const Message k_repeat_unknown;        // case number
extern const Message k_case_no_bad;           // case number
extern const Message k_case_exists;           // case number
extern const Message k_case_refused;          // case number, why
extern const Message k_case_corrupt;          // case number, column, value
extern const Message k_event_corrupt;         // action, date

} // namespace dongmao::text
