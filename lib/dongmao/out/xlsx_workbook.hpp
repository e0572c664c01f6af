#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

struct lxw_workbook;

namespace dongmao::out {

// Opens a libxlsxwriter workbook writing to `file` (a temporary file); failures name `shown`,
// the path the user gave. libxlsxwriter prints nothing of its own meanwhile. With
// `constant_memory`, rows are written to disk as the next one starts (in order only).
lxw_workbook* open_workbook(const std::filesystem::path& file, const std::string& shown, bool constant_memory = false);

// The most characters an Excel cell holds.
inline constexpr std::size_t k_xlsx_cell_chars = 32767;

// `text` as an Excel cell can hold it: past k_xlsx_cell_chars, cut with a visible "…(截断)"
// at the end, never silently.
std::string xlsx_cell_text(const std::string& text);

// Writes and frees `workbook`, mapping libxlsxwriter's failures to IoError (74) or
// CannotCreate (73) with a Chinese message naming `shown`; never prints.
void close_workbook(lxw_workbook* workbook, const std::string& shown);

} // namespace dongmao::out
