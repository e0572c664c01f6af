#include <dongmao/db/connection.hpp>
#include <dongmao/text/output.hpp>
#include <dongmao/text/workspace.hpp>

#include <fmt/format.h>
#include <sqlite3.h>

#include <cctype>

namespace dongmao::db {

namespace {

ExitStatus status_for(int rc)
{
  switch (rc & 0xff) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return ExitStatus::temp_failure;
  case SQLITE_CANTOPEN:
  case SQLITE_READONLY:
  case SQLITE_PERM:
    return ExitStatus::cant_create;
  case SQLITE_NOTADB:
  case SQLITE_CORRUPT:
    return ExitStatus::data_error;
  case SQLITE_FULL:
  case SQLITE_IOERR:
    return ExitStatus::io_error;
  default:
    return ExitStatus::failure;
  }
}

// Process-wide SQLite settings, applied once before the first connection: no memory
// statistics (they take a global mutex on every allocation).
void configure_sqlite_once()
{
  static const bool k_configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)k_configured;
}

// `path` as an SQLite URI with `query`: every byte outside the unreserved set is %-escaped, so
// names with ?, # or % (or Chinese) reach the file system unchanged.
std::string file_uri(const std::filesystem::path& path, const char* query)
{
  std::string uri = "file:";
  for (const char c : path.string()) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      uri += c;
    } else {
      uri += fmt::format("%{:02X}", byte);
    }
  }
  return uri + "?" + query;
}

} // namespace

SqliteError::SqliteError(ExitStatus status, int code, int extended_code, const std::string& message)
  : Error(status, message), m_code(code), m_extended_code(extended_code)
{
}

bool SqliteError::unique_violation() const noexcept
{
  return m_extended_code == SQLITE_CONSTRAINT_UNIQUE;
}

void Connection::Closer::operator()(sqlite3* db) const noexcept
{
  sqlite3_close_v2(db);
}

Connection::Connection(const std::filesystem::path& path, OpenMode mode, std::chrono::milliseconds busy_timeout)
  : m_path(path)
{
  configure_sqlite_once();
  int flags = SQLITE_OPEN_NOMUTEX;
  std::string name = path.string();
  switch (mode) {
  case OpenMode::read_only:
    flags |= SQLITE_OPEN_READONLY;
    break;
  case OpenMode::immutable:
    flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    name = file_uri(path, "immutable=1");
    break;
  case OpenMode::read_write:
  case OpenMode::read_write_journal:
    flags |= SQLITE_OPEN_READWRITE;
    break;
  case OpenMode::create:
    flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    break;
  }
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
  // Store the handle before checking: it must be closed even when the open failed.
  m_db.reset(raw);
  if (rc != SQLITE_OK) {
    fail(rc, text::format(text::k_cannot_open_database, path.string()));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, static_cast<int>(busy_timeout.count()));
  exec("PRAGMA foreign_keys = ON");
  if (mode == OpenMode::read_write || mode == OpenMode::create) {
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    // 16 MiB of page cache: a million-row import ran no faster with 32 MiB (or slower with
    // 8 MiB), and the rest of its memory budget goes to the import's duplicate-key table.
    exec("PRAGMA cache_size = -16384");
  }
}

void Connection::exec(std::string_view sql)
{
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);
  if (rc != SQLITE_OK) {
    fail(rc, m_path.string());
  }
}

std::int64_t Connection::last_insert_rowid() const
{
  return sqlite3_last_insert_rowid(m_db.get());
}

int Connection::changes() const
{
  return sqlite3_changes(m_db.get());
}

void Connection::fail(int rc, std::string_view context) const
{
  const int extended = m_db ? sqlite3_extended_errcode(m_db.get()) : rc;
  const char* message = m_db ? sqlite3_errmsg(m_db.get()) : sqlite3_errstr(rc);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
    throw SqliteError(ExitStatus::temp_failure, rc & 0xff, extended,
                      text::format(text::k_workspace_busy, m_path.parent_path().string()));
  }
  if ((rc & 0xff) == SQLITE_FULL) {
    throw SqliteError(ExitStatus::io_error, rc & 0xff, extended, text::format(text::k_disk_full, m_path.string()));
  }
  if ((rc & 0xff) == SQLITE_IOERR) {
    throw SqliteError(ExitStatus::io_error, rc & 0xff, extended,
                      text::format(text::k_io_error, m_path.string(), message));
  }
  throw SqliteError(status_for(rc), rc & 0xff, extended, fmt::format("{}: {}", context, message));
}

} // namespace dongmao::db
