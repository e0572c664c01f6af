#include <dongmao/db/statement.hpp>
#include <dongmao/domain/reference.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/store/household.hpp>
#include <dongmao/store/references.hpp>
#include <dongmao/text/reference.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace dongmao::store {

namespace {

using domain::ReferenceKind;
using text::either;
using text::known_list;

// The names of `rows`, and their codes when `with_codes`.
template <typename Rows>
std::vector<std::string> all_names(const Rows& rows, bool with_codes)
{
  std::vector<std::string> names;
  for (const auto& row : rows) {
    names.push_back(row.name);
  }
  if (with_codes) {
    for (const auto& row : rows) {
      if (!row.code.empty()) {
        names.push_back(row.code);
      }
    }
  }
  return names;
}

// The ids of `rows` whose code, else whose name, equals `text` after normalisation.
template <typename Rows, typename Keep>
std::vector<std::int64_t> matching(const Rows& rows, const std::string& text, ReferenceKind kind, Keep keep)
{
  const auto code_key = domain::reference_key(text, ReferenceKind::name);
  const auto name_key = domain::reference_key(text, kind);
  std::vector<std::int64_t> ids;
  for (const auto& row : rows) {
    if (keep(row) && !row.code_key.empty() && row.code_key == code_key) {
      ids.push_back(row.id);
    }
  }
  if (!ids.empty()) {
    return ids;
  }
  for (const auto& row : rows) {
    if (keep(row) && !name_key.empty() && row.name_key == name_key) {
      ids.push_back(row.id);
    }
  }
  return ids;
}

// The known name one edit from `text`, if any: creating it would make a second of one place.
std::optional<std::string> near_name(const std::string& text, const std::vector<std::string>& names, ReferenceKind kind)
{
  for (const auto& name : names) {
    if (domain::one_edit_apart(text, name, kind)) {
      return name;
    }
  }
  return std::nullopt;
}

} // namespace

References::References(db::Connection& db, bool create_missing, std::string now)
  : References(db, CreateMissing{create_missing, false}, std::move(now))
{
}

References::References(db::Connection& db, CreateMissing create_missing, std::string now)
  : m_db(db), m_create_missing(create_missing), m_now(std::move(now))
{
}

void References::reload()
{
  m_loaded = false;
  ++m_changes;
  m_communities.clear();
  m_grids.clear();
  m_projects.clear();
  m_community_hits.clear();
  m_grid_hits.clear();
}

void References::load()
{
  if (m_loaded) {
    return;
  }
  const auto add = [](std::vector<Named>& rows, Named row, ReferenceKind kind) {
    row.name_key = domain::reference_key(row.name, kind);
    row.code_key = row.code.empty() ? std::string() : domain::reference_key(row.code, ReferenceKind::name);
    rows.push_back(std::move(row));
  };
  db::Statement communities(m_db, "SELECT id, name, IFNULL(code, '') FROM community ORDER BY id");
  while (communities.step()) {
    add(m_communities,
        Named{communities.column_int64(0), 0, communities.column_text(1), communities.column_text(2), "", ""},
        ReferenceKind::community);
  }
  db::Statement grids(m_db, "SELECT id, community_id, name, IFNULL(code, '') FROM grid ORDER BY id");
  while (grids.step()) {
    add(m_grids,
        Named{grids.column_int64(0), grids.column_int64(1), grids.column_text(2), grids.column_text(3), "", ""},
        ReferenceKind::grid);
  }
  db::Statement projects(m_db, "SELECT id, name, code FROM project ORDER BY id");
  while (projects.step()) {
    add(m_projects, Named{projects.column_int64(0), 0, projects.column_text(1), projects.column_text(2), "", ""},
        ReferenceKind::name);
  }
  m_loaded = true;
}

std::int64_t References::community(const std::string& text)
{
  load();
  if (const auto hit = m_community_hits.find(text); hit != m_community_hits.end()) {
    return hit->second;
  }
  const auto ids = matching(m_communities, text, ReferenceKind::community, [](const Named&) { return true; });
  if (ids.size() == 1) {
    m_community_hits.emplace(text, ids.front());
    return ids.front();
  }
  const auto names = all_names(m_communities, false);
  if (ids.size() > 1) {
    throw ReferenceError(text::format(text::k_community_several, text, known_list(names)));
  }
  if (m_create_missing.create) {
    if (const auto near = near_name(text, names, ReferenceKind::community); near && !m_create_missing.force) {
      throw ReferenceError(text::format(text::k_community_one_edit, text, *near));
    }
    db::Statement insert(m_db, "INSERT INTO community (name, created_at, updated_at) VALUES (?, ?, ?)");
    insert.bind(1, text).bind(2, m_now).bind(3, m_now).run();
    const auto id = m_db.last_insert_rowid();
    m_communities.push_back(Named{id, 0, text, "", domain::reference_key(text, ReferenceKind::community), ""});
    ++m_changes;
    m_community_hits.clear(); // a new place may make a text that matched one match two
    return id;
  }
  const auto nearest = domain::nearest_references(text, names, ReferenceKind::community);
  if (!nearest.empty()) {
    throw ReferenceError(text::format(text::k_community_did_you_mean, text, either(nearest)));
  }
  throw ReferenceError(text::format(text::k_community_unknown, text, known_list(names)));
}

