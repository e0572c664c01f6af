#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace dongmao::import {

// The natural keys seen so far in one file, as 64-bit hashes with the row that had each:
// 12 bytes a key, so a million-row ledger costs ~24 MB rather than a map of strings.
class KeySet
{
public:
  // Records `key` for `row`; returns the earlier row when the key was seen before.
  std::optional<std::uint32_t> insert(std::string_view key, std::uint32_t row);

private:
  void grow();

  std::vector<std::uint64_t> m_hashes; // 0 = empty slot
  std::vector<std::uint32_t> m_rows;
  std::size_t m_size = 0;
};

} // namespace dongmao::import
