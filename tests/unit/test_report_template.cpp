#include <dongmao/report/build.hpp>

#include <doctest/doctest.h>

using namespace dongmao;

TEST_CASE("report::fill_template")
{
  CHECK(report::fill_template("{本期}{name}签约{n}户{unknown}", {{"本期", "本月"}, {"name", "九华山"}, {"n", "12"}}) ==
        "本月九华山签约12户{unknown}");
  CHECK(report::fill_template("no { close", {}) == "no { close");
}
