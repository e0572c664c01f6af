#include <dongmao/domain/text.hpp>
#include <dongmao/petition/households.hpp>

#include <charconv>

namespace dongmao::petition {

namespace {

// Removes `word` from the start of `text` if it is there.
bool strip_prefix(std::string_view& text, std::string_view word)
{
  if (!text.starts_with(word)) {
    return false;
  }
  text.remove_prefix(word.size());
  return true;
}

// Removes `word` from the end of `text` if it is there.
bool strip_suffix(std::string_view& text, std::string_view word)
{
  if (!text.ends_with(word)) {
    return false;
  }
  text.remove_suffix(word.size());
  return true;
}

void strip_spaces(std::string_view& text)
{
  while (text.starts_with(' ')) {
    text.remove_prefix(1);
  }
  while (text.ends_with(' ')) {
    text.remove_suffix(1);
  }
}

} // namespace

std::optional<Households> parse_households(std::string_view text)
{
  const auto normalized = domain::trim(domain::nfkc(text));
  std::string_view rest = normalized;
  Households households;
  households.approx = strip_prefix(rest, "大约") || strip_prefix(rest, "约");
  households.approx = strip_suffix(rest, "左右") || households.approx;
  strip_spaces(rest);
  for (const std::string_view unit : {"户", "家"}) {
    if (strip_suffix(rest, unit)) {
      break;
    }
  }
  for (const std::string_view more : {"多", "余", "来", "+"}) {
    if (strip_suffix(rest, more)) {
      households.approx = true;
      break;
    }
  }
  strip_spaces(rest);
  // A spreadsheet number cell arrives as "120" or "120.0".
  if (rest.ends_with(".0")) {
    rest.remove_suffix(2);
  }
  if (rest.empty() || rest.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  const auto result = std::from_chars(rest.data(), rest.data() + rest.size(), households.count);
  if (result.ec != std::errc{} || households.count < 1) {
    return std::nullopt;
  }
  return households;
}

std::string households_text(const Households& households, std::string_view unit)
{
  auto text = std::to_string(households.count);
  if (households.approx) {
    text += "多";
  }
  text += unit;
  return text;
}

} // namespace dongmao::petition
