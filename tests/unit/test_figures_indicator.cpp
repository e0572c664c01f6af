#include <dongmao/figures/indicator.hpp>
#include <dongmao/figures/metrics.hpp>

#include <doctest/doctest.h>

using namespace dongmao;
using figures::IndicatorKind;

namespace {

figures::Period month(int year, int m)
{
  const domain::YearMonth ym{year, m};
  return figures::Period{ym.first_day(), ym.last_day(), ym.iso(), true};
}

// March 2026 against February, year to date from January.
const figures::MetricSpans k_march = figures::metric_spans(month(2026, 3), month(2026, 2));

// 失业再就业: A reports every month, B had no March value, C only March.
figures::IndicatorSeries flow_series()
{
  return {"失业再就业",
          "人",
          IndicatorKind::flow,
          {{"A", {{"2026-01", 5}, {"2026-02", 10}, {"2026-03", 4}}}, {"B", {{"2026-02", 20}}}, {"C", {{"2026-03", 7}}}},
          std::nullopt};
}

// 常住人口: a level; B has no March value.
figures::IndicatorSeries stock_series()
{
  return {
    "常住人口",
    "人",
    IndicatorKind::stock,
    {{"A", {{"2026-01", 1000}, {"2026-02", 1010}, {"2026-03", 1020}}}, {"B", {{"2026-01", 500}, {"2026-02", 505}}}},
    std::nullopt};
}

figures::IndicatorSeries rate_series()
{
  return {"垃圾分类参与率",
          "%",
          IndicatorKind::rate,
          {{"A", {{"2026-02", 0.8}, {"2026-03", 0.9}}}, {"B", {{"2026-02", 0.6}, {"2026-03", 0.7}}}},
          std::nullopt};
}

// The row of `community` ("" for the total).
const figures::MetricFigure& row(const std::vector<figures::MetricFigure>& rows, const std::string& community)
{
  for (const auto& r : rows) {
    if (r.community == community) {
      return r;
    }
  }
  FAIL("no row for ", community);
  return rows.front();
}

} // namespace

TEST_CASE("figures::default_kind: levels are stocks, …率 and % are rates, the rest flows")
{
  CHECK(figures::default_kind("常住人口", "人") == IndicatorKind::stock);
  CHECK(figures::default_kind("低保户数", "户") == IndicatorKind::stock);
  CHECK(figures::default_kind("党员人数", "") == IndicatorKind::stock);
  CHECK(figures::default_kind("流动人口", "") == IndicatorKind::stock);
  CHECK(figures::default_kind("垃圾分类参与率", "") == IndicatorKind::rate);
  CHECK(figures::default_kind("满意度", "%") == IndicatorKind::rate);
  CHECK(figures::default_kind("协税护税", "万元") == IndicatorKind::flow);
  CHECK(figures::default_kind("新增就业人数", "人") == IndicatorKind::flow);
  CHECK(figures::default_kind("走访户次", "") == IndicatorKind::flow);
}

TEST_CASE("figures::parse_kind reads codes and the 口径 ledgers write")
{
  CHECK(figures::parse_kind("累计") == IndicatorKind::flow);
  CHECK(figures::parse_kind("月度") == IndicatorKind::flow);
  CHECK(figures::parse_kind("时点") == IndicatorKind::stock);
  CHECK(figures::parse_kind("期末") == IndicatorKind::stock);
  CHECK(figures::parse_kind("比率") == IndicatorKind::rate);
  CHECK(figures::parse_kind("rate") == IndicatorKind::rate);
  CHECK_FALSE(figures::parse_kind("平均"));
}

TEST_CASE("figures::parse_indicator_value stores a rate as a fraction")
{
  CHECK(figures::parse_indicator_value("71%", IndicatorKind::rate, "") == doctest::Approx(0.71));
  CHECK(figures::parse_indicator_value("71％", IndicatorKind::rate, "") == doctest::Approx(0.71));
  CHECK(figures::parse_indicator_value("0.71", IndicatorKind::rate, "") == doctest::Approx(0.71));
  CHECK(figures::parse_indicator_value("71", IndicatorKind::rate, "%") == doctest::Approx(0.71));
  CHECK(figures::parse_indicator_value("1,020", IndicatorKind::stock, "人") == doctest::Approx(1020));
  CHECK_FALSE(figures::parse_indicator_value("5%", IndicatorKind::flow, ""));
  CHECK_FALSE(figures::parse_indicator_value("很多", IndicatorKind::flow, ""));
  CHECK(figures::parse_indicator_value("3,351人", IndicatorKind::stock, "人") == doctest::Approx(3351));
  CHECK(figures::parse_indicator_value("５‰", IndicatorKind::rate, "") == doctest::Approx(0.005));
  CHECK_FALSE(figures::parse_indicator_value("71人", IndicatorKind::rate, ""));
  CHECK_FALSE(figures::parse_indicator_value("541万元", IndicatorKind::flow, ""));
}

