// Feeds arbitrary text to the settings loader as a dongmao.toml: it must give settings or a
// ConfigError (exit 78) naming the file, nothing else.
#include <dongmao/error.hpp>
#include <dongmao/workspace/settings.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <sys/mman.h>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const int fd = memfd_create("fuzz_settings", 0);
  if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) {
    std::abort();
  }
  try {
    dongmao::workspace::load_settings("/proc/self/fd/" + std::to_string(fd));
  } catch (const dongmao::ConfigError&) {
  }
  return 0;
}
