#include "subcommands.hpp"

namespace dongmao::cli {

Action setup_household(CLI::App& sub, Context& context)
{
  sub.require_subcommand(1);
  auto chosen = std::make_shared<Action>();
  add_nested(sub, "list", "List households, filtered, as a table, CSV or JSON", setup_household_list, context, chosen);
  add_nested(sub, "show", "One household: members, projects and stages, petitions", setup_household_show, context, chosen);
  add_nested(sub, "add", "Add a household (fields checked as the import checks them)", setup_household_add, context,
             chosen);
  add_nested(sub, "update", "Change fields of a household", setup_household_update, context, chosen);
  add_nested(sub, "stage", "Move a household to a stage of a project as of a date", setup_household_stage, context,
             chosen);
  add_nested(sub, "consent", "Record a household's consent in a renovation project", setup_household_consent, context,
             chosen);
  add_nested(sub, "history", "Every stage event and change of a household, in time order", setup_household_history,
             context, chosen);
  return [chosen] { return (*chosen)(); };
}

} // namespace dongmao::cli
