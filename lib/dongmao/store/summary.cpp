#include <dongmao/db/statement.hpp>
#include <dongmao/db/transaction.hpp>
#include <dongmao/store/summary.hpp>
#include <dongmao/text/cli.hpp>

#include <array>

namespace dongmao::store {

WorkspaceSummary summarize(db::Connection& db)
{
  // Table names are fixed here, never user text.
  static constexpr std::array<std::pair<const char*, const char*>, 12> k_tables = {{
    {"communities", "SELECT count(*) FROM community"},
    {"grids", "SELECT count(*) FROM grid"},
    {"households", "SELECT count(*) FROM household"},
    {"persons", "SELECT count(*) FROM person"},
    {"organisations", "SELECT count(*) FROM organisation"},
    {"projects", "SELECT count(*) FROM project"},
    {"enrollments", "SELECT count(*) FROM enrollment"},
    {"stage_events", "SELECT count(*) FROM stage_event"},
    {"petitions", "SELECT count(*) FROM petition"},
    {"metric_values", "SELECT count(*) FROM metric_value"},
    {"import_runs", "SELECT count(*) FROM import_run"},
    {"audit_entries", "SELECT count(*) FROM audit_log"},
  }};
  WorkspaceSummary summary;
  // All counts from one committed state, whatever an import commits meanwhile.
  db::ReadTransaction snapshot(db);
  summary.schema_version = static_cast<int>(db::query_int64(db, "PRAGMA user_version"));
  for (const auto& [name, sql] : k_tables) {
    summary.counts.emplace_back(name, db::query_int64(db, sql));
  }
  db::Statement last(db, "SELECT entity, file_name, finished_at FROM import_run WHERE status = 'committed' "
                         "ORDER BY id DESC LIMIT 1");
  if (last.step()) {
    summary.last_import = LastImport{last.column_text(0), last.column_text(1), last.column_text(2)};
  }
  return summary;
}

} // namespace dongmao::store
