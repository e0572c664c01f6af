#pragma once

#include <dongmao/read/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct zip;
struct zip_file;

namespace dongmao::read {

class ZipArchive;

// Something XML is read from, a chunk at a time.
class ByteSource
{
public:
  virtual ~ByteSource() = default;

  // Reads up to `size` bytes into `buffer`; 0 at the end. Throws DataError on corruption
  // or when a limit is exceeded.
  virtual std::size_t read(char* buffer, std::size_t size) = 0;
};

// One member of an archive being decompressed; counts the bytes it yields so a member
// whose header lies about its size (a zip bomb) is stopped at the limit all the same.
class ZipEntry : public ByteSource
{
public:
  // Takes ownership of `file`; made by ZipArchive::open, which checked the declared size.
  ZipEntry(ZipArchive& archive, std::string name, zip_file* file, std::uint64_t declared_size);
  // Movable so an entry can be handed to the stream that reads it.
  ZipEntry(ZipEntry&&) noexcept;
  ZipEntry& operator=(ZipEntry&&) = delete;
  ~ZipEntry() override;

  // See ByteSource::read.
  std::size_t read(char* buffer, std::size_t size) override;

  // The uncompressed size the archive declares (0 when unknown); a hint, never trusted.
  std::uint64_t declared_size() const { return m_declared_size; }

  // The member's path inside the archive, for messages.
  const std::string& name() const { return m_name; }

  // The archive's display name, for messages.
  const std::string& archive_display() const;

private:
  ZipArchive* m_archive;
  std::string m_name;
  zip_file* m_file;
  std::uint64_t m_declared_size;
  std::uint64_t m_bytes = 0;
};

// A zip archive opened read-only, from a file or from memory, with the caller's limits.
class ZipArchive
{
public:
  // Opens a file; throws DataError "<display>: not a readable .xlsx workbook (…)".
  static std::unique_ptr<ZipArchive> open_file(const std::filesystem::path& path, std::string display,
                                               const Limits& limits);

  // Opens bytes held in memory (they are copied); `display` names them in messages.
  static std::unique_ptr<ZipArchive> open_memory(std::string_view bytes, std::string display, const Limits& limits);

  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  ~ZipArchive();

  // Whether a member exists (names compared case-insensitively, as Excel does).
  bool contains(const std::string& name) const;

  // Opens a member for streaming; throws DataError when it is missing or too large.
  ZipEntry open(const std::string& name);

  // The file name used at the start of every message.
  const std::string& display() const { return m_display; }

  // Adds bytes decompressed from any member to the archive total; throws past the limit.
  void count_bytes(std::uint64_t bytes);

  // The limits this archive was opened with.
  const Limits& limits() const { return m_limits; }

private:
  ZipArchive(zip* archive, std::string display, const Limits& limits, std::vector<char> owned);
  void check_entry_count() const;

  zip* m_zip;
  std::string m_display;
  Limits m_limits;
  std::vector<char> m_bytes_owned;
  std::uint64_t m_total = 0;
};

} // namespace dongmao::read
