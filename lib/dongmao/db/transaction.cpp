#include <dongmao/db/transaction.hpp>

#include <sqlite3.h>

namespace dongmao::db {

Transaction::Transaction(Connection& connection) : m_connection(connection)
{
  m_connection.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
  if (!m_done) {
    // Never throws: a failed rollback leaves SQLite to roll back when the connection closes.
    sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

void Transaction::commit()
{
  m_connection.exec("COMMIT");
  m_done = true;
}

} // namespace dongmao::db
