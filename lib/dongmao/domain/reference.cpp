#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/reference.hpp>
#include <dongmao/domain/text.hpp>

#include <algorithm>
#include <regex>

namespace dongmao::domain {

namespace {

// Suffixes a community's name is written with or without, longest first.
constexpr std::u32string_view k_community_suffixes[] = {U"社区居民委员会", U"居民委员会", U"社区居委会", U"居委会",
                                                        U"社区"};

// A sub-district's name before the community's: 东茅岭街道柴家山社区.
constexpr std::u32string_view k_subdistrict_marks[] = {U"街道办事处", U"街道"};

constexpr std::u32string_view k_numerals = U"〇零一二两三四五六七八九";

int numeral_value(char32_t c)
{
  switch (c) {
  case U'〇':
  case U'零':
    return 0;
  case U'一':
    return 1;
  case U'二':
  case U'两':
    return 2;
  case U'三':
    return 3;
  case U'四':
    return 4;
  case U'五':
    return 5;
  case U'六':
    return 6;
  case U'七':
    return 7;
  case U'八':
    return 8;
  case U'九':
    return 9;
  default:
    return -1;
  }
}

bool is_numeral(char32_t c)
{
  return numeral_value(c) >= 0 || c == U'十' || c == U'百';
}

// The value of a run of Chinese numerals: 十二 → 12, 二十三 → 23, 一百零五 → 105, 一二 → 12.
std::u32string numeral_run(std::u32string_view run)
{
  const bool positional = run.find_first_of(U"十百") != std::u32string_view::npos;
  std::u32string digits;
  if (!positional) {
    for (const auto c : run) {
      digits += static_cast<char32_t>(U'0' + numeral_value(c));
    }
    return digits;
  }
  int total = 0;
  int pending = 0;
  for (const auto c : run) {
    if (c == U'百') {
      total += (pending ? pending : 1) * 100;
      pending = 0;
    } else if (c == U'十') {
      total += (pending ? pending : 1) * 10;
      pending = 0;
    } else {
      pending = numeral_value(c);
    }
  }
  total += pending;
  for (const auto c : std::to_string(total)) {
    digits += static_cast<char32_t>(c);
  }
  return digits;
}

// Chinese numerals as digits, and an ordinal's 第 dropped: 第十二网格 → 12网格.
std::u32string fold_numbers(const std::u32string& text)
{
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    if (is_numeral(text[i])) {
      auto end = i;
      while (end < text.size() && is_numeral(text[end])) {
        ++end;
      }
      out += numeral_run(std::u32string_view(text).substr(i, end - i));
      i = end;
      continue;
    }
    out += text[i++];
  }
  std::u32string result;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const bool ordinal = out[i] == U'第' && i + 1 < out.size() && out[i + 1] >= U'0' && out[i + 1] <= U'9';
    if (!ordinal) {
      result += out[i];
    }
  }
  return result;
}

std::u32string fold_community(std::u32string key)
{
  for (const auto mark : k_subdistrict_marks) {
    if (const auto at = key.find(mark); at != std::u32string::npos && at + mark.size() < key.size()) {
      key.erase(0, at + mark.size());
      break;
    }
  }
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const auto suffix : k_community_suffixes) {
      if (key.size() > suffix.size() && std::u32string_view(key).ends_with(suffix)) {
        key.resize(key.size() - suffix.size());
        stripped = true;
      }
    }
  }
  return key;
}

std::u32string key_points(std::string_view text, ReferenceKind kind)
{
  const auto folded = detail::nfkc_map(text, true).value_or(std::string(text));
  auto key = detail::to_code_points(folded);
  std::erase_if(key, [](char32_t c) { return c < 0x80 && detail::is_ascii_space(static_cast<char>(c)); });
  switch (kind) {
  case ReferenceKind::community:
    return fold_community(std::move(key));
  case ReferenceKind::grid:
    return fold_numbers(key);
  case ReferenceKind::name:
    break;
  }
  return key;
}

bool is_digit(char32_t c)
{
  return c >= U'0' && c <= U'9';
}

