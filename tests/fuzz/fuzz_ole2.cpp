// Feeds arbitrary bytes to dongmao's own OLE2 directory reader, which tells .xls from .doc,
// encrypted .xlsx and unreadable BIFF before libfreexl sees a file: it must list what it can
// follow and never throw nor read out of bounds.
#include <dongmao/read/ole2.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <sys/mman.h>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const int fd = memfd_create("fuzz_ole2", 0);
  if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) {
    std::abort();
  }
  const auto contents = dongmao::read::inspect_ole2("/proc/self/fd/" + std::to_string(fd));
  static_cast<void>(dongmao::read::has_entry(contents, "Workbook"));
  return 0;
}
