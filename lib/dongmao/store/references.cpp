#include <dongmao/db/statement.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/store/household.hpp>
#include <dongmao/store/references.hpp>

#include <fmt/format.h>

namespace dongmao::store {

namespace {

std::string known_list(const std::vector<std::string>& names)
{
  std::string list;
  for (std::size_t i = 0; i < names.size() && i < 8; ++i) {
    list += (i ? ", " : "") + names[i];
  }
  if (names.size() > 8) {
    list += ", …";
  }
  return list.empty() ? "none" : list;
}

} // namespace

References::References(db::Connection& db, bool create_missing, std::string now)
  : m_db(db), m_create_missing(create_missing), m_now(std::move(now))
{
}

void References::reload()
{
  m_loaded = false;
  m_community_names.clear();
  m_community_lookup.clear();
  m_grids.clear();
  m_project_lookup.clear();
}

void References::load()
{
  if (m_loaded) {
    return;
  }
  db::Statement communities(m_db, "SELECT id, name, code FROM community ORDER BY id");
  while (communities.step()) {
    const auto id = communities.column_int64(0);
    m_community_names.emplace_back(id, communities.column_text(1));
    m_community_lookup[communities.column_text(1)] = id;
    if (!communities.is_null(2)) {
      m_community_lookup[communities.column_text(2)] = id;
    }
  }
  db::Statement grids(m_db, "SELECT id, community_id, name, IFNULL(code, '') FROM grid ORDER BY id");
  while (grids.step()) {
    m_grids.push_back(Grid{grids.column_int64(0), grids.column_int64(1), grids.column_text(2), grids.column_text(3)});
  }
  db::Statement projects(m_db, "SELECT id, code, name FROM project ORDER BY id");
  while (projects.step()) {
    m_project_lookup[projects.column_text(1)] = projects.column_int64(0);
    m_project_lookup.emplace(projects.column_text(2), projects.column_int64(0));
  }
  m_loaded = true;
}

std::int64_t References::community(const std::string& text)
{
  load();
  if (const auto it = m_community_lookup.find(text); it != m_community_lookup.end()) {
    return it->second;
  }
  std::vector<std::string> names;
  for (const auto& entry : m_community_names) {
    names.push_back(entry.second);
  }
  const auto match = domain::closest_match(text, names);
  if (match && match->exact_or_unique_affix) {
    const auto id = m_community_lookup.at(match->value);
    m_community_lookup[text] = id;
    return id;
  }
  if (m_create_missing) {
    db::Statement insert(m_db, "INSERT INTO community (name, created_at, updated_at) VALUES (?, ?, ?)");
    insert.bind(1, text).bind(2, m_now).bind(3, m_now).run();
    const auto id = m_db.last_insert_rowid();
    m_community_names.emplace_back(id, text);
    m_community_lookup[text] = id;
    return id;
  }
  if (match) {
    throw ReferenceError(fmt::format(
      "unknown community '{}'; did you mean '{}'? (or import it first, or pass --create-missing)", text, match->value));
  }
  throw ReferenceError(fmt::format(
    "unknown community '{}' (known: {}); import communities first or pass --create-missing", text, known_list(names)));
}

std::int64_t References::grid(const std::optional<std::int64_t>& community_id, const std::string& text)
{
  load();
  std::vector<const Grid*> candidates;
  for (const auto& grid : m_grids) {
    if (!community_id || grid.community_id == *community_id) {
      if (grid.name == text || (!grid.code.empty() && grid.code == text)) {
        candidates.push_back(&grid);
      }
    }
  }
  if (candidates.size() == 1) {
    return candidates.front()->id;
  }
  if (candidates.size() > 1) {
    throw ReferenceError(fmt::format("grid '{}' exists in several communities; give the 社区 column too", text));
  }
  std::vector<std::string> names;
  for (const auto& grid : m_grids) {
    if (!community_id || grid.community_id == *community_id) {
      names.push_back(grid.name);
    }
  }
  const auto match = domain::closest_match(text, names);
  if (match && match->exact_or_unique_affix) {
    for (const auto& grid : m_grids) {
      if ((!community_id || grid.community_id == *community_id) && grid.name == match->value) {
        return grid.id;
      }
    }
  }
  if (m_create_missing && community_id) {
    db::Statement insert(m_db, "INSERT INTO grid (name, community_id, created_at, updated_at) VALUES (?, ?, ?, ?)");
    insert.bind(1, text).bind(2, *community_id).bind(3, m_now).bind(4, m_now).run();
    m_grids.push_back(Grid{m_db.last_insert_rowid(), *community_id, text, ""});
    return m_grids.back().id;
  }
  if (!community_id && m_create_missing) {
    throw ReferenceError(fmt::format("unknown grid '{}': give its 社区 so it can be created", text));
  }
  if (match) {
    throw ReferenceError(fmt::format(
      "unknown grid '{}'; did you mean '{}'? (or import grids first, or pass --create-missing)", text, match->value));
  }
  throw ReferenceError(
    fmt::format("unknown grid '{}' (known: {}); import grids first or pass --create-missing", text, known_list(names)));
}

std::int64_t References::community_of_grid(std::int64_t grid_id)
{
  load();
  for (const auto& grid : m_grids) {
    if (grid.id == grid_id) {
      return grid.community_id;
    }
  }
  throw ReferenceError(fmt::format("grid {} vanished", grid_id));
}

std::int64_t References::project(const std::string& text)
{
  load();
  if (const auto it = m_project_lookup.find(text); it != m_project_lookup.end()) {
    return it->second;
  }
  std::vector<std::string> names;
  for (const auto& entry : m_project_lookup) {
    names.push_back(entry.first);
  }
  const auto match = domain::closest_match(text, names);
  if (match && match->exact_or_unique_affix) {
    return m_project_lookup.at(match->value);
  }
  if (match) {
    throw ReferenceError(
      fmt::format("unknown project '{}'; did you mean '{}'? (import projects first)", text, match->value));
  }
  throw ReferenceError(fmt::format("unknown project '{}' (known: {}); import projects first", text, known_list(names)));
}

std::optional<std::int64_t> References::household(const std::string& code)
{
  return find_household(m_db, code);
}

} // namespace dongmao::store
