#include <dongmao/error.hpp>
#include <dongmao/read/xlsx_archive.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>
#include <zip.h>

#include <utility>
#include <vector>

namespace dongmao::read {

namespace {

std::string zip_message(int code)
{
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

[[noreturn]] void throw_unreadable(const std::string& display, const std::string& why)
{
  throw DataError(text::format(text::k_xlsx_unreadable, display, why));
}

} // namespace

ZipEntry::ZipEntry(ZipArchive& archive, std::string name, zip_file* file, std::uint64_t declared_size)
  : m_archive(&archive), m_name(std::move(name)), m_file(file), m_declared_size(declared_size)
{
}

ZipEntry::ZipEntry(ZipEntry&& other) noexcept
  : m_archive(other.m_archive),
    m_name(std::move(other.m_name)),
    m_file(std::exchange(other.m_file, nullptr)),
    m_declared_size(other.m_declared_size),
    m_bytes(other.m_bytes)
{
}

ZipEntry::~ZipEntry()
{
  if (m_file != nullptr) {
    zip_fclose(m_file);
  }
}

const std::string& ZipEntry::archive_display() const
{
  return m_archive->display();
}

std::size_t ZipEntry::read(char* buffer, std::size_t size)
{
  const zip_int64_t got = zip_fread(m_file, buffer, size);
  if (got < 0) {
    throw_unreadable(m_archive->display(), fmt::format("{}: {}", m_name, zip_file_strerror(m_file)));
  }
  const auto bytes = static_cast<std::uint64_t>(got);
  m_bytes += bytes;
  if (m_bytes > m_archive->limits().max_entry_bytes) {
    throw DataError(
      text::format(text::k_xlsx_member_expands, m_archive->display(), m_name, m_archive->limits().max_entry_bytes));
  }
  m_archive->count_bytes(bytes);
  return static_cast<std::size_t>(got);
}

std::unique_ptr<ZipArchive> ZipArchive::open_file(const std::filesystem::path& path, std::string display,
                                                  const Limits& limits)
{
  int code = 0;
  zip* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) {
    throw_unreadable(display, zip_message(code));
  }
  std::unique_ptr<ZipArchive> result(new ZipArchive(archive, std::move(display), limits, {}));
  result->check_entry_count();
  return result;
}

std::unique_ptr<ZipArchive> ZipArchive::open_memory(std::string_view bytes, std::string display, const Limits& limits)
{
  std::vector<char> owned(bytes.begin(), bytes.end());
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(owned.data(), owned.size(), 0, &error);
  if (source == nullptr) {
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw_unreadable(display, why);
  }
  zip* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw_unreadable(display, why);
  }
  zip_error_fini(&error);
  // The source points into `owned`; moving a vector keeps its buffer where it is.
  std::unique_ptr<ZipArchive> result(new ZipArchive(archive, std::move(display), limits, std::move(owned)));
  result->check_entry_count();
  return result;
}

ZipArchive::ZipArchive(zip* archive, std::string display, const Limits& limits, std::vector<char> owned)
  : m_zip(archive), m_display(std::move(display)), m_limits(limits), m_bytes_owned(std::move(owned))
{
}

ZipArchive::~ZipArchive()
{
  zip_discard(m_zip);
}

void ZipArchive::check_entry_count() const
{
  const zip_int64_t entries = zip_get_num_entries(m_zip, 0);
  if (entries < 0 || static_cast<std::uint64_t>(entries) > m_limits.max_entries) {
    throw DataError(text::format(text::k_xlsx_too_many_members, m_display, entries, m_limits.max_entries));
  }
}

bool ZipArchive::contains(const std::string& name) const
{
  return zip_name_locate(m_zip, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

ZipEntry ZipArchive::open(const std::string& name)
{
  const zip_int64_t index = zip_name_locate(m_zip, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) {
    throw DataError(text::format(text::k_xlsx_member_missing, m_display, name));
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  const bool sized =
    zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0;
  if (sized && stat.size > m_limits.max_entry_bytes) {
    throw DataError(text::format(text::k_xlsx_member_declares, m_display, name, stat.size, m_limits.max_entry_bytes));
  }
  zip_file* file = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    throw_unreadable(m_display, fmt::format("{}: {}", name, zip_strerror(m_zip)));
  }
  return ZipEntry(*this, name, file, sized ? stat.size : 0);
}

void ZipArchive::count_bytes(std::uint64_t bytes)
{
  m_total += bytes;
  if (m_total > m_limits.max_uncompressed_bytes) {
    throw DataError(text::format(text::k_xlsx_archive_expands, m_display, m_limits.max_uncompressed_bytes));
  }
}

} // namespace dongmao::read
