#include "subcommands.hpp"

namespace dongmao::cli {

Action setup_petition(App& sub, Session& session)
{
  static const std::vector<Command> k_commands = {
    {"list",
     {"按状态、方式、类别、社区、日期、时限列出信访件",
      "List cases by status, channel, category, community, dates, deadlines"},
     setup_petition_list},
    {"show",
     {"一件信访的详情：信访人、时限和剩余天数、办理记录",
      "Show one case: petitioners, deadlines with days left, history"},
     setup_petition_show},
    {"add", {"登记新的信访件", "Register a new case (登记)"}, setup_petition_add},
    {"accept",
     {"受理信访件，开始计算60日办理时限", "Accept a case (受理), which starts the 60-day handling clock"},
     setup_petition_accept},
    {"decline", {"不予受理，并说明理由", "Decline a case (不予受理), with the reason"}, setup_petition_decline},
    {"extend",
     {"延长办理期限一次，最多30日（延期）", "Extend the handling period once, by at most 30 days (延期)"},
     setup_petition_extend},
    {"answer",
     {"记录答复或复查、复核意见及其结果", "Record the answer (答复) or the 复查/复核 opinion, with its outcome"},
     setup_petition_answer},
    {"review",
     {"记录信访人的复查请求，开始计算复查时限", "Record the petitioner's 复查 request, which starts the 复查 clock"},
     setup_petition_review},
    {"recheck",
     {"记录信访人的复核请求，开始计算复核时限", "Record the petitioner's 复核 request, which starts the 复核 clock"},
     setup_petition_recheck},
    {"close", {"办结已答复或不予受理的信访件", "Close an answered or declined case (办结)"}, setup_petition_close},
    {"reopen",
     {"重新打开已办结的信访件，或撤回不予受理", "Reopen a closed case, or withdraw a decline"},
     setup_petition_reopen},
    {"overdue",
     {"已超期和即将到期的信访件；定时任务用 --fail-if-any", "Overdue and soon-due cases; for cron with --fail-if-any"},
     setup_petition_overdue},
    {"periods",
     {"各敏感时期（两会特护期 …）内收到的信访件", "Cases received inside each sensitive period (两会特护期 …)"},
     setup_petition_periods},
    {"incidents",
     {"紧急事件（非正常死亡 …）：从报告到处置的小时数", "Urgent cases (非正常死亡 …): hours from report to handling"},
     setup_petition_incidents},
  };
  return add_commands(sub, k_commands, session);
}

} // namespace dongmao::cli
