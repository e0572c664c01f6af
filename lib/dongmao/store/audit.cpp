#include <dongmao/store/audit.hpp>

#include <dongmao/db/statement.hpp>

namespace dongmao::store {

AuditLog::AuditLog(db::Connection& db, std::string operator_name, std::string now)
  : m_db(db), m_operator(std::move(operator_name)), m_now(std::move(now))
{
}

void AuditLog::record(const AuditEntry& entry)
{
  db::Statement insert(m_db, "INSERT INTO audit_log (at, operator, action, entity, entity_key, changes, import_run_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, m_now).bind(2, m_operator).bind(3, entry.action).bind(4, entry.entity).bind(5, entry.entity_key);
  if (entry.changes.empty()) {
    insert.bind_null(6);
  } else {
    insert.bind(6, entry.changes.dump());
  }
  insert.bind(7, entry.import_run_id);
  insert.run();
}

} // namespace dongmao::store
