#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Private to the domain module: code point iteration shared by text, id_card and phone.
namespace dongmao::domain::detail {

// One decoded code point. Bytes that are not valid UTF-8 decode one at a time to
// U+DC80..U+DCFF (as Python's surrogateescape does), so they never equal a real character
// yet still count, compare and round-trip.
struct CodePoint
{
  char32_t value = 0;
  std::size_t length = 0; // bytes consumed, at least 1 unless at the end
  bool valid = false;
};

// Decodes the code point starting at byte `pos` of `text` (`pos` < `text.size()`).
CodePoint decode_at(std::string_view text, std::size_t pos);

// All code points of `text`, invalid bytes escaped as in decode_at.
std::u32string to_code_points(std::string_view text);

// Appends `value` as UTF-8; escaped invalid bytes are written back as the original byte.
void append_utf8(std::string& out, char32_t value);

// `text` run through utf8proc_map with NFKC and, if `casefold`, case folding; nullopt
// when `text` is not valid UTF-8.
std::optional<std::string> nfkc_map(std::string_view text, bool casefold);

// The number of code points in `text`, invalid bytes counting one each.
std::size_t code_point_count(std::string_view text);

// True for the ASCII digits 0-9 only; std::isdigit depends on the locale.
constexpr bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

// True for the ASCII whitespace characters std::isspace accepts in the "C" locale.
constexpr bool is_ascii_space(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace dongmao::domain::detail
