#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace dongmao::db {

// Bound and read values are the domain's typed values.
using domain::Value;

// A prepared statement; finalized on destruction. Parameters are 1-based, columns 0-based.
class Statement
{
public:
  // Prepares `sql` on `connection`, which must outlive the statement.
  Statement(Connection& connection, std::string_view sql);

  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;

  // Binds NULL.
  Statement& bind_null(int index);
  // Binds an integer.
  Statement& bind(int index, std::int64_t value);
  // Binds an int (avoids ambiguity with bool and double).
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  // Binds a real.
  Statement& bind(int index, double value);
  // Binds text; the text is copied.
  Statement& bind(int index, std::string_view value);
  // Binds text from a C string (not a bool).
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  // Binds text from a string.
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  // Binds a Value of any type.
  Statement& bind(int index, const Value& value);
  // Binds `value` without copying its text: it must stay unchanged until the statement has
  // been stepped and reset, and every such parameter bound again before the next step.
  Statement& bind_borrowed(int index, const Value& value);
  // Binds the value, or NULL when empty.
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value)
  {
    return value ? bind(index, *value) : bind_null(index);
  }

  // Advances to the next row: true while a row is available, false when done.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  // Resets for re-execution; bindings are kept.
  void reset();
  // Resets and clears all bindings.
  void clear();

  // Whether column `index` of the current row is NULL.
  bool is_null(int index) const;
  // Column as integer.
  std::int64_t column_int64(int index) const;
  // Column as real.
  double column_double(int index) const;
  // Column as text ("" for NULL).
  std::string column_text(int index) const;
  // Column as text, empty optional for NULL.
  std::optional<std::string> column_optional_text(int index) const;
  // Column as integer, empty optional for NULL.
  std::optional<std::int64_t> column_optional_int64(int index) const;
  // Whether column `index` holds exactly `value` (same type and content), without copying.
  bool column_equals(int index, const Value& value) const;
  // Column as a typed Value.
  Value column_value(int index) const;
  // Column count of the result.
  int column_count() const;
  // Column name.
  std::string column_name(int index) const;

private:
  struct Finalizer
  {
    void operator()(sqlite3_stmt* stmt) const noexcept;
  };

  Connection* m_connection;
  std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

// Runs `sql` (one statement, no parameters) and returns the first column of the first row.
std::int64_t query_int64(Connection& connection, std::string_view sql);

} // namespace dongmao::db
