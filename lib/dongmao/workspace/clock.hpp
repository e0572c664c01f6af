#pragma once

#include <dongmao/domain/date.hpp>

#include <optional>
#include <string>

namespace dongmao::workspace {

// "Today" and "now" for the whole run. Today can be pinned (--today / $DONGMAO_TODAY) so
// deadlines and "this month" are reproducible; timestamps in the audit log stay real.
class Clock
{
public:
  // A clock in `zone` (an IANA name such as Asia/Shanghai), pinned to `today` if given.
  explicit Clock(std::string zone = "Asia/Shanghai", std::optional<domain::Date> today = std::nullopt);

  // The current date in the workspace's time zone, or the pinned date.
  domain::Date today() const;

  // The current instant as ISO 8601 with the zone's offset, e.g. 2026-11-27T09:30:00+08:00.
  std::string now() const;

  // Whether today() is pinned.
  bool pinned() const noexcept { return m_today.has_value(); }

private:
  std::string m_timezone;
  std::optional<domain::Date> m_today;
};

} // namespace dongmao::workspace
