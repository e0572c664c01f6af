#include <dongmao/db/migrate.hpp>
#include <dongmao/db/statement.hpp>
#include <dongmao/db/transaction.hpp>
#include <dongmao/embedded.hpp>
#include <dongmao/text/output.hpp>

#include <fmt/format.h>
#include <sqlite3.h>

namespace dongmao::db {

int schema_version()
{
  return static_cast<int>(embedded_migrations::files().size());
}

void check_version(Connection& connection)
{
  const auto version = query_int64(connection, "PRAGMA user_version");
  if (version > schema_version()) {
    throw ConfigError(text::format(text::k_newer_workspace, connection.path().string(), version, schema_version()));
  }
}

void migrate(Connection& connection)
{
  check_version(connection);
  if (query_int64(connection, "PRAGMA user_version") == schema_version()) {
    return; // the common case takes no write lock
  }
  const auto& files = embedded_migrations::files();
  // A migration may rebuild a table (SQLite's way to change a CHECK): dropping the old one must
  // not cascade to the rows that refer to it. The pragma is a no-op inside a transaction.
  connection.exec("PRAGMA foreign_keys = OFF");
  struct ForeignKeysBackOn
  {
    Connection& connection;
    ~ForeignKeysBackOn() { sqlite3_exec(connection.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr); }
  } back_on{connection};
  for (;;) {
    Transaction transaction(connection);
    // Read the version inside the transaction: another process may have migrated meanwhile.
    const auto version = query_int64(connection, "PRAGMA user_version");
    if (version >= schema_version()) {
      return;
    }
    connection.exec(files[static_cast<std::size_t>(version)].text);
    if (query_int64(connection, "SELECT count(*) FROM pragma_foreign_key_check") != 0) {
      throw ConfigError(fmt::format("{}: migration {} leaves rows referring to rows that do not exist",
                                    connection.path().string(), version + 1));
    }
    connection.exec(fmt::format("PRAGMA user_version = {}", version + 1));
    transaction.commit();
  }
}

} // namespace dongmao::db
