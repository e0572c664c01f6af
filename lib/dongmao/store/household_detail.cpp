#include <dongmao/db/statement.hpp>
#include <dongmao/error.hpp>
#include <dongmao/store/household_detail.hpp>
#include <dongmao/text/reference.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace dongmao::store {

namespace {

void load_household(db::Connection& db, const std::string& code, HouseholdDetail& detail)
{
  db::Statement s(db, std::string("SELECT ") + k_household_columns +
                        ", h.extra, h.created_at, h.updated_at FROM household h "
                        "LEFT JOIN community c ON c.id = h.community_id LEFT JOIN grid g ON g.id = h.grid_id "
                        "WHERE h.code = ?");
  s.bind(1, code);
  if (!s.step()) {
    throw DataError(text::format(text::k_no_household, code));
  }
  read_household(s, detail.household);
  detail.extra = s.column_optional_text(12);
  detail.created_at = s.column_text(13);
  detail.updated_at = s.column_text(14);
}

// A value of an audit entry's JSON: households and enrollments are audited with text and
// numbers only.
domain::Value audited_value(const nlohmann::json& value)
{
  if (value.is_null()) {
    return {};
  }
  if (value.is_number_integer()) {
    return value.get<std::int64_t>();
  }
  if (value.is_number_float()) {
    return value.get<double>();
  }
  return value.is_string() ? value.get<std::string>() : value.dump();
}

// The fields of an audit entry's changes and, apart from them, its note.
void read_changes(const std::string& text, HistoryEntry& entry)
{
  const auto changes = nlohmann::json::parse(text);
  for (const auto& [field, value] : changes.items()) {
    if (field == "note" && value.is_string()) {
      entry.note = value.get<std::string>();
    } else if (value.is_array() && value.size() == 2) {
      entry.changes.fields.push_back(FieldChange{field, audited_value(value[0]), audited_value(value[1])});
    } else {
      // A lone value reads as set to it.
      entry.changes.fields.push_back(FieldChange{field, {}, audited_value(value)});
    }
  }
}

} // namespace

HouseholdDetail household_detail(db::Connection& db, const std::string& code)
{
  HouseholdDetail detail;
  load_household(db, code, detail);
  const auto id = detail.household.id;

  db::Statement persons(db, "SELECT name, id_number, relation, residence_type, gender, birth_date, phone, tags "
                            "FROM person WHERE household_id = ? ORDER BY birth_date IS NULL, birth_date, id");
  persons.bind(1, id);
  while (persons.step()) {
    detail.persons.push_back(PersonRow{persons.column_text(0), persons.column_text(1), persons.column_optional_text(2),
                                       persons.column_optional_text(3), persons.column_optional_text(4),
                                       persons.column_optional_text(5), persons.column_optional_text(6),
                                       persons.column_optional_text(7)});
  }

  db::Statement enrollments(db,
                            "SELECT p.code, p.name, p.kind, e.stage, e.stage_date, e.consent, e.compensation_cents, "
                            "e.agreement_no FROM enrollment e JOIN project p ON p.id = e.project_id "
                            "WHERE e.household_id = ? ORDER BY p.code");
  enrollments.bind(1, id);
  while (enrollments.step()) {
    EnrollmentRow row;
    row.project_code = enrollments.column_text(0);
    row.project_name = enrollments.column_text(1);
    row.project_kind = enrollments.column_text(2);
    row.stage = project::stage_from_code(enrollments.column_text(3)).value_or(project::Stage::surveyed);
    row.stage_date = enrollments.column_optional_text(4);
    row.consent = enrollments.column_optional_text(5);
    row.compensation_cents = enrollments.column_optional_int64(6);
    row.agreement_no = enrollments.column_optional_text(7);
    detail.enrollments.push_back(std::move(row));
  }

  db::Statement petitions(db, "SELECT t.case_no, t.received_date, t.channel, t.category, t.status, t.summary, p.code "
                              "FROM petition t LEFT JOIN project p ON p.id = t.project_id "
                              "WHERE t.household_id = ? ORDER BY t.received_date, t.case_no");
  petitions.bind(1, id);
  while (petitions.step()) {
    detail.petitions.push_back(PetitionRow{petitions.column_text(0), petitions.column_text(1), petitions.column_text(2),
                                           petitions.column_text(3), petitions.column_text(4),
                                           petitions.column_optional_text(5), petitions.column_optional_text(6)});
  }
  return detail;
}

std::vector<HistoryEntry> household_history(db::Connection& db, const std::string& code)
{
  const auto household_id = require_household(db, code);
  std::vector<HistoryEntry> entries;

  db::Statement events(db, "SELECT s.effective_date, s.recorded_at, p.code, s.stage, s.operator, s.note, "
                           "s.import_run_id IS NOT NULL FROM stage_event s JOIN enrollment e ON e.id = s.enrollment_id "
                           "JOIN project p ON p.id = e.project_id WHERE e.household_id = ? ORDER BY s.id");
  events.bind(1, household_id);
  while (events.step()) {
    HistoryEntry entry;
    entry.date = events.column_text(0);
    entry.recorded_at = events.column_text(1);
    entry.kind = "stage";
    entry.project = events.column_text(2);
    entry.stage = project::stage_from_code(events.column_text(3));
    entry.operator_name = events.column_text(4);
    entry.note = events.column_optional_text(5);
    entry.imported = events.column_int64(6) != 0;
    entries.push_back(std::move(entry));
  }

  // Enrollment entries are keyed "project/household"; the project part is as the change
  // named it (an import names it as its ledger does).
  db::Statement audits(
    db, "SELECT substr(at, 1, 10), at, action, entity, entity_key, operator, changes, "
        "import_run_id IS NOT NULL FROM audit_log "
        "WHERE ((entity = 'household' AND entity_key = ?1) OR (entity = 'enrollment' "
        "AND substr(entity_key, -length(?1) - 1) = '/' || ?1)) AND action NOT IN ('stage', 'enroll') ORDER BY id");
  audits.bind(1, code);
  while (audits.step()) {
    HistoryEntry entry;
    entry.date = audits.column_text(0);
    entry.recorded_at = audits.column_text(1);
    entry.kind = audits.column_text(2);
    if (audits.column_text(3) == "enrollment") {
      const auto key = audits.column_text(4);
      entry.project = key.substr(0, key.size() - code.size() - 1);
    }
    entry.operator_name = audits.column_text(5);
    if (!audits.is_null(6)) {
      read_changes(audits.column_text(6), entry);
    }
    entry.imported = audits.column_int64(7) != 0;
    entries.push_back(std::move(entry));
  }

  std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
    return std::tie(a.date, a.recorded_at) < std::tie(b.date, b.recorded_at);
  });
  return entries;
}

} // namespace dongmao::store
