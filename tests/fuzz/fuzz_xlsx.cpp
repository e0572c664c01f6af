// Feeds arbitrary bytes to the XLSX reader as a workbook held in memory, with small limits
// so a hostile input is refused quickly: it must end in rows or a DataError, nothing else.
#include <dongmao/error.hpp>
#include <dongmao/read/xlsx_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  dongmao::read::ReaderOptions options;
  options.limits.max_uncompressed_bytes = 8 << 20;
  options.limits.max_entry_bytes = 4 << 20;
  options.limits.max_entries = 64;
  options.limits.max_columns = 256;
  options.limits.max_cell_bytes = 4096;
  // The input's first byte picks a sheet, so selection by index is exercised too.
  if (size > 0 && data[0] >= '1' && data[0] <= '3') {
    options.sheet = std::string(1, static_cast<char>(data[0]));
  }
  try {
    auto reader =
      dongmao::read::open_xlsx_memory(std::string_view(reinterpret_cast<const char*>(data), size), options, "<fuzz>");
    dongmao::read::Row row;
    while (reader->next(row)) {
    }
  } catch (const dongmao::DataError&) {
  }
  return 0;
}
