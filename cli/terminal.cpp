#include "terminal.hpp"

#include <unistd.h>

namespace dongmao::cli {

bool Terminal::stderr_is_tty() const
{
  return ::isatty(STDERR_FILENO) == 1;
}

} // namespace dongmao::cli
