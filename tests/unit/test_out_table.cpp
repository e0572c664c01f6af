#include "temp_dir.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/out/csv_writer.hpp>
#include <dongmao/out/table.hpp>
#include <dongmao/read/reader.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace dongmao;

TEST_CASE("out::cut_to_width")
{
  CHECK(out::cut_to_width("东茅岭路12号", 20) == "东茅岭路12号");
  CHECK(out::cut_to_width("东茅岭路12号", 12) == "东茅岭路12号");
  CHECK(out::cut_to_width("东茅岭路12号", 11) == "东茅岭路12…");
  CHECK(out::cut_to_width("东茅岭路12号", 10) == "东茅岭路1…");
  // A CJK character never straddles the edge: one column is left blank rather than cut.
  CHECK(out::cut_to_width("东茅岭路12号", 6) == "东茅…");
  CHECK(out::cut_to_width("东茅岭路12号", 5) == "东茅…");
  CHECK(out::cut_to_width("abc", 1) == "…");
  CHECK(out::cut_to_width("abc", 0).empty());
}

TEST_CASE("out::aligned_lines fits a width")
{
  const out::Table table{
    {{"编号", "code"}, {"地址", "address"}, {"人数", "people", true}, {"备注", "note"}},
    {{"H001", "东茅岭路12号东茅岭路12号", "3", "独居老人独居老人"}, {"H002", "柴家山巷3号", "12", ""}}};
  const auto whole = out::aligned_lines(table);
  CHECK(whole[1] == "H001  东茅岭路12号东茅岭路12号     3  独居老人独居老人");
  for (const std::size_t width : {40, 30, 24}) {
    const auto lines = out::aligned_lines(table, width);
    REQUIRE(lines.size() == 3);
    for (const auto& line : lines) {
      CHECK(domain::display_width(line) <= width);
    }
    // The code and the numbers are never cut.
    CHECK(lines[1].starts_with("H001  "));
    CHECK(lines[2].find("12") != std::string::npos);
  }
  CHECK(out::aligned_lines(table, 30)[1] == "H001  东茅岭…      3  独居老…");
}

TEST_CASE("out::CsvWriter")
{
  const std::vector<out::Column> columns = {{"户编号", "code"}, {"户主姓名", "head_name"}, {"人数", "members", true}};
  SUBCASE("UTF-8 with a BOM for a file")
  {
    std::ostringstream out;
    out::CsvWriter csv(out, columns, out::CsvEncoding::utf8, true);
    csv.header();
    csv.row({"H001", "=张伟", "3"});
    CHECK(out.str() == "\xEF\xBB\xBF户编号,户主姓名,人数\nH001,'=张伟,3\n");
  }
  SUBCASE("UTF-8 without a BOM for a pipe")
  {
    std::ostringstream out;
    out::CsvWriter csv(out, columns, out::CsvEncoding::utf8, false);
    csv.header();
    CHECK(out.str() == "户编号,户主姓名,人数\n");
  }
  SUBCASE("GB18030, also outside GBK, never with a BOM")
  {
    std::ostringstream out;
    out::CsvWriter csv(out, columns, out::CsvEncoding::gb18030, true);
    csv.row({"H001", "张伟𠀀", "3"});
    CHECK(out.str() == "H001,\xD5\xC5\xCE\xB0\x95\x32\x82\x36,3\n");
  }
  CHECK(out::csv_encoding_from_name("GBK") == out::CsvEncoding::gb18030);
  CHECK(out::csv_encoding_from_name("utf-8") == out::CsvEncoding::utf8);
  CHECK_FALSE(out::csv_encoding_from_name("latin1"));
}

TEST_CASE("read::RowReader share_read for a progress bar")
{
  const test::TempDir dir;
  std::string text = "户编号,户主姓名\n";
  for (int i = 0; i < 2000; ++i) {
    text += "H" + std::to_string(i) + ",张伟\n";
  }
  const auto reader = read::open_reader(dir.write("h.csv", text), read::ReaderOptions{});
  read::Row row;
  REQUIRE(reader->share_read());
  double last = 0.0;
  while (reader->next(row)) {
    const auto share = *reader->share_read();
    CHECK(share >= last);
    CHECK(share <= 1.0);
    last = share;
  }
  CHECK(*reader->share_read() == doctest::Approx(1.0));
}
