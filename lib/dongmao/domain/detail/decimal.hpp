#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Private to the domain module: the decimal numerals shared by amounts, figures and counts.
namespace dongmao::domain::detail {

// A decimal numeral without sign, its thousands separators removed.
struct DecimalText
{
  std::string integer_digits;  // never empty
  std::string fraction_digits; // empty when there was no '.'
  std::size_t end = 0;         // the byte after the numeral
};

// Reads the numeral starting at `pos`: digits, optionally grouped by commas as
// 1,234,567 (first group 1-3 digits, then groups of exactly 3, so "12,34" is rejected
// rather than guessed), then optionally '.' and at least one digit.
std::optional<DecimalText> scan_decimal(std::string_view text, std::size_t pos);

} // namespace dongmao::domain::detail
