#pragma once

#include <dongmao/error.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace dongmao::db {

// An SQLite failure: keeps the primary and extended result codes and sqlite3_errmsg.
class SqliteError : public Error
{
public:
  SqliteError(ExitStatus status, int code, int extended_code, const std::string& message);

  // The primary result code (SQLITE_BUSY, SQLITE_CONSTRAINT, …).
  int code() const noexcept { return m_code; }

  // The extended result code (SQLITE_CONSTRAINT_UNIQUE, …).
  int extended_code() const noexcept { return m_extended_code; }

  // Whether a UNIQUE constraint refused the write.
  bool unique_violation() const noexcept;

private:
  int m_code;
  int m_extended_code;
};

// How a database file is opened.
enum class OpenMode
{
  read_only,
  immutable, // read-only medium: no locks and no -wal/-shm files (SQLite's immutable=1)
  read_write,
  create,             // read-write, creating the file if missing
  read_write_journal, // read-write with a rollback journal, not WAL: a file that must stay one file (a backup)
};

// Owns one sqlite3 connection; closes it on destruction.
class Connection
{
public:
  // Opens `path`; configures foreign keys, the busy timeout and (for writers) WAL mode.
  Connection(const std::filesystem::path& path, OpenMode mode,
             std::chrono::milliseconds busy_timeout = std::chrono::milliseconds(5000));

  // Runs one or more statements that take no parameters (migrations, pragmas).
  void exec(std::string_view sql);

  // The rowid of the last successful INSERT on this connection.
  std::int64_t last_insert_rowid() const;

  // Rows changed by the last INSERT/UPDATE/DELETE.
  int changes() const;

  // The raw handle, for Statement.
  sqlite3* handle() const noexcept { return m_db.get(); }

  // The file this connection was opened on.
  const std::filesystem::path& path() const noexcept { return m_path; }

  // Throws the SqliteError matching `rc` with this connection's message and `context`.
  [[noreturn]] void fail(int rc, std::string_view context) const;

private:
  struct Closer
  {
    void operator()(sqlite3* db) const noexcept;
  };

  std::filesystem::path m_path;
  std::unique_ptr<sqlite3, Closer> m_db;
};

} // namespace dongmao::db
