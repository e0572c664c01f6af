#include <dongmao/error.hpp>
#include <dongmao/read/number_format.hpp>
#include <dongmao/read/reader.hpp>
#include <dongmao/read/xlsx_reader.hpp>
#include <dongmao/read/xlsx_workbook.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace dongmao::read;

namespace {

const std::filesystem::path k_fixtures = std::filesystem::path(DONGMAO_FIXTURES) / "xlsx";

std::vector<Row> read_all(RowReader& reader)
{
  std::vector<Row> rows;
  Row row;
  while (reader.next(row)) {
    rows.push_back(row);
  }
  return rows;
}

std::vector<Row> read_fixture(const std::string& name, const ReaderOptions& options = {})
{
  auto reader = open_reader(k_fixtures / name, options);
  return read_all(*reader);
}

// The message of the DataError that reading all of `name` throws, "" when none is thrown.
std::string read_error(const std::string& name, const ReaderOptions& options = {})
{
  try {
    read_fixture(name, options);
  } catch (const dongmao::DataError& error) {
    return error.what();
  }
  return "";
}

std::string fixture(const std::string& name)
{
  return (k_fixtures / name).string();
}

void check_cell(const Row& row, std::size_t column, CellType type, const std::string& text)
{
  INFO("row ", row.number, " column ", column + 1);
  REQUIRE(column < row.cells.size());
  CHECK(row.cells[column].type == type);
  CHECK(row.cells[column].text == text);
}

std::string date_text(double serial)
{
  std::string out;
  CHECK(format_excel_date(serial, out));
  return out;
}

std::string number_text(double value)
{
  std::string out;
  format_number(value, out);
  return out;
}

} // namespace

TEST_CASE("read::is_builtin_date_format")
{
  for (const unsigned id : {14U, 15U, 22U, 27U, 31U, 36U, 45U, 47U, 50U, 57U, 58U}) {
    CHECK(is_builtin_date_format(id));
  }
  for (const unsigned id : {0U, 1U, 2U, 4U, 10U, 13U, 23U, 26U, 37U, 44U, 48U, 49U, 59U, 164U}) {
    CHECK_FALSE(is_builtin_date_format(id));
  }
}

TEST_CASE("read::is_date_format_code")
{
  for (const char* code : {"yyyy-mm-dd", "m/d/yyyy", "yyyy/m/d;@", "yyyy\"年\"m\"月\"d\"日\"", "yyyy\\年m\\月d\\日",
                           "[$-804]yyyy\"年\"m\"月\"d\"日\"", "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"",
                           "[$-1E000804]yyyy\\年m\\月d\\日", "h:mm", "[h]:mm:ss", "[mm]:ss", "mmm-yy",
                           "yyyy/m/d\\ h:mm:ss;@", "d-mmm", "上午/下午h\"时\"mm\"分\"", "[Red][<=100]yyyy-mm-dd"}) {
    INFO(code);
    CHECK(is_date_format_code(code));
  }
  for (const char* code : {"General",
                           "0",
                           "0.00",
                           "#,##0",
                           "#,##0.00_);[Red](#,##0.00)",
                           "@",
                           "\"m\"",
                           "0.0\"d\"",
                           "\\d0",
                           "0_m",
                           "[$¥-804]#,##0.00",
                           "0.00E+00",
                           "[Red]0.00",
                           "#,##0 \"元\"",
                           "0%",
                           "",
                           "G/通用格式",
                           "_-* #,##0.00_-;\\-* #,##0.00_-;_-* \"-\"??_-;_-@_-",
                           "[=1]\"是\";[=0]\"否\"",
                           "\"unterminated",
                           "[h"}) {
    INFO(code);
    CHECK_FALSE(is_date_format_code(code));
  }
}

