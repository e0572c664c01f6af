// `petition list` and `petition overdue`: the cases and the clocks running on them.
#include "petition_commands.hpp"
#include "petition_common.hpp"

#include <dongmao/error.hpp>
#include <dongmao/petition/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace dongmao::cli::petition_cli {

namespace {

struct ListFlags
{
  std::optional<std::string> status;
  std::optional<std::string> channel;
  std::optional<std::string> category;
  std::optional<std::string> community;
  std::optional<std::string> project;
  bool group = false;
  bool repeat = false;
  bool escalated = false;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<std::string> period;
  bool overdue = false;
  std::optional<int> due_within;
  std::string format = "table";
};

struct OverdueFlags
{
  int within = 3;
  bool fail_if_any = false;
  std::string format = "table";
};

// Whether any of the office's duties on the case has passed its due date.
bool is_overdue(const petition::Deadlines& deadlines, domain::Date today)
{
  return std::any_of(deadlines.items.begin(), deadlines.items.end(), [today](const petition::Deadline& deadline) {
    return deadline.duty && petition::standing(deadline, today) == petition::Standing::overdue;
  });
}

// The next duty when it falls due between today and `days` days from now.
const petition::Deadline* due_within(const petition::Deadlines& deadlines, domain::Date today, int days)
{
  const auto* next = deadlines.next_open_duty();
  if (!next) {
    return nullptr;
  }
  const auto left = petition::days_left(*next, today);
  return left >= 0 && left <= days ? next : nullptr;
}

store::PetitionFilter make_filter(const ListFlags& flags, const petition::PetitionRules& rules)
{
  store::PetitionFilter filter;
  if (flags.status) {
    if (*flags.status == "open" || *flags.status == "未办结") {
      filter.open_only = true;
    } else {
      filter.status = petition::parse_status(*flags.status);
      if (!filter.status) {
        throw UsageError(fmt::format("--status: '{}' is not a status (received, accepted, declined, answered, "
                                     "reviewing, rechecking, closed, open, or their Chinese labels)",
                                     *flags.status));
      }
    }
  }
  if (flags.channel) {
    filter.channel = petition::parse_channel(*flags.channel);
    if (!filter.channel) {
      throw UsageError(fmt::format("--channel: '{}' is not 网上, 来信, 来访 or 来电", *flags.channel));
    }
  }
  if (flags.category) {
    filter.categories.push_back(petition::match_category(*flags.category, rules));
  }
  filter.community = flags.community;
  filter.project = flags.project;
  if (flags.group) {
    filter.min_people = rules.group_threshold;
  }
  filter.repeat_only = flags.repeat;
  filter.escalated_only = flags.escalated;
  if (flags.from) {
    filter.received_from = parse_date_flag("--from", *flags.from);
  }
  if (flags.to) {
    filter.received_to = parse_date_flag("--to", *flags.to);
  }
  if (flags.period) {
    const auto& period = petition::find_period(*flags.period, rules);
    filter.received_from = filter.received_from ? std::max(*filter.received_from, period.from) : period.from;
    filter.received_to = filter.received_to ? std::min(*filter.received_to, period.to) : period.to;
  }
  return filter;
}

out::Table list_table(const std::vector<store::PetitionRecord>& records, const petition::PetitionRules& rules,
                      domain::Date today)
{
  out::Table table{{{"编号", "case_no"},
                    {"登记日期", "received_date"},
                    {"渠道", "channel"},
                    {"类别", "category"},
                    {"人数", "people_count", true},
                    {"社区", "community"},
                    {"状态", "status"},
                    {"标记", "flags"},
                    {"下一期限", "next_deadline"},
                    {"到期日", "due"},
                    {"剩余天数", "days_left", true}},
                   {}};
  for (const auto& record : records) {
    const auto deadlines = petition::compute_deadlines(record.facts, rules);
    const auto* next = deadlines.next_open_duty();
    table.rows.push_back({record.case_no, record.facts.received.iso(), petition::label(record.channel),
                          record.category, std::to_string(record.people_count), record.community.value_or(""),
                          petition::label(record.facts.status), flags_text(record, rules),
                          next ? petition::label(next->kind) : "", next ? next->due.iso() : "",
                          next ? std::to_string(petition::days_left(*next, today)) : ""});
  }
  return table;
}

} // namespace

