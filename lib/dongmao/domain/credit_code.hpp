#pragma once

#include <optional>
#include <string>
#include <string_view>

// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capitals without I, O,
// S, V, Z, the last an MOD 31 check character.
namespace dongmao::domain {

// The canonical form of a typed code: NFKC (full-width characters), no whitespace at all,
// ASCII letters upper-cased. Does not validate.
std::string normalize_credit_code(std::string_view text);

// nullopt when `normalized` (see normalize_credit_code) is a well-formed code, else why
// not, in English: "has 17 characters, expected 18", "character 9 is 'I', which codes
// never use", "check character is 3, expected Y". Some codes issued early in the reform
// fail the check, so callers warn about a problem rather than reject the row.
std::optional<std::string> credit_code_problem(std::string_view normalized);

} // namespace dongmao::domain
