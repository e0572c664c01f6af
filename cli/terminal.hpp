#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace dongmao::cli {

// How a line stands out on a colour terminal.
enum class Tone
{
  plain,
  warning, // yellow: due soon, a warning
  alert,   // red: overdue, an error
};

// Where a command prints, and how: the two streams and the global output flags.
struct Terminal
{
  std::ostream& out;         // results
  std::ostream& err;         // progress and warnings
  bool json = false;         // --json: results as JSON
  bool quiet = false;        // -q: only results and errors
  bool show_pii = false;     // --show-pii: ID and phone numbers unmasked
  bool ndjson = false;       // --ndjson: listings as one JSON object per line
  bool out_colour = false;   // colour escapes in results (standard output is a colour terminal)
  bool err_colour = false;   // colour escapes in messages (standard error is a colour terminal)
  std::size_t out_width = 0; // columns of the terminal results go to; 0: no limit (piped)

  // Whether standard error is a terminal, where progress may be drawn.
  bool stderr_is_tty() const;
};

// Whether output to descriptor `fd` is coloured under --color `choice` (never, auto, always):
// auto colours a terminal only, and never when NO_COLOR is set (to any value) or TERM is dumb.
bool colour_wanted(int fd, std::string_view choice);

// The columns tables may take on descriptor `fd`: $COLUMNS when it is a number, else the
// size of the terminal `fd` is; 0 (no limit) otherwise, as when piped.
std::size_t terminal_width(int fd);

// `text` wrapped in the escape codes of `tone` when `colour`, else as it is.
std::string paint(std::string_view text, Tone tone, bool colour);

// "dongmao: error:" (red on a colour terminal), the start of every error line.
std::string error_prefix(bool colour);

// "dongmao: warning:" (yellow on a colour terminal), the start of every warning line.
std::string warning_prefix(bool colour);

} // namespace dongmao::cli
