#include <dongmao/error.hpp>
#include <dongmao/read/isolate.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <sys/wait.h>

#include <unistd.h>

namespace dongmao::read {

bool survives_in_child(const std::function<void()>& work)
{
  const pid_t child = ::fork();
  if (child < 0) {
    throw IoError(text::format(text::k_cannot_start_process, std::strerror(errno)));
  }
  if (child == 0) {
    try {
      work();
    } catch (...) {
      // An exception is an answer the reader gives in this process too, not a crash.
    }
    // _exit: the parent's buffers and atexit handlers are the parent's to flush.
    ::_exit(0);
  }
  int status = 0;
  while (::waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) {
      throw IoError(text::format(text::k_cannot_wait_process, std::strerror(errno)));
    }
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace dongmao::read
