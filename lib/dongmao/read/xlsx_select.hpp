#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::read {

// A sheet as the workbook lists it, for choosing one; shared by the XLSX and XLS readers.
struct SheetChoice
{
  std::string name;
  bool visible = true; // hidden sheets (and chart sheets) are never the default
};

// The index of the sheet `request` names — an exact name first, else a 1-based index —
// or of the first visible sheet when there is no request. Throws DataError
// "<display>: no sheet 'X' (sheets: A, B)" when nothing matches.
std::size_t choose_sheet(const std::vector<SheetChoice>& sheets, const std::optional<std::string>& request,
                         const std::string& display);

} // namespace dongmao::read
