#pragma once

#include <dongmao/read/reader.hpp>

#include <filesystem>
#include <memory>

namespace dongmao::read {

// Opens one worksheet of a legacy .xls (BIFF) file through libfreexl, which loads the whole
// workbook — acceptable for a format capped at 65,536 rows. libfreexl does not report
// which sheets are hidden, so the default is the first sheet. Throws DataError when the
// file cannot be read or has no such sheet.
std::unique_ptr<RowReader> open_xls(const std::filesystem::path& path, const ReaderOptions& options);

} // namespace dongmao::read
