#pragma once

#include <dongmao/domain/date.hpp>

#include <optional>
#include <string>
#include <string_view>

// 居民身份证号码 (GB 11643-1999): 6-digit division code, 8-digit birth date, 3-digit
// sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
namespace dongmao::domain {

// The canonical form of a typed ID number: NFKC (full-width digits), no whitespace at all,
// lower-case x as X. Does not validate.
std::string normalize_id_card(std::string_view text);

// nullopt when `normalized` (see normalize_id_card) is a valid 18-character ID number,
// else why not, in English, for an error line that may show the number masked, so the
// reason names no digit the mask hides:
//   "Excel stored this ID as a number and lost its last digits" (see below),
//   "15-digit ID of the old format; give the 18-digit one",
//   "has 17 characters, expected 18",
//   "character 5 is 'A', expected a digit" (the 18th may also be X),
//   "birth date is not a real date" / "… is before 1900" / "… is after 2100",
//   "check digit is wrong".
std::optional<std::string> id_card_problem(std::string_view normalized);

// True when the text is what Excel makes of an ID typed into a number cell: scientific
// notation of a number of 15 or more digits ("4.30602199001011E+17"); or, when the caller
// knows the cell was numeric (`from_number_cell`), 16 to 18 digits whose digits past the
// 15th are all 0, since Excel keeps only 15 significant digits. Either way the real last
// digits are gone and only the source spreadsheet can give them back.
bool looks_like_excel_mangled_id(std::string_view text, bool from_number_cell = false);

// The birth date in an 18-digit ID (or 19YYMMDD of a 15-digit one), whatever the check
// digit; nullopt when there is no real date in that place.
std::optional<Date> id_card_birth_date(std::string_view normalized);

// The ID for display without --show-pii: the first 6 and last 4 characters kept, the rest
// starred, one star per character so the length still shows — "430602********123X".
// Text shorter than 15 characters keeps only its last 2 (nothing below 4).
std::string mask_id_card(std::string_view text);

} // namespace dongmao::domain
