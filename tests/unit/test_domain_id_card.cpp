#include <dongmao/domain/id_card.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace dongmao::domain;

namespace {

std::string problem(std::string_view id)
{
  return id_card_problem(id).value_or("ok");
}

std::string birth(std::string_view id)
{
  const auto date = id_card_birth_date(id);
  return date ? date->iso() : "none";
}

} // namespace

// Check digits below were computed independently of this code (weights 7 9 10 5 8 4 2 1 6
// 3 7 9 10 5 8 4 2, "10X98765432"[sum mod 11]).
TEST_CASE("domain::normalize_id_card")
{
  CHECK(normalize_id_card("\xE3\x80\x80１１０１０５ １９４９１２３１ ００２ｘ ") == "11010519491231002X");
  CHECK(normalize_id_card("11010519491231002x") == "11010519491231002X");
  CHECK(normalize_id_card("\t430602199001011235\n") == "430602199001011235");
  CHECK(normalize_id_card("") == "");
}

TEST_CASE("domain::id_card_problem")
{
  SUBCASE("valid")
  {
    CHECK(problem("11010519491231002X") == "ok");
    CHECK(problem("430602199001011235") == "ok");
    CHECK(problem("430602200002290016") == "ok"); // 2000 was a leap year
    CHECK(problem("430602202402290022") == "ok");
    CHECK(problem("440306199912318765") == "ok");
    CHECK(problem("430602202601010011") == "ok");
  }
  SUBCASE("check digit")
  {
    CHECK(problem("430602199001011234") == "校验位不对");
    CHECK(problem("110105194912310021") == "校验位不对");
    CHECK(problem("43060220000229001X") == "校验位不对");
  }
  SUBCASE("birth date")
  {
    CHECK(problem("43060219000229001X") == "出生日期不存在"); // 1900 not leap
    CHECK(problem("430602202602290011") == "出生日期不存在");
    CHECK(problem("430602199013011235") == "出生日期不存在");
    CHECK(problem("430602199004311235") == "出生日期不存在");
    CHECK(problem("430602189912310011") == "出生日期早于1900年");
    CHECK(problem("430602210101010011") == "出生日期晚于2100年");
  }
  SUBCASE("shape")
  {
    CHECK(problem("") == "为空");
    CHECK(problem("43060219900101123") == "有17个字符，应为18个");
    CHECK(problem("4306021990010112355") == "有19个字符，应为18个");
    CHECK(problem("430602900101123") == "是15位旧号码；请填18位身份证号");
    CHECK(problem("43060219900101123A") == "第18个字符是“A”，应为数字或X");
    CHECK(problem("4306A2199001011235") == "第5个字符是“A”，应为数字");
    // Eighteen ASCII characters are read on a shorter path: an X before the last, a small x
    // or a space must still be named.
    CHECK(problem("1101051949123100X2") == "第17个字符是“X”，应为数字");
    CHECK(problem("11010519491231002x") == "第18个字符是“x”，应为数字或X");
    CHECK(problem("110105194912 10021") == "第13个字符是“ ”，应为数字");
    CHECK(problem("43060219900101123柴") == "第18个字符是“柴”，应为数字或X");
    CHECK(problem("4.30602199001011E+17") == "Excel 把它存成了数字，丢失了末尾几位");
  }
}

TEST_CASE("domain::looks_like_excel_mangled_id")
{
  CHECK(looks_like_excel_mangled_id("4.30602199001011E+17"));
  CHECK(looks_like_excel_mangled_id("4.30602199001011e+17"));
  CHECK(looks_like_excel_mangled_id("4.306E17"));
  CHECK(looks_like_excel_mangled_id("4.30602E+14"));
  CHECK_FALSE(looks_like_excel_mangled_id("4.3E+5"));
  CHECK_FALSE(looks_like_excel_mangled_id("E+17"));
  CHECK_FALSE(looks_like_excel_mangled_id("430602199001011235"));
  CHECK_FALSE(looks_like_excel_mangled_id("430602199001011000"));
  CHECK(looks_like_excel_mangled_id("430602199001011000", true));
  CHECK(looks_like_excel_mangled_id("4306021990010110", true));
  CHECK_FALSE(looks_like_excel_mangled_id("430602199001011235", true));
  CHECK_FALSE(looks_like_excel_mangled_id("430602199001011", true));
  CHECK_FALSE(looks_like_excel_mangled_id("43060219900101100X", true));
}

TEST_CASE("domain::id_card_birth_date")
{
  CHECK(birth("11010519491231002X") == "1949-12-31");
  CHECK(birth("430602200002290016") == "2000-02-29");
  CHECK(birth("430602199001011234") == "1990-01-01"); // bad check digit, date still there
  CHECK(birth("430602900101123") == "1990-01-01");    // old 15-digit form, 19YYMMDD
  CHECK(birth("43060219000229001X") == "none");
  CHECK(birth("4306021990") == "none");
  CHECK(birth("430602ABCDEFGH1235") == "none");
}

TEST_CASE("domain::mask_id_card")
{
  CHECK(mask_id_card("430602199001011235") == "430602********1235");
  CHECK(mask_id_card("11010519491231002X") == "110105********002X");
  CHECK(mask_id_card("430602900101123") == "430602*****1123");
  CHECK(mask_id_card("4306021990010112355") == "430602*********2355");
  CHECK(mask_id_card("12345") == "***45");
  CHECK(mask_id_card("1234") == "**34");
  CHECK(mask_id_card("123") == "***");
  CHECK(mask_id_card("无证件号") == "**件号");
  CHECK(mask_id_card("") == "");
}