TEST_CASE("read::format_excel_date")
{
  // Expected values checked with Python's datetime (1899-12-30 + serial, after 1900-03-01).
  CHECK(date_text(1) == "1900-01-01");
  CHECK(date_text(59) == "1900-02-28");
  CHECK(date_text(60) == "1900-02-29"); // fictitious, as in Excel
  CHECK(date_text(61) == "1900-03-01");
  CHECK(date_text(46086) == "2026-03-05");
  CHECK(date_text(46086.604340277778) == "2026-03-05 14:30:15");
  CHECK(date_text(45991.5) == "2025-11-30 12:00:00");
  CHECK(date_text(0.75) == "18:00:00");
  CHECK(date_text(0) == "00:00:00");
  CHECK(date_text(2958465) == "9999-12-31");
  CHECK(date_text(46086.99999999) == "2026-03-06"); // rounds to the nearest second
  CHECK(date_text(1462) == "1904-01-01");           // 1904-system serial 0 after the offset
  std::string out;
  CHECK_FALSE(format_excel_date(-1, out));
  CHECK_FALSE(format_excel_date(2958466, out));
}

TEST_CASE("read::iso_to_serial")
{
  CHECK(iso_to_serial("2026-03-05") == 46086.0);
  CHECK(iso_to_serial("1900-01-01") == 1.0);
  CHECK(iso_to_serial("1900-02-28") == 59.0);
  CHECK(iso_to_serial("1900-02-29") == 60.0);
  CHECK(iso_to_serial("1900-03-01") == 61.0);
  CHECK(iso_to_serial("2026-03-05T12:00:00Z") == 46086.5);
  CHECK(iso_to_serial("2026-03-05 18:00:00") == 46086.75);
  CHECK(iso_to_serial("12:00:00") == 0.5);
  CHECK_FALSE(iso_to_serial("2026-02-29"));
  CHECK_FALSE(iso_to_serial("2026.3.5"));
  CHECK_FALSE(iso_to_serial("2026-03-05X"));
  CHECK_FALSE(iso_to_serial(""));
  CHECK_FALSE(iso_to_serial("25:00:00"));
}

TEST_CASE("read::format_number")
{
  CHECK(number_text(12) == "12");
  CHECK(number_text(3.5) == "3.5");
  CHECK(number_text(-0.25) == "-0.25");
  CHECK(number_text(0.1) == "0.1");
  CHECK(number_text(-0.0) == "0");
  CHECK(number_text(123456.78) == "123456.78");
  CHECK(number_text(100000) == "100000");
  CHECK(number_text(999999999999999) == "999999999999999");
  // An 18-digit ID that went through a double: the exponent form shows it lost digits.
  CHECK(number_text(4.30602199001011e+17) == "4.30602199001011e+17");
  CHECK(number_text(1e15) == "1e+15");
}

