#include "edit_flags.hpp"
#include "subcommands.hpp"

namespace dongmao::cli {

namespace {

// The projects mapping's fields as flags; values are read as ledger cells are.
const std::vector<FieldFlag>& project_flags()
{
  static const std::vector<FieldFlag> k_flags = {
    {"--name", "name", "Project name (项目名称)"},
    {"--kind", "kind", "Kind (项目类型): 征拆, 棚改, 收购, 老旧小区改造, 建设, 整治 (or the English codes)"},
    {"--mode", "mode", "Mode (实施方式), e.g. 异地征拆, 收购"},
    {"--community", "community", "Community (社区), name or code; must exist"},
    {"--start", "start_date", "Start date (启动日期)"},
    {"--due", "due_date", "Due date (完成时限); not before the start"},
    {"--target", "target_households", "Target households (任务户数)"},
    {"--investment", "investment", "Investment (投资), e.g. 1.4亿, 541万元, 12,000.50"},
    {"--status", "status", "Status (状态): 计划, 进行中, 已完成, 暂停 (or planned, active, completed, suspended)"},
    {"--note", "note", "Note (备注)"},
  };
  return k_flags;
}

const EditSpec& edit_spec()
{
  static const EditSpec k_spec{
    "projects",
    "Project code (项目编号)",
    &project_flags(),
    {"name", "kind"},
    "Values are checked exactly as 'dongmao import projects' checks ledger cells. A new renovation project "
    "(老旧小区改造) gets the standard milestones 政策宣传 … 竣工验收. An empty value clears the field."};
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
