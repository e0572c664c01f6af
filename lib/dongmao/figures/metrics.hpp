#pragma once

#include <dongmao/figures/indicator.hpp>
#include <dongmao/figures/report.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The one computation of indicator figures (指标): each community's period, 上期, 年累计 and
// 增减 first, then the 合计 of those columns, so a community without a value in one column
// still counts in the others.
namespace dongmao::figures {

// The months of one report column, "YYYY-MM", both ends included.
struct MonthSpan
{
  std::string from;
  std::string to;
};

// The columns of a report: the period, the previous period and the year to date.
struct MetricSpans
{
  MonthSpan period;
  MonthSpan previous;
  MonthSpan year; // January of the period's last month's year to that month
};

// The spans of `period`, whose previous period is `previous`.
MetricSpans metric_spans(const Period& period, const Period& previous);

// One place's values of one indicator, by month "YYYY-MM"; a month without a value is absent.
using MonthlyValues = std::map<std::string, double>;

// One indicator's values: per community in report order, and the sub-district's own.
struct IndicatorSeries
{
  std::string name;
  std::string unit;
  IndicatorKind kind = IndicatorKind::flow;
  std::vector<std::pair<std::string, MonthlyValues>> communities;
  std::optional<MonthlyValues> own;
};

// The figure of `values` over `span`: a flow sums its months, a stock or rate takes its latest
// month; nullopt when no month of the span has a value.
std::optional<double> span_value(IndicatorKind kind, const MonthlyValues& values, const MonthSpan& span);

// One place's row: the period, 上期, 年累计 and 增减 of `values`.
MetricFigure place_figure(const IndicatorSeries& series, const std::string& place, const MonthlyValues& values,
                          const MetricSpans& spans);

// Every row of one indicator: the communities with a figure in any column, then the total.
// A flow's or stock's total is the sub-district's own figure when it has one, else each column
// sums the communities that have a value in it. A rate is never summed: its total is the mean
// weighted by `weight` (e.g. 常住人口) when given, else its own figure, else missing. Empty
// when the indicator has no figure in any column.
std::vector<MetricFigure> indicator_figures(const IndicatorSeries& series, const MetricSpans& spans,
                                            const IndicatorSeries* weight = nullptr);

} // namespace dongmao::figures
