#include <dongmao/db/migrate.hpp>
#include <dongmao/db/statement.hpp>
#include <dongmao/db/transaction.hpp>
#include <dongmao/embedded.hpp>
#include <dongmao/text/output.hpp>

#include <fmt/format.h>

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
  for (;;) {
    Transaction transaction(connection);
    // Read the version inside the transaction: another process may have migrated meanwhile.
    const auto version = query_int64(connection, "PRAGMA user_version");
    if (version >= schema_version()) {
      return;
    }
    connection.exec(files[static_cast<std::size_t>(version)].text);
    connection.exec(fmt::format("PRAGMA user_version = {}", version + 1));
    transaction.commit();
  }
}

} // namespace dongmao::db
