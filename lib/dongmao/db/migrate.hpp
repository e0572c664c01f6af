#pragma once

#include <dongmao/db/connection.hpp>

namespace dongmao::db {

// The schema version this build creates and understands: the number of embedded migrations.
int schema_version();

// Applies every embedded migration newer than the database's `PRAGMA user_version`, each in
// its own transaction. Throws ConfigError when the database was made by a newer dongmao.
void migrate(Connection& connection);

// Throws ConfigError when the database is newer than this build, without changing it; used
// for read-only opens.
void check_version(Connection& connection);

} // namespace dongmao::db
