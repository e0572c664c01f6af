#pragma once

#include <dongmao/db/connection.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dongmao::store {

// A row names reference data the workspace does not know; the message suggests the
// closest known value.
class ReferenceError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// Resolves community, grid, project and household names and codes to row ids, strictly:
// unknown values are errors naming the closest known one, unless `create_missing`.
class References
{
public:
  References(db::Connection& db, bool create_missing, std::string now);

  // The community named or coded `text` ("柴家山" finds "柴家山社区" when unambiguous).
  std::int64_t community(const std::string& text);

  // The grid named or coded `text`, within `community_id` when given. A grid name alone
  // must be unique across communities.
  std::int64_t grid(const std::optional<std::int64_t>& community_id, const std::string& text);

  // The community a grid belongs to.
  std::int64_t community_of_grid(std::int64_t grid_id);

  // The project with code or name `text` (never created on the fly).
  std::int64_t project(const std::string& text);

  // The household with code `code` (never created on the fly), or nullopt.
  std::optional<std::int64_t> household(const std::string& code);

  // Forgets cached communities and grids (after an import of them changed the tables).
  void reload();

private:
  struct Grid
  {
    std::int64_t id;
    std::int64_t community_id;
    std::string name;
    std::string code;
  };

  db::Connection& m_db;
  bool m_create_missing;
  std::string m_now;
  bool m_loaded = false;
  std::vector<std::pair<std::int64_t, std::string>> m_community_names;
  std::map<std::string, std::int64_t> m_community_lookup; // names and codes
  std::vector<Grid> m_grids;
  std::map<std::string, std::int64_t> m_project_lookup;

  void load();
};

} // namespace dongmao::store
