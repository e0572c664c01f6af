#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/domain/value.hpp>

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// One changed field of a record: its value before (null for an insert) and after.
struct FieldChange
{
  std::string field;
  domain::Value before;
  domain::Value after;
};

// The changed fields of one record; the audit log keeps them as {"field": [before, after]}.
struct FieldChanges
{
  std::vector<FieldChange> fields;
};

// `changes` as the audit log's JSON object (nlohmann's conversion hook: `nlohmann::json j = changes;`).
// A field named twice keeps its last change.
void to_json(nlohmann::json& json, const FieldChanges& changes);

// The text AuditEntry::changes holds for a JSON object of changes: "" when it is empty.
std::string changes_text(const nlohmann::json& changes);

// The text AuditEntry::changes holds for `changes`: "" when there are none.
std::string changes_text(const FieldChanges& changes);

// One audited change: who did what to which record.
struct AuditEntry
{
  std::string action;     // insert, update, stage, import, init, …
  std::string entity;     // household, project, petition, …
  std::string entity_key; // the natural key: household code, case number, …
  std::string changes;    // JSON object text, {"field": [old, new]} and the like (see changes_text); "" for none
  std::optional<std::int64_t> import_run_id;
};

// Writes audit entries for one operator, at one timestamp.
class AuditLog
{
public:
  // `now` is the timestamp to record (the clock's now(), passed in so a run shares one).
  AuditLog(db::Connection& db, std::string operator_name, std::string now);

  // Appends `entry`.
  void record(const AuditEntry& entry);

  // The operator recorded with every entry.
  const std::string& operator_name() const noexcept { return m_operator; }

private:
  std::string m_operator;
  std::string m_now;
  db::Statement m_insert; // prepared once: an import may record an update on every row
};

} // namespace dongmao::store
