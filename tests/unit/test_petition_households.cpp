#include <dongmao/petition/households.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;

namespace {

// "count approx" for a parse, "none" when it fails: one string to compare.
std::string parsed(const std::string& text)
{
  const auto households = petition::parse_households(text);
  return households ? std::to_string(households->count) + (households->approx ? " approx" : "") : "none";
}

} // namespace

TEST_CASE("petition::parse_households")
{
  CHECK(parsed("120") == "120");
  CHECK(parsed("120户") == "120");
  CHECK(parsed("120.0") == "120");
  CHECK(parsed(" １２６户 ") == "126");
  CHECK(parsed("400多户") == "400 approx");
  CHECK(parsed("300余户") == "300 approx");
  CHECK(parsed("约120户") == "120 approx");
  CHECK(parsed("大约80户") == "80 approx");
  CHECK(parsed("80户左右") == "80 approx");
  CHECK(parsed("400+") == "400 approx");
  CHECK(parsed("十户") == "none");
  CHECK(parsed("0户") == "none");
  CHECK(parsed("12.5户") == "none");
  CHECK(parsed("-3") == "none");
  CHECK(parsed("多户") == "none");
  CHECK(parsed("400人") == "none");
  CHECK(parsed("") == "none");
}

TEST_CASE("petition::households_text")
{
  CHECK(petition::households_text({400, true}) == "400多户");
  CHECK(petition::households_text({126, false}) == "126户");
  CHECK(petition::households_text({30, true}, "家") == "30多家");
}
