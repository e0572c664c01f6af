#include <dongmao/import/key_set.hpp>

#include <dongmao/db/connection.hpp>
#include <dongmao/db/statement.hpp>

#include <algorithm>

namespace dongmao::import {

namespace {

// FNV-1a with a final mix; never 0, which marks an empty slot.
std::uint64_t hash_key(std::string_view key)
{
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h == 0 ? 1 : h;
}

// `db` with the table of spilled keys.
db::Connection& with_seen_table(db::Connection& db)
{
  db.exec("PRAGMA journal_mode = OFF; PRAGMA cache_size = -2048; "
          "CREATE TABLE seen (hash INTEGER PRIMARY KEY, row INTEGER NOT NULL)");
  return db;
}

} // namespace

// The keys beyond the in-memory table: a private temporary database (SQLite deletes its
// file on close), with no journal and a 2 MiB page cache.
class KeySet::Spill
{
public:
  Spill()
    : m_db("", db::OpenMode::create),
      m_find(with_seen_table(m_db), "SELECT row FROM seen WHERE hash = ?"),
      m_insert(m_db, "INSERT INTO seen (hash, row) VALUES (?, ?)")
  {
  }

  std::optional<std::uint32_t> insert(std::uint64_t hash, std::uint32_t row)
  {
    const auto key = static_cast<std::int64_t>(hash);
    m_find.reset();
    m_find.bind(1, key);
    if (m_find.step()) {
      const auto earlier = static_cast<std::uint32_t>(m_find.column_int64(0));
      m_find.reset();
      return earlier;
    }
    m_find.reset();
    m_insert.bind(1, key).bind(2, static_cast<std::int64_t>(row)).run();
    return std::nullopt;
  }

private:
  db::Connection m_db;
  db::Statement m_find;
  db::Statement m_insert;
};

KeySet::KeySet(std::size_t in_memory) : m_in_memory(std::max<std::size_t>(in_memory, 1)) {}

KeySet::~KeySet() = default;

void KeySet::grow()
{
  std::vector<std::uint64_t> hashes(m_hashes.empty() ? 1024 : m_hashes.size() * 2, 0);
  std::vector<std::uint32_t> rows(hashes.size(), 0);
  const std::size_t mask = hashes.size() - 1;
  for (std::size_t i = 0; i < m_hashes.size(); ++i) {
    if (m_hashes[i] != 0) {
      std::size_t slot = m_hashes[i] & mask;
      while (hashes[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = m_hashes[i];
      rows[slot] = m_rows[i];
    }
  }
  m_hashes.swap(hashes);
  m_rows.swap(rows);
}

std::optional<std::uint32_t> KeySet::insert(std::string_view key, std::uint32_t row)
{
  const bool full = m_size >= m_in_memory;
  if (!full && (m_size + 1) * 2 > m_hashes.size()) {
    grow();
  }
  const std::uint64_t h = hash_key(key);
  const std::size_t mask = m_hashes.size() - 1;
  std::size_t slot = h & mask;
  while (m_hashes[slot] != 0) {
    if (m_hashes[slot] == h) {
      return m_rows[slot];
    }
    slot = (slot + 1) & mask;
  }
  if (full) {
    if (!m_spill) {
      m_spill = std::make_unique<Spill>();
    }
    return m_spill->insert(h, row);
  }
  m_hashes[slot] = h;
  m_rows[slot] = row;
  ++m_size;
  return std::nullopt;
}

} // namespace dongmao::import
