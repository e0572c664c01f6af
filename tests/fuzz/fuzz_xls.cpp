// Feeds arbitrary bytes to the legacy .xls reader (OLE2 container, BIFF records through
// libfreexl) as a file: it must end in rows or a DataError, nothing else.
#include <dongmao/error.hpp>
#include <dongmao/read/xls_reader.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <sys/mman.h>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  // A memory file keeps the disk out of the loop; the reader opens it by path.
  static const int fd = memfd_create("fuzz_xls", 0);
  if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) {
    std::abort();
  }
  dongmao::read::ReaderOptions options;
  options.limits.max_columns = 256;
  options.limits.max_cell_bytes = 4096;
  if (size > 0 && data[size - 1] >= '1' && data[size - 1] <= '3') {
    options.sheet = std::string(1, static_cast<char>(data[size - 1]));
  }
  try {
    auto reader = dongmao::read::open_xls("/proc/self/fd/" + std::to_string(fd), options);
    dongmao::read::Row row;
    while (reader->next(row)) {
    }
  } catch (const dongmao::DataError&) {
  }
  return 0;
}
