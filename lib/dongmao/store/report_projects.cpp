#include <dongmao/db/statement.hpp>
#include <dongmao/store/project_progress.hpp>
#include <dongmao/store/report_queries.hpp>
#include <dongmao/store/report_units.hpp>

#include <algorithm>
#include <map>

namespace dongmao::store {

namespace {

figures::ConsentFigures consent_figures(const project::ConsentResult& c)
{
  figures::ConsentFigures f;
  f.owners = c.tally.households;
  f.agree = c.tally.agree;
  f.disagree = c.tally.disagree;
  f.area_unknown = c.tally.area_unknown;
  f.area_total = c.tally.area_total;
  f.area_agree = c.tally.area_agree;
  f.area_disagree = c.tally.area_disagree;
  f.quorum_ratio = c.quorum_ratio;
  f.rebuild_ratio = c.rebuild_ratio;
  f.participation_by_count = c.participation_by_count;
  f.participation_by_area = c.participation_by_area;
  f.agreement_by_count = c.agreement_by_count;
  f.agreement_by_area = c.agreement_by_area;
  f.quorum_met = c.quorum_met;
  f.agreement_met = c.agreement_met;
  f.may_proceed = c.may_proceed;
  return f;
}

figures::ProjectFigures project_figure(const ProjectProgress& p)
{
  figures::ProjectFigures f;
  f.code = p.code;
  f.name = p.name;
  f.kind = p.kind;
  f.enrolled = p.enrolled;
  for (const auto stage : project::stages_of_kind(p.kind)) {
    f.by_stage[project::stage_code(stage)] = p.by_stage[static_cast<std::size_t>(stage)];
  }
  f.signed_in_period = p.signed_in_period;
  f.signed_total = p.signed_total;
  f.cleared = p.cleared;
  f.cleared_on = p.cleared_on;
  f.start_date = p.start_date;
  f.due_date = p.due_date;
  f.days_left = p.days_left;
  const auto iso = [](const std::optional<std::string>& text) {
    return text ? domain::parse_iso_date(*text) : std::nullopt;
  };
  f.ahead_days = project::ahead_days(iso(p.due_date), iso(p.cleared_on));
  f.remediated_total = p.remediated_total;
  f.remediated_in_period = p.remediated_in_period;
  f.last_remediated_on = p.last_remediated_on;
  f.remediation_days = p.remediation_days;
  f.target_households = p.target_households;
  if (p.consent) {
    f.consent = consent_figures(*p.consent);
  }
  return f;
}

} // namespace

std::vector<figures::ProjectFigures> project_figures(db::Connection& db, const figures::Period& period,
                                                     domain::Date as_of, const project::RenovationRules& renovation)
{
  // The figures of `project progress`, from the same computation, in code order.
  ProgressOptions options;
  options.period = period;
  options.today = as_of;
  options.quorum_ratio = renovation.quorum_ratio;
  options.rebuild_ratio = renovation.rebuild_ratio;
  auto progress = all_project_progress(db, options);
  std::sort(progress.begin(), progress.end(), [](const auto& a, const auto& b) { return a.code < b.code; });

  std::vector<figures::ProjectFigures> projects;
  std::map<std::string, std::size_t> index;
  for (const auto& p : progress) {
    index[p.code] = projects.size();
    projects.push_back(project_figure(p));
  }

  db::Statement investment(db, "SELECT code, investment_cents FROM project WHERE investment_cents IS NOT NULL");
  while (investment.step()) {
    projects[index.at(investment.column_text(0))].investment_cents = investment.column_int64(1);
  }
  db::Statement milestones(db, "SELECT p.code, m.name FROM milestone m JOIN project p ON p.id = m.project_id "
                               "WHERE m.done_date BETWEEN ? AND ? ORDER BY m.seq, m.id");
  milestones.bind(1, period.from.iso()).bind(2, period.to.iso());
  while (milestones.step()) {
    projects[index.at(milestones.column_text(0))].milestones_done.push_back(milestones.column_text(1));
  }
  add_unit_figures(db, period, projects);
  rank_clearing(projects);
  return projects;
}

void rank_clearing(std::vector<figures::ProjectFigures>& projects)
{
  // Competition ranking within a start month: projects cleared the same day share a place.
  for (auto& p : projects) {
    if (!p.cleared_on || !p.start_date || p.start_date->size() < 7) {
      continue;
    }
    int before = 0;
    for (const auto& other : projects) {
      if (other.cleared_on && other.start_date && other.start_date->compare(0, 7, *p.start_date, 0, 7) == 0 &&
          *other.cleared_on < *p.cleared_on) {
        ++before;
      }
    }
    p.cleared_position = before + 1;
  }
}

} // namespace dongmao::store
