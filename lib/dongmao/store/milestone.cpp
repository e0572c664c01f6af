#include <dongmao/db/statement.hpp>
#include <dongmao/db/transaction.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/store/audit.hpp>
#include <dongmao/store/milestone.hpp>
#include <dongmao/store/resolve.hpp>
#include <dongmao/text/project.hpp>

#include <nlohmann/json.hpp>

namespace dongmao::store {

namespace {

constexpr const char* k_select = "SELECT p.code, m.name, m.seq, m.due_date, m.done_date, m.note, m.id "
                                 "FROM milestone m JOIN project p ON p.id = m.project_id";

MilestoneRow read_row(const db::Statement& s)
{
  return MilestoneRow{s.column_text(0),          s.column_text(1),          s.column_int64(2),
                      s.column_optional_text(3), s.column_optional_text(4), s.column_optional_text(5)};
}

nlohmann::json optional_json(const std::optional<std::string>& text)
{
  return text ? nlohmann::json(*text) : nlohmann::json();
}

// The milestone's id and row; DataError naming the closest milestone when there is none.
std::pair<std::int64_t, MilestoneRow> find_milestone(db::Connection& db, std::int64_t project_id,
                                                     const std::string& project_code, const std::string& name)
{
  db::Statement s(db, std::string(k_select) + " WHERE m.project_id = ? ORDER BY m.seq, m.id");
  s.bind(1, project_id);
  std::vector<std::string> names;
  while (s.step()) {
    if (s.column_text(1) == name) {
      return {s.column_int64(6), read_row(s)};
    }
    names.push_back(s.column_text(1));
  }
  if (const auto match = domain::closest_match(name, names)) {
    throw DataError(text::format(text::k_milestone_did_you_mean, project_code, name, match->value));
  }
  throw DataError(text::format(text::k_milestone_unknown, project_code, name));
}

std::string project_code(db::Connection& db, std::int64_t id)
{
  db::Statement s(db, "SELECT code FROM project WHERE id = ?");
  s.bind(1, id);
  s.step();
  return s.column_text(0);
}

} // namespace

std::vector<MilestoneRow> list_milestones(db::Connection& db, const std::string& project)
{
  std::vector<MilestoneRow> rows;
  if (project.empty()) {
    db::Statement s(db, std::string(k_select) + " ORDER BY p.code, m.seq, m.id");
    while (s.step()) {
      rows.push_back(read_row(s));
    }
    return rows;
  }
  db::Statement s(db, std::string(k_select) + " WHERE m.project_id = ? ORDER BY m.seq, m.id");
  s.bind(1, Resolver(db).project(project));
  while (s.step()) {
    rows.push_back(read_row(s));
  }
  return rows;
}

MilestoneRow add_milestone(db::Connection& db, const MilestoneAdd& request, const Actor& actor)
{
  db::Transaction transaction(db);
  const auto project_id = Resolver(db).project(request.project);
  const auto code = project_code(db, project_id);
  const auto name = domain::trim(request.name);
  if (name.empty()) {
    throw DataError(text::format(text::k_milestone_needs_name));
  }
  db::Statement exists(db, "SELECT 1 FROM milestone WHERE project_id = ? AND name = ?");
  exists.bind(1, project_id).bind(2, name);
  if (exists.step()) {
    throw DataError(text::format(text::k_milestone_exists, code, name));
  }
  std::int64_t seq = 0;
  if (request.seq) {
    seq = *request.seq;
  } else {
    db::Statement last(db, "SELECT IFNULL(max(seq), 0) + 1 FROM milestone WHERE project_id = ?");
    last.bind(1, project_id);
    last.step();
    seq = last.column_int64(0);
  }
  const auto due = request.due ? std::optional<std::string>(request.due->iso()) : std::nullopt;
  db::Statement insert(db, "INSERT INTO milestone (project_id, name, seq, due_date, note) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, project_id).bind(2, name).bind(3, seq).bind(4, due).bind(5, request.note).run();

  nlohmann::json changes = nlohmann::json::object();
  changes["seq"] = {nullptr, seq};
  if (due) {
    changes["due_date"] = {nullptr, *due};
  }
  if (request.note) {
    changes["note"] = {nullptr, *request.note};
  }
  AuditLog(db, actor.operator_name, actor.now)
    .record(AuditEntry{"insert", "milestone", code + "/" + name, changes_text(changes), {}});
  transaction.commit();
  return MilestoneRow{code, name, seq, due, std::nullopt, request.note};
}

MilestoneRow change_milestone(db::Connection& db, const MilestoneChange& change, const Actor& actor)
{
  db::Transaction transaction(db);
  const auto project_id = Resolver(db).project(change.project);
  const auto code = project_code(db, project_id);
  auto [id, row] = find_milestone(db, project_id, code, change.name);
  if (change.done) {
    if (*change.done > actor.today) {
      throw DataError(
        text::format(text::k_milestone_done_after, code, row.name, change.done->iso(), actor.today.iso()));
    }
    if (row.done_date && !change.force) {
      throw DataError(text::format(text::k_milestone_done_already, code, row.name, *row.done_date));
    }
  }
  nlohmann::json changes = nlohmann::json::object();
  if (change.due && change.due->iso() != row.due_date.value_or("")) {
    changes["due_date"] = {optional_json(row.due_date), change.due->iso()};
    row.due_date = change.due->iso();
  }
  if (change.done && change.done->iso() != row.done_date.value_or("")) {
    changes["done_date"] = {optional_json(row.done_date), change.done->iso()};
    row.done_date = change.done->iso();
  }
  if (change.note && *change.note != row.note.value_or("")) {
    changes["note"] = {optional_json(row.note), *change.note};
    row.note = change.note;
  }
  if (!changes.empty()) {
    db::Statement update(db, "UPDATE milestone SET due_date = ?, done_date = ?, note = ? WHERE id = ?");
    update.bind(1, row.due_date).bind(2, row.done_date).bind(3, row.note).bind(4, id).run();
    const auto* action = change.done ? "done" : "update";
    AuditLog(db, actor.operator_name, actor.now)
      .record(AuditEntry{action, "milestone", code + "/" + row.name, changes_text(changes), {}});
  }
  transaction.commit();
  return row;
}

} // namespace dongmao::store
