#include <dongmao/error.hpp>
#include <dongmao/report/build.hpp>
#include <dongmao/report/rank.hpp>
#include <dongmao/text/draft.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <system_error>
#include <utility>

namespace dongmao::report {

namespace {

using IndicatorKey = std::pair<std::string, std::string>; // name, unit

bool is_workspace(const std::filesystem::path& path)
{
  return std::filesystem::is_regular_file(path / workspace::k_settings_file);
}

bool same_place(const std::filesystem::path& a, const std::filesystem::path& b)
{
  std::error_code ignored;
  return std::filesystem::equivalent(a, b, ignored);
}

} // namespace

std::optional<double> ranking_value(const MetricFigure& metric)
{
  auto value = metric.kind == figures::IndicatorKind::rate ? metric.value
               : metric.year_to_date                       ? metric.year_to_date
                                                           : metric.value;
  // Sums of decimals (687.9999999999999) rank and show as the figure staff entered.
  if (value) {
    value = std::round(*value * 1e6) / 1e6;
  }
  return value;
}

std::vector<std::optional<std::int64_t>> competition_ranks(const std::vector<std::optional<double>>& values)
{
  std::vector<std::optional<std::int64_t>> ranks(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!values[i]) {
      continue;
    }
    const auto above = std::count_if(values.begin(), values.end(), [&](const auto& v) { return v && *v > *values[i]; });
    ranks[i] = above + 1;
  }
  return ranks;
}

void rank_among(std::vector<MetricFigure>& metrics, const std::vector<std::vector<MetricFigure>>& peers)
{
  for (auto& metric : metrics) {
    if (!metric.community.empty()) {
      continue;
    }
    std::vector<std::optional<double>> values = {ranking_value(metric)};
    for (const auto& peer : peers) {
      for (const auto& other : peer) {
        if (other.community.empty() && other.indicator == metric.indicator && other.unit == metric.unit &&
            ranking_value(other)) {
          values.push_back(ranking_value(other));
        }
      }
    }
    metric.rank_of = std::count_if(values.begin(), values.end(), [](const auto& v) { return v.has_value(); });
    // Alone, a sub-district is first of nothing: no rank to state.
    metric.rank = *metric.rank_of > 1 ? competition_ranks(values).front() : std::nullopt;
  }
}

std::vector<RankingRow> district_ranking(const std::vector<Report>& parts)
{
  std::map<IndicatorKey, std::vector<RankingRow>> by_indicator;
  for (const auto& part : parts) {
    for (const auto& metric : part.metrics) {
      const auto value = ranking_value(metric);
      if (!metric.community.empty() || !value) {
        continue;
      }
      by_indicator[{metric.indicator, metric.unit}].push_back(
        {metric.indicator, metric.unit, metric.kind, part.subdistrict, *value, 0, 0});
    }
  }
  std::vector<RankingRow> ranking;
  for (auto& [key, rows] : by_indicator) {
    std::vector<std::optional<double>> values;
    for (const auto& row : rows) {
      values.emplace_back(row.value);
    }
    const auto ranks = competition_ranks(values);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      rows[i].rank = *ranks[i];
      rows[i].rank_of = static_cast<std::int64_t>(rows.size());
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.rank < b.rank; });
    ranking.insert(ranking.end(), rows.begin(), rows.end());
  }
  return ranking;
}

std::vector<std::filesystem::path> peer_workspaces(const std::vector<std::filesystem::path>& paths,
                                                   const std::filesystem::path& own)
{
  std::vector<std::filesystem::path> found;
  for (const auto& path : paths) {
    std::vector<std::filesystem::path> inside;
    if (is_workspace(path)) {
      inside.push_back(path);
    } else if (std::filesystem::is_directory(path)) {
      for (const auto& entry : std::filesystem::directory_iterator(path)) {
        if (entry.is_directory() && is_workspace(entry.path())) {
          inside.push_back(entry.path());
        }
      }
      std::sort(inside.begin(), inside.end());
    }
    if (inside.empty()) {
      throw InputMissing(text::format(text::k_peer_not_workspace, path.string()));
    }
    for (const auto& dir : inside) {
      const auto seen = [&](const auto& other) { return same_place(dir, other); };
      if (!same_place(dir, own) && std::none_of(found.begin(), found.end(), seen)) {
        found.push_back(dir);
      }
    }
  }
  return found;
}

void rank_among_peers(Report& report, const workspace::Workspace& own, const std::vector<std::filesystem::path>& paths)
{
  std::vector<std::vector<MetricFigure>> peers;
  std::set<std::string> names = {own.settings().name};
  for (const auto& dir : peer_workspaces(paths, own.dir())) {
    workspace::Workspace peer(dir, workspace::Workspace::Access::read_only);
    if (names.insert(peer.settings().name).second) {
      peers.push_back(subdistrict_metrics(peer, report.period));
    }
  }
  rank_among(report.metrics, peers);
}

} // namespace dongmao::report
