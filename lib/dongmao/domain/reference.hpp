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
// those at the smallest distance, if it is at most max(1, code points of the key / 3), else
// those whose key contains the needle's or is contained in it (2 code points or more); in
// the candidates' order, each once. Only ever a suggestion, never a match.
std::vector<std::string> nearest_references(std::string_view needle, const std::vector<std::string>& candidates,
                                            ReferenceKind kind);

// Whether `a` and `b` are one edit apart as references of `kind` (a typo rather than another
// name). A different number is no typo: 第一网格 and 第二网格 are not one edit apart.
bool one_edit_apart(std::string_view a, std::string_view b, ReferenceKind kind);

// A home's address in the form two spellings of it are compared in: reference_key's folding,
// numerals as digits, 幢/号楼/座/# as 栋, 3-2-301 as 3栋2单元301, without a trailing 室/号/房.
// 三幢二单元301室 and 3栋2单元301 have one key.
std::string address_key(std::string_view text);

// The building, unit and room of an address key (3栋2单元301), without what precedes them
// (a street or estate); the whole key when it has no building or unit.
std::string address_tail(std::string_view key);

// The address a ledger's 楼栋/单元/房号 columns give: 3栋2单元301室; any part may be empty.
std::string compose_address(std::string_view building, std::string_view unit, std::string_view room);

} // namespace dongmao::domain
