#include <dongmao/read/number_format.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace dongmao::read {

namespace {

// Last serial Excel can display as a date: 9999-12-31.
constexpr double k_max_serial = 2958465.0;
constexpr std::int64_t k_seconds_per_day = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d)
{
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil
{
  std::int64_t year;
  unsigned month;
  unsigned day;
};

// Inverse of days_from_civil.
Civil civil_from_days(std::int64_t z)
{
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool is_leap(std::int64_t y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned days_in_month(std::int64_t y, unsigned m)
{
  constexpr std::array<unsigned, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : k_days[m - 1];
}

void append_padded(std::string& out, std::int64_t value, int width)
{
  std::array<char, 24> buffer{};
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  for (auto n = static_cast<int>(end - buffer.data()); n < width; ++n) {
    out.push_back('0');
  }
  out.append(buffer.data(), end);
}

void append_time(std::string& out, std::int64_t seconds)
{
  append_padded(out, seconds / 3600, 2);
  out.push_back(':');
  append_padded(out, seconds / 60 % 60, 2);
  out.push_back(':');
  append_padded(out, seconds % 60, 2);
}

// Reads exactly `width` digits at `pos`; -1 when they are not all digits.
std::int64_t read_digits(std::string_view text, std::size_t pos, std::size_t width)
{
  if (pos + width > text.size()) {
    return -1;
  }
  std::int64_t value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return -1;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Parses "HH:MM[:SS[.fff]]" at the start of `text` into a fraction of a day.
std::optional<double> parse_time(std::string_view text)
{
  const auto hour = read_digits(text, 0, 2);
  const auto minute = read_digits(text, 3, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text[2] != ':') {
    return std::nullopt;
  }
  double second = 0.0;
  std::size_t pos = 5;
  if (pos < text.size() && text[pos] == ':') {
    const auto whole = read_digits(text, pos + 1, 2);
    if (whole < 0 || whole > 59) {
      return std::nullopt;
    }
    second = static_cast<double>(whole);
    pos += 3;
    if (pos < text.size() && text[pos] == '.') {
      double scale = 0.1;
      for (++pos; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos) {
        second += scale * (text[pos] - '0');
        scale /= 10;
      }
    }
  }
  // A UTC designator or offset may follow; cells carry local wall-clock time, so it is ignored.
  if (pos < text.size() && text[pos] != 'Z' && text[pos] != '+' && text[pos] != '-') {
    return std::nullopt;
  }
  return (static_cast<double>(hour * 3600 + minute * 60) + second) / static_cast<double>(k_seconds_per_day);
}

// The format code without its literal parts: "…" strings (to the end when unclosed) and the
// character after \, _ or * (a literal, a padding width, a fill character).
std::string without_literals(std::string_view code)
{
  std::string out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const auto close = code.find('"', i + 1);
      if (close == std::string_view::npos) {
        break;
      }
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace

bool is_builtin_date_format(unsigned id)
{
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool is_percent_format_code(std::string_view code)
{
  return without_literals(code).find('%') != std::string::npos;
}

bool is_date_format_code(std::string_view code)
{
  const auto tokens = without_literals(code);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const char c = tokens[i];
    if (c == '[') {
      const auto close = tokens.find(']', i + 1);
      if (close == std::string::npos) {
        return false;
      }
      // [h], [mm], [ss] are elapsed-time tokens; anything else is a colour, condition or locale.
      const auto inner = std::string_view(tokens).substr(i + 1, close - i - 1);
      if (!inner.empty()) {
        const char first = static_cast<char>(inner[0] | 0x20);
        bool same = first == 'h' || first == 'm' || first == 's';
        for (const char d : inner) {
          same = same && static_cast<char>(d | 0x20) == first;
        }
        if (same) {
          return true;
        }
      }
      i = close;
    } else {
      switch (c | 0x20) {
      case 'y':
      case 'm':
      case 'd':
      case 'h':
      case 's':
        return true;
      default:
        break;
      }
    }
  }
  return false;
}

bool format_excel_date(double serial, std::string& out)
{
  out.clear();
  if (!(serial >= 0.0) || serial >= k_max_serial + 1.0) {
    return false;
  }
  const auto total = static_cast<std::int64_t>(std::llround(serial * static_cast<double>(k_seconds_per_day)));
  const std::int64_t day = total / k_seconds_per_day;
  const std::int64_t seconds = total % k_seconds_per_day;
  if (day == 0) {
    append_time(out, seconds);
    return true;
  }
  if (day > static_cast<std::int64_t>(k_max_serial)) {
    return false;
  }
  Civil date{1900, 2, 29}; // Excel's fictitious leap day, serial 60, kept for Lotus 1-2-3
  if (day < 60) {
    date = civil_from_days(days_from_civil(1899, 12, 31) + day);
  } else if (day > 60) {
    date = civil_from_days(days_from_civil(1899, 12, 30) + day);
  }
  append_padded(out, date.year, 4);
  out.push_back('-');
  append_padded(out, date.month, 2);
  out.push_back('-');
  append_padded(out, date.day, 2);
  if (seconds != 0) {
    out.push_back(' ');
    append_time(out, seconds);
  }
  return true;
}

std::optional<double> iso_to_serial(std::string_view iso)
{
  if (iso.size() >= 5 && iso[2] == ':') {
    return parse_time(iso);
  }
  const auto year = read_digits(iso, 0, 4);
  const auto month = read_digits(iso, 5, 2);
  const auto day = read_digits(iso, 8, 2);
  if (year < 1899 || month < 1 || month > 12 || day < 1 || iso[4] != '-' || iso[7] != '-') {
    return std::nullopt;
  }
  double serial = 0.0;
  if (year == 1900 && month == 2 && day == 29) {
    serial = 60.0;
  } else {
    if (static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month))) {
      return std::nullopt;
    }
    auto days =
      days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) - days_from_civil(1899, 12, 30);
    days -= days <= 60 ? 1 : 0; // before the fictitious 1900-02-29 serials are one lower
    if (days < 0 || static_cast<double>(days) > k_max_serial) {
      return std::nullopt;
    }
    serial = static_cast<double>(days);
  }
  if (iso.size() == 10) {
    return serial;
  }
  if (iso[10] != 'T' && iso[10] != ' ') {
    return std::nullopt;
  }
  const auto time = parse_time(iso.substr(11));
  if (!time) {
    return std::nullopt;
  }
  return serial + *time;
}

void format_number(double value, std::string& out)
{
  std::array<char, 64> buffer{};
  if (value == 0.0) {
    out.assign("0"); // also for -0.0, which a ledger never means
    return;
  }
  const double magnitude = std::fabs(value);
  const auto format = magnitude >= 1e15 || magnitude < 1e-9 ? std::chars_format::scientific : std::chars_format::fixed;
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format);
  if (ec != std::errc{}) {
    out.assign(std::isnan(value) ? "NaN" : "Inf");
    return;
  }
  out.assign(buffer.data(), end);
}

void format_percent(double value, std::string& out)
{
  std::string text;
  format_number(value, text);
  if (text.find_first_not_of("-0123456789.") != std::string::npos) {
    format_number(value * 100.0, out); // exponent form: beyond what a ledger's percentage holds
    out.push_back('%');
    return;
  }
  // Move the decimal point two places right in the exact decimal text, not in binary.
  const bool negative = text.starts_with('-');
  const auto digits_start = negative ? 1U : 0U;
  const auto point = text.find('.');
  std::string whole = text.substr(digits_start, point == std::string::npos ? std::string::npos : point - digits_start);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  fraction.resize(std::max<std::size_t>(fraction.size(), 2), '0');
  whole += fraction.substr(0, 2);
  fraction.erase(0, 2);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  while (!fraction.empty() && fraction.back() == '0') {
    fraction.pop_back();
  }
  out.assign(negative ? "-" : "");
  out += whole;
  if (!fraction.empty()) {
    out += "." + fraction;
  }
  out.push_back('%');
}

} // namespace dongmao::read