Action setup_list(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<ListFlags>();
  sub.add_option("--status", flags->status, "received, accepted, declined, answered, reviewing, rechecking, closed "
                                            "(or 待受理, 办理中, …), or open: neither closed nor declined");
  sub.add_option("--channel", flags->channel, "网上, 来信, 来访 or 来电");
  sub.add_option("--category", flags->category, "A category, e.g. 租赁纠纷");
  sub.add_option("--community", flags->community, "A community, by name or code");
  sub.add_option("--project", flags->project, "A project, by code or name");
  sub.add_flag("--group", flags->group, "Group cases only (集体访: people at or above petition.group_threshold)");
  sub.add_flag("--repeat", flags->repeat, "Repeat cases only (重复信访)");
  sub.add_flag("--escalated", flags->escalated, "Cases that went above this level only (越级)");
  sub.add_option("--from", flags->from, "Received on or after YYYY-MM-DD");
  sub.add_option("--to", flags->to, "Received on or before YYYY-MM-DD");
  sub.add_option("--period", flags->period, "Received inside this sensitive period of dongmao.toml, e.g. 两会");
  sub.add_flag("--overdue", flags->overdue, "Cases with a deadline of the office passed");
  sub.add_option("--due-within", flags->due_within, "Cases whose next deadline is within N days (0: today); with "
                                                    "--overdue, both")
    ->check(CLI::Range(0, 3650));
  add_format_option(sub, flags->format);

  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto today = context.clock(ws.settings().timezone).today();
    const auto& rules = ws.settings().petition;
    auto records = store::list_petitions(ws.db(), make_filter(*flags, rules));
    if (flags->overdue || flags->due_within) {
      std::erase_if(records, [&](const store::PetitionRecord& record) {
        const auto deadlines = petition::compute_deadlines(record.facts, rules);
        const bool keep = (flags->overdue && is_overdue(deadlines, today)) ||
                          (flags->due_within && due_within(deadlines, today, *flags->due_within));
        return !keep;
      });
    }
    const auto format = chosen_format(flags->format, context);
    if (format == Format::json) {
      nlohmann::json json = nlohmann::json::array();
      for (const auto& record : records) {
        json.push_back(record_json(record, rules, today));
      }
      context.out() << json.dump(2) << '\n';
      return 0;
    }
    write_table(context.out(), list_table(records, rules, today), format);
    if (format == Format::table && !context.options.quiet) {
      context.out() << fmt::format("共 {} 件\n", records.size());
    }
    return 0;
  };
}

Action setup_overdue(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<OverdueFlags>();
  sub.add_option("--within", flags->within, "Also list cases whose next deadline is within N days (0: due today)")
    ->check(CLI::Range(0, 3650))
    ->capture_default_str();
  sub.add_flag("--fail-if-any", flags->fail_if_any, "Exit 1 when any case is listed, so cron can alert");
  add_format_option(sub, flags->format);
  sub.footer("Lists the office's deadlines (acceptance notice, handling, 复查 and 复核 opinions) that have passed\n"
             "or fall due within --within days, most overdue first.\n"
             "Exit status: 0, also when cases are listed; 1 with --fail-if-any when any case is overdue or due\n"
             "within --within days (use --within 0 to alert on overdue and due-today cases only). Errors exit as\n"
             "for every command: 64 usage, 66 no workspace, 75 busy, 78 bad settings.");

  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto today = context.clock(ws.settings().timezone).today();
    const auto& rules = ws.settings().petition;
    struct Item
    {
      store::PetitionRecord record;
      petition::Deadline deadline;
    };
    std::vector<Item> items;
    int overdue = 0;
    for (auto& record : store::petitions_open_on(ws.db(), rules, today)) {
      const auto deadlines = petition::compute_deadlines(record.facts, rules);
      const auto* next = deadlines.next_open_duty();
      if (next && petition::days_left(*next, today) <= flags->within) {
        overdue += petition::days_left(*next, today) < 0 ? 1 : 0;
        items.push_back(Item{std::move(record), *next});
      }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.deadline.due < b.deadline.due; });
    const int due_soon = static_cast<int>(items.size()) - overdue;

    const auto format = chosen_format(flags->format, context);
    if (format == Format::json) {
      nlohmann::json json = {{"today", today.iso()}, {"within_days", flags->within}, {"overdue", overdue},
                             {"due_soon", due_soon}, {"cases", nlohmann::json::array()}};
      for (const auto& item : items) {
        json["cases"].push_back({{"case_no", item.record.case_no},
                                 {"community", text_or_null(item.record.community)},
                                 {"category", item.record.category},
                                 {"status", petition::code(item.record.facts.status)},
                                 {"deadline", deadline_json(item.deadline, today)}});
      }
      context.out() << json.dump(2) << '\n';
    } else {
      out::Table table{{{"编号", "case_no"},
                        {"社区", "community"},
                        {"类别", "category"},
                        {"状态", "status"},
                        {"期限", "deadline"},
                        {"到期日", "due"},
                        {"剩余天数", "days_left", true},
                        {"状况", "state"}},
                       {}};
      for (const auto& item : items) {
        table.rows.push_back({item.record.case_no, item.record.community.value_or(""), item.record.category,
                              petition::label(item.record.facts.status), petition::label(item.deadline.kind),
                              item.deadline.due.iso(), std::to_string(petition::days_left(item.deadline, today)),
                              describe(item.deadline, today)});
      }
      if (format == Format::csv || !items.empty()) {
        write_table(context.out(), table, format);
      }
      if (format == Format::table && !context.options.quiet) {
        context.out() << (items.empty() ? fmt::format("没有逾期或 {} 天内到期的信访件\n", flags->within)
                                        : fmt::format("逾期 {} 件，{} 天内到期 {} 件\n", overdue, flags->within, due_soon));
      }
    }
    return flags->fail_if_any && !items.empty() ? static_cast<int>(ExitStatus::failure) : 0;
  };
}

} // namespace dongmao::cli::petition_cli
