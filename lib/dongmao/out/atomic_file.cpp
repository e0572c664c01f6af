#include <dongmao/error.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/text/output.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <sys/stat.h>

#include <fcntl.h>
#include <unistd.h>

namespace dongmao::out {

bool AtomicFile::Buffer::flush_buffer()
{
  std::size_t done = 0;
  while (error == 0 && done < m_used) {
    const auto n = ::write(fd, m_data + done, m_used - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      error = n < 0 ? errno : EIO;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  m_used = 0;
  return error == 0;
}

AtomicFile::Buffer::int_type AtomicFile::Buffer::overflow(int_type c)
{
  if (m_used == sizeof(m_data) && !flush_buffer()) {
    return traits_type::eof();
  }
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    m_data[m_used++] = traits_type::to_char_type(c);
  }
  return error == 0 ? traits_type::not_eof(c) : traits_type::eof();
}

std::streamsize AtomicFile::Buffer::xsputn(const char* data, std::streamsize size)
{
  std::streamsize done = 0;
  while (done < size) {
    if (m_used == sizeof(m_data) && !flush_buffer()) {
      return done;
    }
    const auto n = std::min<std::size_t>(sizeof(m_data) - m_used, static_cast<std::size_t>(size - done));
    std::memcpy(m_data + m_used, data + done, n);
    m_used += n;
    done += static_cast<std::streamsize>(n);
  }
  return done;
}

int AtomicFile::Buffer::sync()
{
  return flush_buffer() ? 0 : -1;
}

AtomicFile::AtomicFile(const std::filesystem::path& path, unsigned mode)
  : m_path(path), m_mode(mode), m_stream(&m_buffer)
{
  check_output_path(path);
  if (path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      fail_output(path.parent_path().string(), ec.value(), text::k_cannot_create_dir);
    }
  }
  std::random_device device;
  for (int attempt = 0; attempt < 8 && m_buffer.fd < 0; ++attempt) {
    m_temp = path;
    m_temp += fmt::format(".tmp-{:08x}", device());
    m_buffer.fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_buffer.fd < 0 && errno != EEXIST) {
      fail_output(path.string(), errno, text::k_cannot_create);
    }
  }
  if (m_buffer.fd < 0) {
    fail_output(path.string(), EEXIST, text::k_cannot_create);
  }
}

AtomicFile::~AtomicFile()
{
  if (m_buffer.fd >= 0) {
    ::close(m_buffer.fd);
  }
  if (!m_committed) {
    ::unlink(m_temp.c_str());
  }
}

void AtomicFile::commit()
{
  m_stream.flush();
  if (m_buffer.error != 0) {
    fail_output(m_path.string(), m_buffer.error, text::k_cannot_write);
  }
  const int fd = m_buffer.fd;
  m_buffer.fd = -1;
  if (::close(fd) != 0) {
    fail_output(m_path.string(), errno, text::k_cannot_write);
  }
  // By name, not descriptor: a library writing the file by name may have replaced it. The
  // umask must neither widen nor narrow what was asked: reports may be 0644, all else 0600.
  if (::chmod(m_temp.c_str(), m_mode) != 0) {
    fail_output(m_path.string(), errno, text::k_cannot_write);
  }
  if (const int sync_fd = ::open(m_temp.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW); sync_fd >= 0) {
    const bool synced = ::fsync(sync_fd) == 0;
    const int error = errno;
    ::close(sync_fd);
    if (!synced) {
      fail_output(m_path.string(), error, text::k_cannot_write);
    }
  }
  // A device, FIFO or symlink put at the path since the check is refused rather than replaced.
  check_output_path(m_path);
  if (std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    fail_output(m_path.string(), errno, text::k_cannot_create);
  }
  m_committed = true;
}

} // namespace dongmao::out
