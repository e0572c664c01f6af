#include <dongmao/error.hpp>
#include <dongmao/project/progress.hpp>
#include <dongmao/store/household.hpp>
#include <dongmao/store/resolve.hpp>
#include <dongmao/text/project.hpp>
#include <dongmao/text/reference.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace dongmao::store {

namespace {

// Sort keys and the fixed SQL expressions they stand for; user text never reaches the SQL.
constexpr std::array<std::pair<const char*, const char*>, 8> k_sorts = {{
  {"code", "h.code"},
  {"name", "h.head_name"},
  {"address", "h.address"},
  {"community", "c.name"},
  {"grid", "g.name"},
  {"members", "h.members"},
  {"area", "h.floor_area"},
  {"stage_date", "e.stage_date"},
}};

// The stored codes of every stage at `floor` or beyond, as an SQL list of literals.
std::string stages_from(project::Stage floor)
{
  std::string list;
  for (const auto stage : project::k_stages) {
    if (project::at_or_beyond(stage, floor)) {
      list += fmt::format("{}'{}'", list.empty() ? "" : ", ", project::stage_code(stage));
    }
  }
  return list;
}

} // namespace

const char* const k_household_columns = "h.id, h.code, h.head_name, h.head_id_number, h.phone, c.name, g.name, "
                                        "h.address, h.members, h.housing_type, h.floor_area, h.note";

void read_household(const db::Statement& s, HouseholdRow& row)
{
  row.id = s.column_int64(0);
  row.code = s.column_text(1);
  row.head_name = s.column_optional_text(2);
  row.head_id_number = s.column_optional_text(3);
  row.phone = s.column_optional_text(4);
  row.community = s.column_optional_text(5);
  row.grid = s.column_optional_text(6);
  row.address = s.column_optional_text(7);
  row.members = s.column_optional_int64(8);
  row.housing_type = s.column_optional_text(9);
  row.floor_area = s.is_null(10) ? std::nullopt : std::optional<double>(s.column_double(10));
  row.note = s.column_optional_text(11);
}

const std::vector<std::string>& household_sort_keys()
{
  static const std::vector<std::string> k_keys = [] {
    std::vector<std::string> keys;
    for (const auto& [key, expression] : k_sorts) {
      (void)expression;
      keys.emplace_back(key);
    }
    return keys;
  }();
  return k_keys;
}

HouseholdCursor::HouseholdCursor(db::Connection& db, const HouseholdFilter& filter, const HouseholdOrder& order,
                                 std::optional<std::int64_t> limit)
{
  // A listing reads each page once: the writer's large page cache would only fill up with
  // the table, up to 16 MiB, so streams keep SQLite's default 2 MiB.
  db.exec("PRAGMA cache_size = -2000");
  Resolver resolve(db);
  std::vector<domain::Value> params;
  std::optional<std::int64_t> community_id;
  std::optional<std::int64_t> project_id;
  if (filter.community) {
    community_id = resolve.community(*filter.community);
  }
  if (filter.project) {
    project_id = resolve.project(*filter.project);
  }
  m_with_project = project_id.has_value();

  std::string sql = std::string("SELECT ") + k_household_columns;
  sql += m_with_project ? ", e.stage, e.stage_date, e.consent" : ", NULL, NULL, NULL";
  sql += " FROM household h LEFT JOIN community c ON c.id = h.community_id LEFT JOIN grid g ON g.id = h.grid_id";
  if (project_id) {
    sql += " JOIN enrollment e ON e.household_id = h.id AND e.project_id = ?";
    params.emplace_back(*project_id);
  }
  sql += " WHERE 1";
  if (community_id) {
    sql += " AND h.community_id = ?";
    params.emplace_back(*community_id);
  }
  if (filter.grid) {
    sql += " AND h.grid_id = ?";
    params.emplace_back(resolve.grid(community_id, *filter.grid));
  }
  if (filter.stage) {
    if (project_id) {
      sql += " AND e.stage = ?";
    } else {
      sql += " AND EXISTS (SELECT 1 FROM enrollment x WHERE x.household_id = h.id AND x.stage = ?)";
    }
    params.emplace_back(std::string(project::stage_code(*filter.stage)));
  }
  // A household dated in a range has an event of the stage dated in it: the query narrows the
  // households down by index, and dates_match applies the definition to the few left.
  for (const auto& range : filter.dates) {
    sql += " AND EXISTS (SELECT 1 FROM enrollment x JOIN stage_event s ON s.enrollment_id = x.id "
           "WHERE x.household_id = h.id AND x.stage IN (" +
           stages_from(range.stage) + ") AND s.stage = ?";
    params.emplace_back(std::string(project::stage_code(range.stage)));
    if (project_id) {
      sql += " AND x.project_id = ?";
      params.emplace_back(*project_id);
    }
    if (range.from) {
      sql += " AND s.effective_date >= ?";
      params.emplace_back(range.from->iso());
    }
    if (range.to) {
      sql += " AND s.effective_date <= ?";
      params.emplace_back(range.to->iso());
    }
    sql += ")";
  }
  if (filter.search) {
    sql += " AND (instr(h.head_name, ?) > 0 OR instr(h.address, ?) > 0 OR instr(h.code, ?) > 0)";
    for (int i = 0; i < 3; ++i) {
      params.emplace_back(*filter.search);
    }
  }
  const auto sort =
    std::find_if(k_sorts.begin(), k_sorts.end(), [&](const auto& entry) { return order.key == entry.first; });
  if (sort == k_sorts.end()) {
    throw UsageError(text::format(text::k_sort_unknown, order.key));
  }
  if (order.key == "stage_date" && !m_with_project) {
    throw UsageError(text::format(text::k_sort_stage_date));
  }
  sql += fmt::format(" ORDER BY {}{}", sort->second, order.descending ? " DESC" : "");
  if (order.key != "code") {
    sql += ", h.code";
  }
  if (!filter.dates.empty()) {
    m_dates = filter.dates;
    m_limit = limit;
    std::string events = "SELECT x.id, x.stage, s.stage, s.effective_date, s.id FROM enrollment x "
                         "JOIN stage_event s ON s.enrollment_id = x.id WHERE x.household_id = ?";
    if (project_id) {
      events += " AND x.project_id = ?";
    }
    m_events.emplace(db, events + " ORDER BY x.id, s.effective_date, s.id");
    if (project_id) {
      m_events->bind(2, *project_id);
    }
  } else if (limit) {
    sql += " LIMIT ?";
    params.emplace_back(*limit);
  }
  m_statement.emplace(db, sql);
  for (std::size_t i = 0; i < params.size(); ++i) {
    m_statement->bind(static_cast<int>(i + 1), params[i]);
  }
}

