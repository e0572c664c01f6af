#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/domain/value.hpp>
#include <dongmao/store/audit.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

// The machinery of the typed writers (household_write.hpp, …): upserts by natural key with
// the audit entry of an update. Only the store constructs an Upserter.
namespace dongmao::store {

// What a write did to its row.
enum class Outcome
{
  inserted,
  updated,
  unchanged,
};

// A column as a ledger row sets it: nullopt keeps what is stored (the file has no such
// column); a null Value clears it where the context's empty cells clear (see WriteContext).
using Field = std::optional<domain::Value>;
// A column's value lent to one write, as a Field says it: nullptr keeps what is stored. The
// value must outlive the write; nothing is copied (a households load writes a million rows).
using FieldRef = const domain::Value*;

// What the typed writers of one import run, or of one command, share.
struct WriteContext
{
  db::Connection& db;
  AuditLog& audit;                           // an update is recorded here, under its operator
  std::optional<std::int64_t> import_run_id; // none for a change made by a command
  std::string now;                           // stamps rows and events
  // A null value clears the stored one: a command's "" or `import --clear-empty`. An import
  // otherwise keeps what is stored where its cell is empty.
  bool empty_clears = true;
};

// What a typed write did, and the id of the row it wrote.
struct WriteResult
{
  Outcome outcome = Outcome::unchanged;
  std::int64_t id = 0;
};

// The result of one upsert: the outcome, the row id and, for an update, the changed columns.
struct UpsertResult
{
  Outcome outcome = Outcome::unchanged;
  std::int64_t id = 0;
  FieldChanges changes;
};

// Inserts or updates rows of one table by natural key, writing only when something changed.
// Table and column names come from the program, never from user text.
class Upserter
{
public:
  // `keys` identify a row (compared with IS, so NULL keys match NULL); `columns` are the
  // other columns an import may set. The table must have created_at and updated_at.
  Upserter(db::Connection& db, std::string table, std::vector<std::string> keys, std::vector<std::string> columns);

  // Upserts the row with `key` values. `values[i]` is the new value of columns[i], or
  // nullopt to keep what is stored (the file has no such column); a null value clears the
  // stored one if `empty_clears`, else keeps it. `now` stamps the row.
  UpsertResult upsert(std::span<const domain::Value> key, std::span<const FieldRef> values, const std::string& now,
                      bool empty_clears = true);

  // The value an insert gives `column` when the file has no such column (NOT NULL columns).
  void set_insert_default(const std::string& column, domain::Value value);

  // Makes `column` (JSON object text) merge key by key: a new value sets its keys and keeps
  // the stored ones it does not name; a key set to null is removed; no key left is NULL.
  void merge_object(const std::string& column);

  // Makes `column` bookkeeping rather than data: written with the row when given, but never
  // compared, never audited, and set on its own when only it differs (an import fingerprint).
  void silent(const std::string& column);

  // Skips the lookup of each key while the table was empty when the import began. Only for
  // callers that reject duplicate keys themselves: a repeated key would then fail to insert.
  void skip_lookups_if_empty() { m_skip_lookups = m_empty_at_start; }

  // Whether the table had no row when the upserter was made.
  bool empty_at_start() const { return m_empty_at_start; }

  // The id of the row with `key`, if any.
  std::optional<std::int64_t> find(std::span<const domain::Value> key);

private:
  // After a compare that found nothing else to write: sets the silent column `values` gives,
  // if the selected row holds another value. Resets the select.
  void set_silent(std::span<const FieldRef> values, std::int64_t id);

  db::Connection& m_db;
  std::vector<std::string> m_keys;
  std::vector<std::string> m_columns;
  std::vector<domain::Value> m_defaults;
  std::vector<bool> m_merged;
  std::vector<bool> m_silent;
  // The insert's values lent to SQLite: the merged objects and the time, kept between rows.
  std::vector<domain::Value> m_objects;
  domain::Value m_now;
  bool m_empty_at_start = false;
  bool m_skip_lookups = false;
  db::Statement m_select;
  db::Statement m_insert;
  db::Statement m_update;
  std::string m_table;
  std::optional<db::Statement> m_update_silent; // prepared when a silent column is first set alone
};

// Upserts through `upserter` and records an update's changes in the audit log, as `entity`
// `key_text`. Unless the context's empty cells clear, a null value keeps what is stored.
WriteResult upsert_audited(WriteContext& context, Upserter& upserter, const char* entity, const std::string& key_text,
                           std::span<const domain::Value> key, std::span<const Field> values);
// The same with the values lent.
WriteResult upsert_audited(WriteContext& context, Upserter& upserter, const char* entity, const std::string& key_text,
                           std::span<const domain::Value> key, std::span<const FieldRef> values);

} // namespace dongmao::store
