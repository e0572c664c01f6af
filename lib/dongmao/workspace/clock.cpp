#include <dongmao/workspace/clock.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace dongmao::workspace {

namespace {

// Breaks `t` down in `zone`. Asia/Shanghai (no DST since 1991) and UTC work without tzdata;
// other zones go through the C library's TZ handling.
std::tm local_time(std::time_t t, const std::string& zone, long& offset_seconds)
{
  std::tm parts{};
  const bool have_tzdata = std::filesystem::exists(std::filesystem::path("/usr/share/zoneinfo") / zone);
  if (!have_tzdata && (zone == "Asia/Shanghai" || zone == "UTC")) {
    offset_seconds = zone == "UTC" ? 0 : 8 * 3600;
    const std::time_t shifted = t + offset_seconds;
    gmtime_r(&shifted, &parts);
    return parts;
  }
  const char* previous = std::getenv("TZ");
  const std::string saved = previous ? previous : "";
  setenv("TZ", zone.c_str(), 1);
  tzset();
  localtime_r(&t, &parts);
  offset_seconds = parts.tm_gmtoff;
  if (previous) {
    setenv("TZ", saved.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
  return parts;
}

} // namespace

Clock::Clock(std::string zone, std::optional<domain::Date> today) : m_timezone(std::move(zone)), m_today(today) {}

domain::Date Clock::today() const
{
  if (m_today) {
    return *m_today;
  }
  long offset = 0;
  const auto parts = local_time(std::time(nullptr), m_timezone, offset);
  return domain::Date{parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday};
}

std::string Clock::now() const
{
  long offset = 0;
  const auto parts = local_time(std::time(nullptr), m_timezone, offset);
  const char sign = offset < 0 ? '-' : '+';
  const long magnitude = offset < 0 ? -offset : offset;
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", parts.tm_year + 1900, parts.tm_mon + 1,
                     parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec, sign, magnitude / 3600,
                     (magnitude % 3600) / 60);
}

} // namespace dongmao::workspace
