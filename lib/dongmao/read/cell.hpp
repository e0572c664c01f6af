#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dongmao::read {

// What a spreadsheet cell held, as far as the file format tells.
enum class CellType
{
  empty,
  text,    // CSV fields are always text
  number,  // numeric cell; `text` holds its shortest exact decimal form ("12", "3.5")
  boolean, // `text` is "TRUE" or "FALSE"
  date,    // numeric cell with a date format; `text` is ISO "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS"
};

// One cell. `number` is meaningful for number and date cells (dates: the Excel serial in
// the 1900 system, whatever system the file used).
struct Cell
{
  CellType type = CellType::empty;
  std::string text;
  double number = 0.0;
};

// One row of a sheet, cells from column A on; trailing empty cells may be absent.
struct Row
{
  std::size_t number = 0; // 1-based row number as the user sees it in the file or sheet
  std::vector<Cell> cells;
};

} // namespace dongmao::read
