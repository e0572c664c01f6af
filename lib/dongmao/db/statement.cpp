#include <dongmao/db/statement.hpp>

#include <sqlite3.h>

#include <algorithm>

namespace dongmao::db {

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const noexcept
{
  sqlite3_finalize(stmt);
}

Statement::Statement(Connection& connection, std::string_view sql) : m_connection(&connection)
{
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  m_stmt.reset(raw);
  if (rc != SQLITE_OK) {
    connection.fail(rc, std::string("cannot prepare: ") + std::string(sql.substr(0, 60)));
  }
}

Statement& Statement::bind_null(int index)
{
  const int rc = sqlite3_bind_null(m_stmt.get(), index);
  if (rc != SQLITE_OK) {
    m_connection->fail(rc, "bind");
  }
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
  const int rc = sqlite3_bind_int64(m_stmt.get(), index, value);
  if (rc != SQLITE_OK) {
    m_connection->fail(rc, "bind");
  }
  return *this;
}

Statement& Statement::bind(int index, double value)
{
  const int rc = sqlite3_bind_double(m_stmt.get(), index, value);
  if (rc != SQLITE_OK) {
    m_connection->fail(rc, "bind");
  }
  return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
  const int rc = sqlite3_bind_text64(m_stmt.get(), index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) {
    m_connection->fail(rc, "bind");
  }
  return *this;
}

Statement& Statement::bind(int index, const Value& value)
{
  return std::visit(
    [&](const auto& v) -> Statement& {
      using T = std::decay_t<decltype(v)>;
      if constexpr (std::is_same_v<T, std::monostate>) {
        return bind_null(index);
      } else {
        return bind(index, v);
      }
    },
    value);
}

Statement& Statement::bind_borrowed(int index, const Value& value)
{
  const auto* text = std::get_if<std::string>(&value);
  if (!text) {
    return bind(index, value);
  }
  const int rc = sqlite3_bind_text64(m_stmt.get(), index, text->data(), text->size(), SQLITE_STATIC, SQLITE_UTF8);
  if (rc != SQLITE_OK) {
    m_connection->fail(rc, "bind");
  }
  return *this;
}

bool Statement::step()
{
  const int rc = sqlite3_step(m_stmt.get());
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  m_connection->fail(rc, "query");
}

void Statement::run()
{
  // A statement that failed is reset too: the caller may go on with the transaction (a row
  // a constraint refused) and bind it again.
  try {
    while (step()) {
    }
  } catch (...) {
    reset();
    throw;
  }
  reset();
}

void Statement::reset()
{
  sqlite3_reset(m_stmt.get());
}

void Statement::clear()
{
  sqlite3_reset(m_stmt.get());
  sqlite3_clear_bindings(m_stmt.get());
}

bool Statement::is_null(int index) const
{
  return sqlite3_column_type(m_stmt.get(), index) == SQLITE_NULL;
}

std::int64_t Statement::column_int64(int index) const
{
  return sqlite3_column_int64(m_stmt.get(), index);
}

double Statement::column_double(int index) const
{
  return sqlite3_column_double(m_stmt.get(), index);
}

std::string Statement::column_text(int index) const
{
  const auto* text = sqlite3_column_text(m_stmt.get(), index);
  if (!text) {
    return {};
  }
  return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), index))};
}

std::optional<std::string> Statement::column_optional_text(int index) const
{
  if (is_null(index)) {
    return std::nullopt;
  }
  return column_text(index);
}

std::optional<std::int64_t> Statement::column_optional_int64(int index) const
{
  if (is_null(index)) {
    return std::nullopt;
  }
  return column_int64(index);
}

bool Statement::column_equals(int index, const Value& value) const
{
  const int type = sqlite3_column_type(m_stmt.get(), index);
  if (std::holds_alternative<std::monostate>(value)) {
    return type == SQLITE_NULL;
  }
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    return type == SQLITE_INTEGER && sqlite3_column_int64(m_stmt.get(), index) == *i;
  }
  if (const auto* d = std::get_if<double>(&value)) {
    return type == SQLITE_FLOAT && sqlite3_column_double(m_stmt.get(), index) == *d;
  }
  const auto& text = std::get<std::string>(value);
  if (type != SQLITE_TEXT) {
    return false;
  }
  const auto* bytes = sqlite3_column_text(m_stmt.get(), index);
  const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), index));
  return size == text.size() && std::equal(text.begin(), text.end(), reinterpret_cast<const char*>(bytes));
}

Value Statement::column_value(int index) const
{
  switch (sqlite3_column_type(m_stmt.get(), index)) {
  case SQLITE_INTEGER:
    return column_int64(index);
  case SQLITE_FLOAT:
    return column_double(index);
  case SQLITE_NULL:
    return std::monostate{};
  default:
    return column_text(index);
  }
}

int Statement::column_count() const
{
  return sqlite3_column_count(m_stmt.get());
}

std::string Statement::column_name(int index) const
{
  return sqlite3_column_name(m_stmt.get(), index);
}

std::int64_t query_int64(Connection& connection, std::string_view sql)
{
  Statement statement(connection, sql);
  return statement.step() ? statement.column_int64(0) : 0;
}

} // namespace dongmao::db
