#include <dongmao/read/biff_check.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>

namespace dongmao::read {

namespace {

constexpr std::size_t k_max_record_bytes = 8224; // libfreexl's record buffer, the BIFF8 limit
constexpr std::uint16_t k_record_bof = 0x0809;
constexpr std::uint16_t k_record_boundsheet = 0x0085;
constexpr std::uint16_t k_record_format = 0x041E;
constexpr std::uint16_t k_record_label = 0x0204;
constexpr std::uint16_t k_bof_biff5 = 0x0500;

std::size_t record_byte(std::string_view bytes, std::size_t at)
{
  return at < bytes.size() ? static_cast<unsigned char>(bytes[at]) : 0;
}

std::size_t record_le16(std::string_view bytes, std::size_t at)
{
  return record_byte(bytes, at) | (record_byte(bytes, at + 1) << 8);
}

// Where a BIFF8 string's characters start after its option byte at `at`, and how many bytes
// `characters` of them take: rich text and phonetic fields come first, wide characters take two.
std::size_t biff8_string_end(std::string_view data, std::size_t at, std::size_t characters)
{
  const std::size_t options = record_byte(data, at);
  std::size_t start = at + 1;
  start += (options & 0x08) != 0 ? 2 : 0;
  start += (options & 0x04) != 0 ? 4 : 0;
  return start + characters * ((options & 0x01) != 0 ? 2 : 1);
}

// The end of the string a record holds, past which libfreexl would read; 0 for records it
// does not take strings from.
std::size_t string_end(std::uint16_t type, std::string_view data, bool biff5)
{
  switch (type) {
  case k_record_boundsheet:
    return biff5 ? 7 + record_byte(data, 6) : 8 + record_byte(data, 6) * (record_byte(data, 7) != 0 ? 2 : 1);
  case k_record_format:
    return biff5 ? 3 + record_byte(data, 2) : biff8_string_end(data, 4, record_le16(data, 2));
  case k_record_label:
    return biff5 ? 8 + record_le16(data, 6) : biff8_string_end(data, 8, record_le16(data, 6));
  default:
    return 0;
  }
}

std::string_view record_name(std::uint16_t type)
{
  return type == k_record_boundsheet ? "BOUNDSHEET" : type == k_record_format ? "FORMAT" : "LABEL";
}

} // namespace

std::string check_biff(std::string_view stream)
{
  bool biff5 = false;
  for (std::size_t at = 0; at + 4 <= stream.size();) {
    const auto type = static_cast<std::uint16_t>(record_le16(stream, at));
    const std::size_t size = record_le16(stream, at + 2);
    if (size > k_max_record_bytes) {
      return text::format(text::k_biff_record_too_long, at, size, k_max_record_bytes);
    }
    if (at + 4 + size > stream.size()) {
      break;
    }
    const std::string_view data = stream.substr(at + 4, size);
    if (type == k_record_bof) {
      biff5 = record_le16(data, 0) == k_bof_biff5;
    }
    if (const std::size_t end = string_end(type, data, biff5); end > size) {
      return text::format(text::k_biff_text_too_long, at, record_name(type), end, size);
    }
    at += 4 + size;
  }
  return {};
}

} // namespace dongmao::read
