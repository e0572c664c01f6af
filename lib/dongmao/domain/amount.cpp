// parse_amount and the amount formatters, declared in amount.hpp.
#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/detail/decimal.hpp>
#include <dongmao/domain/text.hpp>

#include <array>
#include <limits>

namespace dongmao::domain {

namespace {

constexpr std::string_view k_yuan_sign = "\xC2\xA5";      // ¥ U+00A5; NFKC folds ￥ U+FFE5 into it
constexpr std::string_view k_minus_sign = "\xE2\x88\x92"; // − U+2212, which NFKC keeps

// Decimal places from 元 to 分 for each unit: 分 = 元 × 10^2 = 万元 × 10^6 = 亿元 × 10^10.
constexpr int cent_exponent(AmountUnit unit)
{
  switch (unit) {
  case AmountUnit::yuan:
    return 2;
  case AmountUnit::wan:
    return 6;
  case AmountUnit::yi:
    return 10;
  }
  return 2;
}

struct Word
{
  std::string_view text;
  int exponent; // decimal places from the figure to 分
};

// What scales the figure, longest first so 百万 is not read as 百 and 万. W and k are how
// staff abbreviate 万 and 千 on a keyboard (12.5W, 8k).
constexpr std::array k_multipliers = {
  Word{"百万", 8}, Word{"亿", 10}, Word{"万", 6}, Word{"千", 5}, Word{"W", 6}, Word{"w", 6}, Word{"K", 5}, Word{"k", 5},
};

// The currency after the figure; 元整 is how a sum is closed on a form.
constexpr std::array k_currencies = {std::string_view{"元整"}, std::string_view{"块钱"}, std::string_view{"元"},
                                     std::string_view{"块"}};

// Words before the figure that say how it was arrived at or what it is in, not what it is:
// 约12.5万, 合计125000元, 人民币125000元.
constexpr std::array k_lead_words = {std::string_view{"大约"},   std::string_view{"约合"}, std::string_view{"约"},
                                     std::string_view{"共计"},   std::string_view{"合计"}, std::string_view{"共"},
                                     std::string_view{"人民币"}, std::string_view{"RMB"},  std::string_view{"rmb"},
                                     std::string_view{"CNY"}};

bool consume(std::string_view& text, std::string_view prefix)
{
  if (text.starts_with(prefix)) {
    text.remove_prefix(prefix.size());
    return true;
  }
  return false;
}

// A leading sign; true for minus.
bool consume_sign(std::string_view& text, bool& seen)
{
  if (consume(text, "-") || consume(text, k_minus_sign)) {
    seen = true;
    return true;
  }
  seen = consume(text, "+");
  return false;
}

void skip_spaces(std::string_view& text)
{
  while (text.starts_with(' ')) {
    text.remove_prefix(1);
  }
}

// Consumes the first of `words` the text starts with.
template <std::size_t N>
bool consume_any(std::string_view& text, const std::array<std::string_view, N>& words)
{
  for (const auto word : words) {
    if (consume(text, word)) {
      return true;
    }
  }
  return false;
}

// Skips the 余 or 多 of a round figure: 12万余元, 400多万.
void skip_about(std::string_view& text)
{
  if (!consume(text, "余")) {
    consume(text, "多");
  }
}

// Skips the words and signs staff put before an amount's sign and figure: 约, 合计, 人民币, ¥.
void skip_lead(std::string_view& text)
{
  for (bool more = true; more;) {
    skip_spaces(text);
    more = consume_any(text, k_lead_words) || consume(text, k_yuan_sign);
  }
}

// The unit after the figure: a multiplier, a currency word, or both (12.5万, 元, 12.5万元);
// `default_exponent` when there is neither, nullopt for words that are no unit.
std::optional<int> unit_exponent(std::string_view& text, int default_exponent)
{
  skip_about(text);
  skip_spaces(text);
  std::optional<int> exponent;
  for (const auto& word : k_multipliers) {
    if (consume(text, word.text)) {
      exponent = word.exponent;
      break;
    }
  }
  skip_about(text);
  skip_spaces(text);
  if (consume_any(text, k_currencies) && !exponent) {
    exponent = cent_exponent(AmountUnit::yuan);
  }
  consume(text, "整");
  skip_spaces(text);
  consume(text, "左右");
  if (!text.empty()) {
    return std::nullopt;
  }
  return exponent.value_or(default_exponent);
}

// The magnitude integer.fraction × 10^exponent, rounded half up (the sign is applied
// after, which makes it half away from zero); nullopt past INT64_MAX.
std::optional<std::int64_t> scaled(const std::string& integer, const std::string& fraction, int exponent)
{
  constexpr auto k_max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  std::string digits = integer;
  for (std::size_t i = 0; i < static_cast<std::size_t>(exponent); ++i) {
    digits.push_back(i < fraction.size() ? fraction[i] : '0');
  }
  std::uint64_t value = 0;
  for (const char c : digits) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (value > (k_max - digit) / 10) {
      return std::nullopt;
    }
    value = value * 10 + digit;
  }
  const auto next = static_cast<std::size_t>(exponent);
  if (next < fraction.size() && fraction[next] >= '5') {
    if (value == k_max) {
      return std::nullopt;
    }
    ++value;
  }
  return static_cast<std::int64_t>(value);
}

// `cents` / 10^`scale` in decimal, rounded half away from zero to `decimals` places.
std::string format_scaled(std::int64_t cents, std::size_t scale, std::size_t decimals)
{
  const bool negative = cents < 0;
  const std::uint64_t magnitude =
    negative ? std::uint64_t{0} - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  std::string digits = std::to_string(magnitude);
  if (digits.size() <= scale) {
    digits.insert(0, scale + 1 - digits.size(), '0');
  }
  // Work on the digits without the point; it goes back `decimals` places from the end.
  if (decimals >= scale) {
    digits.append(decimals - scale, '0');
  } else {
    const bool round_up = digits[digits.size() - scale + decimals] >= '5';
    digits.resize(digits.size() - scale + decimals);
    if (round_up) {
      auto i = digits.size();
      while (i > 0 && digits[i - 1] == '9') {
        digits[i - 1] = '0';
        --i;
      }
      if (i == 0) {
        digits.insert(0, 1, '1');
      } else {
        ++digits[i - 1];
      }
    }
  }
  if (decimals > 0) {
    digits.insert(digits.size() - decimals, 1, '.');
  }
  const bool zero = digits.find_first_not_of("0.") == std::string::npos;
  return negative && !zero ? "-" + digits : digits;
}

} // namespace

