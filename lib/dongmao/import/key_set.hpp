#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace dongmao::db {
class KeyTable;
}

namespace dongmao::import {

// The natural keys seen so far in one file, each with the row that had it.
// The first `in_memory` keys live in an open-addressing table of 64-bit hashes, which
// doubles while it is at most half full until it would pass the size that holds them at most
// four fifths full (15 bytes a key, 22.5 while its last doubling copies it); the rest go, as they are, to a temporary
// database on disk with a small page cache (db::KeyTable), so that memory stays bounded whatever the size of the file
// and the time per key stays flat for a ledger in key order.
class KeySet
{
public:
  // Four fifths of 2^20 slots: 12 MiB of table, 19 while it last grows.
  static constexpr std::size_t k_default_in_memory = (std::size_t{1} << 20) / 5 * 4;

  explicit KeySet(std::size_t in_memory = k_default_in_memory);
  ~KeySet();
  KeySet(const KeySet&) = delete;
  KeySet& operator=(const KeySet&) = delete;

  // Records `key` for `row`; returns the earlier row when the key was seen before.
  std::optional<std::uint32_t> insert(std::string_view key, std::uint32_t row);

  // Forgets every key and frees what held them.
  void clear();

private:
  void grow();

  std::size_t m_in_memory;
  std::size_t m_max_slots;             // the table's size once it holds `m_in_memory` keys
  std::vector<std::uint64_t> m_hashes; // 0 = empty slot
  std::vector<std::uint32_t> m_rows;
  std::size_t m_size = 0;
  std::unique_ptr<db::KeyTable> m_spill; // once the table holds `m_in_memory` keys
};

} // namespace dongmao::import
