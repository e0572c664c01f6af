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

ReadTransaction::ReadTransaction(Connection& connection) : m_connection(connection)
{
  // BEGIN is deferred: the snapshot is taken by the first read and held until the end.
  m_connection.exec("BEGIN");
}

ReadTransaction::~ReadTransaction()
{
  sqlite3_exec(m_connection.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace dongmao::db
