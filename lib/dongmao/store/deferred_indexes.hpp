#pragma once

#include <dongmao/db/connection.hpp>

#include <string>
#include <vector>

namespace dongmao::store {

// The secondary indexes of one table, dropped for a load into it while it is empty and built
// again, each from its own CREATE INDEX text, once the rows are in: SQLite sorts a whole
// column at once far faster than it places a million keys one by one. Both happen inside the
// caller's transaction, so a reader sees the table as it was, indexes and all, until the
// commit, and a rollback brings the indexes back with the table. The UNIQUE and PRIMARY KEY
// indexes stay: they are the table's own rules.
class DeferredIndexes
{
public:
  // Drops the indexes of `table` that a CREATE INDEX statement made; `table` is a name from
  // the program, never from user text.
  DeferredIndexes(db::Connection& db, const std::string& table);

  // Builds the dropped indexes again; once.
  void rebuild();

private:
  db::Connection& m_db;
  std::vector<std::string> m_definitions; // CREATE INDEX …, as sqlite_master keeps them
};

} // namespace dongmao::store