std::optional<std::int64_t> parse_amount(std::string_view text, AmountUnit default_unit)
{
  const auto normalized = trim(nfkc(text));
  std::string_view rest = normalized;

  // The sign may come before or after the currency sign: -¥5 and ¥-5 both occur.
  bool signed_already = false;
  bool negative = consume_sign(rest, signed_already);
  skip_lead(rest);
  if (!signed_already) {
    negative = consume_sign(rest, signed_already);
    skip_spaces(rest);
  }

  const auto number = detail::scan_decimal(rest, 0);
  if (!number) {
    return std::nullopt;
  }
  rest.remove_prefix(number->end);
  skip_spaces(rest);
  const auto exponent = unit_exponent(rest, cent_exponent(default_unit));
  if (!exponent) {
    return std::nullopt;
  }
  const auto cents = scaled(number->integer_digits, number->fraction_digits, *exponent);
  if (!cents) {
    return std::nullopt;
  }
  return negative ? -*cents : *cents;
}

std::string format_amount_yuan(std::int64_t cents)
{
  return format_scaled(cents, 2, 2);
}

std::string format_amount_wan(std::int64_t cents, int decimals)
{
  return format_scaled(cents, 6, static_cast<std::size_t>(decimals < 0 ? 0 : decimals));
}

} // namespace dongmao::domain
