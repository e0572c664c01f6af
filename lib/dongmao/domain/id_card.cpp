#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/text/domain.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace dongmao::domain {

namespace {

constexpr std::size_t k_length = 18;
constexpr std::size_t k_legacy_length = 15;
constexpr std::array<int, 17> k_weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view k_check_characters = "10X98765432";
constexpr int k_earliest_birth_year = 1900;
constexpr int k_latest_birth_year = 2100;
// Excel shows at most 15 significant digits of a number.
constexpr std::size_t k_excel_digits = 15;

bool all_digits(std::string_view text)
{
  return !text.empty() && std::all_of(text.begin(), text.end(), detail::is_digit);
}

int to_int(std::string_view digits)
{
  int value = 0;
  for (const char c : digits) {
    value = value * 10 + (c - '0');
  }
  return value;
}

// Scientific notation such as 4.30602199001011E+17 with an exponent of 14 or more.
bool is_scientific_id(std::string_view text)
{
  const auto e = std::min(text.find('e'), text.find('E'));
  if (e == std::string_view::npos || e == 0) {
    return false;
  }
  std::string_view mantissa = text.substr(0, e);
  std::string_view exponent = text.substr(e + 1);
  if (exponent.starts_with('+')) {
    exponent.remove_prefix(1);
  }
  if (!all_digits(exponent) || exponent.size() > 3) {
    return false;
  }
  const auto point = mantissa.find('.');
  const auto whole = mantissa.substr(0, point);
  const auto fraction = point == std::string_view::npos ? std::string_view{} : mantissa.substr(point + 1);
  if (!all_digits(whole) || (point != std::string_view::npos && !all_digits(fraction))) {
    return false;
  }
  // Digits before the point plus the exponent: 4.3E+17 has 18.
  return whole.size() + static_cast<std::size_t>(to_int(exponent)) >= k_legacy_length;
}

// 17 digits and a digit or X: the form of nearly every number in a ledger, whose characters
// need no closer look.
bool has_id_form(std::string_view text)
{
  return text.size() == k_length && std::all_of(text.begin(), text.end() - 1, detail::is_digit) &&
         (detail::is_digit(text.back()) || text.back() == 'X');
}

// Why `normalized`, not of the form above, is no ID number; nullopt when its characters are.
std::optional<std::string> form_problem(std::string_view normalized)
{
  if (normalized.empty()) {
    return text::format(text::k_id_empty);
  }
  if (looks_like_excel_mangled_id(normalized)) {
    return text::format(text::k_id_excel_number);
  }
  if (normalized.size() == k_legacy_length && all_digits(normalized)) {
    return text::format(text::k_id_old_format);
  }
  const auto count = detail::code_point_count(normalized);
  if (count != k_length) {
    return text::format(text::k_id_length, count);
  }
  std::size_t index = 1;
  for (std::size_t pos = 0; pos < normalized.size(); ++index) {
    const auto cp = detail::decode_at(normalized, pos);
    const bool last = index == k_length;
    if (!detail::is_digit(normalized[pos]) && !(last && normalized[pos] == 'X')) {
      return text::format(text::k_id_character, index, normalized.substr(pos, cp.length),
                          last ? text::format(text::k_id_or_x) : std::string());
    }
    pos += cp.length;
  }
  return std::nullopt;
}

} // namespace

std::string normalize_id_card(std::string_view text)
{
  auto result = nfkc(text);
  // NFKC has turned U+3000 and U+00A0 into plain spaces.
  std::erase_if(result, detail::is_ascii_space);
  std::replace(result.begin(), result.end(), 'x', 'X');
  return result;
}

std::optional<std::string> id_card_problem(std::string_view normalized)
{
  if (!has_id_form(normalized)) {
    if (auto why = form_problem(normalized)) {
      return why;
    }
  }
  const auto birth = normalized.substr(6, 8);
  const auto year = to_int(birth.substr(0, 4));
  if (!is_valid_date(year, to_int(birth.substr(4, 2)), to_int(birth.substr(6, 2)))) {
    return text::format(text::k_id_birth_unreal);
  }
  if (year < k_earliest_birth_year) {
    return text::format(text::k_id_birth_early);
  }
  if (year > k_latest_birth_year) {
    return text::format(text::k_id_birth_late);
  }
  int sum = 0;
  for (std::size_t i = 0; i < k_weights.size(); ++i) {
    sum += (normalized[i] - '0') * k_weights[i];
  }
  const char expected = k_check_characters[static_cast<std::size_t>(sum % 11)];
  // Naming the expected character would give the real number away from a masked one.
  if (normalized[17] != expected) {
    return text::format(text::k_id_check_digit);
  }
  return std::nullopt;
}

bool looks_like_excel_mangled_id(std::string_view text, bool from_number_cell)
{
  if (is_scientific_id(text)) {
    return true;
  }
  if (!from_number_cell || text.size() <= k_excel_digits || text.size() > k_length || !all_digits(text)) {
    return false;
  }
  return text.find_first_not_of('0', k_excel_digits) == std::string_view::npos;
}

std::optional<Date> id_card_birth_date(std::string_view normalized)
{
  std::string birth;
  if (normalized.size() == k_length) {
    birth = normalized.substr(6, 8);
  } else if (normalized.size() == k_legacy_length) {
    birth = "19" + std::string(normalized.substr(6, 6));
  }
  if (birth.empty() || !all_digits(birth)) {
    return std::nullopt;
  }
  const Date date{to_int(birth.substr(0, 4)), to_int(birth.substr(4, 2)), to_int(birth.substr(6, 2))};
  if (!is_valid_date(date.year, date.month, date.day)) {
    return std::nullopt;
  }
  return date;
}

std::string mask_id_card(std::string_view text)
{
  const auto characters = split_codepoints(text);
  const std::size_t n = characters.size();
  std::size_t head = 0;
  std::size_t tail = 0;
  if (n >= k_legacy_length) {
    head = 6;
    tail = 4;
  } else if (n >= 4) {
    tail = 2;
  }
  std::string result;
  for (std::size_t i = 0; i < n; ++i) {
    result += i < head || i + tail >= n ? characters[i] : "*";
  }
  return result;
}

} // namespace dongmao::domain
