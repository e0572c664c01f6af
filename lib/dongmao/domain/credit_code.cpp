#include <dongmao/domain/credit_code.hpp>
#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/text/domain.hpp>

#include <algorithm>
#include <array>

namespace dongmao::domain {

namespace {

constexpr std::size_t k_length = 18;
constexpr std::string_view k_charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// 3^i mod 31 for i = 0..16.
constexpr std::array<int, 17> k_weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

} // namespace

std::string normalize_credit_code(std::string_view text)
{
  auto result = nfkc(text);
  std::erase_if(result, detail::is_ascii_space);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  return result;
}

std::optional<std::string> credit_code_problem(std::string_view normalized)
{
  if (normalized.empty()) {
    return text::format(text::k_id_empty);
  }
  const auto count = detail::code_point_count(normalized);
  if (count != k_length) {
    return text::format(text::k_id_length, count);
  }
  int sum = 0;
  std::size_t index = 0;
  for (std::size_t pos = 0; pos < normalized.size(); ++index) {
    const auto cp = detail::decode_at(normalized, pos);
    const auto value = cp.length == 1 ? k_charset.find(normalized[pos]) : std::string_view::npos;
    if (value == std::string_view::npos) {
      return text::format(text::k_code_character, index + 1, normalized.substr(pos, cp.length));
    }
    if (index < k_weights.size()) {
      sum += static_cast<int>(value) * k_weights[index];
    }
    pos += cp.length;
  }
  const char expected = k_charset[static_cast<std::size_t>((31 - sum % 31) % 31)];
  if (normalized[17] != expected) {
    return text::format(text::k_code_check, normalized[17], expected);
  }
  return std::nullopt;
}

} // namespace dongmao::domain
