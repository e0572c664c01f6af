#include <dongmao/domain/inert.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao::domain;

TEST_CASE("domain::visible_text")
{
  CHECK(visible_text("东茅岭社区 a|b\tc\nd") == "东茅岭社区 a|b\tc\nd");
  CHECK(visible_text("\x1b[31m红\x07") == "\xEF\xBF\xBD[31m红\xEF\xBF\xBD");
  CHECK(visible_text("a\rb\x7f"
                     "c\x01") == "a\xEF\xBF\xBD"
                                 "b\xEF\xBF\xBD"
                                 "c\xEF\xBF\xBD");
  CHECK(visible_text("\xC2\x9B"
                     "1m") == "\xEF\xBF\xBD"
                              "1m"); // U+009B, C1 CSI
  CHECK(visible_text("\xE2\x80\xAE"
                     "abc\xE2\x81\xA6") == "\xEF\xBF\xBD"
                                           "abc\xEF\xBF\xBD"); // U+202E, U+2066
  CHECK(visible_text("\xE2\x80\x8F") == "\xE2\x80\x8F");       // U+200F kept
  CHECK(visible_text("\xFF") == "\xFF");                       // invalid byte kept
  CHECK_FALSE(has_invisible("九华山二期"));
  CHECK(has_invisible("\xE2\x81\xA9"));
}

TEST_CASE("domain::escape_invisible_json")
{
  CHECK(escape_invisible_json(R"({"name":"九华山"})") == R"({"name":"九华山"})");
  CHECK(escape_invisible_json("{\"name\":\"\xE2\x80\xAE"
                              "x\xC2\x85\"}") == R"({"name":"\u202ex\u0085"})");
}
