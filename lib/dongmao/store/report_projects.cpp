#include <dongmao/store/report_queries.hpp>

#include <dongmao/db/statement.hpp>

#include <map>

namespace dongmao::store {

std::vector<figures::ProjectFigures> project_figures(db::Connection& db, const figures::Period& period,
                                                     domain::Date as_of)
{
  std::vector<figures::ProjectFigures> projects;
  std::map<std::int64_t, std::size_t> index;
  db::Statement list(db, "SELECT id, code, name, kind, due_date, target_households, investment_cents FROM project "
                         "ORDER BY code");
  while (list.step()) {
    figures::ProjectFigures p;
    p.code = list.column_text(1);
    p.name = list.column_text(2);
    p.kind = list.column_text(3);
    p.due_date = list.column_optional_text(4);
    p.target_households = list.column_optional_int64(5);
    p.investment_cents = list.column_optional_int64(6);
    for (const char* stage : {"surveyed", "assessed", "negotiating", "signed", "vacated", "demolished", "withdrawn"}) {
      p.by_stage[stage] = 0;
    }
    if (p.due_date) {
      if (const auto due = domain::parse_iso_date(*p.due_date)) {
        p.days_left = domain::days_between(as_of, *due);
      }
    }
    index[list.column_int64(0)] = projects.size();
    projects.push_back(std::move(p));
  }

  db::Statement stages(db, "SELECT project_id, stage, count(*) FROM enrollment GROUP BY 1, 2");
  while (stages.step()) {
    auto& p = projects[index.at(stages.column_int64(0))];
    const auto stage = stages.column_text(1);
    const auto n = stages.column_int64(2);
    p.by_stage[stage] = n;
    if (stage != "withdrawn") {
      p.enrolled += n;
    }
    if (stage == "signed" || stage == "vacated" || stage == "demolished") {
      p.signed_total += n;
    }
  }

  db::Statement signed_in(db, "SELECT e.project_id, count(DISTINCT s.enrollment_id) FROM stage_event s "
                              "JOIN enrollment e ON e.id = s.enrollment_id "
                              "WHERE s.stage = 'signed' AND s.effective_date BETWEEN ? AND ? GROUP BY 1");
  signed_in.bind(1, period.from.iso()).bind(2, period.to.iso());
  while (signed_in.step()) {
    projects[index.at(signed_in.column_int64(0))].signed_in_period = signed_in.column_int64(1);
  }

  // Cleared (清零) when every enrolled household has signed; the day is the last of the
  // households' first signing dates (a household may reach 腾房 without a dated 签约).
  // Only projects with no household still before signing can be cleared; the subquery is
  // evaluated once per household (MATERIALIZED), not once per aggregate.
  db::Statement cleared(db, "WITH e AS MATERIALIZED ("
                            "  SELECT e.project_id, (SELECT MIN(s.effective_date) FROM stage_event s "
                            "    WHERE s.enrollment_id = e.id AND s.stage IN ('signed', 'vacated', 'demolished')) AS first_signed"
                            "  FROM enrollment e WHERE e.stage IN ('signed', 'vacated', 'demolished') AND e.project_id NOT IN ("
                            "    SELECT project_id FROM enrollment WHERE stage IN ('surveyed', 'assessed', 'negotiating')))"
                            "SELECT project_id, MAX(first_signed), count(*) - count(first_signed) FROM e GROUP BY 1");
  while (cleared.step()) {
    auto& p = projects[index.at(cleared.column_int64(0))];
    if (p.enrolled > 0 && p.signed_total == p.enrolled) {
      p.cleared = true;
      if (cleared.column_int64(2) == 0) {
        p.cleared_on = cleared.column_optional_text(1);
      }
    }
  }

  db::Statement milestones(db, "SELECT project_id, name FROM milestone WHERE done_date BETWEEN ? AND ? ORDER BY seq, id");
  milestones.bind(1, period.from.iso()).bind(2, period.to.iso());
  while (milestones.step()) {
    projects[index.at(milestones.column_int64(0))].milestones_done.push_back(milestones.column_text(1));
  }
  return projects;
}

} // namespace dongmao::store
