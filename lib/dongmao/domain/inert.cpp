#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/inert.hpp>

#include <fmt/format.h>

#include <cstdint>

namespace dongmao::domain {

namespace {

bool is_invisible(char32_t cp)
{
  return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace

bool has_invisible(std::string_view text)
{
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = detail::decode_at(text, pos);
    if (cp.valid && is_invisible(cp.value)) {
      return true;
    }
    pos += cp.length;
  }
  return false;
}

std::string visible_text(std::string_view text)
{
  // Most text holds none: return it as is without decoding twice.
  if (!has_invisible(text)) {
    return std::string(text);
  }
  std::string result;
  result.reserve(text.size() + 8);
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = detail::decode_at(text, pos);
    if (cp.valid && is_invisible(cp.value)) {
      result += k_replacement;
    } else {
      result.append(text.substr(pos, cp.length));
    }
    pos += cp.length;
  }
  return result;
}

std::string escape_invisible_json(std::string_view json)
{
  if (!has_invisible(json)) {
    return std::string(json);
  }
  std::string result;
  result.reserve(json.size() + 16);
  for (std::size_t pos = 0; pos < json.size();) {
    const auto cp = detail::decode_at(json, pos);
    if (cp.valid && is_invisible(cp.value)) {
      result += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp.value));
    } else {
      result.append(json.substr(pos, cp.length));
    }
    pos += cp.length;
  }
  return result;
}

} // namespace dongmao::domain
