#include <dongmao/domain/detail/decimal.hpp>
#include <dongmao/domain/detail/utf8.hpp>

namespace dongmao::domain::detail {

namespace {

std::size_t digit_run(std::string_view text, std::size_t pos)
{
  std::size_t end = pos;
  while (end < text.size() && is_digit(text[end])) {
    ++end;
  }
  return end - pos;
}

} // namespace

std::optional<DecimalText> scan_decimal(std::string_view text, std::size_t pos)
{
  DecimalText result;
  auto run = digit_run(text, pos);
  if (run == 0) {
    return std::nullopt;
  }
  const bool grouped = pos + run < text.size() && text[pos + run] == ',';
  if (grouped && run > 3) {
    return std::nullopt;
  }
  result.integer_digits.append(text.substr(pos, run));
  pos += run;
  while (grouped && pos < text.size() && text[pos] == ',') {
    run = digit_run(text, pos + 1);
    if (run != 3) {
      return std::nullopt;
    }
    result.integer_digits.append(text.substr(pos + 1, run));
    pos += 1 + run;
  }
  if (pos < text.size() && text[pos] == '.') {
    run = digit_run(text, pos + 1);
    if (run == 0) {
      return std::nullopt;
    }
    result.fraction_digits.append(text.substr(pos + 1, run));
    pos += 1 + run;
  }
  result.end = pos;
  return result;
}

} // namespace dongmao::domain::detail
