#include <dongmao/db/statement.hpp>
#include <dongmao/store/report_units.hpp>

namespace dongmao::store {

namespace {

void add_to_tally(figures::UnitTally& tally, const db::Statement& row, const figures::Period& period)
{
  ++tally.count;
  tally.households += row.is_null(2) ? 0 : row.column_int64(2);
  tally.investment_cents += row.is_null(3) ? 0 : row.column_int64(3);
  if (!row.is_null(4)) {
    const auto accepted = row.column_text(4);
    tally.accepted += accepted <= period.to.iso() ? 1 : 0;
    tally.accepted_in_period += period.from.iso() <= accepted && accepted <= period.to.iso() ? 1 : 0;
  }
}

} // namespace

void add_unit_figures(db::Connection& db, const figures::Period& period, std::vector<figures::ProjectFigures>& projects)
{
  db::Statement units(db, "SELECT p.code, u.kind, u.households, u.investment_cents, u.accepted_date "
                          "FROM unit u JOIN project p ON p.id = u.project_id ORDER BY p.code, u.id");
  while (units.step()) {
    const auto code = units.column_text(0);
    for (auto& project : projects) {
      if (project.code != code) {
        continue;
      }
      if (!project.units) {
        project.units.emplace();
      }
      add_to_tally(project.units->total, units, period);
      add_to_tally(project.units->by_kind[units.column_text(1)], units, period);
    }
  }
  for (auto& project : projects) {
    if (!project.units) {
      continue;
    }
    // A planned project is often known only by its units' figures (5,225 households, 1.4亿).
    if (!project.target_households && project.units->total.households > 0) {
      project.target_households = project.units->total.households;
    }
    if (!project.investment_cents && project.units->total.investment_cents > 0) {
      project.investment_cents = project.units->total.investment_cents;
    }
  }
}

std::optional<figures::RegisteredOrganisations> organisations_registered(db::Connection& db,
                                                                         const figures::Period& period)
{
  db::Statement any(db, "SELECT 1 FROM organisation WHERE registration_date IS NOT NULL LIMIT 1");
  if (!any.step()) {
    return std::nullopt;
  }
  figures::RegisteredOrganisations registered;
  for (const char* kind : {"institution", "market", "enterprise", "individual"}) {
    registered.by_kind[kind] = 0;
  }
  db::Statement s(db, "SELECT kind, count(*), sum(key_taxpayer) FROM organisation "
                      "WHERE registration_date BETWEEN ? AND ? GROUP BY kind");
  s.bind(1, period.from.iso()).bind(2, period.to.iso());
  while (s.step()) {
    registered.by_kind[s.column_text(0)] = s.column_int64(1);
    registered.total += s.column_int64(1);
    registered.key_taxpayers += s.column_int64(2);
  }
  return registered;
}

} // namespace dongmao::store
