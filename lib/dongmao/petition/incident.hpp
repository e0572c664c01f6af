#pragma once

#include <dongmao/domain/date.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Incident timing for urgent categories (非正常死亡 …): when the office was told and when
// the situation was under control, to the minute, so "handled within 12 hours" is a figure.
namespace dongmao::petition {

// A local wall-clock time to the minute, in the workspace's time zone.
struct LocalTime
{
  domain::Date date;
  int hour = 0;
  int minute = 0;

  // Chronological order.
  auto operator<=>(const LocalTime&) const = default;

  // "YYYY-MM-DDTHH:MM", as stored.
  std::string iso() const;

  // "YYYY-MM-DD HH:MM", as shown.
  std::string display() const;
};

// "YYYY-MM-DD HH:MM" or "YYYY-MM-DDTHH:MM", optionally with ":SS" (dropped); nullopt for
// anything else, including 24:00 and impossible days.
std::optional<LocalTime> parse_local_time(std::string_view text);

// Minutes from `from` to `to`: negative when `to` is earlier.
std::int64_t minutes_between(const LocalTime& from, const LocalTime& to);

// Hours for display with one decimal: 630 minutes → "10.5".
std::string format_hours(std::int64_t minutes);

// Hours rounded to a tenth, as format_hours shows them, for JSON: 630 minutes → 10.5.
double rounded_hours(std::int64_t minutes);

} // namespace dongmao::petition
