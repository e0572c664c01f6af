// The lifecycle steps: accept, decline, extend, answer, review, recheck, close, reopen.
#include "common.hpp"
#include "petition_view.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/store/petition_write.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

const text::Message k_handled_at_help{"紧急事件：处置的时间，“YYYY-MM-DD HH:MM”",
                                      "Urgent cases: when the incident was handled, 'YYYY-MM-DD HH:MM'"};

struct StepFlags
{
  std::string case_no;
  std::optional<std::string> date;
  std::optional<std::string> note;
  int days = 0;
  std::string outcome;
  std::optional<std::string> assignee;
  std::optional<std::string> handled_at;
};

void print_result(const Terminal& term, const store::PetitionRecord& record, petition::Action action, domain::Date date,
                  const petition::PetitionRules& rules, domain::Date today)
{
  if (term.json) {
    auto json = record_json(record, rules, today);
    json.set("action", petition::code(action));
    json.set("date", date.iso());
    print_json(term, json);
    return;
  }
  if (term.quiet) {
    return;
  }
  std::string line = fmt::format("{} {} {}: {}", record.case_no, petition::label(action), date.iso(),
                                 petition::label(record.facts.status));
  const auto deadlines = petition::compute_deadlines(record.facts, rules);
  if (const auto* next = deadlines.next_open_duty()) {
    line += fmt::format("；{}期限 {}，{}", petition::label(next->kind), next->due.iso(), describe(*next, today));
  }
  term.out << domain::visible_text(line) << '\n';
}

// Takes step `action` on case `flags.case_no` of `ws`, as `actor`, by the lifecycle rules.
int take_step(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, petition::Action action,
              const StepFlags& flags)
{
  store::StepRequest request;
  request.case_no = flags.case_no;
  request.step.action = action;
  request.step.date = date_or_today("--date", flags.date, actor.today);
  request.step.extension_days = flags.days;
  if (action == petition::Action::answer) {
    request.step.outcome = petition::parse_outcome(flags.outcome);
    if (!request.step.outcome) {
      throw UsageError(text::format(text::k_not_an_outcome, flags.outcome));
    }
  }
  request.note = flags.note;
  request.assignee = flags.assignee;
  if (flags.handled_at) {
    request.handled_at = parse_time_flag("--handled-at", *flags.handled_at);
  }
  const auto& rules = ws.settings().petition;
  const auto record = store::record_step(ws.db(), request, rules, {actor.operator_name, actor.now, actor.today});
  print_result(term, record, action, request.step.date, rules, actor.today);
  return 0;
}

Action setup_step(App& sub, Session& session, petition::Action action)
{
  auto flags = std::make_shared<StepFlags>();
  add_option(sub, "CASE", flags->case_no, {"信访件编号，如 XF2026-0001", "Case number, e.g. XF2026-0001"}).required();
  add_option(sub, "--date", flags->date,
             {"发生日期，YYYY-MM-DD（默认：今天）；不早于该件最近一步，不晚于今天",
              "When it happened, YYYY-MM-DD (default: today); not before the case's latest step, not after today"});
  switch (action) {
  case petition::Action::accept:
    add_option(sub, "--assignee", flags->assignee, {"承办人", "Who handles the case (承办人)"});
    add_option(sub, "--note", flags->note, {"备注，记入办理记录", "A note for the history"});
    break;
  case petition::Action::decline:
    add_option(sub, "--reason", flags->note,
               {"不予受理的理由（告知信访人）", "Why it is not accepted (告知信访人的理由)"})
      .required();
    break;
  case petition::Action::extend:
    add_option(sub, "--days", flags->days,
               {"办理期限延长的天数：最多 petition.extension_max_days（30）",
                "Days added to the handling period: at most petition.extension_max_days (30)"})
      .required();
    add_option(sub, "--reason", flags->note,
               {"理由（第三十四条：须告知信访人）", "Why (Art. 34: the petitioner is told the reason)"})
      .required();
    break;
  case petition::Action::answer:
    add_option(sub, "--outcome", flags->outcome,
               {"支持、解释说明 或 不予支持（supported、explained、not_supported）",
                "支持, 解释说明 or 不予支持 (supported, explained, not_supported)"})
      .required();
    add_option(sub, "--handled-at", flags->handled_at, k_handled_at_help);
    add_option(sub, "--note", flags->note, {"备注，记入办理记录", "A note for the history"});
    break;
  case petition::Action::close:
    add_option(sub, "--handled-at", flags->handled_at, k_handled_at_help);
    add_option(sub, "--note", flags->note, {"备注，记入办理记录", "A note for the history"});
    break;
  case petition::Action::reopen:
    add_option(sub, "--reason", flags->note, {"重新打开的理由", "Why the case is reopened"});
    break;
  default:
    add_option(sub, "--note", flags->note, {"备注，记入办理记录", "A note for the history"});
    break;
  }
  return [flags, action, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return take_step(session.terminal(), ws, session.actor(ws), action, *flags);
  };
}

} // namespace

Action setup_petition_accept(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::accept);
}

Action setup_petition_decline(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::decline);
}

Action setup_petition_extend(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::extend);
}

Action setup_petition_answer(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::answer);
}

Action setup_petition_review(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::review);
}

Action setup_petition_recheck(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::recheck);
}

Action setup_petition_close(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::close);
}

Action setup_petition_reopen(App& sub, Session& session)
{
  return setup_step(sub, session, petition::Action::reopen);
}

} // namespace dongmao::cli
