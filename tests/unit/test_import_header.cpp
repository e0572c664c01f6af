#include <dongmao/error.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/key_set.hpp>
#include <dongmao/import/mapping.hpp>

#include <doctest/doctest.h>

using namespace dongmao;

namespace {

read::Row row(std::size_t number, std::vector<std::string> texts)
{
  read::Row r;
  r.number = number;
  for (auto& t : texts) {
    r.cells.push_back(read::Cell{t.empty() ? read::CellType::empty : read::CellType::text, t, 0});
  }
  return r;
}

std::string field_of(const import::Mapping& m, const import::Header& h, std::size_t c)
{
  return h.columns[c].field ? m.fields[*h.columns[c].field].name : "-";
}

} // namespace

TEST_CASE("import::detect_header skips a title row")
{
  const auto mapping = import::builtin_mapping("households");
  const std::vector<read::Row> rows = {
    row(1, {"东茅岭街道住户台账（截至2026年11月）"}),
    row(2, {"户编号", "户主姓名", "身份证号码", "联系电话", "楼栋长"}),
    row(3, {"H1", "张伟", "11010519491231002X", "13800001111", "刘红"}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(header->first_row == 2);
  CHECK(header->last_row == 2);
  CHECK(field_of(mapping, *header, 0) == "code");
  CHECK(field_of(mapping, *header, 1) == "head_name");
  CHECK(field_of(mapping, *header, 2) == "head_id_number");
  CHECK(field_of(mapping, *header, 3) == "phone");
  CHECK(field_of(mapping, *header, 4) == "-");
  CHECK(header->columns[4].header == "楼栋长");
}

TEST_CASE("import::detect_header reads a merged two-row header as combined names")
{
  const auto mapping = import::builtin_mapping("enrollments");
  const std::vector<read::Row> rows = {
    row(1, {"户编号", "签约情况", "", "补偿金额(万元)"}),
    row(2, {"", "状态", "日期", ""}),
    row(3, {"H1", "已签约", "2026-03-05", "12.5"}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(header->first_row == 1);
  CHECK(header->last_row == 2);
  CHECK(field_of(mapping, *header, 0) == "code");
  CHECK(field_of(mapping, *header, 1) == "stage");
  CHECK(header->columns[1].header == "签约情况/状态");
  CHECK(field_of(mapping, *header, 2) == "signed_date");
  CHECK(field_of(mapping, *header, 3) == "compensation");
  CHECK(header->columns[3].unit == domain::AmountUnit::wan);
}

TEST_CASE("import::detect_header finds nothing in a sheet of data")
{
  const auto mapping = import::builtin_mapping("households");
  CHECK_FALSE(import::detect_header({row(1, {"1", "2", "3"}), row(2, {"a", "b"})}, mapping));
}

TEST_CASE("import::column_letters")
{
  CHECK(import::column_letters(0) == "A");
  CHECK(import::column_letters(25) == "Z");
  CHECK(import::column_letters(26) == "AA");
  CHECK(import::column_letters(27) == "AB");
  CHECK(import::column_letters(701) == "ZZ");
  CHECK(import::column_letters(702) == "AAA");
}

TEST_CASE("import::normalize_key")
{
  CHECK(import::normalize_key(" 户主 姓名* ") == "户主姓名");
  CHECK(import::normalize_key("ID Number") == "idnumber");
  CHECK(import::normalize_key("１２３") == "123");
}

TEST_CASE("import::KeySet remembers the first row of each key")
{
  import::KeySet keys;
  CHECK_FALSE(keys.insert("H1", 2));
  CHECK_FALSE(keys.insert("H2", 3));
  for (std::uint32_t i = 0; i < 5000; ++i) {
    CHECK_FALSE(keys.insert("K" + std::to_string(i), i + 10));
  }
  CHECK(keys.insert("H1", 9) == std::optional<std::uint32_t>(2));
  CHECK(keys.insert("K4999", 9) == std::optional<std::uint32_t>(5009));
}

TEST_CASE("import::builtin_mapping of enrollments includes the household fields")
{
  const auto mapping = import::builtin_mapping("enrollments");
  CHECK(mapping.find("code"));
  CHECK(mapping.find("head_name"));
  CHECK(mapping.find("signed_date"));
  CHECK(mapping.fields[*mapping.find("stage")].labels.at("已签约") == "signed");
  CHECK(mapping.fields[*mapping.find("stage")].labels.at("已交房") == "vacated");
  CHECK_THROWS_AS(import::builtin_mapping("nonsense"), dongmao::UsageError);
}

TEST_CASE("import::detect_header reads a yes/no header without its 是否, and one typed on two lines")
{
  const auto mapping = import::builtin_mapping("organisations");
  const std::vector<read::Row> rows = {
    row(1, {"单位名称", "单位类型", "是否重点税源", "负责\n人", "Key\r\ntaxpayer"}),
    row(2, {"某某商贸有限公司", "企业", "是", "王五", ""}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(field_of(mapping, *header, 2) == "key_taxpayer");
  CHECK(header->columns[3].header == "负责人");
  CHECK(header->columns[4].header == "Key taxpayer");
  CHECK(field_of(mapping, *header, 4) == "-"); // 重点税源 has its column already
}
