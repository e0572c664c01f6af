#include <dongmao/db/statement.hpp>
#include <dongmao/db/transaction.hpp>
#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/store/audit.hpp>
#include <dongmao/store/petition_write.hpp>
#include <dongmao/store/references.hpp>
#include <dongmao/text/petition.hpp>
#include <dongmao/text/reference.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace dongmao::store {

namespace {

// Art. 20: several people with one matter choose at most five representatives.
constexpr std::size_t k_max_representatives = 5;

template <typename T, typename F>
nlohmann::json optional_json(const std::optional<T>& value, F&& to_text)
{
  return value ? nlohmann::json(to_text(*value)) : nlohmann::json();
}

nlohmann::json date_json(const std::optional<domain::Date>& date)
{
  return optional_json(date, [](const domain::Date& d) { return d.iso(); });
}

nlohmann::json outcome_json(const std::optional<petition::Outcome>& outcome)
{
  return optional_json(outcome, [](petition::Outcome o) { return petition::code(o); });
}

nlohmann::json time_json(const std::optional<petition::LocalTime>& time)
{
  return optional_json(time, [](const petition::LocalTime& t) { return t.iso(); });
}

// The columns a step may change, keyed by column name, as the database holds them.
nlohmann::json mutable_columns(const PetitionRecord& record)
{
  const auto& facts = record.facts;
  return {{"status", petition::code(facts.status)},
          {"accepted_date", date_json(facts.accepted)},
          {"declined_date", date_json(facts.declined)},
          {"extension_days", facts.extension_days},
          {"answered_date", date_json(facts.answered)},
          {"outcome", outcome_json(facts.outcome)},
          {"review_requested_date", date_json(facts.review_requested)},
          {"review_answered_date", date_json(facts.review_answered)},
          {"review_outcome", outcome_json(facts.review_outcome)},
          {"recheck_requested_date", date_json(facts.recheck_requested)},
          {"recheck_answered_date", date_json(facts.recheck_answered)},
          {"recheck_outcome", outcome_json(facts.recheck_outcome)},
          {"closed_date", date_json(facts.closed)},
          {"assignee", record.assignee ? nlohmann::json(*record.assignee) : nlohmann::json()},
          {"handled_at", time_json(record.handled_at)}};
}

// {"column": [old, new]} for each column that differs.
nlohmann::json diff(const nlohmann::json& before, const nlohmann::json& after)
{
  nlohmann::json changes = nlohmann::json::object();
  for (const auto& [key, value] : after.items()) {
    if (before.at(key) != value) {
      changes[key] = nlohmann::json::array({before.at(key), value});
    }
  }
  return changes;
}

void bind_json(db::Statement& statement, int index, const nlohmann::json& value)
{
  if (value.is_null()) {
    statement.bind_null(index);
  } else if (value.is_number_integer()) {
    statement.bind(index, value.get<std::int64_t>());
  } else {
    statement.bind(index, value.get<std::string>());
  }
}

void insert_event(db::Connection& db, std::int64_t petition_id, petition::Action action, domain::Date date,
                  const std::optional<std::string>& note, const nlohmann::json& detail, const Change& change)
{
  db::Statement insert(db, "INSERT INTO petition_event (petition_id, action, event_date, operator, note, detail, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, petition_id).bind(2, petition::code(action)).bind(3, date.iso()).bind(4, change.operator_name);
  insert.bind(5, note);
  if (detail.empty()) {
    insert.bind_null(6);
  } else {
    insert.bind(6, detail.dump());
  }
  insert.bind(7, change.now).run();
}

std::string next_case_no(db::Connection& db, int year)
{
  const auto prefix = fmt::format("XF{}-", year);
  db::Statement select(db, "SELECT substr(case_no, ?) FROM petition WHERE substr(case_no, 1, ?) = ?");
  select.bind(1, static_cast<int>(prefix.size() + 1)).bind(2, static_cast<int>(prefix.size())).bind(3, prefix);
  long last = 0;
  while (select.step()) {
    const auto suffix = select.column_text(0);
    if (!suffix.empty() && suffix.size() < 9 &&
        std::all_of(suffix.begin(), suffix.end(), [](unsigned char c) { return std::isdigit(c) != 0; })) {
      last = std::max(last, std::stol(suffix));
    }
  }
  return fmt::format("{}{:04}", prefix, last + 1);
}

std::optional<std::int64_t> case_id(db::Connection& db, const std::string& case_no)
{
  db::Statement select(db, "SELECT id FROM petition WHERE case_no = ?");
  select.bind(1, case_no);
  return select.step() ? std::optional<std::int64_t>(select.column_int64(0)) : std::nullopt;
}

// The petitioner with its ID number and phone checked and in canonical form; a bad one is
// quoted masked unless `show_pii`.
Petitioner checked(const Petitioner& input, bool show_pii)
{
  Petitioner petitioner = input;
  petitioner.name = domain::normalize_cell(input.name);
  if (petitioner.name.empty()) {
    throw DataError(text::format(text::k_petitioner_needs_name));
  }
  if (input.id_number && !domain::trim(*input.id_number).empty()) {
    const auto id = domain::normalize_id_card(*input.id_number);
    if (const auto problem = domain::id_card_problem(id)) {
      throw DataError(
        text::format(text::k_petitioner_id, petitioner.name, show_pii ? id : domain::mask_id_card(id), *problem));
    }
    petitioner.id_number = id;
  } else {
    petitioner.id_number.reset();
  }
  if (input.phone && !domain::trim(*input.phone).empty()) {
    const auto phone = domain::normalize_phone(*input.phone);
    if (!phone) {
      throw DataError(
        text::format(text::k_petitioner_phone, petitioner.name,
                     show_pii ? domain::trim(*input.phone) : domain::mask_phone(domain::trim(*input.phone))));
    }
    petitioner.phone = *phone;
  } else {
    petitioner.phone.reset();
  }
  return petitioner;
}

void check_incident_times(const std::optional<petition::LocalTime>& reported,
                          const std::optional<petition::LocalTime>& handled, domain::Date today)
{
  for (const auto* time : {&reported, &handled}) {
    if (*time && (*time)->date > today) {
      throw DataError(text::format(text::k_step_after_today, (*time)->display(), today.iso()));
    }
  }
  if (reported && handled && *handled < *reported) {
    throw DataError(text::format(text::k_handled_before, handled->display(), reported->display()));
  }
}

std::optional<std::int64_t> resolve_reference(References& references, const std::optional<std::string>& text,
                                              bool community)
{
  if (!text) {
    return std::nullopt;
  }
  try {
    return community ? references.community(*text) : references.project(*text);
  } catch (const ReferenceError& error) {
    throw DataError(error.what());
  }
}

} // namespace

AddedPetition add_petition(db::Connection& db, const NewPetition& input, const petition::PetitionRules& rules,
                           const Change& change)
{
  if (input.received > change.today) {
    throw DataError(text::format(text::k_received_after_today, input.received.iso(), change.today.iso()));
  }
  const auto category = petition::match_category(input.category, rules);
  if (petition::is_urgent(category, rules) && !input.reported_at) {
    throw DataError(text::format(text::k_urgent_needs_reported, category));
  }
  check_incident_times(input.reported_at, input.handled_at, change.today);
  std::vector<Petitioner> petitioners;
  for (const auto& petitioner : input.petitioners) {
    petitioners.push_back(checked(petitioner, input.show_pii));
  }
  const int listed = static_cast<int>(petitioners.size());
  const int people = input.people_count.value_or(std::max(1, listed));
  if (people < 1 || people < listed) {
    throw DataError(text::format(text::k_people_fewer, people, std::max(1, listed)));
  }

  AddedPetition result;
  const bool group = petition::is_group(people, rules);
  if (group && input.channel == petition::Channel::visit && petitioners.size() > k_max_representatives) {
    result.warnings.push_back(text::format(text::k_representatives, k_max_representatives, petitioners.size()));
  }

  db::Transaction transaction(db);
  References references(db, false, change.now);
  const auto community = resolve_reference(references, input.community, true);
  const auto project = resolve_reference(references, input.project, false);
  std::optional<std::int64_t> household;
  if (input.household) {
    household = references.household(*input.household);
    if (!household) {
      throw DataError(text::format(text::k_no_household, *input.household));
    }
  }
  std::optional<std::int64_t> repeat_of;
  if (input.repeat_of) {
    repeat_of = case_id(db, *input.repeat_of);
    if (!repeat_of) {
      throw DataError(text::format(text::k_repeat_unknown, *input.repeat_of));
    }
  }
  std::string case_no;
  if (input.case_no) {
    case_no = domain::normalize_cell(*input.case_no);
    if (case_no.empty() || case_no.find_first_of(" \t\r\n") != std::string::npos) {
      throw DataError(text::format(text::k_case_no_bad, *input.case_no));
    }
    if (case_id(db, case_no)) {
      throw DataError(text::format(text::k_case_exists, case_no));
    }
  } else {
    case_no = next_case_no(db, input.received.year);
  }

  db::Statement insert(db, R"sql(
INSERT INTO petition (case_no, received_date, channel, people_count, category, summary, community_id, project_id,
                      household_id, repeat_of, escalated, status, assignee, reported_at, handled_at, created_at,
                      updated_at, subject, households, households_approx)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?))sql");
  insert.bind(1, case_no).bind(2, input.received.iso()).bind(3, petition::code(input.channel)).bind(4, people);
  insert.bind(5, category).bind(6, input.summary).bind(7, community).bind(8, project).bind(9, household);
  insert.bind(10, repeat_of).bind(11, input.escalated ? 1 : 0).bind(12, input.assignee);
  bind_json(insert, 13, time_json(input.reported_at));
  bind_json(insert, 14, time_json(input.handled_at));
  insert.bind(15, change.now).bind(16, change.now).bind(17, input.subject);
  if (input.households) {
    insert.bind(18, input.households->count).bind(19, std::int64_t{input.households->approx ? 1 : 0});
  } else {
    insert.bind_null(18).bind(19, std::int64_t{0});
  }
  insert.run();
  const auto id = db.last_insert_rowid();

