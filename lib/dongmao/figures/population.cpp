#include <dongmao/figures/population.hpp>

#include <cmath>

namespace dongmao::figures {

namespace {

// The residence type each population indicator counts.
const std::map<std::string, std::string>& population_indicators()
{
  static const std::map<std::string, std::string> k_indicators = {
    {"常住人口", "resident"}, {"户籍人口", "registered"}, {"流动人口", "floating"}};
  return k_indicators;
}

// Residents by type from the indicators' figures of `community` ("" for the total).
std::map<std::string, std::int64_t> residents_of(const std::vector<MetricFigure>& metrics, const std::string& community)
{
  std::map<std::string, std::int64_t> residents;
  for (const auto& m : metrics) {
    const auto type = population_indicators().find(m.indicator);
    if (type != population_indicators().end() && m.kind == IndicatorKind::stock && m.community == community &&
        m.value) {
      residents[type->second] = std::llround(*m.value);
    }
  }
  return residents;
}

std::optional<std::int64_t> population_of(const std::map<std::string, std::int64_t>& residents)
{
  if (const auto it = residents.find("resident"); it != residents.end()) {
    return it->second;
  }
  std::optional<std::int64_t> sum;
  for (const char* type : {"registered", "floating"}) {
    if (const auto it = residents.find(type); it != residents.end()) {
      sum = sum.value_or(0) + it->second;
    }
  }
  return sum;
}

} // namespace

void fill_overview(Report& report, OverviewFigures overview)
{
  auto source = overview.population_source;
  if (source == PopulationSource::none) {
    const auto total = residents_of(report.metrics, "");
    bool any = !total.empty();
    for (auto& c : overview.communities) {
      c.residents = residents_of(report.metrics, c.community);
      c.population = population_of(c.residents);
      any = any || c.population;
    }
    overview.total.residents = total;
    overview.total.population = population_of(total);
    if (any) {
      source = PopulationSource::indicators;
    }
  }
  report.total = std::move(overview.total);
  report.communities = std::move(overview.communities);
  report.population_source = source;
  switch (source) {
  case PopulationSource::household_members:
    report.overview_notes.push_back("未导入人口台账，人口按住户家庭成员数统计");
    break;
  case PopulationSource::indicators:
    report.overview_notes.push_back("未导入人口台账，人口取自常住人口等时点指标");
    break;
  case PopulationSource::none:
    report.overview_notes.push_back("未导入人口台账");
    break;
  case PopulationSource::persons:
    break;
  }
  if (!overview.organisations_imported) {
    report.overview_notes.push_back("未导入单位台账");
  }
}

} // namespace dongmao::figures
