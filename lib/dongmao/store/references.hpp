#pragma once

#include <dongmao/db/connection.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dongmao::store {

// A row names reference data the workspace does not know; the message suggests the
// closest known value.
class ReferenceError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// A project as a reference names it.
struct KnownProject
{
  std::int64_t id = 0;
  std::string code;
};

// What References may do with a name it does not know.
struct CreateMissing
{
  bool create = false; // --create-missing: create unknown communities and grids
  bool force = false;  // --force: even one edit away from a known name
};

// Resolves community, grid, project and household names and codes to row ids, strictly:
// equal after normalisation (domain::reference_key) or an error naming the closest known
// values, never a prefix or containment match; unknown communities and grids are created
// only when asked.
class References
{
public:
  References(db::Connection& db, bool create_missing, std::string now);
  References(db::Connection& db, CreateMissing create_missing, std::string now);

  // The community named or coded `text` (柴家山 and 柴家山社区居委会 name 柴家山社区).
  std::int64_t community(const std::string& text);

  // The grid named or coded `text`, within `community_id` when given (第1网格 names
  // 第一网格). A grid name alone must be unique across communities.
  std::int64_t grid(const std::optional<std::int64_t>& community_id, const std::string& text);

  // The community a grid belongs to.
  std::int64_t community_of_grid(std::int64_t grid_id);

  // The project with code or name `text` (never created on the fly).
  std::int64_t project(const std::string& text);

  // The project with code or name `text`, or nullopt when there is none.
  std::optional<KnownProject> find_project(const std::string& text);

  // The household with code `code` (never created on the fly), or nullopt.
  std::optional<std::int64_t> household(const std::string& code);

  // The household with code `code`; ReferenceError naming the closest codes otherwise.
  std::int64_t require_household(const std::string& code);

  // Forgets cached communities, grids and projects (after an import of them changed the tables).
  void reload();

  // How many times the names known so far changed (a community or grid created, a reload):
  // an answer given since the count last moved is still the answer.
  std::size_t changes() const noexcept { return m_changes; }

private:
  struct Named
  {
    std::int64_t id = 0;
    std::int64_t parent = 0; // a grid's community
    std::string name;
    std::string code;
    std::string name_key;
    std::string code_key;
  };

  db::Connection& m_db;
  CreateMissing m_create_missing;
  std::string m_now;
  bool m_loaded = false;
  std::size_t m_changes = 0;
  std::vector<Named> m_communities;
  std::vector<Named> m_grids;
  std::vector<Named> m_projects;
  // The texts already resolved: a ledger names its few places on every row, and matching
  // one normalises it each time.
  std::unordered_map<std::string, std::int64_t> m_community_hits;
  std::map<std::pair<std::int64_t, std::string>, std::int64_t> m_grid_hits; // by community (0: any)

  void load();
};

} // namespace dongmao::store
