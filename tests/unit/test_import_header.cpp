#include <dongmao/error.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/header_match.hpp>
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

namespace {

// The field a header names alone, under `entity`'s mapping; "-" for none.
std::string field_named(const std::string& entity, const std::string& header)
{
  const auto mapping = import::builtin_mapping(entity);
  const import::HeaderMatcher matcher(mapping);
  const auto match = matcher.match(header);
  return match.field ? mapping.fields[*match.field].name : "-";
}

} // namespace

TEST_CASE("import::header_core")
{
  CHECK(import::header_core("所在网格") == "网格");
  CHECK(import::header_core("腾房时间") == "腾房日期");
  CHECK(import::header_core("身份证号码") == "身份证号");
  CHECK(import::header_core("信访人联系方式") == "电话");
  // An owner's word in front of the thing is whose it is: 产权人身份证 is the ID number, while
  // 产权人 alone stays the owner's name.
  CHECK(import::header_core("产权人身份证号码") == "身份证号");
  CHECK(import::header_core("业主联系电话") == "电话");
  CHECK(import::header_core("产权人") == "产权人");
  CHECK(import::header_core("完成期限") == import::header_core("完成时限"));
  CHECK(import::header_core("来访途径") == "来访方式");
  CHECK(import::header_core("是否重复访") == "重复访");
  CHECK(import::header_core("建筑面积（㎡）") == "建筑面积");
  CHECK(import::header_core("信访人数") == "人数"); // not 数: a prefix leaves two characters
  CHECK(import::header_core("户主") == "户主");
  CHECK(import::header_core("所属社区居委会") == "社区");
  CHECK(import::header_core("问题分类") == "问题类别");
}

TEST_CASE("import::HeaderMatcher reads the forms staff write")
{
  CHECK(field_named("households", "所在网格") == "grid");
  CHECK(field_named("households", "所属社区居委会") == "community"); // 居委会 is the community's own word
  CHECK(field_named("grids", "所属社区居委会") == "community");
  CHECK(field_named("households", "产权类型") == "housing_type"); // 性质 and 类型 both say "kind"
  CHECK(field_named("petitions", "问题分类") == "category");
  CHECK(field_named("enrollments", "签订协议日期") == "signed_date");
  CHECK(field_named("enrollments", "搬迁日期") == "vacated_date");
  CHECK(field_named("metrics", "本月数") == "value");
  CHECK(field_named("households", "产权人") == "head_name");
  CHECK(field_named("households", "房屋坐落") == "address");
  CHECK(field_named("households", "户主身份证号码") == "head_id_number");
  CHECK(field_named("households", "身份证") == "head_id_number");
  CHECK(field_named("households", "联系手机") == "phone");
  CHECK(field_named("households", "家庭人口数") == "members");
  CHECK(field_named("households", "人口") == "members");
  CHECK(field_named("households", "人口（人）") == "members");
  CHECK(field_named("households", "户内人口") == "members");
  CHECK(field_named("households", "家庭成员数") == "members");
  CHECK(field_named("enrollments", "腾房时间") == "vacated_date");
  CHECK(field_named("enrollments", "签约情况") == "stage");
  CHECK(field_named("enrollments", "协议签订时间") == "signed_date");
  CHECK(field_named("petitions", "反映问题") == "summary");
  CHECK(field_named("petitions", "是否重复访") == "repeated");
  CHECK(field_named("petitions", "来信来访途径") == "channel");
  CHECK(field_named("petitions", "信访人联系方式") == "petitioner_phone");
  CHECK(field_named("petitions", "受理时间") == "accepted_date");
  CHECK(field_named("organisations", "是否重点税源") == "key_taxpayer");
  CHECK(field_named("households", "权利人") == "head_name");
  CHECK(field_named("households", "房屋所有权人") == "head_name");
  CHECK(field_named("households", "现住址") == "address");
  CHECK(field_named("households", "联系号码") == "phone");
  CHECK(field_named("households", "家庭成员数") == "members");
  CHECK(field_named("households", "所在社区（居委会）") == "community");
  CHECK(field_named("households", "证件号") == "head_id_number");
  CHECK(field_named("enrollments", "交房日") == "vacated_date");
  CHECK(field_named("enrollments", "拆除完成时间") == "demolished_date");
  CHECK(field_named("enrollments", "所属项目名称") == "project");
  CHECK(field_named("enrollments", "当前进度") == "stage");
  CHECK(field_named("petitions", "来访人") == "petitioner");
  CHECK(field_named("petitions", "反映人电话") == "petitioner_phone");
  CHECK(field_named("petitions", "来访形式") == "channel");
  CHECK(field_named("petitions", "诉求内容") == "summary");
  CHECK(field_named("petitions", "信访件编号") == "case_no");
  CHECK(field_named("projects", "开工时间") == "start_date");
  CHECK(field_named("projects", "计划完成时间") == "due_date");
  CHECK(field_named("projects", "完成时间") == "-"); // started or due: neither is sure
  CHECK(field_named("households", "户主名") == "head_name");
  CHECK(field_named("households", "网格名") == "grid");
  CHECK(field_named("metrics", "社区名称") == "community");
  CHECK(field_named("enrollments", "是否同意改造") == "consent");
  CHECK(field_named("petitions", "是否越级访") == "escalated");
  CHECK(field_named("households", "楼栋长") == "-");
  CHECK(field_named("households", "序号") == "-");
}

