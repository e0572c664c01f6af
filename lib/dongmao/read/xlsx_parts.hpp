#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dongmao::read {

class ZipArchive;
struct Limits;

// The shared string table, kept as one buffer plus end offsets: a ledger with a million
// distinct strings costs their bytes and 4 bytes each, not a std::string each. The buffer
// stays under 4 GiB: the reader refuses a table beyond Limits::max_shared_string_bytes.
class SharedStrings
{
public:
  // Number of strings.
  std::size_t size() const { return m_ends.size(); }

  // Bytes of text held.
  std::size_t bytes() const { return m_buffer.size(); }

  // The string at `index` (< size()).
  std::string_view at(std::size_t index) const
  {
    const std::size_t begin = index == 0 ? 0 : std::size_t{m_ends[index - 1]};
    return std::string_view(m_buffer).substr(begin, m_ends[index] - begin);
  }

  // Appends a string.
  void add(std::string_view text)
  {
    m_buffer.append(text);
    m_ends.push_back(static_cast<std::uint32_t>(m_buffer.size()));
  }

private:
  std::string m_buffer;
  std::vector<std::uint32_t> m_ends;
};

// Which cell formats (cellXfs entries, the `s` attribute of a cell) display dates or percentages.
class StyleTable
{
public:
  // Whether style index `xf` has a date or time number format.
  bool is_date(std::size_t xf) const { return xf < m_kind.size() && m_kind[xf] == k_date; }

  // Whether style index `xf` shows its number as a percentage (0.71 as 71%).
  bool is_percent(std::size_t xf) const { return xf < m_kind.size() && m_kind[xf] == k_percent; }

  // Appends the next cellXfs entry.
  void add(bool date, bool percent = false) { m_kind.push_back(date ? k_date : percent ? k_percent : 0); }

private:
  static constexpr std::uint8_t k_date = 1;
  static constexpr std::uint8_t k_percent = 2;
  std::vector<std::uint8_t> m_kind;
};

// Reads the shared strings part: rich-text runs are concatenated, phonetic runs (<rPh>)
// left out, "_xHHHH_" escapes decoded. A string longer than the cell limit, or a table
// beyond the count or bytes of `limits`, is a DataError.
SharedStrings load_shared_strings(ZipArchive& archive, const std::string& path, const Limits& limits);

// Reads the styles part: cellXfs number formats, custom codes classified as date or not.
// More formats than `limits` allow is a DataError.
StyleTable load_styles(ZipArchive& archive, const std::string& path, const Limits& limits);

} // namespace dongmao::read
