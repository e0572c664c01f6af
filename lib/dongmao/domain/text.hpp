#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Text as it arrives from hand-kept spreadsheets: full-width digits, stray ideographic
// spaces, byte order marks, and names typed a little differently each time.
namespace dongmao::domain {

// Removes ASCII whitespace, U+3000 ideographic space and U+00A0 no-break space from both
// ends, and a UTF-8 byte order mark from the start.
std::string trim(std::string_view text);

// Unicode NFKC: full-width digits, letters and punctuation become their ASCII forms
// (１２３ → 123, （ → (, ￥ → ¥). Text that is not valid UTF-8 is returned unchanged.
std::string nfkc(std::string_view text);

// The canonical form of a spreadsheet cell: trim(nfkc(text)), except that the full-width
// punctuation of Chinese prose （）！，：；？ is kept as typed, since names and addresses
// are shown back to staff. Parsers of numbers, dates and IDs fold these themselves.
std::string normalize_cell(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or truncation).
bool is_valid_utf8(std::string_view text);

// Terminal columns `text` takes: 2 for CJK and full-width characters, 0 for combining
// marks and controls, 1 otherwise; each invalid byte counts 1.
std::size_t display_width(std::string_view text);

// `text` followed by spaces up to `width` columns; wider text is returned unchanged.
std::string pad_right(std::string_view text, std::size_t width);

// Spaces followed by `text` up to `width` columns; wider text is returned unchanged.
std::string pad_left(std::string_view text, std::size_t width);

// The code points of `text`, each as its own UTF-8 string; invalid bytes stand alone.
std::vector<std::string> split_codepoints(std::string_view text);

// Levenshtein distance counted in code points, so 柴家山 → 柴家山社区 is 2, not 6.
std::size_t edit_distance(std::string_view a, std::string_view b);

// A candidate picked by closest_match.
struct Match
{
  std::string value; // the candidate exactly as given
  // True for an exact match or the only candidate sharing a prefix/containment with the
  // needle: safe to accept without asking. False for a nearest-by-edit-distance guess,
  // which is only a suggestion ("did you mean …?").
  bool exact_or_unique_affix = false;
};

// The candidate the user most likely meant by `needle`, e.g. 柴家山 → 柴家山社区 or
// 柴家山社区居委会 → 柴家山社区. Comparison ignores case, whitespace and full-/half-width.
// In order: an exact match; else the unique candidate that starts with or contains the
// needle, or that the needle contains (both sides at least 2 code points); else the unique
// candidate at the smallest edit distance if that is ≤ max(1, code points of needle / 3).
// Anything ambiguous yields nullopt: guessing wrong reference data is worse than asking.
std::optional<Match> closest_match(std::string_view needle, const std::vector<std::string>& candidates);

} // namespace dongmao::domain
