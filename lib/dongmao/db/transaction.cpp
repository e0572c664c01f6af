#include <dongmao/db/transaction.hpp>

#include <sqlite3.h>

#include <string>

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

namespace {

// The journal mode PRAGMA journal_mode = `mode` left the connection in, or "" when SQLite
// refused the switch (another connection holds the workspace).
std::string switch_journal(Connection& connection, const char* sql)
{
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(connection.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK) {
    return "";
  }
  std::string mode;
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    mode = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  return mode;
}

} // namespace

RollbackJournal::RollbackJournal(Connection& connection) : m_connection(connection)
{
  m_active = switch_journal(m_connection, "PRAGMA journal_mode = DELETE") == "delete";
}

RollbackJournal::~RollbackJournal()
{
  if (m_active) {
    // Never throws: a workspace left in rollback mode is put back in WAL by the next
    // connection that writes (Connection).
    switch_journal(m_connection, "PRAGMA journal_mode = WAL");
  }
}

} // namespace dongmao::db
