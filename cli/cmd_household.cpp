#include "subcommands.hpp"

namespace dongmao::cli {

Action setup_household(App& sub, Session& session)
{
  static const std::vector<Command> k_commands = {
    {"list", "List households, filtered, as a table, CSV or JSON", setup_household_list},
    {"show", "One household: members, projects and stages, petitions", setup_household_show},
    {"add", "Add a household (fields checked as the import checks them)", setup_household_add},
    {"update", "Change fields of a household", setup_household_update},
    {"stage", "Move a household to a stage of a project as of a date", setup_household_stage},
    {"consent", "Record a household's consent in a renovation project", setup_household_consent},
    {"history", "Every stage event and change of a household, in time order", setup_household_history},
  };
  return add_commands(sub, k_commands, session);
}

} // namespace dongmao::cli
