#include "context.hpp"

#include <dongmao/error.hpp>
#include <dongmao/workspace/operator.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <unistd.h>

namespace dongmao::cli {

bool Context::stdout_is_tty() const
{
  return ::isatty(STDOUT_FILENO) == 1;
}

bool Context::stderr_is_tty() const
{
  return ::isatty(STDERR_FILENO) == 1;
}

workspace::Workspace Context::open_workspace(workspace::Workspace::Access access) const
{
  std::optional<std::filesystem::path> env;
  if (const char* value = std::getenv("DONGMAO_WORKSPACE")) {
    env = value;
  }
  const auto dir = workspace::locate(options.workspace, env, std::filesystem::current_path());
  return workspace::Workspace(dir, access);
}

workspace::Clock Context::clock(const std::string& zone) const
{
  std::optional<std::string> pinned = options.today;
  const char* source = "--today";
  if (!pinned) {
    if (const char* env = std::getenv("DONGMAO_TODAY"); env && *env) {
      pinned = env;
      source = "DONGMAO_TODAY";
    }
  }
  if (!pinned) {
    return workspace::Clock(zone);
  }
  const auto date = domain::parse_iso_date(*pinned);
  if (!date) {
    throw UsageError(fmt::format("{}: '{}' is not a date YYYY-MM-DD", source, *pinned));
  }
  return workspace::Clock(zone, *date);
}

std::string Context::operator_name() const
{
  return workspace::resolve_operator(options.operator_name);
}

} // namespace dongmao::cli
