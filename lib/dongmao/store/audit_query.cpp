#include <dongmao/db/statement.hpp>
#include <dongmao/store/audit.hpp>
#include <dongmao/store/audit_query.hpp>

#include <nlohmann/json.hpp>

namespace dongmao::store {

std::vector<AuditRow> audit_entries(db::Connection& db, const AuditFilter& filter)
{
  // `at` is local time with its offset (2026-11-27T09:30:00+08:00): its first ten characters are the day.
  db::Statement select(db, "SELECT id, at, operator, action, entity, coalesce(entity_key, ''), coalesce(changes, '') "
                           "FROM audit_log WHERE (?1 IS NULL OR operator = ?1) AND (?2 IS NULL OR entity = ?2) "
                           "AND (?3 IS NULL OR entity_key = ?3) AND (?4 IS NULL OR substr(at, 1, 10) >= ?4) "
                           "AND (?5 IS NULL OR substr(at, 1, 10) <= ?5) ORDER BY id");
  select.bind(1, filter.operator_name).bind(2, filter.entity).bind(3, filter.entity_key);
  select.bind(4, filter.from ? std::optional<std::string>(filter.from->iso()) : std::nullopt);
  select.bind(5, filter.to ? std::optional<std::string>(filter.to->iso()) : std::nullopt);
  std::vector<AuditRow> rows;
  while (select.step()) {
    rows.push_back(AuditRow{select.column_int64(0), select.column_text(1), select.column_text(2), select.column_text(3),
                            select.column_text(4), select.column_text(5), select.column_text(6)});
  }
  return rows;
}

void record_disclosure(db::Connection& db, const std::string& operator_name, const std::string& now,
                       const Disclosure& disclosure)
{
  auto changes = nlohmann::json::object({{"command", disclosure.command}, {"shown", disclosure.shown}});
  if (disclosure.file) {
    changes["file"] = *disclosure.file;
  }
  AuditLog(db, operator_name, now)
    .record(AuditEntry{disclosure.action, disclosure.entity, disclosure.file.value_or(""), changes_text(changes), {}});
}

} // namespace dongmao::store
