#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dongmao::read {

// Days between the 1900 and the 1904 date systems: 1904 serial 0 is 1900 serial 1462.
inline constexpr double k_date1904_offset = 1462.0;

// Whether a built-in number format id (no format code in styles.xml) displays a date or
// time; covers the Chinese-locale built-ins 27–36 and 50–58 that WPS and Excel-zh use.
bool is_builtin_date_format(unsigned id);

// Whether a custom number format code displays a date or time: it has y/m/d/h/s tokens
// outside quoted literals, escapes and [..] modifiers (elapsed [h]/[mm]/[ss] count).
bool is_date_format_code(std::string_view code);

// Whether a number format code shows its value as a percentage: a % outside quoted literals
// and escapes ("0%", "0.00%"; the built-in ids 9 and 10 are such codes).
bool is_percent_format_code(std::string_view code);

// Writes a fraction as a percent format shows it, to every digit it holds: 0.71 → "71%",
// 0.055 → "5.5%", 1 → "100%".
void format_percent(double value, std::string& out);

// Writes a serial of the 1900 date system (with Excel's fictitious 1900-02-29 = 60) as
// "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS", or "HH:MM:SS" for a pure time below 1; false when
// the serial is outside 0 … 9999-12-31.
bool format_excel_date(double serial, std::string& out);

// The 1900-system serial of an ISO date or date-time ("2026-03-05", "2026-03-05T10:20:30Z",
// "2026-03-05 10:20:30"), or of a time "10:20:30"; nullopt when it is not one.
std::optional<double> iso_to_serial(std::string_view iso);

// Writes a number as its shortest round-trip decimal text: "12", "3.5", "-0.25"; from 1e15
// on in exponent form ("4.30602199001011e+17") because such a value has lost digits, so an
// ID number that went through a numeric cell is recognisable as mangled.
void format_number(double value, std::string& out);

} // namespace dongmao::read