  // Those named for a group, or for more people than are named, speak for others.
  const bool representing = group || people > listed;
  db::Statement add_petitioner(db, "INSERT INTO petitioner (petition_id, name, id_number, phone, is_representative) "
                                   "VALUES (?, ?, ?, ?, ?)");
  nlohmann::json audited_petitioners = nlohmann::json::array();
  for (const auto& petitioner : petitioners) {
    add_petitioner.reset();
    add_petitioner.bind(1, id).bind(2, petitioner.name).bind(3, petitioner.id_number).bind(4, petitioner.phone);
    add_petitioner.bind(5, representing ? 1 : 0).run();
    // The audit log names who, without copying their ID and phone into another table.
    audited_petitioners.push_back(petitioner.name);
  }
  insert_event(db, id, petition::Action::register_case, input.received, std::nullopt, nlohmann::json::object(), change);

  nlohmann::json changes = {
    {"received_date", {nullptr, input.received.iso()}},
    {"channel", {nullptr, petition::code(input.channel)}},
    {"people_count", {nullptr, people}},
    {"category", {nullptr, category}},
    {"community", {nullptr, input.community}},
    {"status", {nullptr, "received"}},
  };
  const auto note_optional = [&changes](const char* key, const nlohmann::json& value) {
    if (!value.is_null()) {
      changes[key] = nlohmann::json::array({nullptr, value});
    }
  };
  note_optional("summary", input.summary ? nlohmann::json(*input.summary) : nlohmann::json());
  note_optional("project", input.project ? nlohmann::json(*input.project) : nlohmann::json());
  note_optional("household", input.household ? nlohmann::json(*input.household) : nlohmann::json());
  note_optional("repeat_of", input.repeat_of ? nlohmann::json(*input.repeat_of) : nlohmann::json());
  note_optional("escalated", input.escalated ? nlohmann::json(1) : nlohmann::json());
  note_optional("assignee", input.assignee ? nlohmann::json(*input.assignee) : nlohmann::json());
  note_optional("reported_at", time_json(input.reported_at));
  note_optional("handled_at", time_json(input.handled_at));
  if (!audited_petitioners.empty()) {
    changes["petitioners"] = nlohmann::json::array({nullptr, audited_petitioners});
  }
  AuditLog(db, change.operator_name, change.now)
    .record(AuditEntry{"insert", "petition", case_no, changes_text(changes), {}});
  transaction.commit();
  result.case_no = case_no;
  return result;
}

