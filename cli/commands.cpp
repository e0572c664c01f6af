#include "commands.hpp"

#include <memory>

namespace dongmao::cli {

Action add_commands(App& parent, const std::vector<Command>& table, Session& session)
{
  require_subcommand(parent);
  auto chosen = std::make_shared<Action>();
  for (const auto& command : table) {
    auto& sub = add_subcommand(parent, command.name, command.description);
    auto action = command.setup(sub, session);
    // Each level names itself before running the next, so the innermost command is named last.
    on_chosen(sub, [chosen, action, path = command_path(sub), &session] {
      *chosen = [action, path, &session] {
        session.command = path;
        return action();
      };
    });
  }
  return [chosen] { return *chosen ? (*chosen)() : 0; };
}

const std::vector<Command>& commands()
{
  static const std::vector<Command> k_commands = {
    {"init", "Create a workspace (dongmao.toml + dongmao.db)", setup_init},
    {"status", "Show what the workspace holds", setup_status},
    {"import", "Import a ledger (.xlsx, .xls, .csv) into the workspace", setup_import},
    {"household", "Households and their stages in projects (户)", setup_household},
    {"project", "Key projects: progress, milestones, consent (重点项目)", setup_project},
    {"petition", "Petition cases and their deadlines (信访)", setup_petition},
    {"report", "Monthly and period reports (月报)", setup_report},
    {"check", "Check the workspace's database and data for consistency", setup_check},
    {"backup", "Write a consistent copy of the workspace's database", setup_backup},
    {"restore", "Replace the workspace's data by a backup", setup_restore},
    {"audit", "Who changed or revealed what (audit log)", setup_audit},
  };
  return k_commands;
}

} // namespace dongmao::cli
