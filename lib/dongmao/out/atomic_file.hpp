#pragma once

#include <filesystem>
#include <fstream>

namespace dongmao::out {

// A file written under a temporary name and renamed into place by commit(), so readers and
// crashes never see it half-written. Without commit() the temporary file is removed.
class AtomicFile
{
public:
  // Creates the directory if needed and opens a temporary file beside `path`.
  explicit AtomicFile(const std::filesystem::path& path);
  ~AtomicFile();

  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Where to write.
  std::ofstream& stream() { return m_stream; }

  // Flushes, syncs and renames into place. Throws CannotCreate on failure.
  void commit();

private:
  std::filesystem::path m_path;
  std::filesystem::path m_temp;
  std::ofstream m_stream;
  bool m_committed = false;
};

} // namespace dongmao::out
