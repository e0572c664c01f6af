#include <dongmao/db/statement.hpp>
#include <dongmao/store/project_progress.hpp>
#include <dongmao/store/resolve.hpp>

#include <algorithm>

namespace dongmao::store {

namespace {

// What one enrollment contributes, gathered from its stage events.
struct EnrollmentFacts
{
  project::Stage stage = project::Stage::surveyed;
  std::optional<std::string> consent;
  std::optional<double> area;
  std::vector<project::StageEvent> events;
};

class Accumulator
{
public:
  Accumulator(ProjectProgress& progress, const ProgressOptions& options)
    : m_progress(progress),
      m_options(options),
      m_window_from(domain::add_days(options.today, 1 - std::max(options.pace_days, 1)))
  {
  }

  void add(const EnrollmentFacts& facts)
  {
    ++m_progress.by_stage[static_cast<std::size_t>(facts.stage)];
    if (facts.stage == project::Stage::withdrawn) {
      ++m_progress.withdrawn;
    } else {
      ++m_progress.enrolled;
      m_tally.add(project::consent_from_code(facts.consent.value_or("pending")), facts.area);
      if (project::counts_as_signed(facts.stage)) {
        ++m_progress.signed_total;
      }
    }
    const bool remediation = m_progress.kind == "remediation";
    const auto goal = remediation ? project::Stage::remediated : project::Stage::signed_;
    const auto reached_on = project::stage_reached_on(goal, facts.stage, facts.events);
    m_clearance.add(facts.stage, reached_on, goal);
    if (remediation && project::at_or_beyond(facts.stage, goal)) {
      ++m_progress.remediated_total;
      if (reached_on && project::within(*reached_on, m_progress.period.from, m_progress.period.to)) {
        ++m_progress.remediated_in_period;
      }
      if (reached_on && (!m_last_remediated || *reached_on > *m_last_remediated)) {
        m_last_remediated = reached_on;
      }
    }
    const auto& period = m_progress.period;
    m_progress.signed_in_period += project::signed_within(facts.stage, facts.events, period.from, period.to) ? 1 : 0;
    m_signed_in_window += project::signed_within(facts.stage, facts.events, m_window_from, m_options.today) ? 1 : 0;
  }

  void finish()
  {
    auto& p = m_progress;
    p.signed_percent = project::percent(p.signed_total, p.enrolled);
    p.cleared = m_clearance.cleared();
    if (const auto on = m_clearance.cleared_on()) {
      p.cleared_on = on->iso();
    }
    if (p.due_date) {
      if (const auto due = domain::parse_iso_date(*p.due_date)) {
        p.days_left = domain::days_between(m_options.today, *due);
        p.overdue = project::is_overdue(due, m_options.today, p.status, p.cleared);
      }
    }
    if (m_last_remediated) {
      p.last_remediated_on = m_last_remediated->iso();
      if (const auto start = p.start_date ? domain::parse_iso_date(*p.start_date) : std::nullopt) {
        p.remediation_days = domain::days_between(*start, *m_last_remediated);
      }
    }
    p.pace = project::compute_pace(m_options.pace_days, m_signed_in_window, p.enrolled - p.signed_total, p.days_left);
    if (p.kind == "renovation") {
      p.consent = project::evaluate_consent(m_tally, m_options.quorum_ratio, m_options.rebuild_ratio);
    }
  }

private:
  ProjectProgress& m_progress;
  const ProgressOptions& m_options;
  domain::Date m_window_from;
  project::Clearance m_clearance;
  project::ConsentTally m_tally;
  std::int64_t m_signed_in_window = 0;
  std::optional<domain::Date> m_last_remediated;
};

ProjectProgress compute(db::Connection& db, std::int64_t project_id, const ProgressOptions& options)
{
  ProjectProgress progress;
  progress.period = options.period;
  db::Statement project(
    db, "SELECT code, name, kind, status, due_date, target_households, start_date FROM project WHERE id = ?");
  project.bind(1, project_id);
  project.step();
  progress.code = project.column_text(0);
  progress.name = project.column_text(1);
  progress.kind = project.column_text(2);
  progress.status = project.column_text(3);
  progress.due_date = project.column_optional_text(4);
  progress.target_households = project.column_optional_int64(5);
  progress.start_date = project.column_optional_text(6);

  // One pass over the enrollments and their events, in constant memory per household.
  db::Statement rows(db, "SELECT e.id, e.stage, e.consent, h.floor_area, s.stage, s.effective_date, s.id "
                         "FROM enrollment e JOIN household h ON h.id = e.household_id "
                         "LEFT JOIN stage_event s ON s.enrollment_id = e.id "
                         "WHERE e.project_id = ? ORDER BY e.id, s.effective_date, s.id");
  rows.bind(1, project_id);
  Accumulator accumulator(progress, options);
  std::optional<std::int64_t> current;
  EnrollmentFacts facts;
  while (rows.step()) {
    const auto id = rows.column_int64(0);
    if (current != id) {
      if (current) {
        accumulator.add(facts);
      }
      current = id;
      facts = EnrollmentFacts{};
      facts.stage = project::stage_from_code(rows.column_text(1)).value_or(project::Stage::surveyed);
      facts.consent = rows.column_optional_text(2);
      facts.area = rows.is_null(3) ? std::nullopt : std::optional<double>(rows.column_double(3));
    }
    if (!rows.is_null(4)) {
      const auto stage = project::stage_from_code(rows.column_text(4));
      const auto date = domain::parse_iso_date(rows.column_text(5));
      if (stage && date) {
        facts.events.push_back(project::StageEvent{*stage, *date, rows.column_int64(6)});
      }
    }
  }
  if (current) {
    accumulator.add(facts);
  }
  accumulator.finish();
  return progress;
}

} // namespace

ProjectProgress project_progress(db::Connection& db, const std::string& project, const ProgressOptions& options)
{
  return compute(db, Resolver(db).project(project), options);
}

std::vector<ProjectProgress> all_project_progress(db::Connection& db, const ProgressOptions& options)
{
  std::vector<std::int64_t> ids;
  db::Statement s(db, "SELECT id FROM project ORDER BY code");
  while (s.step()) {
    ids.push_back(s.column_int64(0));
  }
  std::vector<ProjectProgress> all;
  for (const auto id : ids) {
    all.push_back(compute(db, id, options));
  }
  const auto key = [](const ProjectProgress& p) {
    return project::UrgencyKey{p.cleared || p.status == "completed", p.days_left, p.signed_percent, p.code};
  };
  std::sort(all.begin(), all.end(),
            [&](const ProjectProgress& a, const ProjectProgress& b) { return project::more_urgent(key(a), key(b)); });
  return all;
}

} // namespace dongmao::store
