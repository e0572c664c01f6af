#include <dongmao/store/upsert.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>

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

// `stored` (JSON object text or NULL) with the keys of `update` set, those `update` sets to
// null removed, and the others kept; NULL when no key is left. A null or non-object `update`
// replaces the whole value.
domain::Value merged_object(const domain::Value& stored, const domain::Value& update)
{
  const auto* text = std::get_if<std::string>(&update);
  auto changes = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
  if (!changes.is_object()) {
    return update;
  }
  auto object = nlohmann::json::object();
  if (const auto* old = std::get_if<std::string>(&stored)) {
    if (auto parsed = nlohmann::json::parse(*old, nullptr, false); parsed.is_object()) {
      object = std::move(parsed);
    }
  }
  for (auto& [name, value] : changes.items()) {
    if (value.is_null()) {
      object.erase(name);
    } else {
      object[name] = std::move(value);
    }
  }
  return object.empty() ? domain::Value{} : domain::Value{object.dump()};
}

} // namespace

Upserter::Upserter(db::Connection& db, std::string table, std::vector<std::string> keys,
                   std::vector<std::string> columns)
  : m_db(db),
    m_keys(std::move(keys)),
    m_columns(std::move(columns)),
    m_defaults(m_columns.size()),
    m_merged(m_columns.size(), false),
    m_silent(m_columns.size(), false),
    m_select(db, select_sql(table, m_keys, m_columns)),
    m_insert(db, insert_sql(table, m_keys, m_columns)),
    m_update(db, update_sql(table, m_columns)),
    m_table(table)
{
  db::Statement any(db, "SELECT EXISTS (SELECT 1 FROM " + table + ")");
  m_empty_at_start = any.step() && any.column_int64(0) == 0;
}

void Upserter::merge_object(const std::string& column)
{
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    if (m_columns[c] == column) {
      m_merged[c] = true;
    }
  }
}

void Upserter::silent(const std::string& column)
{
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    if (m_columns[c] == column) {
      m_silent[c] = true;
    }
  }
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

UpsertResult Upserter::upsert(std::span<const domain::Value> key, std::span<const FieldRef> values,
                              const std::string& now, bool empty_clears)
{
  // A column is set when the file has it and, unless empty cells clear, its cell is filled.
  const auto given = [&](std::size_t c) { return values[c] && (empty_clears || !domain::is_null(*values[c])); };
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
    m_objects.resize(m_columns.size());
    if (const auto* kept = std::get_if<std::string>(&m_now); !kept || *kept != now) {
      m_now = now;
    }
    int n = 0;
    for (const auto& k : key) {
      m_insert.bind_borrowed(++n, k);
    }
    for (std::size_t c = 0; c < values.size(); ++c) {
      if (given(c) && m_merged[c]) {
        m_objects[c] = merged_object(domain::Value{}, *values[c]);
        m_insert.bind_borrowed(++n, m_objects[c]);
      } else {
        m_insert.bind_borrowed(++n, given(c) ? *values[c] : m_defaults[c]);
      }
    }
    m_insert.bind_borrowed(n + 1, m_now);
    m_insert.run();
    result.outcome = Outcome::inserted;
    result.id = m_db.last_insert_rowid();
    return result;
  }
  result.id = m_select.column_int64(0);
  // Most rows of a re-import are unchanged: compare in place and copy nothing for them.
  bool same = true;
  for (std::size_t c = 0; c < m_columns.size() && same; ++c) {
    if (given(c) && !m_silent[c]) {
      const auto column = static_cast<int>(c + 1);
      // An object merged into the same object is that object: only a different text is parsed.
      same = m_select.column_equals(column, *values[c]) ||
             (m_merged[c] && merged_object(m_select.column_value(column), *values[c]) == m_select.column_value(column));
    }
  }
  if (same) {
    set_silent(values, result.id);
    result.outcome = Outcome::unchanged;
    return result;
  }
  std::vector<domain::Value> merged(m_columns.size());
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    auto old = m_select.column_value(static_cast<int>(c + 1));
    auto value = !given(c) ? old : m_merged[c] ? merged_object(old, *values[c]) : *values[c];
    if (value != old && !m_silent[c]) {
      result.changes.fields.push_back(FieldChange{m_columns[c], old, value});
    }
    merged[c] = std::move(value);
  }
  if (result.changes.fields.empty()) {
    set_silent(values, result.id);
    result.outcome = Outcome::unchanged;
    return result;
  }
  m_select.reset();
  for (std::size_t c = 0; c < merged.size(); ++c) {
    m_update.bind(static_cast<int>(c + 1), merged[c]);
  }
  m_update.bind(static_cast<int>(merged.size() + 1), now);
  m_update.bind(static_cast<int>(merged.size() + 2), result.id);
  m_update.run();
  result.outcome = Outcome::updated;
  return result;
}

void Upserter::set_silent(std::span<const FieldRef> values, std::int64_t id)
{
  // Read from the selected row, which stays current until the reset.
  std::optional<std::size_t> differs;
  for (std::size_t c = 0; c < m_columns.size() && !differs; ++c) {
    if (m_silent[c] && values[c] && !m_select.column_equals(static_cast<int>(c + 1), *values[c])) {
      differs = c;
    }
  }
  const auto value = differs ? *values[*differs] : domain::Value{};
  m_select.reset();
  if (!differs) {
    return;
  }
  if (!m_update_silent) {
    m_update_silent.emplace(m_db, fmt::format("UPDATE {} SET {} = ?1 WHERE id = ?2", m_table, m_columns[*differs]));
  }
  m_update_silent->bind(1, value);
  m_update_silent->bind(2, id);
  m_update_silent->run();
}

WriteResult upsert_audited(WriteContext& context, Upserter& upserter, const char* entity, const std::string& key_text,
                           std::span<const domain::Value> key, std::span<const Field> values)
{
  // No table of the schema has more columns than this; a wider one would be lent from the heap.
  constexpr std::size_t k_columns_on_stack = 32;
  std::array<FieldRef, k_columns_on_stack> on_stack{};
  std::vector<FieldRef> on_heap(values.size() > k_columns_on_stack ? values.size() : 0);
  const std::span<FieldRef> lent =
    on_heap.empty() ? std::span<FieldRef>(on_stack).first(values.size()) : std::span<FieldRef>(on_heap);
  for (std::size_t c = 0; c < values.size(); ++c) {
    lent[c] = values[c] ? &*values[c] : nullptr;
  }
  return upsert_audited(context, upserter, entity, key_text, key, lent);
}

WriteResult upsert_audited(WriteContext& context, Upserter& upserter, const char* entity, const std::string& key_text,
                           std::span<const domain::Value> key, std::span<const FieldRef> values)
{
  auto result = upserter.upsert(key, values, context.now, context.empty_clears);
  if (result.outcome == Outcome::updated) {
    context.audit.record(AuditEntry{"update", entity, key_text, changes_text(result.changes), context.import_run_id});
  }
  return WriteResult{result.outcome, result.id};
}

} // namespace dongmao::store