std::int64_t References::grid(const std::optional<std::int64_t>& community_id, const std::string& text)
{
  load();
  const auto within = [&](const Named& grid) { return !community_id || grid.parent == *community_id; };
  auto hit_key = std::make_pair(community_id.value_or(0), text);
  if (const auto hit = m_grid_hits.find(hit_key); hit != m_grid_hits.end()) {
    return hit->second;
  }
  const auto ids = matching(m_grids, text, ReferenceKind::grid, within);
  if (ids.size() == 1) {
    m_grid_hits.emplace(std::move(hit_key), ids.front());
    return ids.front();
  }
  if (ids.size() > 1) {
    throw ReferenceError(text::format(text::k_grid_several, text));
  }
  std::vector<std::string> names;
  for (const auto& grid : m_grids) {
    if (within(grid)) {
      names.push_back(grid.name);
    }
  }
  if (m_create_missing.create && community_id) {
    if (const auto near = near_name(text, names, ReferenceKind::grid); near && !m_create_missing.force) {
      throw ReferenceError(text::format(text::k_grid_one_edit, text, *near));
    }
    db::Statement insert(m_db, "INSERT INTO grid (name, community_id, created_at, updated_at) VALUES (?, ?, ?, ?)");
    insert.bind(1, text).bind(2, *community_id).bind(3, m_now).bind(4, m_now).run();
    m_grids.push_back(
      Named{m_db.last_insert_rowid(), *community_id, text, "", domain::reference_key(text, ReferenceKind::grid), ""});
    m_grid_hits.clear();
    ++m_changes;
    return m_grids.back().id;
  }
  if (!community_id && m_create_missing.create) {
    throw ReferenceError(text::format(text::k_grid_needs_community, text));
  }
  const auto nearest = domain::nearest_references(text, names, ReferenceKind::grid);
  if (!nearest.empty()) {
    throw ReferenceError(text::format(text::k_grid_did_you_mean, text, either(nearest)));
  }
  throw ReferenceError(text::format(text::k_grid_unknown, text, known_list(names)));
}

std::int64_t References::community_of_grid(std::int64_t grid_id)
{
  load();
  for (const auto& grid : m_grids) {
    if (grid.id == grid_id) {
      return grid.parent;
    }
  }
  throw ReferenceError(text::format(text::k_grid_vanished, grid_id));
}

std::optional<KnownProject> References::find_project(const std::string& text)
{
  load();
  const auto ids = matching(m_projects, text, ReferenceKind::name, [](const Named&) { return true; });
  if (ids.size() > 1) {
    throw ReferenceError(text::format(text::k_project_several, text));
  }
  if (ids.empty()) {
    return std::nullopt;
  }
  const auto it = std::find_if(m_projects.begin(), m_projects.end(), [&](const Named& p) { return p.id == ids[0]; });
  return KnownProject{it->id, it->code};
}

std::int64_t References::project(const std::string& text)
{
  if (const auto found = find_project(text)) {
    return found->id;
  }
  const auto names = all_names(m_projects, true);
  const auto nearest = domain::nearest_references(text, names, ReferenceKind::name);
  if (!nearest.empty()) {
    throw ReferenceError(text::format(text::k_project_did_you_mean, text, either(nearest)));
  }
  std::vector<std::string> codes;
  for (const auto& project : m_projects) {
    codes.push_back(fmt::format("{} {}", project.code, project.name));
  }
  throw ReferenceError(text::format(text::k_project_unknown, text, known_list(codes)));
}

std::optional<std::int64_t> References::household(const std::string& code)
{
  if (auto id = find_household(m_db, code)) {
    return id;
  }
  // Household codes are ASCII by habit: １２ and h001 are typed for 12 and H001.
  auto folded = domain::trim(domain::nfkc(code));
  std::transform(folded.begin(), folded.end(), folded.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  if (folded != code) {
    return find_household(m_db, folded);
  }
  return std::nullopt;
}

std::int64_t References::require_household(const std::string& code)
{
  if (const auto id = household(code)) {
    return *id;
  }
  std::vector<std::string> codes;
  db::Statement all(m_db, "SELECT code FROM household ORDER BY code");
  while (all.step()) {
    codes.push_back(all.column_text(0));
  }
  const auto nearest = domain::nearest_references(code, codes, ReferenceKind::name);
  if (!nearest.empty()) {
    throw ReferenceError(text::format(text::k_household_did_you_mean, code, either(nearest)));
  }
  throw ReferenceError(text::format(text::k_household_unknown, code));
}

} // namespace dongmao::store
