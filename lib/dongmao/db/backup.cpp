#include <dongmao/db/backup.hpp>
#include <dongmao/db/migrate.hpp>
#include <dongmao/db/statement.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/text/output.hpp>

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <thread>

namespace dongmao::db {

namespace fs = std::filesystem;

namespace {

// Copies every page of `from` into `to` in one step: one read transaction on `from` (a
// consistent snapshot even while others write) and one write transaction on `to`. A busy or
// locked database is retried every 50 ms until `patience` is spent.
void copy_pages(sqlite3* from, sqlite3* to, const Connection& blamed, std::chrono::milliseconds patience)
{
  const auto deadline = std::chrono::steady_clock::now() + patience;
  for (;;) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (backup == nullptr) {
      blamed.fail(sqlite3_errcode(to), blamed.path().string());
    }
    const int step = sqlite3_backup_step(backup, -1);
    const int rc = sqlite3_backup_finish(backup);
    if (step == SQLITE_DONE && rc == SQLITE_OK) {
      return;
    }
    const int failed = step == SQLITE_DONE ? rc : step;
    const int primary = failed & 0xff;
    if ((primary == SQLITE_BUSY || primary == SQLITE_LOCKED) && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      continue;
    }
    blamed.fail(failed, blamed.path().string());
  }
}

} // namespace

void backup_to(Connection& source, const fs::path& target, std::chrono::milliseconds patience)
{
  const auto& db = source.path();
  out::check_output_path(target, {db, fs::path(db.string() + "-wal"), fs::path(db.string() + "-shm")});
  out::AtomicFile file(target);
  {
    // A plain connection on the empty temporary file: rollback journal, not WAL, so that the
    // finished copy is one file.
    Connection copy(file.temp_path(), OpenMode::read_write_journal);
    copy_pages(source.handle(), copy.handle(), source, patience);
    copy.exec("PRAGMA journal_mode = DELETE");
  }
  file.commit();
}

int check_backup(const fs::path& file)
{
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    if (fs::exists(file, ec)) {
      throw DataError(text::format(text::k_backup_not_regular, file.string()));
    }
    throw InputMissing(text::format(text::k_backup_missing, file.string()));
  }
  // A live database's latest changes may sit in its -wal file, which an immutable open ignores.
  if (fs::exists(fs::path(file.string() + "-wal"), ec)) {
    throw DataError(text::format(text::k_backup_live, file.string()));
  }
  try {
    Connection backup(file, OpenMode::immutable);
    const auto version = query_int64(backup, "PRAGMA user_version");
    // The first problem is enough to refuse; the rest would not fit on one line.
    const auto check = [&] {
      Statement s(backup, "PRAGMA integrity_check(1)");
      auto text = s.step() ? s.column_text(0) : std::string();
      std::replace(text.begin(), text.end(), '\n', ' ');
      return text;
    }();
    if (check != "ok") {
      throw DataError(text::format(text::k_backup_corrupt, file.string(), check));
    }
    const auto tables = query_int64(backup, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                            "AND name IN ('household', 'project', 'petition', 'import_run')");
    if (version < 1 || tables != 4) {
      throw DataError(text::format(text::k_backup_not_dongmao, file.string()));
    }
    check_version(backup);
    return static_cast<int>(version);
  } catch (const SqliteError& error) {
    if (error.status() == ExitStatus::temp_failure) {
      throw;
    }
    throw DataError(text::format(text::k_backup_unusable, file.string(), error.what()));
  }
}

void restore_from(const fs::path& file, Connection& target, std::chrono::milliseconds patience)
{
  Connection backup(file, OpenMode::immutable);
  copy_pages(backup.handle(), target.handle(), target, patience);
}

} // namespace dongmao::db
