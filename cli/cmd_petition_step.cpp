// The lifecycle steps: accept, decline, extend, answer, review, recheck, close, reopen.
#include "petition_commands.hpp"
#include "petition_common.hpp"

#include <dongmao/error.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/store/petition_write.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli::petition_cli {

namespace {

constexpr const char* k_handled_at_help = "Urgent cases: when the incident was handled, 'YYYY-MM-DD HH:MM'";

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

void print_result(const store::PetitionRecord& record, petition::Action action, domain::Date date,
                  const petition::PetitionRules& rules, domain::Date today, Context& context)
{
  if (context.options.json) {
    auto json = record_json(record, rules, today);
    json["action"] = petition::code(action);
    json["date"] = date.iso();
    context.out() << json.dump(2) << '\n';
    return;
  }
  if (context.options.quiet) {
    return;
  }
  std::string line = fmt::format("{} {} {}: {}", record.case_no, petition::label(action), date.iso(),
                                 petition::label(record.facts.status));
  const auto deadlines = petition::compute_deadlines(record.facts, rules);
  if (const auto* next = deadlines.next_open_duty()) {
    line += fmt::format("；{}期限 {}，{}", petition::label(next->kind), next->due.iso(), describe(*next, today));
  }
  context.out() << line << '\n';
}

Action setup_step(CLI::App& sub, Context& context, petition::Action action)
{
  auto flags = std::make_shared<StepFlags>();
  sub.add_option("CASE", flags->case_no, "Case number, e.g. XF2026-0001")->required();
  sub.add_option("--date", flags->date,
                 "When it happened, YYYY-MM-DD (default: today); not before the case's latest step, not after today");
  switch (action) {
  case petition::Action::accept:
    sub.add_option("--assignee", flags->assignee, "Who handles the case (承办人)");
    sub.add_option("--note", flags->note, "A note for the history");
    break;
  case petition::Action::decline:
    sub.add_option("--reason", flags->note, "Why it is not accepted (告知信访人的理由)")->required();
    break;
  case petition::Action::extend:
    sub.add_option("--days", flags->days, "Days added to the handling period: at most petition.extension_max_days (30)")
      ->required();
    sub.add_option("--reason", flags->note, "Why (Art. 34: the petitioner is told the reason)")->required();
    break;
  case petition::Action::answer:
    sub.add_option("--outcome", flags->outcome, "支持, 解释说明 or 不予支持 (supported, explained, not_supported)")
      ->required();
    sub.add_option("--handled-at", flags->handled_at, k_handled_at_help);
    sub.add_option("--note", flags->note, "A note for the history");
    break;
  case petition::Action::close:
    sub.add_option("--handled-at", flags->handled_at, k_handled_at_help);
    sub.add_option("--note", flags->note, "A note for the history");
    break;
  case petition::Action::reopen:
    sub.add_option("--reason", flags->note, "Why the case is reopened");
    break;
  default:
    sub.add_option("--note", flags->note, "A note for the history");
    break;
  }

  return [flags, action, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::write);
    const auto clock = context.clock(ws.settings().timezone);
    const auto today = clock.today();
    store::StepRequest request;
    request.case_no = flags->case_no;
    request.step.action = action;
    request.step.date = date_or_today("--date", flags->date, today);
    request.step.extension_days = flags->days;
    if (action == petition::Action::answer) {
      request.step.outcome = petition::parse_outcome(flags->outcome);
      if (!request.step.outcome) {
        throw UsageError(fmt::format("--outcome: '{}' is not 支持, 解释说明 or 不予支持", flags->outcome));
      }
    }
    request.note = flags->note;
    request.assignee = flags->assignee;
    if (flags->handled_at) {
      request.handled_at = parse_time_flag("--handled-at", *flags->handled_at);
    }
    const auto& rules = ws.settings().petition;
    const auto record = store::record_step(ws.db(), request, rules, {context.operator_name(), clock.now(), today});
    print_result(record, action, request.step.date, rules, today, context);
    return 0;
  };
}

} // namespace

Action setup_accept(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::accept); }
Action setup_decline(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::decline); }
Action setup_extend(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::extend); }
Action setup_answer(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::answer); }
Action setup_review(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::review); }
Action setup_recheck(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::recheck); }
Action setup_close(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::close); }
Action setup_reopen(CLI::App& sub, Context& context) { return setup_step(sub, context, petition::Action::reopen); }

} // namespace dongmao::cli::petition_cli
