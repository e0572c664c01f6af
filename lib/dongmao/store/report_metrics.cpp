#include <dongmao/db/statement.hpp>
#include <dongmao/figures/metrics.hpp>
#include <dongmao/store/indicator.hpp>
#include <dongmao/store/report_queries.hpp>

#include <algorithm>
#include <map>

namespace dongmao::store {

namespace {

// The values of one indicator: per community id, and the sub-district's own (no community).
struct RawSeries
{
  std::map<std::int64_t, figures::MonthlyValues> communities;
  std::optional<figures::MonthlyValues> own;
};

} // namespace

std::vector<figures::MetricFigure> metric_figures(db::Connection& db, const figures::Period& period,
                                                  const figures::Period& previous,
                                                  const figures::IndicatorRegister& settings)
{
  // The SQL only fetches the months any column needs; figures/metrics.cpp combines them.
  const auto spans = figures::metric_spans(period, previous);
  const auto first = std::min({spans.period.from, spans.previous.from, spans.year.from});
  std::map<std::int64_t, RawSeries> raw;
  db::Statement values(db, "SELECT indicator_id, community_id, month, value FROM metric_value "
                           "WHERE month BETWEEN ?1 AND ?2");
  values.bind(1, first).bind(2, spans.period.to);
  while (values.step()) {
    auto& series = raw[values.column_int64(0)];
    const auto community = values.column_optional_int64(1);
    if (!community && !series.own) {
      series.own.emplace();
    }
    auto& months = community ? series.communities[*community] : *series.own;
    months[values.column_text(2)] = values.column_double(3);
  }
  std::vector<std::pair<std::int64_t, std::string>> communities;
  db::Statement community_query(db, "SELECT id, name FROM community ORDER BY IFNULL(code, name), id");
  while (community_query.step()) {
    communities.emplace_back(community_query.column_int64(0), community_query.column_text(1));
  }

  std::map<std::string, figures::IndicatorSeries> by_name;
  for (const auto& record : indicators(db)) {
    figures::IndicatorSeries series;
    series.name = record.name;
    series.unit = figures::resolve_unit(settings, record.name, record.unit);
    series.kind = figures::resolve_kind(settings, record.name, series.unit, record.kind);
    if (const auto it = raw.find(record.id); it != raw.end()) {
      for (const auto& [id, name] : communities) {
        if (const auto c = it->second.communities.find(id); c != it->second.communities.end()) {
          series.communities.emplace_back(name, c->second);
        }
      }
      series.own = it->second.own;
    }
    by_name.emplace(record.name, std::move(series));
  }
  std::vector<figures::MetricFigure> out;
  for (const auto& [name, series] : by_name) {
    const figures::IndicatorSeries* weight = nullptr;
    if (const auto setting = settings.find(name); setting != settings.end() && setting->second.weight) {
      if (const auto w = by_name.find(*setting->second.weight); w != by_name.end()) {
        weight = &w->second;
      }
    }
    auto rows = figures::indicator_figures(series, spans, weight);
    std::move(rows.begin(), rows.end(), std::back_inserter(out));
  }
  return out;
}

} // namespace dongmao::store
