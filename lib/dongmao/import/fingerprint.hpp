#pragma once

#include <dongmao/read/cell.hpp>
#include <dongmao/store/household_fingerprint.hpp>

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// A re-import's shortcut past the rows it wrote before: each written row's fingerprint is kept
// with what it wrote; a later row with the same fingerprint, over something still as that row
// left it, has nothing to change and is neither normalised nor looked up again.
namespace dongmao::import {

// The fingerprint of a ledger row: its cells as read (type, text and number), under a seed
// that stands for everything they were read under (fingerprint_seed).
class RowFingerprint
{
public:
  explicit RowFingerprint(std::uint64_t seed) : m_seed(seed) {}

  // `row` as a sheet named after community `community` ("" when the rows name their own).
  std::uint64_t of(const read::Row& row, std::string_view community);

private:
  std::uint64_t m_seed;
  std::string m_buffer; // reused row after row
};

// A seed from `parts`: the program's version, the entity, the columns as the header bound
// them, the options and settings that change how a cell is read. Any of them changing gives
// every row a new fingerprint, so that the next import reads each row in full.
std::uint64_t fingerprint_seed(const std::vector<std::string>& parts);

// Walks the fingerprints the last import left (in the order it wrote them) alongside the rows
// of the file: a ledger re-imported keeps most rows in their order, with some changed, added,
// moved or removed. A row matches any fingerprint up to `k_window` places ahead of the
// furthest one matched so far, or behind it, not yet matched; finds the household a row left
// as it is.
class UnchangedRows
{
public:
  static constexpr std::uint64_t k_window = 4096;

  explicit UnchangedRows(std::unique_ptr<store::HouseholdFingerprints> stored);

  // The household whose stored fingerprint is `fingerprint`, if one is within the window.
  std::optional<std::int64_t> match(std::uint64_t fingerprint);

private:
  struct Entry
  {
    std::int64_t id = 0;
    std::uint64_t fingerprint = 0;
    bool matched = false;
  };

  // Drops what fell behind the window, and reads ahead to its end.
  void slide();

  std::unique_ptr<store::HouseholdFingerprints> m_stored;
  std::deque<Entry> m_window;                                // in stored order, from m_front on
  std::unordered_map<std::uint64_t, std::uint64_t> m_places; // fingerprint → place, not yet matched
  std::uint64_t m_front = 0;                                 // the place of m_window.front()
  std::uint64_t m_furthest = 0;                              // the furthest place matched so far
  std::uint64_t m_misses = 0;                                // rows in a row that matched nothing
};

} // namespace dongmao::import
