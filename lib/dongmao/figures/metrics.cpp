#include <dongmao/figures/metrics.hpp>

#include <fmt/format.h>

namespace dongmao::figures {

namespace {

std::string month_of(domain::Date date)
{
  return fmt::format("{:04}-{:02}", date.year, date.month);
}

bool has_any(const MetricFigure& f)
{
  return f.value || f.previous || f.year_to_date;
}

std::optional<double> difference(std::optional<double> value, std::optional<double> previous)
{
  if (value && previous) {
    return *value - *previous;
  }
  return std::nullopt;
}

// A column's total: the sum of the communities that have a value in it.
std::optional<double> sum_column(const std::vector<MetricFigure>& rows, std::optional<double> MetricFigure::*column)
{
  std::optional<double> total;
  for (const auto& row : rows) {
    if (row.*column) {
      total = total.value_or(0) + *(row.*column);
    }
  }
  return total;
}

// A column's mean weighted by the same column of the weight rows, over the communities that
// have both; nullopt when they weigh nothing.
std::optional<double> weighted_column(const std::vector<MetricFigure>& rows, const std::vector<MetricFigure>& weights,
                                      std::optional<double> MetricFigure::*column)
{
  double weighted = 0;
  double weight_sum = 0;
  for (const auto& row : rows) {
    for (const auto& w : weights) {
      if (w.community == row.community && row.*column && w.*column) {
        weighted += *(row.*column) * *(w.*column);
        weight_sum += *(w.*column);
      }
    }
  }
  if (weight_sum <= 0) {
    return std::nullopt;
  }
  return weighted / weight_sum;
}

std::vector<MetricFigure> community_rows(const IndicatorSeries& series, const MetricSpans& spans)
{
  std::vector<MetricFigure> rows;
  for (const auto& [community, values] : series.communities) {
    auto row = place_figure(series, community, values, spans);
    if (has_any(row)) {
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

} // namespace

MetricSpans metric_spans(const Period& period, const Period& previous)
{
  return MetricSpans{{month_of(period.from), month_of(period.to)},
                     {month_of(previous.from), month_of(previous.to)},
                     {fmt::format("{:04}-01", period.to.year), month_of(period.to)}};
}

std::optional<double> span_value(IndicatorKind kind, const MonthlyValues& values, const MonthSpan& span)
{
  const auto first = values.lower_bound(span.from);
  const auto end = values.upper_bound(span.to);
  if (first == end) {
    return std::nullopt;
  }
  if (kind != IndicatorKind::flow) {
    return std::prev(end)->second;
  }
  double sum = 0;
  for (auto it = first; it != end; ++it) {
    sum += it->second;
  }
  return sum;
}

MetricFigure place_figure(const IndicatorSeries& series, const std::string& place, const MonthlyValues& values,
                          const MetricSpans& spans)
{
  MetricFigure f;
  f.indicator = series.name;
  f.unit = series.unit;
  f.community = place;
  f.kind = series.kind;
  f.value = span_value(series.kind, values, spans.period);
  f.previous = span_value(series.kind, values, spans.previous);
  f.year_to_date = span_value(series.kind, values, spans.year);
  f.change = difference(f.value, f.previous);
  return f;
}

std::vector<MetricFigure> indicator_figures(const IndicatorSeries& series, const MetricSpans& spans,
                                            const IndicatorSeries* weight)
{
  auto rows = community_rows(series, spans);
  MetricFigure total;
  total.indicator = series.name;
  total.unit = series.unit;
  total.kind = series.kind;
  const bool weighted = series.kind == IndicatorKind::rate && weight != nullptr;
  if (weighted) {
    const auto weights = community_rows(*weight, spans);
    total.value = weighted_column(rows, weights, &MetricFigure::value);
    total.previous = weighted_column(rows, weights, &MetricFigure::previous);
    total.year_to_date = weighted_column(rows, weights, &MetricFigure::year_to_date);
    total.change = difference(total.value, total.previous);
  } else if (series.own) {
    total = place_figure(series, "", *series.own, spans);
  } else if (series.kind != IndicatorKind::rate) {
    total.value = sum_column(rows, &MetricFigure::value);
    total.previous = sum_column(rows, &MetricFigure::previous);
    total.year_to_date = sum_column(rows, &MetricFigure::year_to_date);
    total.change = difference(total.value, total.previous);
  }
  if (rows.empty() && !has_any(total)) {
    return {};
  }
  rows.push_back(std::move(total));
  return rows;
}

} // namespace dongmao::figures