TEST_CASE("read::resolve_part_path")
{
  CHECK(resolve_part_path("xl/", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_part_path("xl/", "/xl/worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_part_path("xl/", "../customXml/item1.xml") == "customXml/item1.xml");
  CHECK(resolve_part_path("xl/", "./worksheets//a.xml") == "xl/worksheets/a.xml");
  CHECK(resolve_part_path("", "../../x.xml") == "x.xml");
}

TEST_CASE("read::open_xlsx ledger written by openpyxl")
{
  auto reader = open_reader(k_fixtures / "ledger.xlsx", {});
  CHECK(reader->describe() == "xlsx");
  CHECK(reader->sheet_name() == "台账"); // the hidden first sheet is not the default
  const auto rows = read_all(*reader);
  REQUIRE(rows.size() == 7);

  CHECK(rows[0].number == 1);
  REQUIRE(rows[0].cells.size() == 1);
  check_cell(rows[0], 0, CellType::text, "东茅岭街道九华山二期征拆台账（截至2026年11月）");

  CHECK(rows[1].number == 2);
  check_cell(rows[1], 5, CellType::text, "签约情况");
  check_cell(rows[1], 6, CellType::empty, "");
  CHECK(rows[2].number == 3);
  REQUIRE(rows[2].cells.size() == 7);
  check_cell(rows[2], 0, CellType::empty, "");
  check_cell(rows[2], 5, CellType::text, "状态");
  check_cell(rows[2], 6, CellType::text, "日期");

  const Row& zhang = rows[3];
  CHECK(zhang.number == 4);
  check_cell(zhang, 0, CellType::number, "1");
  check_cell(zhang, 1, CellType::text, "张三");
  check_cell(zhang, 2, CellType::text, "430602199001011234");
  check_cell(zhang, 3, CellType::number, "4.306021990010113e+17");
  check_cell(zhang, 4, CellType::text, "85.5");
  check_cell(zhang, 6, CellType::date, "2026-03-05");
  CHECK(zhang.cells[6].number == 46086.0);
  check_cell(zhang, 7, CellType::date, "2026-03-06");
  check_cell(zhang, 8, CellType::text, "2026.3.5");
  check_cell(zhang, 9, CellType::text, "门面\n两间");
  check_cell(zhang, 10, CellType::boolean, "TRUE");
  CHECK(zhang.cells[10].number == 1.0);
  check_cell(zhang, 11, CellType::number, "123456.78");

  const Row& li = rows[4];
  CHECK(li.number == 5);
  check_cell(li, 4, CellType::number, "60.25");
  check_cell(li, 6, CellType::date, "2026-03-05 14:30:15");
  check_cell(li, 7, CellType::date, "2026-11-30");
  check_cell(li, 10, CellType::boolean, "FALSE");
  CHECK(li.cells.size() == 11); // openpyxl leaves the formula's cached value empty

  CHECK(rows[5].number == 7); // row 6 is blank
  REQUIRE(rows[5].cells.size() == 12);
  check_cell(rows[5], 0, CellType::number, "3");
  check_cell(rows[5], 5, CellType::empty, "");
  check_cell(rows[5], 11, CellType::number, "0.1");

  CHECK(rows[6].number == 8);
  check_cell(rows[6], 0, CellType::date, "1900-02-28");
  check_cell(rows[6], 1, CellType::date, "1900-02-29");
  check_cell(rows[6], 2, CellType::date, "1900-03-01");
  check_cell(rows[6], 3, CellType::date, "2025-11-30 12:00:00");
  check_cell(rows[6], 4, CellType::date, "18:00:00");
}

TEST_CASE("read::open_xlsx ledger written by LibreOffice")
{
  const auto rows = read_fixture("ledger_lo.xlsx");
  REQUIRE(rows.size() == 7);
  check_cell(rows[0], 0, CellType::text, "东茅岭街道九华山二期征拆台账（截至2026年11月）");
  check_cell(rows[3], 2, CellType::text, "430602199001011234");
  check_cell(rows[3], 3, CellType::number, "4.30602199001011e+17"); // Excel and Calc keep 15 digits
  check_cell(rows[3], 7, CellType::date, "2026-03-06");             // yyyy\年m\月d\日
  check_cell(rows[3], 10, CellType::boolean, "TRUE");
  check_cell(rows[4], 7, CellType::date, "2026-11-30"); // [$-1E000804]yyyy\年m\月d\日
  check_cell(rows[4], 11, CellType::number, "120.5");   // the formula's cached value
  check_cell(rows[6], 1, CellType::date, "1900-02-29");
}

TEST_CASE("read::open_xlsx sheet selection")
{
  ReaderOptions options;
  options.sheet = "汇总";
  auto by_name = open_reader(k_fixtures / "ledger.xlsx", options);
  CHECK(by_name->sheet_name() == "汇总");
  const auto rows = read_all(*by_name);
  REQUIRE(rows.size() == 1);
  check_cell(rows[0], 0, CellType::text, "签约户数");
  check_cell(rows[0], 1, CellType::number, "268");

  options.sheet = "3";
  CHECK(open_reader(k_fixtures / "ledger.xlsx", options)->sheet_name() == "汇总");
  options.sheet = "1";
  CHECK(open_reader(k_fixtures / "ledger.xlsx", options)->sheet_name() == "说明"); // hidden, but asked for

  options.sheet = "统计";
  CHECK(read_error("ledger.xlsx", options) ==
        fixture("ledger.xlsx") + "：没有工作表“统计”（现有工作表：说明、台账、汇总）");
  options.sheet = "4";
  CHECK(read_error("ledger.xlsx", options) ==
        fixture("ledger.xlsx") + "：没有工作表“4”（现有工作表：说明、台账、汇总）");
}

TEST_CASE("read::open_xlsx cell kinds written by hand")
{
  const auto rows = read_fixture("handmade.xlsx");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].number == 2);
  check_cell(rows[0], 0, CellType::text, "柴家山社区");
  check_cell(rows[0], 1, CellType::text, "东茅岭 街道"); // rich-text runs joined, phonetic run left out
  check_cell(rows[0], 2, CellType::text, "第一行\r\n第二行 _x0041_");

  CHECK(rows[1].number == 3); // a row without r follows the previous one
  check_cell(rows[1], 0, CellType::text, "内联文本");
  check_cell(rows[1], 1, CellType::text, "公式结果");
  check_cell(rows[1], 2, CellType::text, "#N/A");
  check_cell(rows[1], 3, CellType::boolean, "TRUE");
  check_cell(rows[1], 4, CellType::date, "2026-03-05 10:20:30");

  CHECK(rows[2].number == 5);
  REQUIRE(rows[2].cells.size() == 7);
  check_cell(rows[2], 2, CellType::number, "45991");    // numFmtId 14 redefined as 0.00
  check_cell(rows[2], 4, CellType::date, "2025-11-30"); // built-in 31, 年月日
  check_cell(rows[2], 5, CellType::number, "1e+17");    // unknown style index: plain number
  check_cell(rows[2], 6, CellType::number, "-0.5");

  CHECK(rows[3].number == 9);
  REQUIRE(rows[3].cells.size() == 2);
  check_cell(rows[3], 0, CellType::empty, "");
  check_cell(rows[3], 1, CellType::number, "7");
}

TEST_CASE("read::open_xlsx 1904 date system")
{
  const auto rows = read_fixture("date1904.xlsx");
  REQUIRE(rows.size() == 1);
  check_cell(rows[0], 0, CellType::date, "2026-03-05");
  CHECK(rows[0].cells[0].number == 46086.0); // always the 1900-system serial
  check_cell(rows[0], 1, CellType::date, "1904-01-01");
  CHECK(rows[0].cells[1].number == 1462.0);
  check_cell(rows[0], 2, CellType::number, "7");
}

TEST_CASE("read::open_xlsx refuses broken and hostile files")
{
  CHECK(read_error("truncated.xlsx") == fixture("truncated.xlsx") + "：不是可读的 .xlsx 工作簿（Not a zip archive）");
  CHECK(read_error("not_a_zip.xlsx") ==
        fixture("not_a_zip.xlsx") +
          "：不是可读的 .xlsx 工作簿（不是 zip 压缩包）；请在 Excel 或 WPS 中打开并另存为 .xlsx");
  CHECK(read_error("ledger.ods") ==
        fixture("ledger.ods") + "：是 OpenDocument 表格（.ods），无法读取；请在 Excel 或 WPS 中打开并另存为 .xlsx");
  CHECK(read_error("billion_laughs.xlsx") ==
        fixture("billion_laughs.xlsx") + "：xl/worksheets/sheet1.xml：不接受含 DOCTYPE 的 XML");
  CHECK(read_error("long_tag.xlsx") ==
        fixture("long_tag.xlsx") + "：xl/worksheets/sheet1.xml：XML 标签超过 8388608 字节");
  CHECK(read_error("external_entity.xlsx") ==
        fixture("external_entity.xlsx") + "：xl/worksheets/sheet1.xml：不接受含 DOCTYPE 的 XML");

  ReaderOptions small;
  small.limits.max_entry_bytes = 1 << 20;
  CHECK(read_error("bomb.xlsx", small) ==
        fixture("bomb.xlsx") + "：xl/worksheets/sheet1.xml 声明有 2201025 字节，超过单个成员 1048576 字节的上限");
  CHECK(read_error("bomb_lying_header.xlsx", small) ==
        fixture("bomb_lying_header.xlsx") + "：xl/worksheets/sheet1.xml 解压后超过单个成员 1048576 字节的上限");
  CHECK(read_fixture("bomb.xlsx").size() == 2100); // within the default limits it is just a sheet

  ReaderOptions total;
  total.limits.max_uncompressed_bytes = 1 << 20;
  CHECK(read_error("bomb.xlsx", total) == fixture("bomb.xlsx") + "：压缩包解压后超过 1048576 字节的上限");

  ReaderOptions few;
  few.limits.max_entries = 10;
  CHECK(read_error("many_members.xlsx", few) ==
        fixture("many_members.xlsx") + "：压缩包有 25 个成员，超过 10 个的上限");
  CHECK(read_fixture("many_members.xlsx").size() == 1);

  ReaderOptions narrow;
  narrow.limits.max_columns = 10;
  CHECK(read_error("ledger.xlsx", narrow) == fixture("ledger.xlsx") + "：工作表 台账 单元格 K2：超过 10 列的上限");

  ReaderOptions short_cells;
  short_cells.limits.max_cell_bytes = 100;
  CHECK(read_error("bomb.xlsx", short_cells) ==
        fixture("bomb.xlsx") + "：工作表 Sheet1 单元格 A1：超过 100 字节的上限");
}

TEST_CASE("read::open_xlsx streams a long sheet in batches")
{
  // bomb.xlsx holds 2100 one-cell rows: several pauses of the parser, a prefetch thread.
  const auto rows = read_fixture("bomb.xlsx");
  REQUIRE(rows.size() == 2100);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    REQUIRE(rows[i].number == i + 1);
    REQUIRE(rows[i].cells.size() == 1);
    REQUIRE(rows[i].cells[0].text.size() == 1000);
  }

  const auto shared = read_fixture("big_shared.xlsx");
  REQUIRE(shared.size() == 3000);
  CHECK(shared.back().number == 3000);
  std::string households;
  for (int i = 0; i < 200; ++i) {
    households += "户";
  }
  check_cell(shared.back(), 1, CellType::text, "0000" + households);
  ReaderOptions total;
  total.limits.max_uncompressed_bytes = 1 << 20; // reached while the thread inflates the strings
  CHECK(read_error("big_shared.xlsx", total) == fixture("big_shared.xlsx") + "：压缩包解压后超过 1048576 字节的上限");

  // Giving up half way must stop the prefetch thread cleanly.
  auto reader = open_reader(k_fixtures / "bomb.xlsx", {});
  Row row;
  CHECK(reader->next(row));
  CHECK(row.number == 1);
  reader.reset();
}

