#include <dongmao/read/number_format.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao::read;

namespace {

std::string percent(double value)
{
  std::string out;
  format_percent(value, out);
  return out;
}

} // namespace

TEST_CASE("read::is_percent_format_code")
{
  CHECK(is_percent_format_code("0%"));
  CHECK(is_percent_format_code("0.00%"));
  CHECK(is_percent_format_code("#,##0.0%;[Red]-#,##0.0%"));
  CHECK_FALSE(is_percent_format_code("0.00"));
  CHECK_FALSE(is_percent_format_code("0.00\"%\""));
  CHECK_FALSE(is_percent_format_code("0.00\\%"));
  CHECK_FALSE(is_percent_format_code("yyyy-mm-dd"));
}

TEST_CASE("read::format_percent")
{
  CHECK(percent(0.71) == "71%");
  CHECK(percent(0.055) == "5.5%");
  CHECK(percent(1) == "100%");
  CHECK(percent(0) == "0%");
  CHECK(percent(0.0001) == "0.01%");
  CHECK(percent(-0.25) == "-25%");
  CHECK(percent(12.5) == "1250%");
  CHECK(percent(0.123456) == "12.3456%");
}
