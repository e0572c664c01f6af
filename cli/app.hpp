#pragma once

#include <iosfwd>

namespace dongmao::cli {

// Parses the command line, runs the chosen subcommand and returns the exit status. Every
// dongmao::Error is caught here and printed as one line "dongmao: error: …".
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace dongmao::cli
