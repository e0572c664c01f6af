#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Calendar dates as ledgers write them. Proleptic Gregorian, no time zones: every date in
// the office's work is a local calendar day.
namespace dongmao::domain {

// A calendar day. Not validated on construction: use is_valid_date or a parser.
struct Date
{
  int year = 1970;
  int month = 1;
  int day = 1;

  // Chronological order, as the fields are declared from most to least significant.
  auto operator<=>(const Date&) const = default;

  // "YYYY-MM-DD", the only form dongmao writes.
  std::string iso() const;
};

// A calendar month, the period of a 月报.
struct YearMonth
{
  int year = 1970;
  int month = 1;

  // Chronological order.
  auto operator<=>(const YearMonth&) const = default;

  // "YYYY-MM".
  std::string iso() const;

  // The 1st of the month.
  Date first_day() const;

  // The last day of the month (28th to 31st).
  Date last_day() const;

  // The month before, across year ends: 2026-01 → 2025-12.
  YearMonth previous() const;
};

// True for a real day of years 1 to 9999: 2024-02-29 yes, 2026-02-29 and 1900-02-29 no.
bool is_valid_date(int year, int month, int day);

// 28 to 31, or 0 when `month` is not 1 to 12.
int days_in_month(int year, int month);

// Days since 1970-01-01 (negative before), after Howard Hinnant's days_from_civil.
std::int64_t to_days(Date date);

// The date `days` days after 1970-01-01, the inverse of to_days.
Date from_days(std::int64_t days);

// `date` moved by `days` (negative goes back).
Date add_days(Date date, int days);

// b − a in days: positive when `b` is later.
int days_between(Date a, Date b);

// ISO weekday: 1 = Monday … 7 = Sunday.
int weekday(Date date);

// `date` moved by whole months, the day clamped to the target month: 01-31 + 1 → 02-28/29.
Date add_months(Date date, int months);

// A date written any way Chinese spreadsheets write one, after NFKC and trimming:
// 2026-03-05, 2026-3-5, 2026/3/5, 2026.3.5, 2026.3.5. (a closing full stop), 2026,3,5 and
// 2026，3，5, 2026、3、5, 2026年3月5日, 2026年3月5号, 20260305, each optionally followed by a
// time (" 14:30", " 14:30:00", "T14:30:00", ".5" seconds) that is checked and dropped. The
// separator must be the same twice (2026-3/5 is rejected). Without `default_year`, years
// must have four digits (1000-9999): 26-3-5 is rejected rather than guessed. With it (the
// year of the sheet, from its title), a two-digit year is the year ending in those digits
// nearest to it (26.3.5 → 2026-03-05) and a day without a year — 3月5日, 3月5号, 3.5, 3-5,
// 3/5 — falls in it. nullopt for anything else, including impossible days (2026-02-30).
std::optional<Date> parse_date(std::string_view text, std::optional<int> default_year = std::nullopt);

// Strictly "YYYY-MM-DD" (years 1000-9999), no spaces or other forms: for command-line
// flags and settings, where accepting a guess would hide a typo in a script.
std::optional<Date> parse_iso_date(std::string_view text);

// The day Excel shows for a date serial (the fraction, a time of day, is ignored).
// 1900 system: 1 = 1900-01-01 … 59 = 1900-02-28, 61 = 1900-03-01, 45658 = 2025-01-01,
// up to 2958465 = 9999-12-31. Serial 60 is Excel's fictitious 1900-02-29 (kept for
// Lotus 1-2-3 compatibility) and is rejected rather than silently moved to another day.
// 1904 system (old Mac workbooks): 0 = 1904-01-01.
// Throws DataError for serial 60 (1900 system), NaN, and serials outside those ranges.
Date from_excel_serial(double serial, bool date1904 = false);

// parse_date, else a plain number 1 to 2958465 (digits, optional fraction) read as a
// 1900-system Excel serial, as text exports of date cells carry. A bare "2026" is thus a
// serial (1905-07-18), not a year: callers wanting years must check before. nullopt for
// serial 60 and anything else.
std::optional<Date> parse_date_or_serial(std::string_view text, std::optional<int> default_year = std::nullopt);

// A month written as 2026-11, 2026/11, 2026.11, 2026年11月 or 202611 (after NFKC and
// trimming); nullopt otherwise.
std::optional<YearMonth> parse_year_month(std::string_view text);

} // namespace dongmao::domain
