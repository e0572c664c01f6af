#include <dongmao/error.hpp>
#include <dongmao/read/reader.hpp>
#include <dongmao/read/xls_reader.hpp>
#include <dongmao/read/xlsx_reader.hpp>

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

} // namespace

std::unique_ptr<RowReader> open_reader(const std::filesystem::path& path, const ReaderOptions& options)
{
  const std::string display = path.string();
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) {
    throw InputMissing(fmt::format("{}: no such file", display));
  }
  if (std::filesystem::is_directory(status)) {
    throw DataError(fmt::format("{}: is a directory, not a spreadsheet", display));
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw DataError(fmt::format("{}: cannot open ({})", display, std::strerror(errno)));
  }
  std::string head(512, '\0');
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(file.gcount()));
  file.close();

  if (starts_with(head, k_zip_magic) || starts_with(head, k_empty_zip_magic)) {
    return open_xlsx(path, options);
  }
  if (starts_with(head, k_ole2_magic)) {
    return open_xls(path, options);
  }
  const std::string extension = lower_extension(path);
  if (extension == ".xlsx" || extension == ".xlsm" || extension == ".ods" || extension == ".xlsb") {
    throw DataError(fmt::format("{}: not a readable .xlsx workbook (not a zip archive)", display));
  }
  if (extension == ".xls" && looks_like_markup(head)) {
    throw DataError(fmt::format("{}: this .xls is a web page or XML, not a workbook (open it in Excel or WPS "
                                "and save as .xlsx)",
                                display));
  }
  return open_csv(path, options);
}

} // namespace dongmao::read
