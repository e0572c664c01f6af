#pragma once

#include <optional>
#include <string>
#include <string_view>

// Mainland China telephone numbers as written in contact columns.
namespace dongmao::domain {

// The canonical form of a phone number, or nullopt when it is not one:
//   mobiles, 11 digits 1[3-9]…, as "13812345678" (a +86, 0086 or 86 prefix is dropped);
//   landlines with an area code as "0730-8888888" (010 and 02x have 3 digits, other area
//   codes 4; the local part 7 or 8 digits), also from "(0730)8888888" or "+86 730 8888888";
//   local numbers of 7 or 8 digits without area code, as the digits.
// Spaces, dashes (full-width, — and – too) and brackets are ignored. Extensions, several
// numbers in one cell and service numbers such as 400-… give nullopt.
std::optional<std::string> normalize_phone(std::string_view text);

// The numbers of a contact cell that may hold several, separated by / , ; 、 ， ； or line
// breaks: each in normalize_phone's form, joined by "/" ("13812345678/0730-8223456");
// nullopt when any part is not a phone number.
std::optional<std::string> normalize_phones(std::string_view text);

// The number for display without --show-pii: mobiles "138****5678"; landlines
// "0730-****888" and local "****8888" (the local part's last 3 or 4 digits kept); anything
// else all stars but the last 2 characters (all stars up to 3 characters). Several numbers
// joined by "/" are masked one by one.
std::string mask_phone(std::string_view text);

} // namespace dongmao::domain
