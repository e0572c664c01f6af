#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/db/statement.hpp>

#include <cstdint>
#include <optional>

namespace dongmao::db {

// A set of 64-bit keys, each with the row it was first seen on, in a private temporary
// database (SQLite deletes its file on close) with no journal and a 2 MiB page cache, so that
// memory stays bounded however many keys it holds.
// It lives with the engine rather than in the store because it is scratch space on a
// connection of its own, not data of the workspace: no table of the schema is involved.
class KeyTable
{
public:
  // Creates the temporary database and its table.
  KeyTable();

  // Records `key` for `row`; returns the earlier row when the key was recorded before.
  std::optional<std::uint32_t> insert(std::uint64_t key, std::uint32_t row);

private:
  Connection m_db;
  Statement m_find;
  Statement m_insert;
};

} // namespace dongmao::db
