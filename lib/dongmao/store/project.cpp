#include <dongmao/db/statement.hpp>
#include <dongmao/project/progress.hpp>
#include <dongmao/store/project.hpp>
#include <dongmao/store/resolve.hpp>

namespace dongmao::store {

namespace {

constexpr const char* k_select =
  "SELECT p.id, p.code, p.name, p.kind, p.mode, p.status, c.name, p.start_date, p.due_date, p.target_households, "
  "p.investment_cents, p.note, "
  "(SELECT count(*) FROM enrollment e WHERE e.project_id = p.id AND e.stage <> 'withdrawn'), "
  "(SELECT count(*) FROM enrollment e WHERE e.project_id = p.id AND e.stage IN ('signed', 'vacated', 'demolished')), "
  "p.extra, p.created_at, p.updated_at "
  "FROM project p LEFT JOIN community c ON c.id = p.community_id";

ProjectRow read_row(const db::Statement& s, domain::Date today)
{
  ProjectRow row;
  row.id = s.column_int64(0);
  row.code = s.column_text(1);
  row.name = s.column_text(2);
  row.kind = s.column_text(3);
  row.mode = s.column_optional_text(4);
  row.status = s.column_text(5);
  row.community = s.column_optional_text(6);
  row.start_date = s.column_optional_text(7);
  row.due_date = s.column_optional_text(8);
  row.target_households = s.column_optional_int64(9);
  row.investment_cents = s.column_optional_int64(10);
  row.note = s.column_optional_text(11);
  row.enrolled = s.column_int64(12);
  row.signed_total = s.column_int64(13);
  const bool cleared = row.enrolled > 0 && row.signed_total == row.enrolled;
  const auto due = row.due_date ? domain::parse_iso_date(*row.due_date) : std::nullopt;
  row.overdue = project::is_overdue(due, today, row.status, cleared);
  return row;
}

} // namespace

std::vector<ProjectRow> list_projects(db::Connection& db, const ProjectFilter& filter, domain::Date today)
{
  std::string sql = std::string(k_select) + " WHERE 1";
  std::vector<domain::Value> params;
  if (filter.kind) {
    sql += " AND p.kind = ?";
    params.emplace_back(*filter.kind);
  }
  if (filter.status) {
    sql += " AND p.status = ?";
    params.emplace_back(*filter.status);
  }
  if (filter.community) {
    sql += " AND p.community_id = ?";
    params.emplace_back(Resolver(db).community(*filter.community));
  }
  sql += " ORDER BY p.code";
  db::Statement s(db, sql);
  for (std::size_t i = 0; i < params.size(); ++i) {
    s.bind(static_cast<int>(i + 1), params[i]);
  }
  std::vector<ProjectRow> rows;
  while (s.step()) {
    auto row = read_row(s, today);
    if (!filter.overdue || row.overdue) {
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

ProjectDetail project_detail(db::Connection& db, const std::string& text, domain::Date today)
{
  const auto id = Resolver(db).project(text);
  db::Statement s(db, std::string(k_select) + " WHERE p.id = ?");
  s.bind(1, id);
  s.step();
  ProjectDetail detail;
  detail.project = read_row(s, today);
  detail.extra = s.column_optional_text(14);
  detail.created_at = s.column_text(15);
  detail.updated_at = s.column_text(16);
  detail.milestones = list_milestones(db, detail.project.code);
  return detail;
}

std::optional<std::vector<std::pair<std::string, std::string>>> project_fields(db::Connection& db,
                                                                               const std::string& code)
{
  db::Statement s(db, "SELECT name, kind, start_date, due_date FROM project WHERE code = ?");
  s.bind(1, code);
  if (!s.step()) {
    return std::nullopt;
  }
  std::vector<std::pair<std::string, std::string>> fields = {{"name", s.column_text(0)}, {"kind", s.column_text(1)}};
  if (!s.is_null(2)) {
    fields.emplace_back("start_date", s.column_text(2));
  }
  if (!s.is_null(3)) {
    fields.emplace_back("due_date", s.column_text(3));
  }
  return fields;
}

} // namespace dongmao::store
