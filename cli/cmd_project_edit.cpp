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

Action setup_edit(CLI::App& sub, Context& context, import::EditMode mode)
{
  auto code = std::make_shared<std::string>();
  sub.add_option("CODE", *code, "Project code (项目编号)")->required();
  const std::vector<std::string> required = mode == import::EditMode::add ? std::vector<std::string>{"name", "kind"}
                                                                          : std::vector<std::string>{};
  auto values = add_field_flags(sub, project_flags(), required);
  sub.footer(wrap_text("Values are checked exactly as 'dongmao import projects' checks ledger cells. A new renovation project "
             "(老旧小区改造) gets the standard milestones 政策宣传 … 竣工验收. An empty value clears the field."));
  return [code, values, mode, &context] {
    return run_edit(context, "projects", *code, given_fields(project_flags(), *values), mode);
  };
}

} // namespace

Action setup_project_add(CLI::App& sub, Context& context)
{
  return setup_edit(sub, context, import::EditMode::add);
}

Action setup_project_update(CLI::App& sub, Context& context)
{
  return setup_edit(sub, context, import::EditMode::update);
}

} // namespace dongmao::cli
