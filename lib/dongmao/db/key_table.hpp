#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/db/statement.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace dongmao::db {

// A set of keys, each with the row it was first seen on, in a private temporary database
// (SQLite deletes its file on close) with no journal, one transaction that is never committed
// and a 2 MiB page cache, so that memory stays bounded however many keys it holds.
// The keys are stored as they are, not hashed: a ledger is mostly in key order, and a B-tree
// fed keys in order only ever appends to its last page, so the cost per key stays flat as the
// table grows (hashes would land on a random page each, and past the cache on a read from disk).
// It lives with the engine rather than in the store because it is scratch space on a
// connection of its own, not data of the workspace: no table of the schema is involved.
class KeyTable
{
public:
  // Creates the temporary database and its table.
  KeyTable();

  // Records `key` for `row`; returns the earlier row when the key was recorded before.
  std::optional<std::uint32_t> insert(std::string_view key, std::uint32_t row);

private:
  Connection m_db;
  Statement m_insert;
  Statement m_find;
};

} // namespace dongmao::db
