#include <dongmao/import/normalize.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;
using namespace dongmao::import;

namespace {

read::Cell text_cell(std::string text)
{
  return read::Cell{read::CellType::text, std::move(text), 0.0};
}

read::Cell number_cell(std::string text, double number)
{
  return read::Cell{read::CellType::number, std::move(text), number};
}

// The value as text with its type ("real 108.2", "int 5", "text signed"), or "error: message".
std::string read_as(const std::string& entity, const std::string& field_name, const read::Cell& cell,
                    ValueContext context = {}, domain::AmountUnit unit = domain::AmountUnit::yuan)
{
  const auto mapping = builtin_mapping(entity);
  ColumnBinding column;
  column.unit = unit;
  const auto result = normalize(cell, mapping.fields[*mapping.find(field_name)], column, context);
  if (const auto* bad = std::get_if<CellProblem>(&result)) {
    return "error: " + bad->message;
  }
  const auto& value = std::get<Normalized>(result).value;
  if (std::holds_alternative<double>(value)) {
    return "real " + to_text(value);
  }
  if (std::holds_alternative<std::int64_t>(value)) {
    return "int " + to_text(value);
  }
  return is_null(value) ? "null" : "text " + to_text(value);
}

std::string read_as(const std::string& entity, const std::string& field_name, const std::string& text,
                    ValueContext context = {})
{
  return read_as(entity, field_name, text_cell(text), context);
}

} // namespace

TEST_CASE("import::normalize: dates")
{
  const ValueContext year_2026{2026};
  CHECK(read_as("petitions", "received_date", "2026.3.5.") == "text 2026-03-05");
  CHECK(read_as("petitions", "received_date", "2026，3，5") == "text 2026-03-05");
  CHECK(read_as("petitions", "received_date", "2026年3月5日") == "text 2026-03-05");
  CHECK(read_as("petitions", "received_date", "20260305") == "text 2026-03-05");
  CHECK(read_as("petitions", "received_date", "3月5日", year_2026) == "text 2026-03-05");
  CHECK(read_as("petitions", "received_date", "26.3.5", year_2026) == "text 2026-03-05");
  CHECK(read_as("petitions", "received_date", "3月5日") == "error: “3月5日”不是有效日期");
  CHECK(read_as("petitions", "received_date", "2026-02-30") == "error: “2026-02-30”不是有效日期");
  CHECK(read_as("petitions", "received_date", number_cell("45996", 45996)) == "text 2025-12-05");
  CHECK(read_as("petitions", "received_date", number_cell("3.5", 3.5), year_2026) == "text 2026-03-05");
  CHECK(read_as("petitions", "received_date", number_cell("3.15", 3.15), year_2026) == "text 2026-03-15");
  CHECK(read_as("petitions", "received_date", number_cell("3.1", 3.1), year_2026) ==
        "error: “3.1”是数字：可能是3月1日，也可能是3月10日；请把日期按文本输入");
  CHECK(read_as("petitions", "received_date", text_cell("3.1"), year_2026) == "text 2026-03-01");
}

TEST_CASE("import::normalize: figures with units")
{
  CHECK(read_as("households", "floor_area", "108.2㎡") == "real 108.2");
  CHECK(read_as("households", "floor_area", "150.5m²") == "real 150.5");
  CHECK(read_as("households", "floor_area", "150.5 m2") == "real 150.5");
  CHECK(read_as("households", "floor_area", "108.2平方米") == "real 108.2");
  CHECK(read_as("households", "floor_area", "108.2平米") == "real 108.2");
  CHECK(read_as("households", "floor_area", "1,234.5") == "real 1234.5");
  CHECK(read_as("households", "floor_area", "１０８．２") == "real 108.2");
  CHECK(read_as("households", "floor_area", "71%") == "error: “71%”不是平方米数值：“%”与本列不符");
  CHECK(read_as("households", "floor_area", "5人") == "error: “5人”不是平方米数值：“人”与本列不符");
  CHECK(read_as("households", "floor_area", "0.5平方公里") == "real 500000");
  CHECK(read_as("communities", "area_km2", "1.2平方公里") == "real 1.2");
  CHECK(read_as("communities", "area_km2", "1.2km²") == "real 1.2");
  CHECK(read_as("households", "floor_area", "约108平方米") == "real 108");
  CHECK(read_as("households", "members", "约5人") == "int 5");
  CHECK(read_as("households", "floor_area", "108约") == "error: “108约”不是平方米数值：“约”与本列不符");
  CHECK(read_as("households", "floor_area", "八十") == "error: “八十”不是数字");
  CHECK(read_as("households", "members", "5人") == "int 5");
  CHECK(read_as("households", "members", "５人") == "int 5");
  CHECK(read_as("households", "members", "1,234") == "int 1234");
  CHECK(read_as("households", "members", "5.5人") == "error: “5.5人”不是整数");
}

