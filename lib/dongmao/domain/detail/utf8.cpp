#include <dongmao/domain/detail/utf8.hpp>

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace dongmao::domain::detail {

namespace {

// Where invalid bytes are parked; see CodePoint.
constexpr char32_t k_escape_base = 0xDC00;

} // namespace

CodePoint decode_at(std::string_view text, std::size_t pos)
{
  if (pos >= text.size()) {
    return {};
  }
  utf8proc_int32_t value = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
  const auto length = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &value);
  if (length <= 0) {
    return {k_escape_base + static_cast<unsigned char>(text[pos]), 1, false};
  }
  return {static_cast<char32_t>(value), static_cast<std::size_t>(length), true};
}

std::u32string to_code_points(std::string_view text)
{
  std::u32string result;
  result.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = decode_at(text, pos);
    result.push_back(cp.value);
    pos += cp.length;
  }
  return result;
}

void append_utf8(std::string& out, char32_t value)
{
  if (value >= k_escape_base + 0x80 && value <= k_escape_base + 0xFF) {
    out.push_back(static_cast<char>(value - k_escape_base));
    return;
  }
  utf8proc_uint8_t buffer[4];
  const auto length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(value), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

std::optional<std::string> nfkc_map(std::string_view text, bool casefold)
{
  int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  if (casefold) {
    options |= UTF8PROC_CASEFOLD;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const auto length =
    utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                 &mapped, static_cast<utf8proc_option_t>(options));
  if (length < 0) {
    return std::nullopt;
  }
  // utf8proc allocates with malloc.
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

std::size_t code_point_count(std::string_view text)
{
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) {
    pos += decode_at(text, pos).length;
  }
  return count;
}

} // namespace dongmao::domain::detail
