#include "commands.hpp"
#include "petition_commands.hpp"

#include <memory>
#include <vector>

namespace dongmao::cli {

namespace {

const std::vector<Command>& petition_commands()
{
  using namespace petition_cli;
  static const std::vector<Command> k_commands = {
    {"list", "List cases by status, channel, category, community, dates, deadlines", setup_list},
    {"show", "Show one case: petitioners, deadlines with days left, history", setup_show},
    {"add", "Register a new case (登记)", setup_add},
    {"accept", "Accept a case (受理), which starts the 60-day handling clock", setup_accept},
    {"decline", "Decline a case (不予受理), with the reason", setup_decline},
    {"extend", "Extend the handling period once, by at most 30 days (延期)", setup_extend},
    {"answer", "Record the answer (答复) or the 复查/复核 opinion, with its outcome", setup_answer},
    {"review", "Record the petitioner's 复查 request, which starts the 复查 clock", setup_review},
    {"recheck", "Record the petitioner's 复核 request, which starts the 复核 clock", setup_recheck},
    {"close", "Close an answered or declined case (办结)", setup_close},
    {"reopen", "Reopen a closed case, or withdraw a decline", setup_reopen},
    {"overdue", "Overdue and soon-due cases; for cron with --fail-if-any", setup_overdue},
    {"periods", "Cases received inside each sensitive period (两会特护期 …)", setup_periods},
    {"incidents", "Urgent cases (非正常死亡 …): hours from report to handling", setup_incidents},
  };
  return k_commands;
}

} // namespace

Action setup_petition(CLI::App& sub, Context& context)
{
  auto chosen = std::make_shared<Action>();
  for (const auto& command : petition_commands()) {
    auto* child = sub.add_subcommand(command.name, command.description);
    child->fallthrough();
    auto action = command.setup(*child, context);
    child->callback([chosen, action] { *chosen = action; });
  }
  sub.require_subcommand(1);
  return [chosen] { return *chosen ? (*chosen)() : 0; };
}

} // namespace dongmao::cli
