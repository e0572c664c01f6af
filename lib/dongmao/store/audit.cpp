#include <dongmao/store/audit.hpp>

#include <nlohmann/json.hpp>

namespace dongmao::store {

namespace {

nlohmann::json value_json(const domain::Value& value)
{
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    return *i;
  }
  if (const auto* d = std::get_if<double>(&value)) {
    return *d;
  }
  if (const auto* s = std::get_if<std::string>(&value)) {
    return *s;
  }
  return nullptr;
}

} // namespace

void to_json(nlohmann::json& json, const FieldChanges& changes)
{
  json = nlohmann::json::object();
  for (const auto& change : changes.fields) {
    json[change.field] = nlohmann::json::array({value_json(change.before), value_json(change.after)});
  }
}

std::string changes_text(const nlohmann::json& changes)
{
  return changes.empty() ? std::string() : changes.dump();
}

std::string changes_text(const FieldChanges& changes)
{
  return changes.fields.empty() ? std::string() : nlohmann::json(changes).dump();
}

AuditLog::AuditLog(db::Connection& db, std::string operator_name, std::string now)
  : m_operator(std::move(operator_name)),
    m_now(std::move(now)),
    m_insert(db, "INSERT INTO audit_log (at, operator, action, entity, entity_key, changes, import_run_id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
{
}

void AuditLog::record(const AuditEntry& entry)
{
  m_insert.bind(1, m_now).bind(2, m_operator).bind(3, entry.action).bind(4, entry.entity).bind(5, entry.entity_key);
  if (entry.changes.empty()) {
    m_insert.bind_null(6);
  } else {
    m_insert.bind(6, entry.changes);
  }
  m_insert.bind(7, entry.import_run_id);
  m_insert.run();
}

} // namespace dongmao::store
