#include <dongmao/db/key_table.hpp>

namespace dongmao::db {

namespace {

// `db` with the table of keys.
Connection& with_seen_table(Connection& db)
{
  db.exec("PRAGMA journal_mode = OFF; PRAGMA cache_size = -2048; "
          "CREATE TABLE seen (hash INTEGER PRIMARY KEY, row INTEGER NOT NULL)");
  return db;
}

} // namespace

KeyTable::KeyTable()
  : m_db("", OpenMode::create),
    m_find(with_seen_table(m_db), "SELECT row FROM seen WHERE hash = ?"),
    m_insert(m_db, "INSERT INTO seen (hash, row) VALUES (?, ?)")
{
}

std::optional<std::uint32_t> KeyTable::insert(std::uint64_t key, std::uint32_t row)
{
  // SQLite integers are signed: the key's bits are stored as they are.
  const auto stored = static_cast<std::int64_t>(key);
  m_find.reset();
  m_find.bind(1, stored);
  if (m_find.step()) {
    const auto earlier = static_cast<std::uint32_t>(m_find.column_int64(0));
    m_find.reset();
    return earlier;
  }
  m_find.reset();
  m_insert.bind(1, stored).bind(2, static_cast<std::int64_t>(row)).run();
  return std::nullopt;
}

} // namespace dongmao::db
