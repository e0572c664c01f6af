// edit_distance and closest_match, declared in text.hpp.
#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/text.hpp>

#include <algorithm>
#include <numeric>

namespace dongmao::domain {

namespace {

// Shortest needle or candidate, in code points, that may match by containment: a single
// character such as 山 is in too many names to be a safe guess.
constexpr std::size_t k_min_affix_length = 2;

// What two names are compared by: NFKC, case-folded, without any whitespace, as code points.
std::u32string match_key(std::string_view text)
{
  const auto folded = detail::nfkc_map(text, true).value_or(std::string(text));
  auto key = detail::to_code_points(folded);
  // NFKC has already turned U+3000 and U+00A0 into plain spaces.
  std::erase_if(key, [](char32_t c) { return c < 0x80 && detail::is_ascii_space(static_cast<char>(c)); });
  return key;
}

std::size_t distance(const std::u32string& a, const std::u32string& b)
{
  // Two rows of the classic table are enough.
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Whether `candidate` and `needle` overlap enough to be the same name written more or
// less fully: one starts with or contains the other.
bool is_affix(const std::u32string& needle, const std::u32string& candidate)
{
  if (needle.size() >= k_min_affix_length && candidate.find(needle) != std::u32string::npos) {
    return true;
  }
  return candidate.size() >= k_min_affix_length && needle.find(candidate) != std::u32string::npos;
}

struct Candidate
{
  const std::string* value = nullptr;
  std::u32string key;
};

// The only element of `hits`, or nullopt when there are none or several.
std::optional<Match> unique(const std::vector<const Candidate*>& hits, bool safe)
{
  if (hits.size() != 1) {
    return std::nullopt;
  }
  return Match{*hits.front()->value, safe};
}

} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  return distance(detail::to_code_points(a), detail::to_code_points(b));
}

std::optional<Match> closest_match(std::string_view needle, const std::vector<std::string>& candidates)
{
  const auto needle_key = match_key(needle);
  if (needle_key.empty()) {
    return std::nullopt;
  }

  // A list may repeat a name; repeats must not make a match look ambiguous.
  std::vector<Candidate> pool;
  for (const auto& value : candidates) {
    auto key = match_key(value);
    const bool seen = std::any_of(pool.begin(), pool.end(), [&](const Candidate& c) { return *c.value == value; });
    if (!key.empty() && !seen) {
      pool.push_back({&value, std::move(key)});
    }
  }

  std::vector<const Candidate*> exact;
  std::vector<const Candidate*> affix;
  for (const auto& candidate : pool) {
    if (candidate.key == needle_key) {
      exact.push_back(&candidate);
    } else if (is_affix(needle_key, candidate.key)) {
      affix.push_back(&candidate);
    }
  }
  if (!exact.empty()) {
    return unique(exact, true);
  }
  if (!affix.empty()) {
    return unique(affix, true);
  }

  const std::size_t limit = std::max<std::size_t>(1, needle_key.size() / 3);
  std::vector<const Candidate*> nearest;
  std::size_t best = limit + 1;
  for (const auto& candidate : pool) {
    const auto d = distance(needle_key, candidate.key);
    if (d > limit) {
      continue;
    }
    if (d < best) {
      best = d;
      nearest.clear();
    }
    if (d == best) {
      nearest.push_back(&candidate);
    }
  }
  return unique(nearest, false);
}

} // namespace dongmao::domain
