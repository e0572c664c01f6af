#include <dongmao/store/upsert.hpp>

#include <fmt/format.h>

namespace dongmao::store {

namespace {

std::string select_sql(const std::string& table, const std::vector<std::string>& keys,
                       const std::vector<std::string>& columns)
{
  std::string sql = "SELECT id";
  for (const auto& column : columns) {
    sql += ", " + column;
  }
  sql += " FROM " + table + " WHERE ";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    sql += fmt::format("{}{} IS ?{}", i ? " AND " : "", keys[i], i + 1);
  }
  return sql;
}

std::string insert_sql(const std::string& table, const std::vector<std::string>& keys,
                       const std::vector<std::string>& columns)
{
  std::string names;
  std::string params;
  std::size_t n = 0;
  for (const auto* list : {&keys, &columns}) {
    for (const auto& column : *list) {
      names += column + ", ";
      params += fmt::format("?{}, ", ++n);
    }
  }
  return fmt::format("INSERT INTO {} ({}created_at, updated_at) VALUES ({}?{}, ?{})", table, names, params, n + 1,
                     n + 1);
}

std::string update_sql(const std::string& table, const std::vector<std::string>& columns)
{
  std::string sets;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    sets += fmt::format("{} = ?{}, ", columns[i], i + 1);
  }
  return fmt::format("UPDATE {} SET {}updated_at = ?{} WHERE id = ?{}", table, sets, columns.size() + 1,
                     columns.size() + 2);
}

} // namespace

Upserter::Upserter(db::Connection& db, std::string table, std::vector<std::string> keys,
                   std::vector<std::string> columns)
  : m_db(db),
    m_keys(std::move(keys)),
    m_columns(std::move(columns)),
    m_defaults(m_columns.size()),
    m_select(db, select_sql(table, m_keys, m_columns)),
    m_insert(db, insert_sql(table, m_keys, m_columns)),
    m_update(db, update_sql(table, m_columns))
{
  db::Statement any(db, "SELECT EXISTS (SELECT 1 FROM " + table + ")");
  m_empty_at_start = any.step() && any.column_int64(0) == 0;
}

void Upserter::set_insert_default(const std::string& column, domain::Value value)
{
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    if (m_columns[c] == column) {
      m_defaults[c] = std::move(value);
    }
  }
}

std::optional<std::int64_t> Upserter::find(std::span<const domain::Value> key)
{
  m_select.reset();
  for (std::size_t i = 0; i < key.size(); ++i) {
    m_select.bind(static_cast<int>(i + 1), key[i]);
  }
  std::optional<std::int64_t> id;
  if (m_select.step()) {
    id = m_select.column_int64(0);
  }
  m_select.reset();
  return id;
}

UpsertResult Upserter::upsert(std::span<const domain::Value> key, std::span<const Field> values, const std::string& now)
{
  // Every value outlives the statements' steps below and every parameter is bound again
  // on each call, so the text is lent to SQLite rather than copied.
  UpsertResult result;
  m_select.reset();
  for (std::size_t i = 0; i < key.size(); ++i) {
    m_select.bind_borrowed(static_cast<int>(i + 1), key[i]);
  }
  // Into a table that was empty, a first import of a large ledger skips the lookups.
  if (m_skip_lookups || !m_select.step()) {
    m_select.reset();
    int n = 0;
    for (const auto& k : key) {
      m_insert.bind_borrowed(++n, k);
    }
    for (std::size_t c = 0; c < values.size(); ++c) {
      m_insert.bind_borrowed(++n, values[c] ? *values[c] : m_defaults[c]);
    }
    m_insert.bind(n + 1, now);
    m_insert.run();
    result.outcome = Outcome::inserted;
    result.id = m_db.last_insert_rowid();
    return result;
  }
  result.id = m_select.column_int64(0);
  // Most rows of a re-import are unchanged: compare in place and copy nothing for them.
  bool same = true;
  for (std::size_t c = 0; c < m_columns.size() && same; ++c) {
    same = !values[c] || m_select.column_equals(static_cast<int>(c + 1), *values[c]);
  }
  if (same) {
    m_select.reset();
    result.outcome = Outcome::unchanged;
    return result;
  }
  std::vector<domain::Value> merged(m_columns.size());
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    auto old = m_select.column_value(static_cast<int>(c + 1));
    if (values[c] && *values[c] != old) {
      result.changes.fields.push_back(FieldChange{m_columns[c], old, *values[c]});
      merged[c] = *values[c];
    } else {
      merged[c] = std::move(old);
    }
  }
  m_select.reset();
  if (result.changes.fields.empty()) {
    result.outcome = Outcome::unchanged;
    return result;
  }
  for (std::size_t c = 0; c < merged.size(); ++c) {
    m_update.bind(static_cast<int>(c + 1), merged[c]);
  }
  m_update.bind(static_cast<int>(merged.size() + 1), now);
  m_update.bind(static_cast<int>(merged.size() + 2), result.id);
  m_update.run();
  result.outcome = Outcome::updated;
  return result;
}

WriteResult upsert_audited(WriteContext& context, Upserter& upserter, const char* entity, const std::string& key_text,
                           std::span<const domain::Value> key, std::span<const Field> values)
{
  auto result = upserter.upsert(key, values, context.now);
  if (result.outcome == Outcome::updated) {
    context.audit.record(AuditEntry{"update", entity, key_text, changes_text(result.changes), context.import_run_id});
  }
  return WriteResult{result.outcome, result.id};
}

} // namespace dongmao::store
