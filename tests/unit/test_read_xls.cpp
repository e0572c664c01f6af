#include <dongmao/error.hpp>
#include <dongmao/read/biff_check.hpp>
#include <dongmao/read/reader.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace dongmao::read;

namespace {

const std::filesystem::path k_xls = std::filesystem::path(DONGMAO_FIXTURES) / "xls";

std::vector<Row> read_sheet(const std::string& name, const std::optional<std::string>& sheet)
{
  ReaderOptions options;
  options.sheet = sheet;
  auto reader = open_reader(k_xls / name, options);
  CHECK(reader->describe() == "xls");
  std::vector<Row> rows;
  Row row;
  while (reader->next(row)) {
    rows.push_back(row);
  }
  return rows;
}

std::string open_error(const std::string& name, const std::optional<std::string>& sheet = std::nullopt)
{
  try {
    read_sheet(name, sheet);
  } catch (const dongmao::DataError& error) {
    return error.what();
  }
  return "";
}

void check_cell(const Row& row, std::size_t column, CellType type, const std::string& text)
{
  INFO("row ", row.number, " column ", column + 1);
  REQUIRE(column < row.cells.size());
  CHECK(row.cells[column].type == type);
  CHECK(row.cells[column].text == text);
}

} // namespace

TEST_CASE("read::open_xls ledger converted by LibreOffice")
{
  const auto rows = read_sheet("ledger.xls", "台账");
  REQUIRE(rows.size() == 7);
  CHECK(rows[0].number == 1);
  check_cell(rows[0], 0, CellType::text, "东茅岭街道九华山二期征拆台账（截至2026年11月）");
  CHECK(rows[2].number == 3);
  check_cell(rows[2], 5, CellType::text, "状态");
  check_cell(rows[2], 6, CellType::text, "日期");

  const Row& zhang = rows[3];
  CHECK(zhang.number == 4);
  check_cell(zhang, 0, CellType::number, "1");
  check_cell(zhang, 2, CellType::text, "430602199001011234");
  check_cell(zhang, 3, CellType::number, "4.306021990010113e+17");
  check_cell(zhang, 4, CellType::text, "85.5");
  check_cell(zhang, 6, CellType::date, "2026-03-05");
  CHECK(zhang.cells[6].number == 46086.0);
  check_cell(zhang, 7, CellType::date, "2026-03-06");
  check_cell(zhang, 8, CellType::text, "2026.3.5");
  check_cell(zhang, 9, CellType::text, "门面\n两间");
  check_cell(zhang, 11, CellType::number, "123456.78");

  check_cell(rows[4], 6, CellType::date, "2026-03-05 14:30:15");
  check_cell(rows[4], 7, CellType::date, "2026-11-30");
  CHECK(rows[5].number == 7);
  check_cell(rows[5], 11, CellType::number, "0.1");
  check_cell(rows[6], 0, CellType::date, "1900-02-28");
  check_cell(rows[6], 1, CellType::date, "1900-02-29");
  check_cell(rows[6], 2, CellType::date, "1900-03-01");
  check_cell(rows[6], 4, CellType::date, "18:00:00");
}

TEST_CASE("read::open_xls sheet selection")
{
  // libfreexl does not say which sheets are hidden: the default is the first one.
  CHECK(read_sheet("ledger.xls", std::nullopt).at(0).cells.at(0).text == "本表由社区网格员填报");
  const auto summary = read_sheet("ledger.xls", "3");
  REQUIRE(summary.size() == 1);
  check_cell(summary[0], 1, CellType::number, "268");
  CHECK(open_error("ledger.xls", "统计") ==
        (k_xls / "ledger.xls").string() + "：没有工作表“统计”（现有工作表：说明、台账、汇总）");
}

TEST_CASE("read::open_xls 1904 date system")
{
  const auto rows = read_sheet("date1904.xls", std::nullopt);
  REQUIRE(rows.size() == 1);
  check_cell(rows[0], 0, CellType::date, "2026-03-05");
  CHECK(rows[0].cells[0].number == 46086.0);
  check_cell(rows[0], 2, CellType::number, "7");
}

TEST_CASE("read::open_xls refuses broken files")
{
  CHECK(open_error("truncated.xls") ==
        (k_xls / "truncated.xls").string() + "：不是可读的 .xls 工作簿（文件已损坏，libfreexl 错误 -8）");
  CHECK(open_error("web_page.xls") ==
        (k_xls / "web_page.xls").string() +
          "：这个 .xls 其实是网页（HTML），不是工作簿；请在 Excel 或 WPS 中打开并另存为 .xlsx");
}

namespace {

// One BIFF record: 2-byte type, 2-byte length, then `data`.
std::string record(unsigned type, const std::string& data)
{
  std::string bytes;
  bytes += static_cast<char>(type & 0xFF);
  bytes += static_cast<char>(type >> 8);
  bytes += static_cast<char>(data.size() & 0xFF);
  bytes += static_cast<char>(data.size() >> 8);
  return bytes + data;
}

const std::string k_bof8 = record(0x0809, std::string("\x00\x06\x05\x00", 4) + std::string(12, '\0'));

// A LABEL at row 0, column 0 whose 16-bit length claims `characters` one-byte characters.
std::string label(unsigned characters, const std::string& text)
{
  const std::string head = std::string(6, '\0') + static_cast<char>(characters & 0xFF) +
                           static_cast<char>(characters >> 8) + std::string(1, '\0');
  return record(0x0204, head + text);
}

} // namespace

TEST_CASE("read::check_biff passes strings that fit their records")
{
  CHECK(check_biff(k_bof8 + label(3, "abc") + record(0x000A, "")) == "");
  CHECK(check_biff(k_bof8 + label(3, "abc") + "\x04\x02") == ""); // a stream cut short is libfreexl's to refuse
}

TEST_CASE("read::check_biff refuses what libfreexl would read past")
{
  CHECK(check_biff(k_bof8 + label(60000, "abc")) == "偏移 20 处的 LABEL 记录中的文字长 60009 字节，超出记录的 12 字节");
  const std::string sheet = record(0x0085, std::string(6, '\0') + "\x09" + std::string(1, '\0') + "Sheet");
  CHECK(check_biff(k_bof8 + sheet) == "偏移 20 处的 BOUNDSHEET 记录中的文字长 17 字节，超出记录的 13 字节");
  const std::string wide_format = record(0x041E, std::string("\xA4\x00\x02\x00\x01", 5) + "0%");
  CHECK(check_biff(k_bof8 + wide_format) == "偏移 20 处的 FORMAT 记录中的文字长 9 字节，超出记录的 7 字节");
  CHECK(check_biff(k_bof8 + std::string("\x04\x02\x00\x80", 4)) == "偏移 20 处的记录长度为 32768 字节，超过 8224 字节");
}
