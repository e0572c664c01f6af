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
    CHECK(problem("91350100M000100Y44") == "check character is 4, expected 3");
    CHECK(problem("91430602MA4L12345Y") == "check character is Y, expected 1");
  }
  SUBCASE("shape")
  {
    CHECK(problem("") == "is empty");
    CHECK(problem("91350100M000100Y4") == "has 17 characters, expected 18");
    CHECK(problem("91350100M000100Y433") == "has 19 characters, expected 18");
    CHECK(problem("91350100M00010OY43") == "character 15 is 'O', which codes never use");
    CHECK(problem("91350100I000100Y43") == "character 9 is 'I', which codes never use");
    CHECK(problem("91350100m000100Y43") == "character 9 is 'm', which codes never use");
    CHECK(problem("91350100M000100Y4柴") == "character 18 is '柴', which codes never use");
  }
}
