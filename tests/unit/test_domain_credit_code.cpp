#include <dongmao/domain/credit_code.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao::domain;

namespace {

std::string problem(std::string_view code)
{
  return credit_code_problem(code).value_or("ok");
}

} // namespace

// Check characters below were computed independently of this code (weights 3^i mod 31,
// charset[(31 − sum mod 31) mod 31]).
TEST_CASE("domain::normalize_credit_code")
{
  CHECK(normalize_credit_code(" ９１３５０１００ｍ０００１００ｙ４３\xE3\x80\x80") == "91350100M000100Y43");
  CHECK(normalize_credit_code("91350100m000100y43") == "91350100M000100Y43");
  CHECK(normalize_credit_code("9135 0100 M000 100Y 43") == "91350100M000100Y43");
}

TEST_CASE("domain::credit_code_problem")
{
  SUBCASE("valid")
  {
    CHECK(problem("91350100M000100Y43") == "ok"); // a published code
    CHECK(problem("91430602MA4L123451") == "ok");
    CHECK(problem("12430602MB1234567Q") == "ok");
    CHECK(problem("92430602MA4QWERTY1") == "ok");
  }
  SUBCASE("check character")
  {
    CHECK(problem("91350100M000100Y44") == "校验位是4，应为3");
    CHECK(problem("91430602MA4L12345Y") == "校验位是Y，应为1");
  }
  SUBCASE("shape")
  {
    CHECK(problem("") == "为空");
    CHECK(problem("91350100M000100Y4") == "有17个字符，应为18个");
    CHECK(problem("91350100M000100Y433") == "有19个字符，应为18个");
    CHECK(problem("91350100M00010OY43") == "第15个字符是“O”，代码中不会出现");
    CHECK(problem("91350100I000100Y43") == "第9个字符是“I”，代码中不会出现");
    CHECK(problem("91350100m000100Y43") == "第9个字符是“m”，代码中不会出现");
    CHECK(problem("91350100M000100Y4柴") == "第18个字符是“柴”，代码中不会出现");
  }
}
