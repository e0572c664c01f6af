#pragma once

#include <filesystem>
#include <ostream>
#include <streambuf>
#include <string>

namespace dongmao::out {

// Permissions of every output file unless a setting relaxes them: outputs hold personal data.
inline constexpr unsigned k_private_mode = 0600;

// A file written under a temporary name and renamed into place by commit(), so readers and
// crashes never see it half-written. Without commit() the temporary file is removed. Only a
// new or a regular file is replaced (see check_output_path); write failures are IoError (74)
// or CannotCreate (73) naming the path.
class AtomicFile
{
public:
  // Creates the directory if needed and a temporary file beside `path`, readable by its owner only.
  explicit AtomicFile(const std::filesystem::path& path, unsigned mode = k_private_mode);
  ~AtomicFile();

  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Where to write.
  std::ostream& stream() { return m_stream; }

  // The temporary file, for libraries that write a file by name (libxlsxwriter).
  const std::filesystem::path& temp_path() const noexcept { return m_temp; }

  // Flushes, syncs, sets the permissions and renames into place.
  void commit();

private:
  // Writes straight to the descriptor, keeping the errno of the first failure.
  class Buffer : public std::streambuf
  {
  public:
    int fd = -1;
    int error = 0;

  protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* data, std::streamsize size) override;
    int sync() override;

  private:
    bool flush_buffer();
    char m_data[1 << 16] = {};
    std::size_t m_used = 0;
  };

  std::filesystem::path m_path;
  std::filesystem::path m_temp;
  unsigned m_mode;
  Buffer m_buffer;
  std::ostream m_stream;
  bool m_committed = false;
};

} // namespace dongmao::out
