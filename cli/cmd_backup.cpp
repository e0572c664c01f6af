#include "commands.hpp"
#include "common.hpp"
#include "json.hpp"

#include <dongmao/db/backup.hpp>
#include <dongmao/db/migrate.hpp>
#include <dongmao/error.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/store/summary.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct RestoreFlags
{
  std::string file;
  bool force = false;
};

std::chrono::milliseconds patience(const workspace::Workspace& ws)
{
  return std::chrono::milliseconds(ws.settings().busy_timeout_ms);
}

// Copies the workspace's database to `file` while others may be using it.
int backup_workspace(const Terminal& term, workspace::Workspace& ws, const std::filesystem::path& file)
{
  // The workspace's own settings are an input too: a backup must never replace them.
  out::check_output_path(file, {ws.dir() / workspace::k_settings_file});
  db::backup_to(ws.db(), file, patience(ws));
  if (term.json) {
    print_json(term, Json::object({{"workspace", ws.dir().string()}, {"backup", file.string()}}));
  } else if (!term.quiet) {
    term.out << text::format(text::k_backed_up, ws.dir().string(), file.string()) << '\n';
  }
  return 0;
}

// Replaces the workspace's data by the backup in `flags.file`, once the backup is checked.
int restore_workspace(const Terminal& term, workspace::Workspace& ws, const RestoreFlags& flags)
{
  const int version = db::check_backup(flags.file);
  const auto summary = store::summarize(ws.db());
  const bool has_data =
    std::any_of(summary.counts.begin(), summary.counts.end(), [](const auto& count) { return count.second > 0; });
  if (has_data && !flags.force) {
    throw CannotCreate(text::format(text::k_restore_would_overwrite, ws.dir().string()));
  }
  db::restore_from(flags.file, ws.db(), patience(ws));
  // A backup made by an older dongmao is brought up to date like any workspace.
  db::migrate(ws.db());
  if (term.json) {
    print_json(term, Json::object({{"workspace", ws.dir().string()},
                                   {"restored_from", flags.file},
                                   {"backup_schema_version", version},
                                   {"schema_version", db::schema_version()}}));
  } else if (!term.quiet) {
    term.out << text::format(text::k_restored, flags.file, ws.dir().string()) << '\n';
  }
  return 0;
}

} // namespace

Action setup_backup(App& sub, Session& session)
{
  auto file = std::make_shared<std::string>();
  add_option(
    sub, "FILE", *file,
    {"要写入的备份文件（新文件或普通文件；权限 0600）", "The backup file to write (new or a regular file; mode 0600)"})
    .required();
  set_footer(sub,
             {"通过 SQLite 在线备份得到 dongmao.db 的一致副本，期间其他人可照常读写；用“dongmao restore FILE”恢复。",
              "A consistent copy of dongmao.db through SQLite's online backup, while others read and "
              "write; restore it with 'dongmao restore FILE'."});
  return [file, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return backup_workspace(session.terminal(), ws, *file);
  };
}

Action setup_restore(App& sub, Session& session)
{
  auto flags = std::make_shared<RestoreFlags>();
  add_option(sub, "FILE", flags->file, {"由“dongmao backup”写出的备份", "A backup written by 'dongmao backup'"})
    .required();
  add_flag(sub, "--force", flags->force, {"替换已有数据的工作区", "Replace a workspace that already holds data"});
  set_footer(sub, {"检查备份（完整性，是本版 dongmao "
                   "认识的工作区），并在一个事务中替换工作区的数据：读取者看到的要么是旧数据，要么是新数据，不会混杂。",
                   "Checks the backup (integrity, a dongmao workspace this dongmao knows) and replaces the "
                   "workspace's data in one transaction: readers see the old data or the new, never a mix."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return restore_workspace(session.terminal(), ws, *flags);
  };
}

} // namespace dongmao::cli
