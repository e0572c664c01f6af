#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/text.hpp>

#include <utf8proc.h>

#include <algorithm>

namespace dongmao::domain {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_ideographic_space = "\xE3\x80\x80"; // U+3000
constexpr std::string_view k_no_break_space = "\xC2\xA0";        // U+00A0

// Chinese prose punctuation that normalize_cell leaves full-width: （ ） ！ ， ： ； ？
constexpr char32_t k_kept_punctuation[] = {0xFF08, 0xFF09, 0xFF01, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F};

// Length of the trimmable character at the start of `text`, 0 if there is none.
std::size_t leading_blank(std::string_view text, bool allow_bom)
{
  if (!text.empty() && detail::is_ascii_space(text.front())) {
    return 1;
  }
  for (const auto blank : {k_ideographic_space, k_no_break_space}) {
    if (text.starts_with(blank)) {
      return blank.size();
    }
  }
  if (allow_bom && text.starts_with(k_bom)) {
    return k_bom.size();
  }
  return 0;
}

// Length of the trimmable character at the end of `text`, 0 if there is none.
std::size_t trailing_blank(std::string_view text)
{
  if (!text.empty() && detail::is_ascii_space(text.back())) {
    return 1;
  }
  for (const auto blank : {k_ideographic_space, k_no_break_space}) {
    if (text.ends_with(blank)) {
      return blank.size();
    }
  }
  return 0;
}

// Whether `text` is ASCII and CJK Unified Ideographs (U+4E00–U+9FFF) only, in valid UTF-8:
// none of them has a compatibility decomposition or combines, so the text is in NFKC as it
// is. Most cells of a Chinese ledger are, and skip the library.
bool nfkc_as_is(std::string_view text)
{
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    // U+4E00 is E4 B8 80, U+9FFF is E9 BF BF.
    if (end - p < 3 || *p < 0xE4 || *p > 0xE9 || (*p == 0xE4 && p[1] < 0xB8) || (p[1] & 0xC0) != 0x80 ||
        (p[2] & 0xC0) != 0x80) {
      return false;
    }
    p += 3;
  }
  return true;
}

std::string pad(std::string_view text, std::size_t width, bool left)
{
  const auto current = display_width(text);
  if (current >= width) {
    return std::string(text);
  }
  const std::string spaces(width - current, ' ');
  return left ? spaces + std::string(text) : std::string(text) + spaces;
}

} // namespace

std::string trim(std::string_view text)
{
  // A BOM only counts before the first real character: inside text it is data.
  for (auto n = leading_blank(text, true); n > 0; n = leading_blank(text, true)) {
    text.remove_prefix(n);
  }
  for (auto n = trailing_blank(text); n > 0; n = trailing_blank(text)) {
    text.remove_suffix(n);
  }
  return std::string(text);
}

std::string nfkc(std::string_view text)
{
  // ASCII is already in NFKC; skipping the library keeps bulk imports fast.
  if (nfkc_as_is(text)) {
    return std::string(text);
  }
  return detail::nfkc_map(text, false).value_or(std::string(text));
}

std::string normalize_cell(std::string_view text)
{
  // None of the kept punctuation is ASCII or an ideograph.
  if (nfkc_as_is(text)) {
    return trim(text);
  }
  std::string result;
  std::size_t segment_start = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = detail::decode_at(text, pos);
    if (std::find(std::begin(k_kept_punctuation), std::end(k_kept_punctuation), cp.value) !=
        std::end(k_kept_punctuation)) {
      result += nfkc(text.substr(segment_start, pos - segment_start));
      result.append(text.substr(pos, cp.length));
      segment_start = pos + cp.length;
    }
    pos += cp.length;
  }
  result += nfkc(text.substr(segment_start));
  return trim(result);
}

bool is_valid_utf8(std::string_view text)
{
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = detail::decode_at(text, pos);
    if (!cp.valid) {
      return false;
    }
    pos += cp.length;
  }
  return true;
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = detail::decode_at(text, pos);
    if (cp.valid) {
      width += static_cast<std::size_t>(std::max(0, utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp.value))));
    } else {
      width += 1;
    }
    pos += cp.length;
  }
  return width;
}

std::string pad_right(std::string_view text, std::size_t width)
{
  return pad(text, width, false);
}

std::string pad_left(std::string_view text, std::size_t width)
{
  return pad(text, width, true);
}

std::vector<std::string> split_codepoints(std::string_view text)
{
  std::vector<std::string> result;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = detail::decode_at(text, pos);
    result.emplace_back(text.substr(pos, cp.length));
    pos += cp.length;
  }
  return result;
}

} // namespace dongmao::domain
