#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/petition/incident.hpp>
#include <dongmao/petition/lifecycle.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/store/petition.hpp>

#include <optional>
#include <string>
#include <vector>

// Changing petition cases. Each function is one transaction that writes the case, its
// petition_event and an audit_log entry, or nothing at all.
namespace dongmao::store {

// Who makes a change, and when.
struct Change
{
  std::string operator_name;
  std::string now;    // timestamp for recorded_at and the audit log
  domain::Date today; // no step may be dated later
};

// A new case as `petition add` receives it, references still as typed.
struct NewPetition
{
  std::optional<std::string> case_no; // generated as XF<year>-<NNNN> when absent
  domain::Date received;
  petition::Channel channel = petition::Channel::visit;
  std::optional<int> people_count; // default: the number of petitioners, at least 1
  std::string category;
  std::optional<std::string> summary;
  std::optional<std::string> subject;             // the place or object of a dispute (信访对象)
  std::optional<petition::Households> households; // the households it concerns (涉及户数)
  std::string community;                          // name or code
  std::optional<std::string> project;             // code or name
  std::optional<std::string> household;           // 户编号
  std::optional<std::string> repeat_of;           // an earlier case number
  bool escalated = false;
  std::optional<std::string> assignee;
  std::optional<petition::LocalTime> reported_at;
  std::optional<petition::LocalTime> handled_at;
  std::vector<Petitioner> petitioners; // ID numbers and phones are checked and normalised
  bool show_pii = false;               // --show-pii: a bad ID number or phone quoted in full, else masked
};

// What add_petition did.
struct AddedPetition
{
  std::string case_no;
  std::vector<std::string> warnings; // e.g. more representatives than Art. 20 allows
};

// Registers a new case (its `register` event dated `received`). Throws DataError for a bad
// or duplicate case number, an unknown category or reference, an invalid ID number or
// phone, a date after today, or an urgent case without its reported time.
AddedPetition add_petition(db::Connection& db, const NewPetition& petition, const petition::PetitionRules& rules,
                           const Change& change);

// A lifecycle step on one case.
struct StepRequest
{
  std::string case_no;
  petition::Step step;
  std::optional<std::string> note;               // a decline's or extension's reason, …
  std::optional<std::string> assignee;           // who handles it (accept)
  std::optional<petition::LocalTime> handled_at; // incident handled (answer, close)
};

// Applies `request` by the lifecycle rules and returns the case as it now stands. Throws
// DataError for an unknown case or a step the rules refuse.
PetitionRecord record_step(db::Connection& db, const StepRequest& request, const petition::PetitionRules& rules,
                           const Change& change);

} // namespace dongmao::store
