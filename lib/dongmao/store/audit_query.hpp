#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/date.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Reading the audit log, and recording what was shown rather than changed.
namespace dongmao::store {

// Which audit entries to list; an empty member does not filter.
struct AuditFilter
{
  std::optional<std::string> operator_name;
  std::optional<std::string> entity;     // household, petition, …
  std::optional<std::string> entity_key; // with `entity`: one record's natural key
  std::optional<domain::Date> from;      // entries made on or after this day
  std::optional<domain::Date> to;        // entries made on or before this day
};

// One audit entry as stored: its changes unmasked, as the JSON text the log keeps ("" for none).
struct AuditRow
{
  std::int64_t id = 0;
  std::string at;
  std::string operator_name;
  std::string action;
  std::string entity;
  std::string entity_key;
  std::string changes;
};

// The entries of `db`'s audit log that `filter` lets through, oldest first.
std::vector<AuditRow> audit_entries(db::Connection& db, const AuditFilter& filter);

// Personal data shown in full: by --show-pii (action "reveal") or written unmasked to a file
// (action "export", `file` naming it).
struct Disclosure
{
  std::string action;  // reveal or export
  std::string entity;  // what was shown: household, petition, … or the command's word
  std::string command; // the command line's command words: "household list"
  std::string shown;   // in words: "ID and phone numbers", "the rejected rows' cells"
  std::optional<std::string> file;
};

// Appends `disclosure` to `db`'s audit log as `operator_name` at `now`.
void record_disclosure(db::Connection& db, const std::string& operator_name, const std::string& now,
                       const Disclosure& disclosure);

} // namespace dongmao::store
