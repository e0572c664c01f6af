#include <dongmao/db/key_table.hpp>
#include <dongmao/import/key_set.hpp>

#include <algorithm>
#include <bit>

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

} // namespace

KeySet::KeySet(std::size_t in_memory)
  : m_in_memory(std::max<std::size_t>(in_memory, 1)), m_max_slots(std::bit_ceil(m_in_memory + m_in_memory / 4 + 1))
{
}

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

void KeySet::clear()
{
  std::vector<std::uint64_t>().swap(m_hashes);
  std::vector<std::uint32_t>().swap(m_rows);
  m_size = 0;
  m_spill.reset();
}

std::optional<std::uint32_t> KeySet::insert(std::string_view key, std::uint32_t row)
{
  const bool full = m_size >= m_in_memory;
  if (!full && (m_size + 1) * 2 > m_hashes.size() && m_hashes.size() < m_max_slots) {
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
      m_spill = std::make_unique<db::KeyTable>();
    }
    return m_spill->insert(key, row);
  }
  m_hashes[slot] = h;
  m_rows[slot] = row;
  ++m_size;
  return std::nullopt;
}

} // namespace dongmao::import
