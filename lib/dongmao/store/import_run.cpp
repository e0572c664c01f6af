#include <dongmao/store/import_run.hpp>

#include <dongmao/db/statement.hpp>

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

void finish_import_run(db::Connection& db, std::int64_t id, const std::string& sha256, const ImportCounts& counts,
                       const std::string& now)
{
  db::Statement update(db, "UPDATE import_run SET finished_at = ?, rows_read = ?, inserted = ?, updated = ?, "
                           "unchanged = ?, rejected = ?, sha256 = ?, status = 'committed' WHERE id = ?");
  update.bind(1, now).bind(2, counts.rows_read).bind(3, counts.inserted).bind(4, counts.updated);
  update.bind(5, counts.unchanged).bind(6, counts.rejected).bind(7, sha256).bind(8, id).run();
}

} // namespace dongmao::store
