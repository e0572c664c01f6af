// The readers of dates and months declared in date.hpp.
#include <dongmao/domain/date.hpp>
#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/text.hpp>

#include <array>
#include <charconv>
#include <cstdlib>

namespace dongmao::domain {

namespace {

constexpr int k_min_parsed_year = 1000;

// A left-to-right reader over already-normalised text.
class Cursor
{
public:
  explicit Cursor(std::string_view text) : m_text(text) {}

  bool at_end() const { return m_pos == m_text.size(); }

  // The run of ASCII digits at the cursor, consumed; empty if there is none.
  std::string_view digits()
  {
    const auto start = m_pos;
    while (m_pos < m_text.size() && detail::is_digit(m_text[m_pos])) {
      ++m_pos;
    }
    return m_text.substr(start, m_pos - start);
  }

  // Consumes `literal` if the text continues with it.
  bool accept(std::string_view literal)
  {
    if (m_text.substr(m_pos).starts_with(literal)) {
      m_pos += literal.size();
      return true;
    }
    return false;
  }

  // Consumes one of the single-character `choices`, returning it, or 0.
  char accept_one_of(std::string_view choices)
  {
    if (m_pos < m_text.size() && choices.find(m_text[m_pos]) != std::string_view::npos) {
      return m_text[m_pos++];
    }
    return 0;
  }

  // Consumes spaces, returning how many.
  std::size_t spaces()
  {
    const auto start = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] == ' ') {
      ++m_pos;
    }
    return m_pos - start;
  }

private:
  std::string_view m_text;
  std::size_t m_pos = 0;
};

int to_int(std::string_view digits)
{
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// A field of 1 to `max_digits` digits, or nullopt.
std::optional<int> field(std::string_view digits, std::size_t max_digits)
{
  if (digits.empty() || digits.size() > max_digits) {
    return std::nullopt;
  }
  return to_int(digits);
}

// The optional time after a date: "T14:30:00", " 14:30", " 9:05:07.250". Only checked,
// because dongmao keeps days.
bool time_of_day_then_end(Cursor& cursor)
{
  if (cursor.at_end()) {
    return true;
  }
  // 2026年3月5日上午, 3月5日下午3:30, 3月5日 9点, 3月5日上午9时30分: when a visit came.
  static constexpr std::array<std::string_view, 9> k_parts_of_day = {"上午", "下午", "中午", "晚上", "凌晨",
                                                                     "早上", "傍晚", "夜间", "夜里"};
  const bool spaced = cursor.spaces() > 0;
  const bool part_of_day =
    std::any_of(k_parts_of_day.begin(), k_parts_of_day.end(), [&](auto word) { return cursor.accept(word); });
  if (part_of_day && cursor.at_end()) {
    return true;
  }
  if (!spaced && !part_of_day && !cursor.accept("T")) {
    return false;
  }
  cursor.spaces();
  const auto hour = field(cursor.digits(), 2);
  if (!hour || *hour > 23) {
    return false;
  }
  if (cursor.accept("点") || cursor.accept("时")) {
    const auto minute = cursor.digits();
    if (!minute.empty() && (minute.size() > 2 || to_int(minute) > 59 || !cursor.accept("分"))) {
      return false;
    }
    cursor.accept("许"); // 9时许: about nine
    return cursor.at_end();
  }
  if (!cursor.accept(":")) {
    return false;
  }
  const auto minute = cursor.digits();
  if (minute.size() != 2 || to_int(minute) > 59) {
    return false;
  }
  if (cursor.accept(":")) {
    const auto second = cursor.digits();
    if (second.size() != 2 || to_int(second) > 59) {
      return false;
    }
    if (cursor.accept(".") && cursor.digits().empty()) {
      return false;
    }
  }
  return cursor.at_end();
}

std::optional<Date> checked(int year, int month, int day)
{
  if (year < k_min_parsed_year || !is_valid_date(year, month, day)) {
    return std::nullopt;
  }
  return Date{year, month, day};
}

// "2026年3月5日" after the year: 3月5日, spaces allowed around each part, 日 or 号 optional.
std::optional<Date> chinese_date(Cursor& cursor, int year)
{
  cursor.spaces();
  const auto month = field(cursor.digits(), 2);
  cursor.spaces();
  if (!month || !cursor.accept("月")) {
    return std::nullopt;
  }
  cursor.spaces();
  const auto day = field(cursor.digits(), 2);
  if (!day) {
    return std::nullopt;
  }
  cursor.spaces();
  if (!cursor.accept("日")) {
    cursor.accept("号");
  }
  return checked(year, *month, *day);
}

// The separators typed between the parts of a date: 2026-3-5, 2026/3/5, 2026.3.5, 2026,3,5
// (and 2026，3，5, which NFKC folds to commas), 2026、3、5.
constexpr std::array<std::string_view, 5> k_separators = {"-", "/", ".", ",", "、"};

// The separator at the cursor, consumed, with any spaces after it; empty if there is none.
std::string_view separator(Cursor& cursor)
{
  for (const auto candidate : k_separators) {
    if (cursor.accept(candidate)) {
      cursor.spaces();
      return candidate;
    }
  }
  return {};
}

// "3-5" after the year: the month, the same separator again, the day, and the full stop some
// staff end a date with (2026.3.5.).
std::optional<Date> separated_date(Cursor& cursor, int year, std::string_view separator)
{
  const auto month = field(cursor.digits(), 2);
  if (!month || !cursor.accept(separator)) {
    return std::nullopt;
  }
  cursor.spaces();
  const auto day = field(cursor.digits(), 2);
  if (!day) {
    return std::nullopt;
  }
  if (separator == ".") {
    cursor.accept(".");
  }
  return checked(year, *month, *day);
}

// The year ending in the two digits `short_year` that lies nearest to `default_year`:
// 26 → 2026 and 99 → 1999 when the sheet is of 2026.
int nearest_year(int short_year, int default_year)
{
  const int base = default_year - default_year % 100 + short_year;
  int best = base;
  for (const int candidate : {base - 100, base + 100}) {
    if (std::abs(candidate - default_year) < std::abs(best - default_year)) {
      best = candidate;
    }
  }
  return best;
}

// The rest of a date whose year has been read: -3-5, /3/5, 年3月5日, ….
std::optional<Date> after_year(Cursor& cursor, int year)
{
  if (const auto sep = separator(cursor); !sep.empty()) {
    return separated_date(cursor, year, sep);
  }
  cursor.spaces();
  if (cursor.accept("年")) {
    return chinese_date(cursor, year);
  }
  return std::nullopt;
}

// A day typed without its year, "3月5日", "3.5" or "3-5", in `year`; nothing may follow it.
std::optional<Date> month_and_day(Cursor& cursor, int year)
{
  const auto month = field(cursor.digits(), 2);
  cursor.spaces();
  if (!month) {
    return std::nullopt;
  }
  if (cursor.accept("月")) {
    cursor.spaces();
    const auto day = field(cursor.digits(), 2);
    cursor.spaces();
    if (!day || (!cursor.accept("日") && !cursor.accept("号") && !cursor.at_end())) {
      return std::nullopt;
    }
    return checked(year, *month, *day);
  }
  const auto sep = cursor.accept_one_of("-/.");
  const auto day = sep != 0 ? field(cursor.digits(), 2) : std::nullopt;
  if (!day) {
    return std::nullopt;
  }
  if (sep == '.') {
    cursor.accept(".");
  }
  return checked(year, *month, *day);
}

// The date at the start of `cursor`, leaving any time after it. With a `default_year`, a
// two-digit year and a day without a year are read too.
std::optional<Date> date_part(Cursor& cursor, std::optional<int> default_year)
{
  const Cursor start = cursor;
  const auto lead = cursor.digits();
  if (lead.size() == 8) {
    return checked(to_int(lead.substr(0, 4)), to_int(lead.substr(4, 2)), to_int(lead.substr(6, 2)));
  }
  if (lead.size() == 4) {
    return after_year(cursor, to_int(lead));
  }
  if (!default_year || lead.empty() || lead.size() > 2) {
    return std::nullopt;
  }
  if (lead.size() == 2) {
    Cursor year_first = cursor;
    if (auto date = after_year(year_first, nearest_year(to_int(lead), *default_year))) {
      if (year_first.at_end()) {
        cursor = year_first;
        return date;
      }
    }
  }
  cursor = start;
  return month_and_day(cursor, *default_year);
}

// A plain non-negative number, digits with an optional fraction: the text of a number cell.
std::optional<double> plain_number(std::string_view text)
{
  Cursor cursor(text);
  if (cursor.digits().empty()) {
    return std::nullopt;
  }
  if (cursor.accept(".") && cursor.digits().empty()) {
    return std::nullopt;
  }
  if (!cursor.at_end()) {
    return std::nullopt;
  }
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec != std::errc{}) {
    return std::nullopt;
  }
  return value;
}

} // namespace

