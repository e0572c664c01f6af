#include <dongmao/db/key_table.hpp>

namespace dongmao::db {

namespace {

// `db` with the table of keys, inside the transaction every insert joins: a commit per key
// would write the changed pages out each time.
Connection& with_seen_table(Connection& db)
{
  db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; "
          "PRAGMA cache_size = -2048; "
          "CREATE TABLE seen (key BLOB PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID; BEGIN");
  return db;
}

} // namespace

KeyTable::KeyTable()
  : m_db("", OpenMode::create),
    m_insert(with_seen_table(m_db), "INSERT INTO seen (key, row) VALUES (?, ?) ON CONFLICT DO NOTHING"),
    m_find(m_db, "SELECT row FROM seen WHERE key = ?")
{
}

std::optional<std::uint32_t> KeyTable::insert(std::string_view key, std::uint32_t row)
{
  // One statement for the usual new key; the lookup only for a repeated one.
  m_insert.bind(1, key).bind(2, static_cast<std::int64_t>(row)).run();
  if (m_db.changes() > 0) {
    return std::nullopt;
  }
  m_find.reset();
  m_find.bind(1, key);
  std::optional<std::uint32_t> earlier;
  if (m_find.step()) {
    earlier = static_cast<std::uint32_t>(m_find.column_int64(0));
  }
  m_find.reset();
  return earlier;
}

} // namespace dongmao::db
