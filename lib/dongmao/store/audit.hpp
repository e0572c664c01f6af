#pragma once

#include <dongmao/db/connection.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace dongmao::store {

// One audited change: who did what to which record, with the changed fields as
// {"field": [old, new]} (old is null for an insert).
struct AuditEntry
{
  std::string action;     // insert, update, stage, import, init, …
  std::string entity;     // household, project, petition, …
  std::string entity_key; // the natural key: household code, case number, …
  nlohmann::json changes = nlohmann::json::object();
  std::optional<std::int64_t> import_run_id;
};

// Writes audit entries for one operator; the timestamp is taken per entry.
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
  db::Connection& m_db;
  std::string m_operator;
  std::string m_now;
};

} // namespace dongmao::store
