#include <dongmao/error.hpp>
#include <dongmao/read/ole2.hpp>
#include <dongmao/read/reader.hpp>
#include <dongmao/read/xls_reader.hpp>
#include <dongmao/read/xlsx_reader.hpp>
#include <dongmao/text/file.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace dongmao::read {

// Defined by the CSV reader (csv_reader.cpp).
std::unique_ptr<RowReader> open_csv(const std::filesystem::path& path, const ReaderOptions& options);

namespace {

constexpr std::array<unsigned char, 4> k_zip_magic = {'P', 'K', 0x03, 0x04};
constexpr std::array<unsigned char, 4> k_empty_zip_magic = {'P', 'K', 0x05, 0x06};
constexpr std::array<unsigned char, 8> k_ole2_magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

template <std::size_t N>
bool starts_with(const std::string& head, const std::array<unsigned char, N>& magic)
{
  return head.size() >= N && std::equal(magic.begin(), magic.end(), head.begin(),
                                        [](unsigned char m, char c) { return m == static_cast<unsigned char>(c); });
}

std::string lower_extension(const std::filesystem::path& path)
{
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// Whether the first non-blank byte (after a UTF-8 BOM) opens a tag: an "xls" that is an
// HTML table or SpreadsheetML 2003, as some government systems export.
bool looks_like_markup(const std::string& head)
{
  std::size_t i = head.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i])) != 0) {
    ++i;
  }
  return i < head.size() && head[i] == '<';
}

// Excel 2.x, 3.0 and 4.0 saved a bare BIFF stream, not an OLE2 file: a BOF record (09 00,
// 09 02 or 09 04) of a worksheet, chart, macro sheet or 4.0 workbook. Returns its BIFF
// version, or 0.
int old_biff_version(const std::string& head)
{
  if (head.size() < 8 || head[0] != 0x09) {
    return 0;
  }
  const auto byte = [&head](std::size_t i) { return static_cast<unsigned char>(head[i]); };
  const int version = byte(1) == 0x00 ? 2 : byte(1) == 0x02 ? 3 : byte(1) == 0x04 ? 4 : 0;
  const unsigned length = byte(2) | (byte(3) << 8);
  const unsigned kind = byte(6) | (byte(7) << 8); // after the 2-byte version, in every BIFF
  const bool known_kind = kind == 0x0010 || kind == 0x0020 || kind == 0x0040 || kind == 0x0100;
  return version != 0 && length >= 4 && length <= 16 && known_kind ? version : 0;
}

// An OLE2 file that is not a workbook libfreexl can read: say what it is and the way out.
void refuse_other_ole2(const std::filesystem::path& path, const std::string& display)
{
  const auto contents = inspect_ole2(path);
  if (has_entry(contents, "EncryptedPackage") || has_entry(contents, "EncryptionInfo")) {
    throw DataError(text::format(text::k_encrypted_xlsx, display));
  }
  if (contents.workbook_encrypted) {
    throw DataError(text::format(text::k_encrypted_xls, display));
  }
  if (contents.entries.empty() || has_entry(contents, "Workbook") || has_entry(contents, "Book")) {
    return; // a workbook (or a directory we could not follow): the .xls reader decides
  }
  if (has_entry(contents, "WordDocument")) {
    throw DataError(text::format(text::k_word_document, display));
  }
  throw DataError(text::format(text::k_ole2_without_workbook, display, text::format(text::k_save_as_xlsx)));
}

} // namespace

std::unique_ptr<RowReader> open_reader(const std::filesystem::path& path, const ReaderOptions& options)
{
  const std::string display = display_name(path, options);
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) {
    throw InputMissing(text::format(text::k_no_such_file, display));
  }
  if (std::filesystem::is_directory(status)) {
    throw DataError(text::format(text::k_is_a_directory, display));
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw DataError(text::format(text::k_cannot_open, display, std::strerror(errno)));
  }
  std::string head(512, '\0');
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(file.gcount()));
  file.close();

  if (starts_with(head, k_zip_magic) || starts_with(head, k_empty_zip_magic)) {
    return open_xlsx(path, options);
  }
  if (starts_with(head, k_ole2_magic)) {
    refuse_other_ole2(path, display);
    return open_xls(path, options);
  }
  if (const int version = old_biff_version(head); version != 0) {
    throw DataError(text::format(text::k_old_biff, display, version == 2 ? "2.x" : fmt::format("{}.0", version),
                                 version, text::format(text::k_save_as_xlsx)));
  }
  const std::string extension = lower_extension(path);
  if (extension == ".xlsx" || extension == ".xlsm" || extension == ".ods" || extension == ".xlsb") {
    throw DataError(text::format(text::k_not_a_zip_workbook, display));
  }
  if (extension == ".xls" && looks_like_markup(head)) {
    const bool spreadsheet_ml = head.find("urn:schemas-microsoft-com:office:spreadsheet") != std::string::npos ||
                                head.find("<?mso-application") != std::string::npos;
    throw DataError(text::format(text::k_xls_is_markup, display,
                                 text::format(spreadsheet_ml ? text::k_markup_xml : text::k_markup_html),
                                 text::format(text::k_save_as_xlsx)));
  }
  return open_csv(path, options);
}

} // namespace dongmao::read