TEST_CASE("import::HeaderMatcher names the field an unmatched column resembles")
{
  const auto mapping = import::builtin_mapping("households");
  const import::HeaderMatcher matcher(mapping);
  const auto named = [&](const std::string& header) {
    const auto field = matcher.resembles(header);
    return field ? mapping.fields[*field].name : "-";
  };
  CHECK(named("备用电话") == "phone");
  CHECK(named("网格员") == "-"); // a person of the grid, not the grid
  CHECK(named("楼栋长") == "-");
  CHECK(named("序号") == "-");
}

TEST_CASE("import::detect_header takes the row that names most, not a data row with one alias")
{
  const auto mapping = import::builtin_mapping("petitions");
  const std::vector<read::Row> rows = {
    row(1, {"2026年信访登记簿"}),
    row(2, {"编号", "来信来访时间", "反映人", "信访途径", "联系方式", "反映问题"}),
    row(3, {"XF001", "2026-03-05", "张三", "电话", "13800001111", "噪音扰民"}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(header->first_row == 2);
  CHECK(field_of(mapping, *header, 0) == "case_no");
  CHECK(field_of(mapping, *header, 1) == "received_date");
  CHECK(field_of(mapping, *header, 3) == "channel");
  CHECK(field_of(mapping, *header, 4) == "petitioner_phone");
  CHECK(field_of(mapping, *header, 5) == "summary");
}

TEST_CASE("import::detect_header keeps a row of sub-headers under a group title over stage dates")
{
  const auto mapping = import::builtin_mapping("enrollments");
  const std::vector<read::Row> rows = {
    row(1, {"户号", "户主", "进度", "", "", "备注"}),
    row(2, {"", "", "入户调查", "评估", "签约", ""}),
    row(3, {"H1", "张伟", "2026-01-05", "2026-02-05", "2026-03-05", ""}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(header->last_row == 2);
  CHECK(field_of(mapping, *header, 2) == "surveyed_date");
  CHECK(field_of(mapping, *header, 3) == "assessed_date");
  CHECK(field_of(mapping, *header, 4) == "signed_date");
  CHECK(header->columns[4].name == "签约日期");
  CHECK(field_of(mapping, *header, 5) == "note");
}

TEST_CASE("import::detect_header names a metrics sheet's indicators by their sub-header")
{
  const auto mapping = import::builtin_mapping("metrics");
  const std::vector<read::Row> rows = {
    row(1, {"单位", "人口情况", "", "协税护税(万元)"}),
    row(2, {"", "常住人口", "流动人口", ""}),
    row(3, {"东风社区", "3200", "410", "12.5"}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(header->last_row == 2);
  CHECK(field_of(mapping, *header, 0) == "community");
  CHECK(header->columns[1].header == "常住人口");
  CHECK(header->columns[2].header == "流动人口");
  CHECK(header->columns[3].header == "协税护税(万元)");
}

TEST_CASE("import::detect_header names each two-row column by one cell that reads back")
{
  const auto mapping = import::builtin_mapping("households");
  const std::vector<read::Row> rows = {
    row(1, {"户编号", "户主情况", "", "楼栋长"}),
    row(2, {"", "户主姓名", "身份证号", ""}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(header->columns[0].name == "户编号");
  CHECK(header->columns[1].name == "户主姓名");
  CHECK(header->columns[2].name == "身份证号");
  CHECK(header->columns[3].name == "楼栋长");
}

TEST_CASE("import::title_year")
{
  CHECK(import::title_year({row(1, {"东风社区征收台账（2026年11月）"})}, 2)->year == 2026);
  CHECK(import::title_year({row(1, {"东风社区征收台账（2026年11月）"})}, 2)->source == "（2026年11月）");
  CHECK(import::title_year({row(1, {"2026年信访登记簿"})}, 2)->source == "2026年信访登记簿");
  CHECK(import::title_year({row(1, {"东风社区征收台账（2026年11月）"})}, 2)->month == 11);
  CHECK(import::title_year({row(1, {"2026年1-11月统计"})}, 2)->month == 0);
  CHECK(import::title_year({row(1, {"2026年信访登记簿"})}, 2)->month == 0);
  CHECK_FALSE(import::title_year({row(1, {"2025年至2026年"})}, 2));
  CHECK_FALSE(import::title_year({row(1, {"台账"}), row(2, {"2026年"})}, 2));
}

TEST_CASE("import::detect_header does not take a form's filled-in lines above the table for the header")
{
  const auto mapping = import::builtin_mapping("households");
  const std::vector<read::Row> rows = {
    row(1, {"社区", "东风社区", "网格", "第一网格", "电话", "0730-8888888"}),
    row(2, {"户号", "户主", "身份证号"}),
    row(3, {"DF001", "张伟", "11010519491231002X"}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(header->first_row == 2);
}

TEST_CASE("import::detect_header reads stage labels over dates as the stages' dates")
{
  const auto mapping = import::builtin_mapping("enrollments");
  const std::vector<read::Row> rows = {
    row(1, {"户号", "被征收人", "完成时间", "", ""}),
    row(2, {"", "", "已评估", "已签约", "已腾房"}),
    row(3, {"H1", "张伟", "2026-02-05", "2026-03-05", ""}),
  };
  const auto header = import::detect_header(rows, mapping);
  REQUIRE(header);
  CHECK(field_of(mapping, *header, 1) == "head_name");
  CHECK(field_of(mapping, *header, 2) == "assessed_date");
  CHECK(field_of(mapping, *header, 3) == "signed_date");
  CHECK(field_of(mapping, *header, 4) == "vacated_date");
}
