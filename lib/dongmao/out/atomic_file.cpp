#include <dongmao/error.hpp>
#include <dongmao/out/atomic_file.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <unistd.h>

namespace dongmao::out {

AtomicFile::AtomicFile(const std::filesystem::path& path) : m_path(path)
{
  std::error_code ec;
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      throw CannotCreate(fmt::format("{}: cannot create directory: {}", path.parent_path().string(), ec.message()));
    }
  }
  std::random_device device;
  m_temp = path;
  m_temp += fmt::format(".tmp-{:08x}", device());
  m_stream.open(m_temp, std::ios::binary | std::ios::trunc);
  if (!m_stream) {
    throw CannotCreate(fmt::format("{}: cannot create: {}", path.string(), std::strerror(errno)));
  }
}

AtomicFile::~AtomicFile()
{
  if (!m_committed) {
    m_stream.close();
    std::error_code ec;
    std::filesystem::remove(m_temp, ec);
  }
}

void AtomicFile::commit()
{
  m_stream.close();
  if (!m_stream) {
    throw CannotCreate(fmt::format("{}: cannot write", m_path.string()));
  }
  if (const int fd = ::open(m_temp.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    throw CannotCreate(fmt::format("{}: cannot create: {}", m_path.string(), std::strerror(errno)));
  }
  m_committed = true;
}

} // namespace dongmao::out
