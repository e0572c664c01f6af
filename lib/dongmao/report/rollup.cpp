#include <dongmao/error.hpp>
#include <dongmao/report/rank.hpp>
#include <dongmao/report/rollup.hpp>
#include <dongmao/text/output.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dongmao::report {

namespace {

void add_counts(std::map<std::string, std::int64_t>& into, const std::map<std::string, std::int64_t>& from)
{
  for (const auto& [key, n] : from) {
    into[key] += n;
  }
}

void add_overview(Overview& into, const Overview& from)
{
  into.grids += from.grids;
  into.households += from.households;
  if (from.population) {
    into.population = into.population.value_or(0) + *from.population;
  }
  add_counts(into.residents, from.residents);
  add_counts(into.organisations, from.organisations);
}

} // namespace

std::vector<std::filesystem::path> rollup_workspaces(const std::vector<std::string>& paths)
{
  namespace fs = std::filesystem;
  std::vector<fs::path> found;
  for (const auto& text : paths) {
    const fs::path path(text);
    if (fs::is_regular_file(path / workspace::k_settings_file)) {
      found.push_back(path);
      continue;
    }
    if (!fs::is_directory(path)) {
      throw InputMissing(text::format(text::k_rollup_missing, text));
    }
    std::vector<fs::path> inside;
    for (const auto& entry : fs::directory_iterator(path)) {
      if (entry.is_directory() && fs::is_regular_file(entry.path() / workspace::k_settings_file)) {
        inside.push_back(entry.path());
      }
    }
    if (inside.empty()) {
      throw InputMissing(text::format(text::k_rollup_empty, text));
    }
    std::sort(inside.begin(), inside.end());
    found.insert(found.end(), inside.begin(), inside.end());
  }
  return found;
}

Report merge_reports(std::vector<Report> reports, const std::string& name)
{
  Report total;
  total.period = reports.front().period;
  total.subdistrict = name;
  total.today = reports.front().today;
  std::map<std::pair<std::string, std::string>, MetricFigure> metric_totals;
  for (const auto& r : reports) {
    total.area_km2 += r.area_km2;
    add_overview(total.total, r.total);
    for (auto c : r.communities) {
      c.community = r.subdistrict + "/" + c.community;
      total.communities.push_back(std::move(c));
    }
    for (auto p : r.projects) {
      p.subdistrict = r.subdistrict;
      total.projects.push_back(std::move(p));
    }
    auto& f = total.petitions;
    const auto& g = r.petitions;
    f.received += g.received;
    add_counts(f.by_channel, g.by_channel);
    add_counts(f.by_category, g.by_category);
    for (const auto& [community, n] : g.by_community) {
      f.by_community[r.subdistrict + "/" + community] += n;
    }
    f.group += g.group;
    f.group_people += g.group_people;
    f.repeat += g.repeat;
    f.escalated += g.escalated;
    f.accepted += g.accepted;
    f.answered += g.answered;
    f.on_time += g.on_time;
    f.late += g.late;
    f.closed += g.closed;
    f.open += g.open;
    f.overdue += g.overdue;
    for (auto c : g.overdue_cases) {
      c.community = r.subdistrict + "/" + c.community;
      f.overdue_cases.push_back(std::move(c));
    }
    for (const auto& s : g.in_sensitive_periods) {
      auto it =
        std::find_if(f.in_sensitive_periods.begin(), f.in_sensitive_periods.end(),
                     [&](const SensitiveCount& c) { return c.name == s.name && c.from == s.from && c.to == s.to; });
      if (it == f.in_sensitive_periods.end()) {
        f.in_sensitive_periods.push_back(s);
      } else {
        it->received += s.received;
      }
    }
    f.incidents.insert(f.incidents.end(), g.incidents.begin(), g.incidents.end());
    if (f.per_month.empty()) {
      f.per_month = g.per_month;
    } else {
      for (std::size_t i = 0; i < f.per_month.size() && i < g.per_month.size(); ++i) {
        f.per_month[i].second += g.per_month[i].second;
      }
    }
    for (const auto& m : r.metrics) {
      if (!m.community.empty()) {
        continue;
      }
      // Flows and stocks add up across sub-districts; a rate has no weights here, so it is
      // left missing rather than summed.
      auto& t = metric_totals[{m.indicator, m.unit}];
      t.indicator = m.indicator;
      t.unit = m.unit;
      t.kind = m.kind;
      if (m.kind != figures::IndicatorKind::rate) {
        const auto add = [](std::optional<double>& into, std::optional<double> value) {
          if (value) {
            into = into.value_or(0) + *value;
          }
        };
        add(t.value, m.value);
        add(t.year_to_date, m.year_to_date);
        add(t.previous, m.previous);
        t.change = t.value && t.previous ? std::optional<double>(*t.value - *t.previous) : std::nullopt;
      }
    }
    for (const auto& paragraph : r.narrative) {
      total.narrative.push_back("【" + r.subdistrict + "】" + paragraph);
    }
  }
  // The district's population is one figure only when every sub-district took it from the same source.
  total.population_source = reports.front().population_source;
  for (const auto& r : reports) {
    if (r.population_source != total.population_source) {
      total.population_source = figures::PopulationSource::none;
      total.overview_notes = {"各街道人口来源不同，见各街道报告"};
      break;
    }
  }
  if (total.overview_notes.empty()) {
    total.overview_notes = reports.front().overview_notes;
  }
  for (const auto& r : reports) {
    for (auto m : r.metrics) {
      if (!m.community.empty()) {
        continue;
      }
      m.community = r.subdistrict;
      total.metrics.push_back(std::move(m));
    }
  }
  for (auto& [key, m] : metric_totals) {
    total.metrics.push_back(std::move(m));
  }
  std::stable_sort(total.metrics.begin(), total.metrics.end(),
                   [](const MetricFigure& a, const MetricFigure& b) { return a.indicator < b.indicator; });
  total.ranking = district_ranking(reports);
  total.parts = std::move(reports);
  return total;
}

} // namespace dongmao::report
