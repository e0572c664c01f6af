#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dongmao::read {

class ZipArchive;

// The shared string table, kept as one buffer plus end offsets: a ledger with a million
// distinct strings costs their bytes and 8 bytes each, not a std::string each.
class SharedStrings
{
public:
  // Number of strings.
  std::size_t size() const { return m_ends.size(); }

  // The string at `index` (< size()).
  std::string_view at(std::size_t index) const
  {
    const std::size_t begin = index == 0 ? 0 : m_ends[index - 1];
    return std::string_view(m_buffer).substr(begin, m_ends[index] - begin);
  }

  // Appends a string.
  void add(std::string_view text)
  {
    m_buffer.append(text);
    m_ends.push_back(m_buffer.size());
  }

private:
  std::string m_buffer;
  std::vector<std::size_t> m_ends;
};

// Which cell formats (cellXfs entries, the `s` attribute of a cell) display dates.
class StyleTable
{
public:
  // Whether style index `xf` has a date or time number format.
  bool is_date(std::size_t xf) const { return xf < m_date.size() && m_date[xf] != 0; }

  // Appends the next cellXfs entry.
  void add(bool date) { m_date.push_back(date ? 1 : 0); }

private:
  std::vector<std::uint8_t> m_date;
};

// Reads the shared strings part: rich-text runs are concatenated, phonetic runs (<rPh>)
// left out, "_xHHHH_" escapes decoded. Strings longer than `max_bytes` are a DataError.
SharedStrings load_shared_strings(ZipArchive& archive, const std::string& path, std::size_t max_bytes);

// Reads the styles part: cellXfs number formats, custom codes classified as date or not.
StyleTable load_styles(ZipArchive& archive, const std::string& path);

} // namespace dongmao::read