std::optional<Date> parse_date(std::string_view text, std::optional<int> default_year)
{
  const auto normalized = trim(nfkc(text));
  Cursor cursor(normalized);
  const auto date = date_part(cursor, default_year);
  if (!date || !time_of_day_then_end(cursor)) {
    return std::nullopt;
  }
  return date;
}

std::optional<Date> parse_iso_date(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!detail::is_digit(text[i])) {
      return std::nullopt;
    }
  }
  return checked(to_int(text.substr(0, 4)), to_int(text.substr(5, 2)), to_int(text.substr(8, 2)));
}

std::optional<Date> parse_date_or_serial(std::string_view text, std::optional<int> default_year)
{
  if (auto date = parse_date(text, default_year)) {
    return date;
  }
  const auto serial = plain_number(trim(nfkc(text)));
  if (!serial || *serial < 1.0 || *serial >= 2958466.0 || (*serial >= 60.0 && *serial < 61.0)) {
    return std::nullopt;
  }
  return from_excel_serial(*serial);
}

std::optional<YearMonth> parse_year_month(std::string_view text)
{
  const auto normalized = trim(nfkc(text));
  Cursor cursor(normalized);
  const auto lead = cursor.digits();
  std::optional<int> month;
  int year = 0;
  if (lead.size() == 6) {
    year = to_int(lead.substr(0, 4));
    month = to_int(lead.substr(4, 2));
  } else if (lead.size() == 4) {
    year = to_int(lead);
    if (cursor.accept_one_of("-/.")) {
      month = field(cursor.digits(), 2);
    } else {
      cursor.spaces();
      if (cursor.accept("年")) {
        cursor.spaces();
        month = field(cursor.digits(), 2);
        cursor.spaces();
        if (!cursor.accept("月")) {
          return std::nullopt;
        }
      }
    }
  }
  if (!month || !cursor.at_end() || year < k_min_parsed_year || *month < 1 || *month > 12) {
    return std::nullopt;
  }
  return YearMonth{year, *month};
}

} // namespace dongmao::domain
