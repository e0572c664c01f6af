#pragma once

#include "options.hpp"

#include <string>
#include <vector>

// What the command tree tells about itself: for `dongmao help CMD SUB` and the generated
// bash completion, so neither repeats the list of commands.
namespace dongmao::cli {

// Whether `words` (CMD, or CMD SUB …) name a command of `app`.
bool names_command(App& app, const std::vector<std::string>& words);

// A bash completion script for `app`'s commands, subcommands and options.
std::string bash_completion(App& app);

} // namespace dongmao::cli