TEST_CASE("read::open_xlsx_memory")
{
  const auto path = k_fixtures / "handmade.xlsx";
  std::string bytes(std::filesystem::file_size(path), '\0');
  std::ifstream file(path, std::ios::binary);
  file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  auto reader = open_xlsx_memory(bytes, {}, "<memory>");
  CHECK(read_all(*reader).size() == 4);

  try {
    open_xlsx_memory(bytes.substr(0, 100), {}, "<memory>");
    FAIL("a truncated archive was accepted");
  } catch (const dongmao::DataError& error) {
    CHECK(std::string(error.what()).rfind("<memory>：不是可读的 .xlsx 工作簿（", 0) == 0);
  }
}

TEST_CASE("read::open_reader dispatch")
{
  const auto missing = k_fixtures / "does_not_exist.xlsx";
  try {
    open_reader(missing, {});
    FAIL("a missing file was accepted");
  } catch (const dongmao::InputMissing& error) {
    CHECK(std::string(error.what()) == missing.string() + "：文件不存在");
    CHECK(error.status() == dongmao::ExitStatus::no_input);
  }
  try {
    open_reader(k_fixtures, {});
    FAIL("a directory was accepted");
  } catch (const dongmao::DataError& error) {
    CHECK(std::string(error.what()) == k_fixtures.string() + "：是目录，不是表格文件");
  }
}
