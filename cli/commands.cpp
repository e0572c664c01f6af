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
    {"init",
     {"创建工作区（dongmao.toml 和 dongmao.db）", "Create a workspace (dongmao.toml + dongmao.db)"},
     setup_init},
    {"status", {"显示工作区里有什么", "Show what the workspace holds"}, setup_status},
    {"import",
     {"把台账（.xlsx、.xls、.csv）导入工作区", "Import a ledger (.xlsx, .xls, .csv) into the workspace"},
     setup_import},
    {"household", {"住户及其在项目中的阶段（户）", "Households and their stages in projects (户)"}, setup_household},
    {"project",
     {"重点项目：进度、节点、同意情况", "Key projects: progress, milestones, consent (重点项目)"},
     setup_project},
    {"petition", {"信访件及其办理时限", "Petition cases and their deadlines (信访)"}, setup_petition},
    {"report", {"月报和任意时段的报表", "Monthly and period reports (月报)"}, setup_report},
    {"check",
     {"检查工作区数据库和数据是否一致", "Check the workspace's database and data for consistency"},
     setup_check},
    {"backup",
     {"写出工作区数据库的一致副本（备份）", "Write a consistent copy of the workspace's database"},
     setup_backup},
    {"restore", {"用备份替换工作区的数据", "Replace the workspace's data by a backup"}, setup_restore},
    {"audit", {"谁修改或查看了什么（审计日志）", "Who changed or revealed what (audit log)"}, setup_audit},
  };
  return k_commands;
}

} // namespace dongmao::cli