bool HouseholdCursor::dates_match(std::int64_t household_id)
{
  // Each range is met when one enrollment (in the project, if given) reached its stage in it.
  std::vector<bool> met(m_dates.size(), false);
  const auto judge = [&](project::Stage current, const std::vector<project::StageEvent>& events) {
    for (std::size_t i = 0; i < m_dates.size(); ++i) {
      const auto& range = m_dates[i];
      const auto on = project::stage_reached_on(range.stage, current, events);
      met[i] = met[i] || (on && project::within(*on, range.from.value_or(domain::Date{1, 1, 1}),
                                                range.to.value_or(domain::Date{9999, 12, 31})));
    }
  };
  auto& s = *m_events;
  s.reset();
  s.bind(1, household_id);
  std::optional<std::int64_t> enrollment;
  project::Stage current = project::Stage::surveyed;
  std::vector<project::StageEvent> events;
  while (s.step()) {
    if (enrollment != s.column_int64(0)) {
      if (enrollment) {
        judge(current, events);
      }
      enrollment = s.column_int64(0);
      current = project::stage_from_code(s.column_text(1)).value_or(project::Stage::surveyed);
      events.clear();
    }
    const auto stage = project::stage_from_code(s.column_text(2));
    const auto date = domain::parse_iso_date(s.column_text(3));
    if (stage && date) {
      events.push_back(project::StageEvent{*stage, *date, s.column_int64(4)});
    }
  }
  if (enrollment) {
    judge(current, events);
  }
  return std::all_of(met.begin(), met.end(), [](bool b) { return b; });
}

bool HouseholdCursor::next(HouseholdRow& row)
{
  auto& s = *m_statement;
  do {
    if ((m_limit && m_returned >= *m_limit) || !s.step()) {
      return false;
    }
  } while (!m_dates.empty() && !dates_match(s.column_int64(0)));
  ++m_returned;
  read_household(s, row);
  row.stage = s.is_null(12) ? std::nullopt : project::stage_from_code(s.column_text(12));
  row.stage_date = s.column_optional_text(13);
  row.consent = s.column_optional_text(14);
  return true;
}

std::optional<std::int64_t> find_household(db::Connection& db, const std::string& code)
{
  db::Statement find(db, "SELECT id FROM household WHERE code = ?");
  find.bind(1, code);
  if (find.step()) {
    return find.column_int64(0);
  }
  return std::nullopt;
}

std::int64_t require_household(db::Connection& db, const std::string& code)
{
  if (const auto id = find_household(db, code)) {
    return *id;
  }
  throw DataError(text::format(text::k_no_household, code));
}

std::optional<std::string> household_community(db::Connection& db, const std::string& code)
{
  db::Statement find(db, "SELECT c.name FROM household h JOIN community c ON c.id = h.community_id WHERE h.code = ?");
  find.bind(1, code);
  if (find.step()) {
    return find.column_text(0);
  }
  return std::nullopt;
}

} // namespace dongmao::store
