#include <dongmao/workspace/operator.hpp>

#include <cstdlib>

#include <pwd.h>
#include <unistd.h>

namespace dongmao::workspace {

std::string resolve_operator(const std::optional<std::string>& flag)
{
  if (flag && !flag->empty()) {
    return *flag;
  }
  if (const char* env = std::getenv("DONGMAO_OPERATOR"); env && *env) {
    return env;
  }
  // getlogin() needs a controlling terminal, which cron jobs lack; the passwd entry does not.
  if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name) {
    return entry->pw_name;
  }
  if (const char* user = std::getenv("USER"); user && *user) {
    return user;
  }
  return "unknown";
}

} // namespace dongmao::workspace
