#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/domain/text.hpp>

#include <algorithm>
#include <vector>

namespace dongmao::domain {

namespace {

constexpr std::size_t k_mobile_length = 11;
constexpr std::size_t k_min_local_length = 7;
constexpr std::size_t k_max_local_length = 8;
// How many leading digits of a local number are hidden by masking.
constexpr std::size_t k_masked_local_digits = 4;

bool all_digits(std::string_view text)
{
  return !text.empty() && std::all_of(text.begin(), text.end(), detail::is_digit);
}

bool is_mobile(std::string_view digits)
{
  return digits.size() == k_mobile_length && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9' &&
         all_digits(digits);
}

bool is_local(std::string_view digits)
{
  return digits.size() >= k_min_local_length && digits.size() <= k_max_local_length && all_digits(digits) &&
         digits[0] != '0';
}

// 010 (Beijing) and 020-029 are the only three-digit area codes.
std::size_t area_code_length(std::string_view digits)
{
  return digits.size() >= 2 && (digits[1] == '1' || digits[1] == '2') ? 3 : 4;
}

std::string stars_then_tail(const std::vector<std::string>& characters, std::size_t tail)
{
  std::string result;
  for (std::size_t i = 0; i < characters.size(); ++i) {
    result += i + tail >= characters.size() ? characters[i] : "*";
  }
  return result;
}

std::string mask_local(std::string_view local)
{
  return std::string(k_masked_local_digits, '*') + std::string(local.substr(k_masked_local_digits));
}

} // namespace

std::optional<std::string> normalize_phone(std::string_view text)
{
  const auto typed = trim(nfkc(text));
  // The dashes a Chinese input method types: — (U+2014), – (U+2013), ― (U+2015).
  std::string normalized;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    const auto rest = std::string_view(typed).substr(i);
    if (rest.starts_with("\u2014") || rest.starts_with("\u2013") || rest.starts_with("\u2015")) {
      normalized.push_back('-');
      i += std::string_view("\u2014").size() - 1;
    } else {
      normalized.push_back(typed[i]);
    }
  }
  std::string digits;
  bool international = false;
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    const char c = normalized[i];
    if (detail::is_digit(c)) {
      digits.push_back(c);
    } else if (c == '+' && i == 0) {
      international = true;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
      return std::nullopt;
    }
  }

  if (international || digits.starts_with("0086")) {
    const std::size_t prefix = international ? 2 : 4;
    if (!digits.starts_with(international ? "86" : "0086")) {
      return std::nullopt;
    }
    digits.erase(0, prefix);
    // Dialled from abroad, area codes lose their trunk 0: +86 730 8888888.
    if (!digits.starts_with('1') || !is_mobile(digits)) {
      digits.insert(0, 1, '0');
    }
  } else if (digits.size() == k_mobile_length + 2 && digits.starts_with("86") && is_mobile(digits.substr(2))) {
    digits.erase(0, 2);
  }

  if (is_mobile(digits)) {
    return digits;
  }
  if (digits.starts_with('0')) {
    const auto area = area_code_length(digits);
    const auto local = std::string_view(digits).substr(std::min(area, digits.size()));
    if (is_local(local)) {
      return digits.substr(0, area) + "-" + std::string(local);
    }
    return std::nullopt;
  }
  if (is_local(digits)) {
    return digits;
  }
  return std::nullopt;
}

std::optional<std::string> normalize_phones(std::string_view text)
{
  if (is_mobile(text)) { // the usual cell, read as below with nothing to change
    return std::string(text);
  }
  const auto normalized = trim(nfkc(text));
  std::string joined;
  std::size_t begin = 0;
  const auto take = [&](std::size_t end) {
    const auto part = trim(std::string_view(normalized).substr(begin, end - begin));
    if (part.empty()) {
      return true;
    }
    const auto phone = normalize_phone(part);
    if (!phone) {
      return false;
    }
    joined += (joined.empty() ? "" : "/") + *phone;
    return true;
  };
  for (std::size_t i = 0; i < normalized.size();) {
    if (normalized[i] >= '0' && normalized[i] <= '9') { // no separator starts with a digit
      ++i;
      continue;
    }
    std::size_t length = 0;
    for (const std::string_view separator : {"/", ",", ";", "\n", "、", "，", "；"}) {
      if (std::string_view(normalized).substr(i).starts_with(separator)) {
        length = separator.size();
        break;
      }
    }
    if (length == 0) {
      ++i;
      continue;
    }
    if (!take(i)) {
      return std::nullopt;
    }
    i += length;
    begin = i;
  }
  if (!take(normalized.size()) || joined.empty()) {
    return std::nullopt;
  }
  return joined;
}

std::string mask_phone(std::string_view text)
{
  if (const auto slash = text.find('/'); slash != std::string_view::npos) {
    return mask_phone(text.substr(0, slash)) + "/" + mask_phone(text.substr(slash + 1));
  }
  if (is_mobile(text)) {
    return std::string(text.substr(0, 3)) + "****" + std::string(text.substr(7));
  }
  const auto dash = text.find('-');
  if (dash != std::string_view::npos && all_digits(text.substr(0, dash)) && is_local(text.substr(dash + 1))) {
    return std::string(text.substr(0, dash + 1)) + mask_local(text.substr(dash + 1));
  }
  if (is_local(text)) {
    return mask_local(text);
  }
  const auto characters = split_codepoints(text);
  return stars_then_tail(characters, characters.size() <= 3 ? 0 : 2);
}

} // namespace dongmao::domain
