#include <dongmao/db/statement.hpp>
#include <dongmao/store/import_run.hpp>

#include <nlohmann/json.hpp>

namespace dongmao::store {

std::int64_t begin_import_run(db::Connection& db, const std::string& entity, const std::string& file_name,
                              const std::string& sheet, const std::string& operator_name, const std::string& now)
{
  db::Statement insert(db, "INSERT INTO import_run (entity, file_name, sha256, sheet, operator, started_at, status) "
                           "VALUES (?, ?, '', ?, ?, ?, 'running')");
  insert.bind(1, entity).bind(2, file_name);
  if (sheet.empty()) {
    insert.bind_null(3);
  } else {
    insert.bind(3, sheet);
  }
  insert.bind(4, operator_name).bind(5, now).run();
  return db.last_insert_rowid();
}

void finish_import_run(WriteContext& context, const std::string& entity, const std::string& file_name,
                       const std::string& sha256, const ImportCounts& counts)
{
  db::Statement update(context.db, "UPDATE import_run SET finished_at = ?, rows_read = ?, inserted = ?, updated = ?, "
                                   "unchanged = ?, rejected = ?, sha256 = ?, status = 'committed' WHERE id = ?");
  update.bind(1, context.now).bind(2, counts.rows_read).bind(3, counts.inserted).bind(4, counts.updated);
  update.bind(5, counts.unchanged).bind(6, counts.rejected).bind(7, sha256).bind(8, context.import_run_id).run();
  const nlohmann::json summary = {{"inserted", counts.inserted},
                                  {"updated", counts.updated},
                                  {"unchanged", counts.unchanged},
                                  {"rejected", counts.rejected},
                                  {"sha256", sha256}};
  context.audit.record(AuditEntry{"import", entity, file_name, changes_text(summary), context.import_run_id});
}

} // namespace dongmao::store
