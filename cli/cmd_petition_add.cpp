#include "common.hpp"
#include "petition_view.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/households.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/store/petition_write.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/text/dispute.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct AddFlags
{
  std::optional<std::string> case_no;
  std::optional<std::string> received;
  std::string channel;
  std::vector<std::string> petitioners;
  std::optional<int> people;
  std::string category;
  std::optional<std::string> summary;
  std::optional<std::string> subject;
  std::optional<std::string> households;
  std::string community;
  std::optional<std::string> project;
  std::optional<std::string> household;
  std::optional<std::string> repeat_of;
  bool escalated = false;
  std::optional<std::string> assignee;
  std::optional<std::string> reported_at;
  std::optional<std::string> handled_at;
};

// "NAME[,ID[,PHONE]]", with ASCII or full-width commas, as typed after --petitioner.
store::Petitioner parse_petitioner(const std::string& text)
{
  std::vector<std::string> parts(1);
  for (const auto& point : domain::split_codepoints(text)) {
    if (point == "," || point == "，") {
      parts.emplace_back();
    } else {
      parts.back() += point;
    }
  }
  if (parts.size() > 3 || domain::trim(parts[0]).empty()) {
    // The text may hold an ID number: say what is wrong without echoing it.
    throw UsageError(
      text::format(text::k_petitioner_form, parts.size(),
                   domain::trim(parts[0]).empty() ? text::format(text::k_petitioner_no_name) : std::string()));
  }
  store::Petitioner petitioner;
  petitioner.name = domain::trim(parts[0]);
  if (parts.size() > 1) {
    petitioner.id_number = parts[1];
  }
  if (parts.size() > 2) {
    petitioner.phone = parts[2];
  }
  return petitioner;
}

// Registers the case `flags` describe in `ws`, as `actor`, and says what its first
// deadline is.
int add_petition(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, const AddFlags& flags)
{
  store::NewPetition petition;
  petition.case_no = flags.case_no;
  petition.received = date_or_today("--received", flags.received, actor.today);
  const auto channel = petition::parse_channel(flags.channel);
  if (!channel) {
    throw UsageError(text::format(text::k_not_a_channel, "--channel", flags.channel));
  }
  petition.channel = *channel;
  for (const auto& text : flags.petitioners) {
    petition.petitioners.push_back(parse_petitioner(text));
  }
  petition.people_count = flags.people;
  petition.show_pii = term.show_pii;
  petition.category = flags.category;
  petition.summary = flags.summary;
  petition.subject = flags.subject;
  if (flags.households) {
    petition.households = petition::parse_households(*flags.households);
    if (!petition.households) {
      throw UsageError(text::format(text::k_households_flag_not_count, *flags.households));
    }
  }
  petition.community = flags.community;
  petition.project = flags.project;
  petition.household = flags.household;
  petition.repeat_of = flags.repeat_of;
  petition.escalated = flags.escalated;
  petition.assignee = flags.assignee;
  if (flags.reported_at) {
    petition.reported_at = parse_time_flag("--reported-at", *flags.reported_at);
  }
  if (flags.handled_at) {
    petition.handled_at = parse_time_flag("--handled-at", *flags.handled_at);
  }
  const auto& rules = ws.settings().petition;
  const auto added = store::add_petition(ws.db(), petition, rules, {actor.operator_name, actor.now, actor.today});
  if (!term.quiet) {
    for (const auto& warning : added.warnings) {
      term.err << warning_prefix(term.err_colour) << ' ' << domain::visible_text(added.case_no + ": " + warning)
               << '\n';
    }
  }
  const auto record = store::find_petition(ws.db(), added.case_no);
  if (term.json) {
    print_json(term, record_json(*record, rules, actor.today));
  } else if (!term.quiet) {
    const auto deadlines = petition::compute_deadlines(record->facts, rules);
    const auto& acceptance = deadlines.items.front();
    std::string kind = petition::is_group(record->people_count, rules)
                         ? text::format(text::k_group_case, record->people_count)
                         : std::string();
    term.out << text::format(text::k_petition_registered, domain::visible_text(record->case_no),
                             domain::visible_text(record->category), petition::label(record->channel), kind,
                             acceptance.due.iso(), describe(acceptance, actor.today))
             << '\n';
  }
  return 0;
}

} // namespace

Action setup_petition_add(App& sub, Session& session)
{
  auto flags = std::make_shared<AddFlags>();
  add_option(sub, "--case-no", flags->case_no,
             {"信访件编号（默认：受理年份的下一个 XF<年>-NNNN）",
              "Case number (default: the next XF<year>-NNNN of the received year)"});
  add_option(sub, "--received", flags->received,
             {"收到日期，YYYY-MM-DD（默认：今天）", "Received date, YYYY-MM-DD (default: today)"});
  add_option(sub, "--channel", flags->channel,
             {"网上、来信、来访 或 来电（online、letter、visit、phone）",
              "网上, 来信, 来访 or 来电 (online, letter, visit, phone)"})
    .required();
  add_option(sub, "--petitioner", flags->petitioners,
             {"信访人，格式为 姓名[,身份证号[,电话]]；每人一个（集体访：代表）",
              "A petitioner as NAME[,ID[,PHONE]]; repeat for each (group cases: the representatives)"});
  add_option(sub, "--people", flags->people,
             {"人数（默认：所列信访人数，至少1）；达到 petition.group_threshold 的为集体访",
              "Number of people (default: the petitioners named, at least 1); at or "
              "above petition.group_threshold it is a group case (集体访)"});
  add_option(sub, "--category", flags->category,
             {"dongmao.toml 中 [petition] 的类别之一，如 租赁纠纷",
              "One of [petition] categories in dongmao.toml, e.g. 租赁纠纷"})
    .required();
  add_option(sub, "--summary", flags->summary, {"信访事项", "What the petition asks (信访事项)"});
  add_option(sub, "--subject", flags->subject,
             {"信访对象：纠纷涉及的小区、市场等", "The place or object a dispute is about (信访对象)"});
  add_option(sub, "--households", flags->households,
             {"涉及户数：120、400多、约120", "Households concerned (涉及户数): 120, 400多, 约120"});
  add_option(sub, "--community", flags->community,
             {"涉及的社区，名称或编码", "The community (社区) concerned, by name or code"})
    .required();
  add_option(sub, "--project", flags->project, {"相关项目，编号或名称", "A related project, by code or name"});
  add_option(sub, "--household", flags->household, {"相关住户，户编号", "A related household, by 户编号"});
  add_option(sub, "--repeat-of", flags->repeat_of,
             {"本件重复的先前信访件（重复信访）", "The earlier case this one repeats (重复信访)"});
  add_flag(sub, "--escalated", flags->escalated, {"越级信访", "Went above this level (越级)"});
  add_option(sub, "--assignee", flags->assignee, {"承办人", "Who handles it (承办人)"});
  add_option(sub, "--reported-at", flags->reported_at,
             {"紧急类别：街道得知的时间，“YYYY-MM-DD HH:MM”（紧急类别必填）",
              "Urgent categories: when the office was told, 'YYYY-MM-DD HH:MM' (required for them)"});
  add_option(
    sub, "--handled-at", flags->handled_at,
    {"紧急类别：处置的时间，“YYYY-MM-DD HH:MM”", "Urgent categories: when it was handled, 'YYYY-MM-DD HH:MM'"});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return add_petition(session.terminal(), ws, session.actor(ws), *flags);
  };
}

} // namespace dongmao::cli
