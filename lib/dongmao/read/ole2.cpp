#include <dongmao/read/biff_check.hpp>
#include <dongmao/read/ole2.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>

namespace dongmao::read {

namespace {

constexpr std::uint32_t k_end_of_chain = 0xFFFFFFFE;
constexpr std::size_t k_header_fat_sectors = 109;
constexpr std::size_t k_max_directory_sectors = 4096;
constexpr std::uint16_t k_bof = 0x0809;
constexpr std::uint16_t k_filepass = 0x002F;
constexpr std::size_t k_max_name_bytes = 64; // the name field of a directory entry, terminator included

std::uint32_t le32(const std::string& bytes, std::size_t at)
{
  if (at + 4 > bytes.size()) {
    return k_end_of_chain;
  }
  std::uint32_t value = 0;
  for (int i = 3; i >= 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  }
  return value;
}

std::uint16_t le16(const std::string& bytes, std::size_t at)
{
  if (at + 2 > bytes.size()) {
    return 0;
  }
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    (static_cast<unsigned char>(bytes[at + 1]) << 8));
}

// Reads sectors of a compound file by number, following the FAT the header lists.
class SectorFile
{
public:
  explicit SectorFile(const std::filesystem::path& path) : m_file(path, std::ios::binary)
  {
    m_header = read_at(0, 512);
    const auto shift = le16(m_header, 0x1E);
    m_sector_size = shift == 9 || shift == 12 ? std::size_t{1} << shift : 0;
  }

  bool ok() const { return m_sector_size != 0 && m_header.size() == 512; }
  std::size_t sector_size() const { return m_sector_size; }
  const std::string& header() const { return m_header; }

  std::string sector(std::uint32_t number)
  {
    // libfreexl computes the offset in 32 bits: sector 0xFFFFFFFF is the header. Reading
    // what it reads is the point of checking.
    const std::uint32_t offset = (number + 1) * static_cast<std::uint32_t>(m_sector_size);
    return read_at(offset, m_sector_size);
  }

  std::uint32_t next(std::uint32_t number)
  {
    const std::size_t per_sector = m_sector_size / 4;
    const std::size_t fat_index = number / per_sector;
    if (fat_index >= k_header_fat_sectors) {
      return k_end_of_chain; // beyond the header's FAT sectors: far past where a directory sits
    }
    const auto fat_sector = le32(m_header, 0x4C + fat_index * 4);
    return le32(sector(fat_sector), (number % per_sector) * 4);
  }

private:
  std::string read_at(std::uint64_t offset, std::size_t size)
  {
    std::string bytes(size, '\0');
    m_file.clear();
    m_file.seekg(static_cast<std::streamoff>(offset));
    m_file.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(m_file.gcount(), 0)));
    return bytes;
  }

  std::ifstream m_file;
  std::string m_header;
  std::size_t m_sector_size = 0;
};

// An entry's name: UTF-16LE in the directory; the names that matter are ASCII.
std::string entry_name(const std::string& entry)
{
  const std::size_t length = std::min<std::size_t>(le16(entry, 0x40), 64);
  std::string name;
  for (std::size_t i = 0; i + 1 < length; i += 2) {
    const auto unit = le16(entry, i);
    if (unit == 0) {
      break; // the terminator the length counts
    }
    name += unit < 0x80 ? static_cast<char>(unit) : '?';
  }
  return name;
}

// BIFF5/8 puts FILEPASS right after the workbook's BOF when the workbook is encrypted.
bool starts_encrypted(const std::string& stream)
{
  if (le16(stream, 0) != k_bof) {
    return false;
  }
  return le16(stream, 4 + le16(stream, 2)) == k_filepass;
}

// libfreexl 1.0.6 converts the names of the first directory sector's entries (up to a Workbook
// entry whose start sector is not 0xFFFFFFFF: so all of them, to be safe), trusting each
// entry's name length: a length past the 64-byte field makes it read past its sector buffer
// on the stack. Says which entry lies, or nothing.
std::string check_first_directory_sector(const std::string& bytes)
{
  for (std::size_t at = 0; at + 128 <= bytes.size(); at += 128) {
    const std::string entry = bytes.substr(at, 128);
    const std::size_t length = le16(entry, 0x40);
    if (length > k_max_name_bytes) {
      return text::format(text::k_ole2_name_too_long, at / 128, length, k_max_name_bytes);
    }
  }
  return {};
}

// A stream's first `size` bytes, as far as its chain of sectors can be followed.
std::string read_stream(SectorFile& file, std::uint32_t sector, std::uint32_t size)
{
  std::string stream;
  const std::size_t most_sectors = size / file.sector_size() + 1; // a chain in a loop ends here
  for (std::size_t visited = 0; sector < k_end_of_chain && stream.size() < size && visited < most_sectors; ++visited) {
    const std::string bytes = file.sector(sector);
    if (bytes.empty()) {
      break;
    }
    stream += bytes;
    sector = file.next(sector);
  }
  stream.resize(std::min<std::size_t>(stream.size(), size));
  return stream;
}

} // namespace

Ole2Contents inspect_ole2(const std::filesystem::path& path)
{
  Ole2Contents contents;
  SectorFile file(path);
  if (!file.ok()) {
    return contents;
  }
  const std::uint32_t mini_cutoff = le32(file.header(), 0x38);
  std::uint32_t sector = le32(file.header(), 0x30);
  contents.damage = check_first_directory_sector(file.sector(sector));
  for (std::size_t visited = 0; sector < k_end_of_chain && visited < k_max_directory_sectors; ++visited) {
    const std::string bytes = file.sector(sector);
    for (std::size_t at = 0; at + 128 <= bytes.size(); at += 128) {
      const std::string entry = bytes.substr(at, 128);
      const auto type = static_cast<unsigned char>(entry[0x42]);
      if (type == 0) {
        continue; // unused slot
      }
      const std::string name = entry_name(entry);
      contents.entries.push_back(name);
      const bool workbook = name == "Workbook" || name == "Book";
      // A stream below the cutoff lives in the mini stream; only large ones are checked here.
      if (workbook && type == 2 && le32(entry, 0x78) >= mini_cutoff) {
        const std::string stream = read_stream(file, le32(entry, 0x74), le32(entry, 0x78));
        contents.workbook_encrypted = starts_encrypted(stream);
        if (contents.damage.empty() && !contents.workbook_encrypted) {
          contents.damage = check_biff(stream);
        }
      }
    }
    sector = file.next(sector);
  }
  return contents;
}

bool has_entry(const Ole2Contents& contents, const std::string& name)
{
  const auto same = [&name](const std::string& entry) {
    return entry.size() == name.size() && std::equal(entry.begin(), entry.end(), name.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
  };
  return std::any_of(contents.entries.begin(), contents.entries.end(), same);
}

} // namespace dongmao::read
