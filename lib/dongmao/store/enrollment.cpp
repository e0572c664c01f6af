#include <dongmao/db/statement.hpp>
#include <dongmao/db/transaction.hpp>
#include <dongmao/error.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/store/audit.hpp>
#include <dongmao/store/enrollment.hpp>
#include <dongmao/store/resolve.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/project.hpp>
#include <dongmao/text/reference.hpp>
#include <dongmao/text/unit.hpp>

#include <nlohmann/json.hpp>

#include <unordered_set>

namespace dongmao::store {

namespace {

// A household's enrollment in a project, as stored.
struct Enrollment
{
  std::int64_t id = 0;
  std::string project_code;
  std::string project_kind;
  project::Stage stage = project::Stage::surveyed;
  std::optional<std::string> stage_date;
  std::optional<std::string> consent;
};

struct ProjectRef
{
  std::int64_t id = 0;
  std::string code;
  std::string kind;
};

ProjectRef load_project(db::Connection& db, const std::string& text)
{
  ProjectRef project;
  project.id = Resolver(db).project(text);
  db::Statement s(db, "SELECT code, kind FROM project WHERE id = ?");
  s.bind(1, project.id);
  s.step();
  project.code = s.column_text(0);
  project.kind = s.column_text(1);
  return project;
}

Enrollment load_enrollment(db::Connection& db, const std::string& household, const std::string& project_text)
{
  const auto household_id = require_household(db, household);
  const auto project = load_project(db, project_text);
  db::Statement s(db,
                  "SELECT id, stage, stage_date, consent FROM enrollment WHERE project_id = ? AND household_id = ?");
  s.bind(1, project.id).bind(2, household_id);
  if (!s.step()) {
    throw DataError(text::format(text::k_not_enrolled, household, project.code));
  }
  Enrollment enrollment;
  enrollment.id = s.column_int64(0);
  enrollment.project_code = project.code;
  enrollment.project_kind = project.kind;
  enrollment.stage = project::stage_from_code(s.column_text(1)).value_or(project::Stage::surveyed);
  enrollment.stage_date = s.column_optional_text(2);
  enrollment.consent = s.column_optional_text(3);
  return enrollment;
}

std::vector<project::StageEvent> load_events(db::Connection& db, std::int64_t enrollment_id)
{
  std::vector<project::StageEvent> events;
  db::Statement s(db, "SELECT stage, effective_date, id FROM stage_event WHERE enrollment_id = ? "
                      "ORDER BY effective_date, id");
  s.bind(1, enrollment_id);
  while (s.step()) {
    const auto stage = project::stage_from_code(s.column_text(0));
    const auto date = domain::parse_iso_date(s.column_text(1));
    if (stage && date) {
      events.push_back(project::StageEvent{*stage, *date, s.column_int64(2)});
    }
  }
  return events;
}

void add_stage_event(db::Connection& db, std::int64_t enrollment_id, project::Stage stage, const domain::Date& date,
                     const std::optional<std::string>& note, const Actor& actor)
{
  db::Statement insert(db,
                       "INSERT INTO stage_event (enrollment_id, stage, effective_date, operator, note, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, enrollment_id).bind(2, project::stage_code(stage)).bind(3, date.iso()).bind(4, actor.operator_name);
  insert.bind(5, note).bind(6, actor.now).run();
}

nlohmann::json optional_json(const std::optional<std::string>& text)
{
  return text ? nlohmann::json(*text) : nlohmann::json();
}

} // namespace

StageChangeResult change_stage(db::Connection& db, const StageChange& change, const Actor& actor)
{
  db::Transaction transaction(db);
  const auto enrollment = load_enrollment(db, change.household, change.project);
  const auto events = load_events(db, enrollment.id);

  if (!project::stage_fits_kind(change.stage, enrollment.project_kind)) {
    throw DataError(text::format(text::k_stage_not_of_kind, project::stage_label(change.stage), enrollment.project_code,
                                 project::kind_label(enrollment.project_kind)));
  }
  if (const auto why = project::step_needs_force(enrollment.stage, change.stage)) {
    if (!change.force) {
      throw DataError(text::format(text::k_stage_needs_force, change.household, enrollment.project_code, *why));
    }
    if (!change.note || change.note->empty()) {
      throw UsageError(text::format(text::k_force_needs_note, change.household, enrollment.project_code, *why));
    }
  }
  if (const auto why = project::date_problem(change.stage, change.date, events, actor.today)) {
    throw DataError(text::format(text::k_stage_refused, change.household, enrollment.project_code, *why));
  }

  db::Statement update(db, "UPDATE enrollment SET stage = ?, stage_date = ?, updated_at = ? WHERE id = ?");
  update.bind(1, project::stage_code(change.stage))
    .bind(2, change.date.iso())
    .bind(3, actor.now)
    .bind(4, enrollment.id);
  update.run();
  add_stage_event(db, enrollment.id, change.stage, change.date, change.note, actor);

  const auto step = project::classify_step(enrollment.stage, change.stage);
  nlohmann::json changes = nlohmann::json::object();
  changes["stage"] = {project::stage_code(enrollment.stage), project::stage_code(change.stage)};
  changes["stage_date"] = {optional_json(enrollment.stage_date), change.date.iso()};
  if (change.note) {
    changes["note"] = *change.note;
  }
  if (change.force && step != project::Step::next) {
    changes["forced"] = true;
  }
  const auto key = enrollment.project_code + "/" + change.household;
  AuditLog(db, actor.operator_name, actor.now)
    .record(AuditEntry{"stage", "enrollment", key, changes_text(changes), {}});
  transaction.commit();

  return StageChangeResult{change.household,
                           enrollment.project_code,
                           enrollment.stage,
                           change.stage,
                           enrollment.stage_date,
                           change.date,
                           step};
}

ConsentChangeResult change_consent(db::Connection& db, const ConsentChange& change, const Actor& actor)
{
  db::Transaction transaction(db);
  const auto enrollment = load_enrollment(db, change.household, change.project);
  if (enrollment.project_kind != "renovation") {
    throw DataError(
      text::format(text::k_consent_renovation, enrollment.project_code, project::kind_label(enrollment.project_kind)));
  }
  ConsentChangeResult result{change.household, enrollment.project_code,
                             project::consent_from_code(enrollment.consent.value_or("pending")), change.consent, false};
  // A NULL consent reads as pending but is stored anew, so the answer is on record.
  result.changed = !enrollment.consent || result.from != result.to;
  if (result.changed) {
    db::Statement update(db, "UPDATE enrollment SET consent = ?, updated_at = ? WHERE id = ?");
    update.bind(1, project::consent_code(change.consent)).bind(2, actor.now).bind(3, enrollment.id).run();
    nlohmann::json changes = nlohmann::json::object();
    changes["consent"] = {optional_json(enrollment.consent), project::consent_code(change.consent)};
    if (change.note) {
      changes["note"] = *change.note;
    }
    const auto key = enrollment.project_code + "/" + change.household;
    AuditLog(db, actor.operator_name, actor.now)
      .record(AuditEntry{"consent", "enrollment", key, changes_text(changes), {}});
  }
  transaction.commit();
  return result;
}

EnrollResult enroll(db::Connection& db, const EnrollRequest& request, const Actor& actor)
{
  db::Transaction transaction(db);
  const auto project = load_project(db, request.project);
  if (request.date > actor.today) {
    throw DataError(text::format(text::k_enroll_date_after, request.date.iso(), actor.today.iso()));
  }

  // Households in the order given, then those the filter adds.
  std::vector<std::pair<std::int64_t, std::string>> households;
  std::unordered_set<std::int64_t> seen;
  std::unordered_set<std::string> listed;
  std::vector<std::string> unknown;
  for (const auto& code : request.codes) {
    if (!listed.insert(code).second) {
      throw DataError(text::format(text::k_household_listed_twice, code));
    }
    if (const auto id = find_household(db, code)) {
      seen.insert(*id);
      households.emplace_back(*id, code);
    } else {
      unknown.push_back(code);
    }
  }
  if (!unknown.empty()) {
    std::string list;
    for (std::size_t i = 0; i < unknown.size() && i < 5; ++i) {
      list += (i ? text::format(text::k_list_separator) : "") + unknown[i];
    }
    if (unknown.size() > 5) {
      list += text::format(text::k_list_separator) + "…";
    }
    throw DataError(unknown.size() == 1 ? text::format(text::k_no_household, unknown.front())
                                        : text::format(text::k_no_households, unknown.size(), list));
  }
  if (request.filter) {
    HouseholdCursor cursor(db, *request.filter, HouseholdOrder{});
    HouseholdRow row;
    while (cursor.next(row)) {
      if (seen.insert(row.id).second) {
        households.emplace_back(row.id, row.code);
      }
    }
  }
  if (households.empty()) {
    throw DataError(text::format(request.filter ? text::k_no_household_matches : text::k_no_households_to_enroll));
  }

  const bool renovation = project.kind == "renovation";
  db::Statement existing(db, "SELECT stage FROM enrollment WHERE project_id = ? AND household_id = ?");
  db::Statement insert(db, "INSERT INTO enrollment (project_id, household_id, stage, stage_date, consent, created_at, "
                           "updated_at) VALUES (?, ?, 'surveyed', ?, ?, ?, ?)");
  AuditLog audit(db, actor.operator_name, actor.now);
  EnrollResult result;
  result.project = project.code;
  for (const auto& [id, code] : households) {
    existing.reset();
    existing.bind(1, project.id).bind(2, id);
    if (existing.step()) {
      if (request.skip_enrolled) {
        ++result.skipped;
        continue;
      }
      const auto stage = project::stage_from_code(existing.column_text(0)).value_or(project::Stage::surveyed);
      throw DataError(text::format(text::k_already_enrolled, code, project.code, project::stage_label(stage)));
    }
    insert.reset();
    insert.bind(1, project.id).bind(2, id).bind(3, request.date.iso());
    if (renovation) {
      insert.bind(4, "pending");
    } else {
      insert.bind_null(4);
    }
    insert.bind(5, actor.now).bind(6, actor.now).run();
    const auto enrollment_id = db.last_insert_rowid();
    add_stage_event(db, enrollment_id, project::Stage::surveyed, request.date, request.note, actor);
    nlohmann::json changes = nlohmann::json::object();
    changes["stage"] = {nullptr, "surveyed"};
    changes["stage_date"] = {nullptr, request.date.iso()};
    if (renovation) {
      changes["consent"] = {nullptr, "pending"};
    }
    if (request.note) {
      changes["note"] = *request.note;
    }
    audit.record(AuditEntry{"enroll", "enrollment", project.code + "/" + code, changes_text(changes), {}});
    ++result.enrolled;
  }
  transaction.commit();
  return result;
}

} // namespace dongmao::store
