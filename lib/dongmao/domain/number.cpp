// parse_number and parse_count, declared in amount.hpp.
#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/detail/decimal.hpp>
#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/text.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace dongmao::domain {

namespace {

// Chinese characters, the letters a unit word such as 户, 人 or 人次 is written in. NFKC has
// already folded the compatibility ideographs into these blocks.
bool is_han(char32_t c)
{
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x323AF);
}

// Characters that scale the figure before them; "3万人" is 30000 people, not 3.
bool is_multiplier(char32_t c)
{
  return c == U'十' || c == U'百' || c == U'千' || c == U'万' || c == U'亿';
}

// `text` without the 约 or 大约 before a figure and the 左右 after it: the ledger gives that
// figure, so it is the one kept.
std::string_view without_approximation(std::string_view text)
{
  for (const std::string_view word : {"大约", "约"}) {
    if (text.starts_with(word)) {
      text.remove_prefix(word.size());
      break;
    }
  }
  if (text.ends_with("左右")) {
    text.remove_suffix(std::string_view("左右").size());
  }
  while (text.starts_with(' ')) {
    text.remove_prefix(1);
  }
  while (text.ends_with(' ')) {
    text.remove_suffix(1);
  }
  return text;
}

// Digits with at most one '.' between digits, as most cells of a figure are: read as the
// general path below reads them, without its copies. Fifteen digits stay exact in a double.
bool is_plain_decimal(std::string_view text)
{
  constexpr std::size_t k_exact_digits = 15;
  if (text.empty() || text.size() > k_exact_digits || !detail::is_digit(text.front()) ||
      !detail::is_digit(text.back())) {
    return false;
  }
  std::size_t points = 0;
  for (const char c : text) {
    if (c == '.') {
      ++points;
    } else if (!detail::is_digit(c)) {
      return false;
    }
  }
  return points <= 1;
}

} // namespace

std::optional<double> parse_number(std::string_view text)
{
  const auto normalized = trim(nfkc(text));
  std::string_view rest = normalized;
  std::string clean;
  if (rest.starts_with('-') || rest.starts_with('+')) {
    clean.push_back(rest.front());
    rest.remove_prefix(1);
  }
  const auto number = detail::scan_decimal(rest, 0);
  if (!number) {
    return std::nullopt;
  }
  clean += number->integer_digits;
  if (!number->fraction_digits.empty()) {
    clean += "." + number->fraction_digits;
  }
  rest.remove_prefix(number->end);
  if (rest.starts_with('e') || rest.starts_with('E')) {
    clean.push_back('e');
    rest.remove_prefix(1);
    if (rest.starts_with('-') || rest.starts_with('+')) {
      clean.push_back(rest.front());
      rest.remove_prefix(1);
    }
    const auto digits = rest.find_first_not_of("0123456789");
    const auto length = digits == std::string_view::npos ? rest.size() : digits;
    if (length == 0) {
      return std::nullopt;
    }
    clean.append(rest.substr(0, length));
    rest.remove_prefix(length);
  }
  if (!rest.empty()) {
    return std::nullopt;
  }
  // from_chars takes no leading '+'.
  const std::string_view parsed = clean.starts_with('+') ? std::string_view(clean).substr(1) : clean;
  double value = 0;
  const auto result = std::from_chars(parsed.data(), parsed.data() + parsed.size(), value);
  if (result.ec != std::errc{} || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<Figure> parse_figure(std::string_view text)
{
  if (is_plain_decimal(text)) {
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return Figure{value, FigureUnit::none, {}};
  }
  const auto normalized = trim(nfkc(text));
  std::string_view rest = without_approximation(normalized);
  const std::size_t sign = rest.starts_with('-') || rest.starts_with('+') ? 1 : 0;
  const auto number = detail::scan_decimal(rest, sign);
  if (!number) {
    return std::nullopt;
  }
  std::size_t end = number->end;
  // An exponent (1.5e3) belongs to the number; an "e" without digits is left to the unit.
  if (end < rest.size() && (rest[end] == 'e' || rest[end] == 'E')) {
    auto next = end + 1;
    if (next < rest.size() && (rest[next] == '-' || rest[next] == '+')) {
      ++next;
    }
    const auto digits = next;
    while (next < rest.size() && detail::is_digit(rest[next])) {
      ++next;
    }
    end = next > digits ? next : end;
  }
  const auto value = parse_number(rest.substr(0, end));
  if (!value) {
    return std::nullopt;
  }
  std::string_view unit = rest.substr(end);
  while (unit.starts_with(' ')) {
    unit.remove_prefix(1);
  }
  Figure figure{*value, FigureUnit::none, std::string(unit)};
  static constexpr std::array<std::pair<std::string_view, FigureUnit>, 14> k_units = {{
    {"", FigureUnit::none},
    {"%", FigureUnit::percent},
    {"\xE2\x80\xB0", FigureUnit::per_mille}, // ‰
    {"m2", FigureUnit::square_metre},
    {"M2", FigureUnit::square_metre},
    {"平方米", FigureUnit::square_metre},
    {"平米", FigureUnit::square_metre},
    {"平方", FigureUnit::square_metre},
    {"平", FigureUnit::square_metre},
    {"km2", FigureUnit::square_kilometre},
    {"KM2", FigureUnit::square_kilometre},
    {"Km2", FigureUnit::square_kilometre},
    {"平方公里", FigureUnit::square_kilometre},
    {"平方千米", FigureUnit::square_kilometre},
  }};
  for (const auto& [word, kind] : k_units) {
    if (unit == word) {
      figure.unit = kind;
      return figure;
    }
  }
  const auto letters = detail::to_code_points(unit);
  if (is_multiplier(letters.front())) {
    return std::nullopt;
  }
  for (const char32_t c : letters) {
    if (!is_han(c)) {
      return std::nullopt;
    }
  }
  figure.unit = FigureUnit::word;
  return figure;
}

std::optional<std::int64_t> parse_count(std::string_view text)
{
  if (is_plain_decimal(text) && text.find('.') == std::string_view::npos) {
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  const auto whole = trim(nfkc(text));
  const std::string normalized(without_approximation(whole));
  const auto number = detail::scan_decimal(normalized, 0);
  if (!number || number->fraction_digits.find_first_not_of('0') != std::string::npos) {
    return std::nullopt;
  }
  std::string_view unit = std::string_view(normalized).substr(number->end);
  while (unit.starts_with(' ')) {
    unit.remove_prefix(1);
  }
  const auto letters = detail::to_code_points(unit);
  if (!letters.empty() && is_multiplier(letters.front())) {
    return std::nullopt;
  }
  for (const char32_t c : letters) {
    if (!is_han(c)) {
      return std::nullopt;
    }
  }
  std::int64_t value = 0;
  const auto& digits = number->integer_digits;
  const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (result.ec != std::errc{}) {
    return std::nullopt;
  }
  return value;
}

} // namespace dongmao::domain
