#pragma once

#include <iosfwd>

namespace dongmao::cli {

// Where a command prints, and how: the two streams and the global output flags.
struct Terminal
{
  std::ostream& out;     // results
  std::ostream& err;     // progress and warnings
  bool json = false;     // --json: results as JSON
  bool quiet = false;    // -q: only results and errors
  bool show_pii = false; // --show-pii: ID and phone numbers unmasked

  // Whether standard error is a terminal, where progress may be drawn.
  bool stderr_is_tty() const;
};

} // namespace dongmao::cli
