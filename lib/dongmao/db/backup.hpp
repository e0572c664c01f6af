#pragma once

#include <dongmao/db/connection.hpp>

#include <chrono>
#include <filesystem>

namespace dongmao::db {

// Writes a consistent copy of `source` to `target` through SQLite's online backup API, while
// other connections read and write it; waits (up to `patience`) while it is busy, then throws
// Busy. `target` follows the rules of every output: a new or regular file, mode 0600, put in
// place only once complete; the copy is one self-contained file (no -wal).
void backup_to(Connection& source, const std::filesystem::path& target,
               std::chrono::milliseconds patience = std::chrono::milliseconds(5000));

// The schema version of the dongmao database in `file`, once it has been checked: InputMissing
// (66) when it does not exist, DataError (65) when it is not an SQLite database, fails
// integrity_check or is not a dongmao database, ConfigError (78) when a newer dongmao made it.
int check_backup(const std::filesystem::path& file);

// Replaces the whole content of `target` by that of the database in `file`, in one write
// transaction of `target`: readers see the old content or the new, never a mix, and a crash
// leaves the old. Busy (75) when another writer holds it longer than its busy timeout.
void restore_from(const std::filesystem::path& file, Connection& target,
                  std::chrono::milliseconds patience = std::chrono::milliseconds(5000));

} // namespace dongmao::db
