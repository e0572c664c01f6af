#pragma once

#include <string>

// The audit log's codes as staff read them in `audit`, `household history` and `check`: the
// action, the field by the ledger header the import maps to it, the value by its label.
// English keeps the codes. One label per field: the import mappings' and the rules' own.
namespace dongmao::import {

// insert → 新增, stage → 阶段变更, a petition step by its label (accept → 受理); the code in English.
std::string audit_action_label(const std::string& action);

// A field of `entity` (household, enrollment, petition, …) by the first Chinese header of its
// import mapping (head_id_number → 身份证号, community_id → 社区); the field in English.
std::string audit_field_label(const std::string& entity, const std::string& field);

// A value of `field` of `entity` by its label when the field holds a code (stage, kind,
// housing type, consent, channel, status, outcome); any other value as it is.
std::string audit_value_label(const std::string& entity, const std::string& field, const std::string& value);

// An entity (household, enrollments, milestone, …) as staff call it; itself in English.
std::string audit_entity_label(const std::string& entity);

} // namespace dongmao::import
