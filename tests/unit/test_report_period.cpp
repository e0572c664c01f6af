#include <dongmao/error.hpp>
#include <dongmao/report/build.hpp>
#include <dongmao/report/period.hpp>

#include <doctest/doctest.h>

using namespace dongmao;

TEST_CASE("report::month_period")
{
  const domain::Date today{2026, 1, 15};
  auto p = report::month_period("this", today);
  CHECK(p.from.iso() == "2026-01-01");
  CHECK(p.to.iso() == "2026-01-31");
  CHECK(p.label == "2026-01");
  p = report::month_period("last", today);
  CHECK(p.from.iso() == "2025-12-01");
  CHECK(p.to.iso() == "2025-12-31");
  p = report::month_period("2024-02", today);
  CHECK(p.to.iso() == "2024-02-29");
  CHECK_THROWS_AS(report::month_period("2026-13", today), UsageError);
}

TEST_CASE("report::previous_period")
{
  auto p = report::previous_period(report::month_period("2026-03", {}));
  CHECK(p.from.iso() == "2026-02-01");
  CHECK(p.to.iso() == "2026-02-28");
  p = report::previous_period(report::range_period("2026-03-10", "2026-03-19"));
  CHECK(p.from.iso() == "2026-02-28");
  CHECK(p.to.iso() == "2026-03-09");
  CHECK_THROWS_AS(report::range_period("2026-03-10", "2026-03-01"), UsageError);
}

TEST_CASE("report::fill_template")
{
  CHECK(report::fill_template("{本期}{name}签约{n}户{unknown}", {{"本期", "本月"}, {"name", "九华山"}, {"n", "12"}}) ==
        "本月九华山签约12户{unknown}");
  CHECK(report::fill_template("no { close", {}) == "no { close");
}