// Levenshtein distance; with `numbers_matter` one digit for another costs two, since
// 第三网格 is another grid, not a typo of 第一网格.
std::size_t distance(const std::u32string& a, const std::u32string& b, bool numbers_matter = false)
{
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool renumbered = numbers_matter && is_digit(a[i - 1]) && is_digit(b[j - 1]);
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : renumbered ? 2 : 1;
      const std::size_t substitution = previous[j - 1] + cost;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

} // namespace

std::string reference_key(std::string_view text, ReferenceKind kind)
{
  std::string out;
  for (const auto c : key_points(text, kind)) {
    detail::append_utf8(out, c);
  }
  return out;
}

std::vector<std::string> nearest_references(std::string_view needle, const std::vector<std::string>& candidates,
                                            ReferenceKind kind)
{
  const auto needle_key = key_points(needle, kind);
  std::vector<std::string> nearest;
  if (needle_key.empty()) {
    return nearest;
  }
  std::size_t best = std::max<std::size_t>(1, needle_key.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const auto d = distance(needle_key, key_points(candidate, kind), kind == ReferenceKind::grid);
    if (d > best) {
      continue;
    }
    if (d < best) {
      best = d;
      nearest.clear();
    }
    if (std::find(nearest.begin(), nearest.end(), candidate) == nearest.end()) {
      nearest.push_back(candidate);
    }
  }
  const auto limit = std::max<std::size_t>(1, needle_key.size() / 3);
  if (best <= limit) {
    return nearest;
  }
  // Nothing close: a name written in part (大桥 for 大桥市场) is still worth suggesting.
  nearest.clear();
  for (const auto& candidate : candidates) {
    const auto key = key_points(candidate, kind);
    const bool part = needle_key.size() >= 2 && key.size() >= 2 &&
                      (key.find(needle_key) != std::u32string::npos || needle_key.find(key) != std::u32string::npos);
    if (part && std::find(nearest.begin(), nearest.end(), candidate) == nearest.end()) {
      nearest.push_back(candidate);
    }
  }
  return nearest;
}

namespace {

void replace_all(std::string& text, std::string_view from, std::string_view to)
{
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// `part` without the marker words a ledger writes after a building, unit or room number.
std::string bare_part(std::string_view part)
{
  auto key = address_key(part);
  for (const std::string_view marker : {"单元", "栋"}) {
    if (key.ends_with(marker)) {
      key.resize(key.size() - marker.size());
    }
  }
  return key;
}

} // namespace

std::string address_key(std::string_view text)
{
  std::string key;
  for (const auto c : fold_numbers(key_points(text, ReferenceKind::name))) {
    detail::append_utf8(key, c);
  }
  for (const std::string_view building : {"号楼", "#楼", "幢", "座", "#"}) {
    replace_all(key, building, "栋");
  }
  static const std::regex k_dashed(R"((\d+)-(\d+)-(\d+)$)");
  key = std::regex_replace(key, k_dashed, "$1栋$2单元$3");
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const std::string_view room : {"室", "房", "号"}) {
      if (key.size() > room.size() && key.ends_with(room)) {
        key.resize(key.size() - room.size());
        stripped = true;
      }
    }
  }
  return key;
}

std::string address_tail(std::string_view key)
{
  auto marker = key.find("栋");
  if (marker == std::string_view::npos) {
    marker = key.find("单元");
  }
  if (marker == std::string_view::npos) {
    return std::string(key);
  }
  auto start = marker;
  while (start > 0 && detail::is_digit(key[start - 1])) {
    --start;
  }
  // A building named by a letter (A栋) keeps its letter.
  if (start == marker && start > 0 && static_cast<unsigned char>(key[start - 1]) < 0x80) {
    --start;
  }
  return std::string(key.substr(start));
}

std::string compose_address(std::string_view building, std::string_view unit, std::string_view room)
{
  std::string address;
  if (const auto b = bare_part(building); !b.empty()) {
    address += b + "栋";
  }
  if (const auto u = bare_part(unit); !u.empty()) {
    address += u + "单元";
  }
  if (const auto r = address_key(room); !r.empty()) {
    address += r + "室";
  }
  return address;
}

bool one_edit_apart(std::string_view a, std::string_view b, ReferenceKind kind)
{
  return distance(key_points(a, kind), key_points(b, kind), true) == 1;
}

} // namespace dongmao::domain
