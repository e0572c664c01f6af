#include "subcommands.hpp"

namespace dongmao::cli {

Action setup_petition(App& sub, Session& session)
{
  static const std::vector<Command> k_commands = {
    {"list", "List cases by status, channel, category, community, dates, deadlines", setup_petition_list},
    {"show", "Show one case: petitioners, deadlines with days left, history", setup_petition_show},
    {"add", "Register a new case (登记)", setup_petition_add},
    {"accept", "Accept a case (受理), which starts the 60-day handling clock", setup_petition_accept},
    {"decline", "Decline a case (不予受理), with the reason", setup_petition_decline},
    {"extend", "Extend the handling period once, by at most 30 days (延期)", setup_petition_extend},
    {"answer", "Record the answer (答复) or the 复查/复核 opinion, with its outcome", setup_petition_answer},
    {"review", "Record the petitioner's 复查 request, which starts the 复查 clock", setup_petition_review},
    {"recheck", "Record the petitioner's 复核 request, which starts the 复核 clock", setup_petition_recheck},
    {"close", "Close an answered or declined case (办结)", setup_petition_close},
    {"reopen", "Reopen a closed case, or withdraw a decline", setup_petition_reopen},
    {"overdue", "Overdue and soon-due cases; for cron with --fail-if-any", setup_petition_overdue},
    {"periods", "Cases received inside each sensitive period (两会特护期 …)", setup_petition_periods},
    {"incidents", "Urgent cases (非正常死亡 …): hours from report to handling", setup_petition_incidents},
  };
  return add_commands(sub, k_commands, session);
}

} // namespace dongmao::cli
