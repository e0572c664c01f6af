#pragma once

#include <filesystem>

namespace dongmao::read {

// A ledger given as "-" (standard input), a pipe or a FIFO can be read only once, while a
// workbook is opened several times (its kind sniffed, its sheets listed, its SHA-256 taken).
// Such an input is read once, whole, into a private file (0600) that the readers then open;
// a regular file is used in place. The private copy is removed with this object.
class SpooledInput
{
public:
  // Spools `path` when it is "-" or not a regular file; throws InputMissing when it does not
  // exist, IoError when it cannot be read or copied.
  explicit SpooledInput(const std::filesystem::path& path);
  ~SpooledInput();
  SpooledInput(const SpooledInput&) = delete;
  SpooledInput& operator=(const SpooledInput&) = delete;

  // The file to read: the input itself, or its private copy.
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
  bool m_owned = false;
};

} // namespace dongmao::read
