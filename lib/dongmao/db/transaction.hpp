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

} // namespace dongmao::db