PetitionRecord record_step(db::Connection& db, const StepRequest& request, const petition::PetitionRules& rules,
                           const Change& change)
{
  db::Transaction transaction(db);
  auto record = find_petition(db, request.case_no);
  if (!record) {
    throw DataError(text::format(text::k_no_case, request.case_no));
  }
  const auto before = mutable_columns(*record);
  const auto status_before = record->facts.status;
  try {
    record->facts = petition::apply_step(record->facts, request.step, rules, change.today);
    if (request.handled_at) {
      check_incident_times(record->reported_at, request.handled_at, change.today);
    }
  } catch (const DataError& error) {
    throw DataError(text::format(text::k_case_refused, record->case_no, error.what()));
  }
  if (request.assignee) {
    record->assignee = request.assignee;
  }
  if (request.handled_at) {
    record->handled_at = request.handled_at;
  }
  const auto after = mutable_columns(*record);

  db::Statement update(db, R"sql(
UPDATE petition SET status = ?, accepted_date = ?, declined_date = ?, extension_days = ?, answered_date = ?,
  outcome = ?, review_requested_date = ?, review_answered_date = ?, review_outcome = ?, recheck_requested_date = ?,
  recheck_answered_date = ?, recheck_outcome = ?, closed_date = ?, assignee = ?, handled_at = ?, updated_at = ?
WHERE id = ?)sql");
  int index = 1;
  for (const char* column :
       {"status", "accepted_date", "declined_date", "extension_days", "answered_date", "outcome",
        "review_requested_date", "review_answered_date", "review_outcome", "recheck_requested_date",
        "recheck_answered_date", "recheck_outcome", "closed_date", "assignee", "handled_at"}) {
    bind_json(update, index++, after.at(column));
  }
  update.bind(index, change.now);
  update.bind(index + 1, record->id).run();

  nlohmann::json detail = nlohmann::json::object();
  const auto& step = request.step;
  if (step.action == petition::Action::extend) {
    detail["days"] = step.extension_days;
  }
  if (step.action == petition::Action::answer && step.outcome) {
    detail["outcome"] = petition::code(*step.outcome);
    detail["stage"] = status_before == petition::Status::reviewing    ? "review"
                      : status_before == petition::Status::rechecking ? "recheck"
                                                                      : "handling";
  }
  if (step.action == petition::Action::reopen) {
    detail["from"] = petition::code(status_before);
  }
  if (request.assignee) {
    detail["assignee"] = *request.assignee;
  }
  if (request.handled_at) {
    detail["handled_at"] = request.handled_at->iso();
  }
  insert_event(db, record->id, step.action, step.date, request.note, detail, change);

  auto changes = diff(before, after);
  if (request.note) {
    changes["note"] = nlohmann::json::array({nullptr, *request.note});
  }
  AuditLog(db, change.operator_name, change.now)
    .record(AuditEntry{petition::code(step.action), "petition", record->case_no, changes_text(changes), {}});
  transaction.commit();
  return *record;
}

} // namespace dongmao::store
