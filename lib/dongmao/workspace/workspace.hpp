#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/workspace/settings.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace dongmao::workspace {

// File names inside a workspace directory.
inline constexpr const char* k_settings_file = "dongmao.toml";
inline constexpr const char* k_database_file = "dongmao.db";

// Finds the workspace: `flag` (-w), else `env` ($DONGMAO_WORKSPACE), else the nearest of `cwd`
// and its parents holding dongmao.toml. Throws InputMissing with a hint when there is none.
std::filesystem::path locate(const std::optional<std::filesystem::path>& flag,
                             const std::optional<std::filesystem::path>& env, const std::filesystem::path& cwd);

// What `init` is asked to do.
struct InitOptions
{
  std::filesystem::path dir;
  std::string name;
  std::string division_code;
  bool force = false; // complete an existing workspace instead of refusing; never overwrites
};

// What `init` did.
struct InitResult
{
  bool created_settings = false;
  bool created_database = false;
  int schema_version = 0;
};

// Creates dongmao.toml and dongmao.db (mode 0600) in `options.dir`. Refuses with CannotCreate
// when either exists unless `force`; on failure removes everything it created.
InitResult init(const InitOptions& options);

// An open workspace: its directory, settings and database.
class Workspace
{
public:
  // How the database will be used.
  enum class Access
  {
    read,      // reports and listings
    write,     // imports and changes
    read_only, // another office's workspace (rollup): never written, not even migrated
  };

  // Opens the workspace in `dir`. Throws InputMissing, ConfigError or SqliteError.
  Workspace(const std::filesystem::path& dir, Access access);

  // The workspace directory.
  const std::filesystem::path& dir() const noexcept { return m_dir; }

  // Its settings.
  const Settings& settings() const noexcept { return m_settings; }

  // Its database.
  db::Connection& db() noexcept { return m_db; }

  // Reads the database through a memory map of up to 1 GiB from now on: SQLite then reads its
  // pages in place rather than copying each through a read call, a fifth of a city-scale
  // report's time. The pages read count in the process's resident set (they are the file's,
  // shared with the page cache, not memory it allocates), so commands that promise to run in
  // constant memory (lists streamed to CSV) do not use it; the report does.
  void map_for_reading();

private:
  std::filesystem::path m_dir;
  Settings m_settings;
  db::Connection m_db;
};

} // namespace dongmao::workspace
