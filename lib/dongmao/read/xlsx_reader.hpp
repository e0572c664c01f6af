#pragma once

#include <dongmao/read/reader.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace dongmao::read {

// Opens one worksheet of an .xlsx file for streaming (`options.sheet`, else the first
// visible sheet). Throws DataError when the file is not a readable workbook, is refused by
// a limit, or has no such sheet.
std::unique_ptr<RowReader> open_xlsx(const std::filesystem::path& path, const ReaderOptions& options);

// Same, from bytes in memory (copied); `display` stands for the file name in messages.
// The fuzzer uses it, so no temporary file is needed.
std::unique_ptr<RowReader> open_xlsx_memory(std::string_view bytes, const ReaderOptions& options,
                                            const std::string& display);

} // namespace dongmao::read
