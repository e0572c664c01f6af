#include <dongmao/import/fingerprint.hpp>

#include <algorithm>

#include <xxhash.h>

namespace dongmao::import {

namespace {

void append_bytes(std::string& out, const void* data, std::size_t size)
{
  out.append(static_cast<const char*>(data), size);
}

} // namespace

std::uint64_t RowFingerprint::of(const read::Row& row, std::string_view community)
{
  // Trailing empty cells are dropped: a reader may or may not give them.
  std::size_t end = row.cells.size();
  while (end > 0 && row.cells[end - 1].type == read::CellType::empty) {
    --end;
  }
  m_buffer.clear();
  m_buffer.append(community);
  m_buffer.push_back('\0');
  for (std::size_t c = 0; c < end; ++c) {
    const auto& cell = row.cells[c];
    const auto type = static_cast<char>(cell.type);
    const auto size = static_cast<std::uint32_t>(cell.text.size());
    m_buffer.push_back(type);
    append_bytes(m_buffer, &size, sizeof size);
    m_buffer.append(cell.text);
    if (cell.type == read::CellType::number || cell.type == read::CellType::date) {
      append_bytes(m_buffer, &cell.number, sizeof cell.number);
    }
  }
  return XXH3_64bits_withSeed(m_buffer.data(), m_buffer.size(), m_seed);
}

std::uint64_t fingerprint_seed(const std::vector<std::string>& parts)
{
  std::string all;
  for (const auto& part : parts) {
    const auto size = static_cast<std::uint64_t>(part.size());
    append_bytes(all, &size, sizeof size);
    all += part;
  }
  return XXH3_64bits(all.data(), all.size());
}

UnchangedRows::UnchangedRows(std::unique_ptr<store::HouseholdFingerprints> stored) : m_stored(std::move(stored))
{
  slide();
}

void UnchangedRows::slide()
{
  while (!m_window.empty() && (m_window.front().matched || m_front + k_window < m_furthest)) {
    if (!m_window.front().matched) {
      m_places.erase(m_window.front().fingerprint);
    }
    m_window.pop_front();
    ++m_front;
  }
  while (m_stored && m_front + m_window.size() <= m_furthest + k_window) {
    const auto next = m_stored->next();
    if (!next) {
      m_stored.reset();
      break;
    }
    // Two households of one fingerprint (a collision of 64-bit hashes): the first is kept.
    m_places.try_emplace(next->fingerprint, m_front + m_window.size());
    m_window.push_back(Entry{next->id, next->fingerprint, false});
  }
}

std::optional<std::int64_t> UnchangedRows::match(std::uint64_t fingerprint)
{
  const auto found = m_places.find(fingerprint);
  if (found == m_places.end()) {
    // A window's worth of rows matching nothing: the ledger dropped a block of rows. Move on
    // by half a window, so that a later stretch can match again.
    if (++m_misses >= k_window) {
      m_furthest += k_window / 2;
      m_misses = 0;
      slide();
    }
    return std::nullopt;
  }
  const auto place = found->second;
  m_places.erase(found);
  auto& entry = m_window[place - m_front];
  entry.matched = true;
  const auto id = entry.id;
  m_furthest = std::max(m_furthest, place);
  m_misses = 0;
  slide();
  return id;
}

} // namespace dongmao::import
