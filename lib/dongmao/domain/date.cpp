// Calendar arithmetic on Date and YearMonth.
#include <dongmao/domain/date.hpp>

#include <algorithm>

namespace dongmao::domain {

namespace {

constexpr int k_min_year = 1;
constexpr int k_max_year = 9999;

bool is_leap_year(int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// `value` as decimal, zero-padded to `width` digits.
std::string padded(int value, std::size_t width)
{
  auto digits = std::to_string(value < 0 ? -static_cast<long long>(value) : value);
  if (digits.size() < width) {
    digits.insert(0, width - digits.size(), '0');
  }
  return value < 0 ? "-" + digits : digits;
}

// Rounds toward negative infinity, unlike `/` on negative numbers.
std::int64_t floor_div(std::int64_t a, std::int64_t b)
{
  return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

std::string Date::iso() const
{
  return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
}

std::string YearMonth::iso() const
{
  return padded(year, 4) + "-" + padded(month, 2);
}

Date YearMonth::first_day() const
{
  return {year, month, 1};
}

Date YearMonth::last_day() const
{
  return {year, month, days_in_month(year, month)};
}

YearMonth YearMonth::previous() const
{
  return month <= 1 ? YearMonth{year - 1, 12} : YearMonth{year, month - 1};
}

int days_in_month(int year, int month)
{
  constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    return 0;
  }
  return month == 2 && is_leap_year(year) ? 29 : k_days[month - 1];
}

bool is_valid_date(int year, int month, int day)
{
  return year >= k_min_year && year <= k_max_year && day >= 1 && day <= days_in_month(year, month);
}

std::int64_t to_days(Date date)
{
  // http://howardhinnant.github.io/date_algorithms.html#days_from_civil
  const std::int64_t y = static_cast<std::int64_t>(date.year) - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = date.month > 2 ? date.month - 3 : date.month + 9;
  const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(std::int64_t days)
{
  // http://howardhinnant.github.io/date_algorithms.html#civil_from_days
  const std::int64_t z = days + 719468;
  const std::int64_t era = floor_div(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

Date add_days(Date date, int days)
{
  return from_days(to_days(date) + days);
}

int days_between(Date a, Date b)
{
  return static_cast<int>(to_days(b) - to_days(a));
}

int weekday(Date date)
{
  // 1970-01-01 was a Thursday (4).
  const auto days = to_days(date);
  return static_cast<int>(days - floor_div(days + 3, 7) * 7 + 3) + 1;
}

Date add_months(Date date, int months)
{
  const std::int64_t index = static_cast<std::int64_t>(date.year) * 12 + (date.month - 1) + months;
  const int year = static_cast<int>(floor_div(index, 12));
  const int month = static_cast<int>(index - floor_div(index, 12) * 12) + 1;
  return {year, month, std::min(date.day, days_in_month(year, month))};
}

} // namespace dongmao::domain
