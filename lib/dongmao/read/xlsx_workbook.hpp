#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dongmao::read {

class ZipArchive;

// A sheet listed in xl/workbook.xml, with its part path resolved through the relationships.
struct XlsxSheetEntry
{
  std::string name;
  std::string path;      // member path inside the archive, "" when the relationship is missing
  bool visible = true;   // state="hidden"/"veryHidden" clears it
  bool worksheet = true; // false for chart sheets and dialog sheets, which hold no cells
};

// What the small workbook-level parts say: sheets in workbook order, date system, and
// where the shared strings and styles live (empty when the workbook has none).
struct XlsxWorkbook
{
  std::vector<XlsxSheetEntry> sheets;
  bool date1904 = false;
  std::string shared_strings_path;
  std::string styles_path;
};

// Reads _rels/.rels, the workbook part and its relationships. Throws DataError when the
// archive is not an .xlsx workbook, naming the likely format when it is an .ods or .xlsb.
XlsxWorkbook load_workbook(ZipArchive& archive);

// Resolves a relationship target against the folder of its source part: "worksheets/a.xml"
// from "xl/" → "xl/worksheets/a.xml"; absolute targets ("/xl/a.xml") drop the slash.
std::string resolve_part_path(std::string_view base_folder, std::string_view target);

} // namespace dongmao::read
