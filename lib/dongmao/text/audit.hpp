#pragma once

#include <dongmao/text/message.hpp>

#include <optional>
#include <string>

// The words of the audit log and `dongmao check` that no ledger column names: actions such
// as insert or stage, the fields only the log records (forced, petitioners, sha256 …), the
// entities and the check's findings.
namespace dongmao::text {

// An audit action in the run's language (insert → 新增); none for an action not listed here.
std::optional<std::string> audit_action_word(const std::string& action);

// A field only the audit log records, in the run's language (forced → 强制更正); none for others.
std::optional<std::string> audit_field_word(const std::string& field);

// An entity of the audit log or the check in the run's language (enrollment → 项目住户);
// the entity itself in English or when unknown.
std::string entity_word(const std::string& entity);

extern const Message k_check_foreign_key;        // the entity pointed to
extern const Message k_check_stage;              // stage, latest event's date, its stage
extern const Message k_check_petition_status;    // status, latest event's date, its action
extern const Message k_check_extension_no_event; // days
extern const Message k_check_extension_zero;
extern const Message k_check_id_heads_several;
extern const Message k_check_id_other_household; // household, the other household
extern const Message k_check_quoted;             // a code's label: how a finding quotes it

} // namespace dongmao::text
