#pragma once

#include <filesystem>
#include <string>

struct lxw_workbook;

namespace dongmao::out {

// Opens a libxlsxwriter workbook writing to `file` (a temporary file); failures name `shown`,
// the path the user gave. libxlsxwriter prints nothing of its own meanwhile.
lxw_workbook* open_workbook(const std::filesystem::path& file, const std::string& shown);

// Writes and frees `workbook`, mapping libxlsxwriter's failures to IoError (74) or
// CannotCreate (73) with a Chinese message naming `shown`; never prints.
void close_workbook(lxw_workbook* workbook, const std::string& shown);

} // namespace dongmao::out
