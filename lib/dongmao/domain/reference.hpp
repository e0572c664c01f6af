#pragma once

#include <string>
#include <string_view>
#include <vector>

// How a typed reference (a community, grid, project or household named in a cell or a flag)
// is compared with the names the workspace knows: exactly, after normalisation, never by
// prefix or containment.
namespace dongmao::domain {

// What a reference names; each kind folds the spellings staff use for the same thing.
enum class ReferenceKind
{
  community, // 柴家山, 柴家山社区, 柴家山社区居委会, 东茅岭街道柴家山社区 are one
  grid,      // 第一网格, 第1网格, 1网格 are one
  name,      // a project's code or name, a household code: full width, case and spaces only
};

// The form two references of `kind` are compared in: NFKC, case-folded, without spaces, and
// the kind's own folding. Two texts name the same thing exactly when their keys are equal.
std::string reference_key(std::string_view text, ReferenceKind kind);

// The candidates nearest to `needle` by edit distance between keys, for "did you mean":
// those at the smallest distance, if it is at most max(1, code points of the key / 3); in
// the candidates' order, each once.
std::vector<std::string> nearest_references(std::string_view needle, const std::vector<std::string>& candidates,
                                            ReferenceKind kind);

// Whether `a` and `b` are one edit apart as references of `kind` (a typo rather than another
// name). A different number is no typo: 第一网格 and 第二网格 are not one edit apart.
bool one_edit_apart(std::string_view a, std::string_view b, ReferenceKind kind);

} // namespace dongmao::domain
