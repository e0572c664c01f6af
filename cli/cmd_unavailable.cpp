#include "commands.hpp"

#include <dongmao/error.hpp>

namespace dongmao::cli {

namespace {

// Commands listed in the contract whose implementation has not landed yet say so plainly
// instead of pretending to work.
Action unavailable(CLI::App& sub, const char* name)
{
  sub.allow_extras();
  return [name]() -> int {
    throw Error(ExitStatus::failure, std::string("'") + name + "' is not available in this version of dongmao yet");
  };
}

} // namespace

Action setup_petition(CLI::App& sub, Context&) { return unavailable(sub, "petition"); }
Action setup_report(CLI::App& sub, Context&) { return unavailable(sub, "report"); }

} // namespace dongmao::cli