TEST_CASE("figures::indicator_figures: a flow sums months, and each column totals the communities it has")
{
  const auto rows = figures::indicator_figures(flow_series(), k_march);
  REQUIRE(rows.size() == 4);
  CHECK(rows.back().community.empty());
  const auto& a = row(rows, "A");
  CHECK((a.value == 4.0 && a.previous == 10.0 && a.year_to_date == 19.0 && a.change == -6.0));
  const auto& b = row(rows, "B");
  CHECK_FALSE(b.value);
  CHECK((b.previous == 20.0 && b.year_to_date == 20.0));
  CHECK_FALSE(b.change);
  const auto& c = row(rows, "C");
  CHECK((c.value == 7.0 && c.year_to_date == 7.0));
  CHECK_FALSE(c.previous);
  CHECK_FALSE(c.change);
  // B has no March value but still counts in 上期 and 年累计.
  const auto& total = row(rows, "");
  CHECK(total.value == 11.0);
  CHECK(total.previous == 30.0);
  CHECK(total.year_to_date == 46.0);
  CHECK(total.change == -19.0);
}

TEST_CASE("figures::indicator_figures: a stock takes the latest value and is never summed over months")
{
  const auto rows = figures::indicator_figures(stock_series(), k_march);
  const auto& a = row(rows, "A");
  CHECK((a.value == 1020.0 && a.previous == 1010.0 && a.year_to_date == 1020.0 && a.change == 10.0));
  const auto& b = row(rows, "B");
  CHECK_FALSE(b.value);
  CHECK((b.previous == 505.0 && b.year_to_date == 505.0));
  const auto& total = row(rows, "");
  CHECK(total.value == 1020.0);
  CHECK(total.previous == 1515.0);
  CHECK(total.year_to_date == 1525.0);
  CHECK(total.change == -495.0);
  CHECK(total.kind == IndicatorKind::stock);

  // A quarter: the stock is its last month's level, the flow the quarter's sum.
  const figures::Period q1{{2026, 1, 1}, {2026, 3, 31}, "2026-01-01..2026-03-31", false};
  const figures::Period q4{{2025, 10, 1}, {2025, 12, 31}, "2025-10-01..2025-12-31", false};
  const auto quarter = figures::metric_spans(q1, q4);
  CHECK(row(figures::indicator_figures(stock_series(), quarter), "").value == 1525.0);
  CHECK(row(figures::indicator_figures(flow_series(), quarter), "").value == 46.0);
}

TEST_CASE("figures::indicator_figures: a rate is never summed; its total is weighted, its own, or missing")
{
  const auto plain = figures::indicator_figures(rate_series(), k_march);
  CHECK(row(plain, "A").value == doctest::Approx(0.9));
  CHECK(row(plain, "B").year_to_date == doctest::Approx(0.7));
  const auto& missing = row(plain, "");
  CHECK_FALSE(missing.value);
  CHECK_FALSE(missing.previous);
  CHECK_FALSE(missing.year_to_date);

  const auto population = stock_series();
  const auto weighted = row(figures::indicator_figures(rate_series(), k_march, &population), "");
  // March: only A has both a rate and a population.
  CHECK(weighted.value == doctest::Approx(0.9));
  CHECK(weighted.previous == doctest::Approx((0.8 * 1010 + 0.6 * 505) / 1515));
  CHECK(weighted.year_to_date == doctest::Approx((0.9 * 1020 + 0.7 * 505) / 1525));
  CHECK(weighted.change == doctest::Approx(0.9 - (0.8 * 1010 + 0.6 * 505) / 1515));

  auto own = rate_series();
  own.own = figures::MonthlyValues{{"2026-03", 0.85}};
  const auto own_total = row(figures::indicator_figures(own, k_march), "");
  CHECK(own_total.value == doctest::Approx(0.85));
  CHECK_FALSE(own_total.previous);
}

TEST_CASE("figures::indicator_figures: an indicator without a value this period still shows its year")
{
  const figures::IndicatorSeries january_only{
    "培训", "场", IndicatorKind::flow, {{"A", {{"2026-01", 3}}}}, std::nullopt};
  const auto rows = figures::indicator_figures(january_only, k_march);
  REQUIRE(rows.size() == 2);
  CHECK_FALSE(rows[1].value);
  CHECK(rows[1].year_to_date == 3.0);

  const figures::IndicatorSeries last_year{"培训", "场", IndicatorKind::flow, {{"A", {{"2025-06", 3}}}}, std::nullopt};
  CHECK(figures::indicator_figures(last_year, k_march).empty());

  // January's 上期 is December of the year before; the year to date starts again.
  const auto january = figures::metric_spans(month(2026, 1), month(2025, 12));
  const figures::IndicatorSeries december{
    "常住人口", "人", IndicatorKind::stock, {{"A", {{"2025-12", 990}}}}, std::nullopt};
  const auto total = row(figures::indicator_figures(december, january), "");
  CHECK(total.previous == 990.0);
  CHECK_FALSE(total.value);
  CHECK_FALSE(total.year_to_date);
}
