#include "petition_commands.hpp"
#include "petition_common.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/store/petition_write.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli::petition_cli {

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
    throw UsageError(fmt::format("--petitioner: expected NAME[,ID[,PHONE]], got {} fields{}", parts.size(),
                                 domain::trim(parts[0]).empty() ? " and no name first" : ""));
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

} // namespace

Action setup_add(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<AddFlags>();
  sub.add_option("--case-no", flags->case_no, "Case number (default: the next XF<year>-NNNN of the received year)");
  sub.add_option("--received", flags->received, "Received date, YYYY-MM-DD (default: today)");
  sub.add_option("--channel", flags->channel, "网上, 来信, 来访 or 来电 (online, letter, visit, phone)")->required();
  sub.add_option("--petitioner", flags->petitioners,
                 "A petitioner as NAME[,ID[,PHONE]]; repeat for each (group cases: the representatives)");
  sub.add_option("--people", flags->people, "Number of people (default: the petitioners named, at least 1); at or "
                                            "above petition.group_threshold it is a group case (集体访)");
  sub.add_option("--category", flags->category, "One of [petition] categories in dongmao.toml, e.g. 租赁纠纷")
    ->required();
  sub.add_option("--summary", flags->summary, "What the petition asks (信访事项)");
  sub.add_option("--community", flags->community, "The community (社区) concerned, by name or code")->required();
  sub.add_option("--project", flags->project, "A related project, by code or name");
  sub.add_option("--household", flags->household, "A related household, by 户编号");
  sub.add_option("--repeat-of", flags->repeat_of, "The earlier case this one repeats (重复信访)");
  sub.add_flag("--escalated", flags->escalated, "Went above this level (越级)");
  sub.add_option("--assignee", flags->assignee, "Who handles it (承办人)");
  sub.add_option("--reported-at", flags->reported_at,
                 "Urgent categories: when the office was told, 'YYYY-MM-DD HH:MM' (required for them)");
  sub.add_option("--handled-at", flags->handled_at, "Urgent categories: when it was handled, 'YYYY-MM-DD HH:MM'");

  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::write);
    const auto clock = context.clock(ws.settings().timezone);
    const auto today = clock.today();
    store::NewPetition petition;
    petition.case_no = flags->case_no;
    petition.received = date_or_today("--received", flags->received, today);
    const auto channel = petition::parse_channel(flags->channel);
    if (!channel) {
      throw UsageError(fmt::format("--channel: '{}' is not 网上, 来信, 来访 or 来电", flags->channel));
    }
    petition.channel = *channel;
    for (const auto& text : flags->petitioners) {
      petition.petitioners.push_back(parse_petitioner(text));
    }
    petition.people_count = flags->people;
    petition.category = flags->category;
    petition.summary = flags->summary;
    petition.community = flags->community;
    petition.project = flags->project;
    petition.household = flags->household;
    petition.repeat_of = flags->repeat_of;
    petition.escalated = flags->escalated;
    petition.assignee = flags->assignee;
    if (flags->reported_at) {
      petition.reported_at = parse_time_flag("--reported-at", *flags->reported_at);
    }
    if (flags->handled_at) {
      petition.handled_at = parse_time_flag("--handled-at", *flags->handled_at);
    }
    const auto& rules = ws.settings().petition;
    const auto added = store::add_petition(ws.db(), petition, rules, {context.operator_name(), clock.now(), today});
    if (!context.options.quiet) {
      for (const auto& warning : added.warnings) {
        context.err() << "dongmao: warning: " << added.case_no << ": " << warning << '\n';
      }
    }
    const auto record = store::find_petition(ws.db(), added.case_no);
    if (context.options.json) {
      context.out() << record_json(*record, rules, today).dump(2) << '\n';
    } else if (!context.options.quiet) {
      const auto deadlines = petition::compute_deadlines(record->facts, rules);
      const auto& acceptance = deadlines.items.front();
      std::string kind = petition::is_group(record->people_count, rules)
                           ? fmt::format("，集体访 {} 人", record->people_count)
                           : "";
      context.out() << fmt::format("已登记 {}（{}，{}{}）；受理告知期限 {}，{}\n", record->case_no, record->category,
                                   petition::label(record->channel), kind, acceptance.due.iso(),
                                   describe(acceptance, today));
    }
    return 0;
  };
}

} // namespace dongmao::cli::petition_cli
