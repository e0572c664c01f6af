#include <dongmao/error.hpp>
#include <dongmao/read/spool.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace dongmao::read {

namespace {

// Closes a descriptor when it goes out of scope (standard input is left open).
struct Descriptor
{
  int fd = -1;
  bool owned = true;
  Descriptor(int descriptor, bool own) : fd(descriptor), owned(own) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor()
  {
    if (owned && fd >= 0) {
      ::close(fd);
    }
  }
};

// Copies everything `from` gives to `to`, in constant memory.
void copy_all(int from, int to, const std::string& from_name, const std::string& to_name)
{
  std::array<char, 1 << 16> buffer{};
  for (;;) {
    const auto got = ::read(from, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      throw IoError(text::format(text::k_spool_cannot_read, from_name, std::strerror(errno)));
    }
    if (got == 0) {
      return;
    }
    for (ssize_t done = 0; done < got;) {
      const auto put = ::write(to, buffer.data() + done, static_cast<std::size_t>(got - done));
      if (put < 0 && errno == EINTR) {
        continue;
      }
      if (put < 0) {
        throw IoError(text::format(text::k_spool_cannot_write_temp, to_name, std::strerror(errno)));
      }
      done += put;
    }
  }
}

} // namespace

SpooledInput::SpooledInput(const std::filesystem::path& path) : m_path(path)
{
  const bool standard_input = path == "-";
  if (!standard_input) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status) || std::filesystem::is_regular_file(status) ||
        std::filesystem::is_directory(status)) {
      return; // the readers read it in place, or say what is wrong with it
    }
  }
  // Opened once: a FIFO's writer may write its data only once.
  const Descriptor source(standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC), !standard_input);
  if (source.fd < 0) {
    throw IoError(text::format(text::k_spool_cannot_read, path.string(), std::strerror(errno)));
  }
  // The copy keeps the input's extension, by which a CSV is told from a workbook.
  const auto extension = standard_input ? std::string() : path.extension().string();
  auto name = (std::filesystem::temp_directory_path() / ("dongmao-input-XXXXXX" + extension)).string();
  const Descriptor copy(::mkstemps(name.data(), static_cast<int>(extension.size())), true);
  if (copy.fd < 0) {
    throw IoError(text::format(text::k_spool_cannot_create_temp, name, std::strerror(errno)));
  }
  try {
    copy_all(source.fd, copy.fd, standard_input ? text::format(text::k_standard_input) : path.string(), name);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(name, ignored);
    throw;
  }
  m_path = name;
  m_owned = true;
}

SpooledInput::~SpooledInput()
{
  if (m_owned) {
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
  }
}

} // namespace dongmao::read
