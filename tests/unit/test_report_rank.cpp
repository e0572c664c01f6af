#include <dongmao/report/rank.hpp>

#include <doctest/doctest.h>

using namespace dongmao;

namespace {

// An indicator's sub-district-wide row; a flow's value in the period is its year to date, as in a year's report.
report::MetricFigure metric(const std::string& indicator, std::optional<double> ytd,
                            figures::IndicatorKind kind = figures::IndicatorKind::flow,
                            std::optional<double> value = std::nullopt)
{
  report::MetricFigure m;
  m.indicator = indicator;
  m.unit = "万元";
  m.kind = kind;
  m.value = kind == figures::IndicatorKind::rate ? value : ytd;
  m.year_to_date = ytd;
  return m;
}

report::Report part(const std::string& name, std::vector<report::MetricFigure> metrics)
{
  report::Report r;
  r.subdistrict = name;
  r.metrics = std::move(metrics);
  return r;
}

} // namespace

TEST_CASE("report::competition_ranks")
{
  using R = std::vector<std::optional<std::int64_t>>;
  CHECK(report::competition_ranks({5.0, 9.0, 5.0, std::nullopt, 1.0}) == R{2, 1, 2, std::nullopt, 4});
  CHECK(report::competition_ranks({}) == R{});
}

TEST_CASE("report::rank_among")
{
  std::vector<report::MetricFigure> own = {metric("协税护税", 541), metric("作风督查", std::nullopt),
                                           metric("协税护税", 12)};
  own[2].community = "柴家山社区";
  const std::vector<std::vector<report::MetricFigure>> peers = {
    {metric("协税护税", 800), metric("作风督查", 3)},
    {metric("协税护税", 600)},
    {metric("协税护税", 541), metric("作风督查", std::nullopt)},
    {metric("协税护税", 900, figures::IndicatorKind::flow)},
  };
  report::rank_among(own, peers);
  CHECK(own[0].rank == 4);    // after 900, 800, 600; tied with the peer at 541
  CHECK(own[0].rank_of == 5); // every peer has 协税护税
  CHECK(!own[1].rank);        // no figure of its own
  CHECK(own[1].rank_of == 1); // only one peer has one
  CHECK(!own[2].rank_of);     // a community's row is not ranked
  // A rate is ranked by its value in the period, a stock or flow by the year to date.
  std::vector<report::MetricFigure> rate = {metric("参与率", 0.1, figures::IndicatorKind::rate, 0.9)};
  report::rank_among(rate, {{metric("参与率", 0.99, figures::IndicatorKind::rate, 0.5)}});
  CHECK(rate[0].rank == 1);
}

TEST_CASE("report::district_ranking")
{
  const auto ranking = report::district_ranking(
    {part("甲街道", {metric("协税护税", 300), metric("作风督查", 7)}), part("乙街道", {metric("协税护税", 541)}),
     part("丙街道", {metric("协税护税", 300), metric("作风督查", std::nullopt)})});
  REQUIRE(ranking.size() == 4);
  CHECK(ranking[0].indicator == "作风督查");
  CHECK(ranking[0].subdistrict == "甲街道");
  CHECK(ranking[0].rank == 1);
  CHECK(ranking[0].rank_of == 1);
  CHECK(ranking[1].subdistrict == "乙街道");
  CHECK(ranking[1].rank == 1);
  CHECK(ranking[2].subdistrict == "甲街道");
  CHECK(ranking[2].rank == 2);
  CHECK(ranking[3].subdistrict == "丙街道");
  CHECK(ranking[3].rank == 2);
  CHECK(ranking[3].rank_of == 3);
}