TEST_CASE("import::normalize: what staff type for nothing is an empty cell, except in text")
{
  for (const auto* nothing : {"无", "暂无", "没有", "不详", "空",  "/",  "-",    "--",   "—",    "——",
                              "－", "／",   "\\",   "n/a",  "N/A", "NA", "null", "NULL", " 无 ", "\xE3\x80\x80暂无"}) {
    CAPTURE(nothing);
    CHECK(read_as("households", "floor_area", nothing) == "null");
    CHECK(read_as("households", "members", nothing) == "null");
    CHECK(read_as("households", "head_id_number", nothing) == "null");
    CHECK(read_as("households", "phone", nothing) == "null");
    CHECK(read_as("households", "housing_type", nothing) == "null");
  }
  CHECK(read_as("households", "note", "无") == "text 无");
  CHECK(read_as("households", "head_name", "不详") == "text 不详");
  CHECK(read_as("households", "members", "无人") == "error: “无人”不是整数");
  CHECK(read_as("households", "members", "0") == "int 0");
}

TEST_CASE("import::normalize: a percent-formatted cell keeps its fraction")
{
  // The reader gives a percent-formatted 0.71 the text the sheet shows.
  CHECK(read_as("households", "floor_area", number_cell("71%", 0.71)) == "real 0.71");
  CHECK(read_as("metrics", "value", number_cell("71%", 0.71)) == "text 71%");
}

TEST_CASE("import::normalize: amounts")
{
  CHECK(read_as("enrollments", "compensation", "12.5W") == "int 12500000");
  CHECK(read_as("enrollments", "compensation", "12.5w") == "int 12500000");
  CHECK(read_as("enrollments", "compensation", "约12.5万") == "int 12500000");
  CHECK(read_as("enrollments", "compensation", "12.5万元") == "int 12500000");
  CHECK(read_as("enrollments", "compensation", "￥125,000.00") == "int 12500000");
  CHECK(read_as("enrollments", "compensation", "125000元") == "int 12500000");
  CHECK(read_as("enrollments", "compensation", "1.4亿") == "int 14000000000");
  CHECK(read_as("enrollments", "compensation", text_cell("12.5"), {}, domain::AmountUnit::wan) == "int 12500000");
  CHECK(read_as("enrollments", "compensation", number_cell("12.5", 12.5), {}, domain::AmountUnit::wan) ==
        "int 12500000");
  CHECK(read_as("enrollments", "compensation", "１２.５万美元") == "error: “１２.５万美元”不是金额");
}

TEST_CASE("import::normalize: labels by rule")
{
  CHECK(read_as("enrollments", "stage", "已签协议") == "text signed");
  CHECK(read_as("enrollments", "stage", "已签约") == "text signed");
  CHECK(read_as("enrollments", "stage", "在谈") == "text negotiating");
  CHECK(read_as("enrollments", "stage", "谈判中") == "text negotiating");
  CHECK(read_as("enrollments", "stage", "洽谈中") == "text negotiating");
  CHECK(read_as("enrollments", "stage", "拒签") == "text negotiating");
  CHECK(read_as("enrollments", "stage", "已腾空") == "text vacated");
  CHECK(read_as("enrollments", "consent", "拒签") == "text disagree");
  CHECK(read_as("enrollments", "consent", "不同意改造") == "text disagree");
  CHECK(read_as("petitions", "channel", "12345热线") == "text phone");
  CHECK(read_as("petitions", "channel", "市长热线") == "text phone");
  CHECK(read_as("petitions", "channel", "网上信访") == "text online");
  CHECK(read_as("enrollments", "stage", "待签约").starts_with("error: “待签约”不是以下之一："));
  CHECK(read_as("enrollments", "stage", "不签约").starts_with("error: “不签约”不是以下之一："));
}

TEST_CASE("import::normalize: a problem quotes the cell as typed")
{
  CHECK(read_as("households", "floor_area", "　１０８．２ｘ ") == "error: “　１０８．２ｘ ”不是数字");
  CHECK(read_as("households", "floor_area", "12\n34") == "error: “12⏎34”不是数字");
  const std::string long_text(45, 'x');
  CHECK(read_as("households", "floor_area", long_text) == "error: “" + std::string(40, 'x') + "…”不是数字");
  std::string wide;
  std::string cut;
  for (int i = 0; i < 50; ++i) {
    wide += "面";
    cut += i < 40 ? "面" : "";
  }
  CHECK(quote_cell(wide) == "“" + cut + "…”");
  CHECK(quote_cell(cut) == "“" + cut + "”");
}
