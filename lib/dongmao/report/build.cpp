#include <dongmao/db/transaction.hpp>
#include <dongmao/domain/period.hpp>
#include <dongmao/figures/population.hpp>
#include <dongmao/report/build.hpp>
#include <dongmao/store/report_queries.hpp>
#include <dongmao/store/report_units.hpp>

#include <algorithm>

namespace dongmao::report {

Report build_report(workspace::Workspace& ws, const Period& period, domain::Date today)
{
  Report report;
  report.period = period;
  const auto& settings = ws.settings();
  report.subdistrict = settings.name;
  report.division_code = settings.division_code;
  report.area_km2 = settings.area_km2;
  report.today = today.iso();
  const auto as_of = std::min(period.to, today);
  // Every figure from one committed state, whatever an import commits meanwhile.
  db::ReadTransaction snapshot(ws.db());
  report.projects = store::project_figures(ws.db(), period, as_of, settings.renovation);
  report.petitions = store::petition_figures(ws.db(), period, as_of, settings.petition);
  report.organisations_registered = store::organisations_registered(ws.db(), period);
  report.metrics = store::metric_figures(ws.db(), period, domain::previous_period(period), settings.indicators);
  figures::fill_overview(report, store::overview(ws.db()));
  report.narrative = draft_narrative(report, settings.report_templates);
  return report;
}

std::vector<MetricFigure> subdistrict_metrics(workspace::Workspace& ws, const Period& period)
{
  db::ReadTransaction snapshot(ws.db());
  auto metrics = store::metric_figures(ws.db(), period, domain::previous_period(period), ws.settings().indicators);
  std::erase_if(metrics, [](const MetricFigure& m) { return !m.community.empty(); });
  return metrics;
}

} // namespace dongmao::report
