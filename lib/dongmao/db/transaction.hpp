#pragma once

#include <dongmao/db/connection.hpp>

namespace dongmao::db {

// A write transaction, begun IMMEDIATE so a busy workspace is detected before any work;
// rolled back on destruction unless commit() was called.
class Transaction
{
public:
  // Begins the transaction.
  explicit Transaction(Connection& connection);
  ~Transaction();

  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // Commits; afterwards the destructor does nothing.
  void commit();

private:
  Connection& m_connection;
  bool m_done = false;
};

// A read transaction: every query made while it lives sees one committed state of the
// workspace, even while another process commits. Ended on destruction.
class ReadTransaction
{
public:
  explicit ReadTransaction(Connection& connection);
  ~ReadTransaction();

  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
  Connection& m_connection;
};

// A rollback journal instead of the write-ahead log, for one bulk load: each page is written
// once, to the database, where WAL writes it to the log and then copies it in. Readers wait
// for the load to end instead of reading alongside it. Switched before the load's transaction
// begins; WAL again on destruction. Another connection holding the workspace open keeps it in
// WAL: the load then runs as any other.
class RollbackJournal
{
public:
  explicit RollbackJournal(Connection& connection);
  ~RollbackJournal();

  RollbackJournal(const RollbackJournal&) = delete;
  RollbackJournal& operator=(const RollbackJournal&) = delete;

  // Whether the switch was made.
  bool active() const noexcept { return m_active; }

private:
  Connection& m_connection;
  bool m_active = false;
};

} // namespace dongmao::db
