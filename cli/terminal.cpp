#include "terminal.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/ioctl.h>

#include <unistd.h>

namespace dongmao::cli {

bool Terminal::stderr_is_tty() const
{
  return ::isatty(STDERR_FILENO) == 1;
}

bool colour_wanted(int fd, std::string_view choice)
{
  if (choice == "always") {
    return true;
  }
  if (choice == "never" || std::getenv("NO_COLOR") != nullptr) {
    return false;
  }
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) {
    return false;
  }
  return ::isatty(fd) == 1;
}

std::size_t terminal_width(int fd)
{
  // COLUMNS first, even when piped: it is how a user or a script asks for a width.
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr && *columns != '\0') {
    std::size_t width = 0;
    const auto* end = columns + std::strlen(columns);
    const auto [rest, error] = std::from_chars(columns, end, width);
    if (error == std::errc() && rest == end && width > 0) {
      return width;
    }
  }
  if (::isatty(fd) != 1) {
    return 0;
  }
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return 0;
}

std::string paint(std::string_view text, Tone tone, bool colour)
{
  if (!colour || tone == Tone::plain) {
    return std::string(text);
  }
  const char* code = tone == Tone::alert ? "\033[31m" : "\033[33m";
  return code + std::string(text) + "\033[0m";
}

std::string error_prefix(bool colour)
{
  return paint("dongmao: error:", Tone::alert, colour);
}

std::string warning_prefix(bool colour)
{
  return paint("dongmao: warning:", Tone::warning, colour);
}

} // namespace dongmao::cli
