#include "subcommands.hpp"

namespace dongmao::cli {

Action setup_household(App& sub, Session& session)
{
  static const std::vector<Command> k_commands = {
    {"list",
     {"按条件列出住户：表格、CSV 或 JSON", "List households, filtered, as a table, CSV or JSON"},
     setup_household_list},
    {"show",
     {"一户的详情：成员、项目和阶段、信访", "One household: members, projects and stages, petitions"},
     setup_household_show},
    {"add",
     {"新增一户（字段按导入的规则检查）", "Add a household (fields checked as the import checks them)"},
     setup_household_add},
    {"update", {"修改一户的字段", "Change fields of a household"}, setup_household_update},
    {"stage",
     {"把一户在项目中的阶段改为某日起的新阶段", "Move a household to a stage of a project as of a date"},
     setup_household_stage},
    {"consent",
     {"记录一户在改造项目中的意见（同意与否）", "Record a household's consent in a renovation project"},
     setup_household_consent},
    {"history",
     {"一户的全部阶段记录和修改，按时间排列", "Every stage event and change of a household, in time order"},
     setup_household_history},
  };
  return add_commands(sub, k_commands, session);
}

} // namespace dongmao::cli
