#include "edit_flags.hpp"
#include "subcommands.hpp"

namespace dongmao::cli {

namespace {

// The projects mapping's fields as flags; values are read as ledger cells are.
const std::vector<FieldFlag>& project_flags()
{
  static const std::vector<FieldFlag> k_flags = {
    {"--name", "name", {"项目名称", "Project name (项目名称)"}},
    {"--kind",
     "kind",
     {"项目类型：征拆、棚改、收购、老旧小区改造、建设、整治（或英文代码）",
      "Kind (项目类型): 征拆, 棚改, 收购, 老旧小区改造, 建设, 整治 (or the English codes)"}},
    {"--mode", "mode", {"实施方式，如 异地征拆、收购", "Mode (实施方式), e.g. 异地征拆, 收购"}},
    {"--community", "community", {"社区名称或编码；须已存在", "Community (社区), name or code; must exist"}},
    {"--start", "start_date", {"启动日期", "Start date (启动日期)"}},
    {"--due", "due_date", {"完成时限；不早于启动日期", "Due date (完成时限); not before the start"}},
    {"--target", "target_households", {"任务户数", "Target households (任务户数)"}},
    {"--investment",
     "investment",
     {"投资，如 1.4亿、541万元、12,000.50", "Investment (投资), e.g. 1.4亿, 541万元, 12,000.50"}},
    {"--status",
     "status",
     {"状态：计划、进行中、已完成、暂停（或 planned、active、completed、suspended）",
      "Status (状态): 计划, 进行中, 已完成, 暂停 (or planned, active, completed, suspended)"}},
    {"--note", "note", {"备注", "Note (备注)"}},
  };
  return k_flags;
}

const EditSpec& edit_spec()
{
  static const EditSpec k_spec{
    "projects",
    {"项目编号", "Project code (项目编号)"},
    &project_flags(),
    {"name", "kind"},
    {"取值的检查与“dongmao import projects”检查台账单元格完全相同。新的老旧小区改造项目"
     "自动带有标准节点 政策宣传 … 竣工验收。空值清除该字段。",
     "Values are checked exactly as 'dongmao import projects' checks ledger cells. A new renovation project "
     "(老旧小区改造) gets the standard milestones 政策宣传 … 竣工验收. An empty value clears the field."}};
  return k_spec;
}

} // namespace

Action setup_project_add(App& sub, Session& session)
{
  return setup_field_add(sub, session, edit_spec());
}

Action setup_project_update(App& sub, Session& session)
{
  return setup_field_update(sub, session, edit_spec());
}

} // namespace dongmao::cli
