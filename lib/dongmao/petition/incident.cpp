#include <dongmao/domain/text.hpp>
#include <dongmao/petition/incident.hpp>

#include <fmt/format.h>

#include <cctype>

namespace dongmao::petition {

namespace {

std::optional<int> two_digits(std::string_view text, std::size_t at)
{
  if (at + 2 > text.size() || !std::isdigit(static_cast<unsigned char>(text[at])) ||
      !std::isdigit(static_cast<unsigned char>(text[at + 1]))) {
    return std::nullopt;
  }
  return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

} // namespace

std::string LocalTime::iso() const
{
  return fmt::format("{}T{:02}:{:02}", date.iso(), hour, minute);
}

std::string LocalTime::display() const
{
  return fmt::format("{} {:02}:{:02}", date.iso(), hour, minute);
}

std::optional<LocalTime> parse_local_time(std::string_view input)
{
  const auto text = domain::trim(input);
  // YYYY-MM-DD, a separator, HH:MM, then optionally :SS.
  if ((text.size() != 16 && text.size() != 19) || (text[10] != ' ' && text[10] != 'T') || text[13] != ':') {
    return std::nullopt;
  }
  const auto date = domain::parse_iso_date(std::string_view(text).substr(0, 10));
  const auto hour = two_digits(text, 11);
  const auto minute = two_digits(text, 14);
  if (!date || !hour || !minute || *hour > 23 || *minute > 59) {
    return std::nullopt;
  }
  if (text.size() == 19) {
    const auto second = two_digits(text, 17);
    if (text[16] != ':' || !second || *second > 59) {
      return std::nullopt;
    }
  }
  return LocalTime{*date, *hour, *minute};
}

std::int64_t minutes_between(const LocalTime& from, const LocalTime& to)
{
  const auto to_minutes = [](const LocalTime& time) {
    return domain::to_days(time.date) * 1440 + time.hour * 60 + time.minute;
  };
  return to_minutes(to) - to_minutes(from);
}

namespace {

// Tenths of an hour, rounded half away from zero in integers so 615 minutes is 10.3, not 10.2.
std::int64_t tenths_of_hour(std::int64_t minutes)
{
  const std::int64_t magnitude = ((minutes < 0 ? -minutes : minutes) * 10 + 30) / 60;
  return minutes < 0 ? -magnitude : magnitude;
}

} // namespace

std::string format_hours(std::int64_t minutes)
{
  const auto tenths = tenths_of_hour(minutes);
  const auto magnitude = tenths < 0 ? -tenths : tenths;
  return fmt::format("{}{}.{}", tenths < 0 ? "-" : "", magnitude / 10, magnitude % 10);
}

double rounded_hours(std::int64_t minutes)
{
  return static_cast<double>(tenths_of_hour(minutes)) / 10.0;
}

} // namespace dongmao::petition
