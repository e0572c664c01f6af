#pragma once

#include <cstddef>
#include <optional>
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

// The cell that took a row's text over the row budget. That cell and those after it keep
// only their first characters, so a hostile row costs the budget and no more.
struct Oversize
{
  std::size_t column = 0; // 0-based
  std::size_t bytes = 0;  // the cell's full length
};

// One row of a sheet, cells from column A on; trailing empty cells may be absent.
struct Row
{
  std::size_t number = 0; // 1-based row number as the user sees it in the file or sheet
  std::vector<Cell> cells;
  std::optional<Oversize> oversize; // set when the row's text is over the budget
};

// The bytes of text `row` holds, or with `capacity` the bytes its cells have room for.
inline std::size_t text_bytes(const Row& row, bool capacity)
{
  std::size_t bytes = 0;
  for (const auto& cell : row.cells) {
    bytes += capacity ? cell.text.capacity() : cell.text.size();
  }
  return bytes;
}

// Characters an over-budget cell keeps: enough to quote it in an error.
inline constexpr std::size_t k_oversize_kept_chars = 40;

// Counts `cell`, at 0-based `column`, against the budget of `max_bytes` of text a row may
// hold, `used` bytes of which are taken; past it, the cell is cut to its first characters.
// `bytes` is the cell's full length, when the reader copied only its start.
inline void charge_row_budget(Row& row, std::size_t& used, Cell& cell, std::size_t column, std::size_t max_bytes,
                              std::size_t bytes)
{
  if (used + bytes <= max_bytes && !row.oversize) {
    used += bytes;
    return;
  }
  if (!row.oversize) {
    row.oversize = Oversize{column, bytes};
  }
  std::size_t end = 0;
  for (std::size_t chars = 0; end < cell.text.size() && chars <= k_oversize_kept_chars; ++chars) {
    // Steps over one UTF-8 sequence: a lead byte and its continuation bytes.
    for (++end; end < cell.text.size() && (static_cast<unsigned char>(cell.text[end]) & 0xC0) == 0x80; ++end) {
    }
  }
  cell.text.resize(end);
  cell.text.shrink_to_fit();
}

// Whether a cell of `bytes` would go over the row's budget (see charge_row_budget): a reader
// then need copy only its start.
inline bool over_row_budget(const Row& row, std::size_t used, std::size_t max_bytes, std::size_t bytes)
{
  return row.oversize || used + bytes > max_bytes;
}

} // namespace dongmao::read
