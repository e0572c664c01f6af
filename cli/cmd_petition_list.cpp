// `petition list` and `petition overdue`: the cases and the clocks running on them.
#include "common.hpp"
#include "petition_view.hpp"
#include "subcommands.hpp"

#include <dongmao/error.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace dongmao::cli {

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
  OutputFlags output;
};

struct OverdueFlags
{
  int within = 3;
  bool fail_if_any = false;
  OutputFlags output;
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
        throw UsageError(text::format(text::k_not_a_status, *flags.status));
      }
    }
  }
  if (flags.channel) {
    filter.channel = petition::parse_channel(*flags.channel);
    if (!filter.channel) {
      throw UsageError(text::format(text::k_not_a_channel, "--channel", *flags.channel));
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
  filter.received_from = optional_date_flag("--from", flags.from);
  filter.received_to = optional_date_flag("--to", flags.to);
  if (flags.period) {
    const auto& period = petition::find_period(*flags.period, rules);
    filter.received_from = filter.received_from ? std::max(*filter.received_from, period.from) : period.from;
    filter.received_to = filter.received_to ? std::min(*filter.received_to, period.to) : period.to;
  }
  return filter;
}

std::vector<out::Column> list_columns()
{
  return {{"编号", "case_no"},
          {"登记日期", "received_date"},
          {"渠道", "channel"},
          {"类别", "category"},
          {"人数", "people_count", true},
          {"社区", "community"},
          {"状态", "status"},
          {"标记", "flags"},
          {"下一期限", "next_deadline"},
          {"到期日", "due"},
          {"剩余天数", "days_left", true}};
}

std::vector<std::string> list_cells(const store::PetitionRecord& record, const petition::PetitionRules& rules,
                                    const petition::Deadlines& deadlines, domain::Date today)
{
  const auto* next = deadlines.next_open_duty();
  return {record.case_no,
          record.facts.received.iso(),
          petition::label(record.channel),
          record.category,
          std::to_string(record.people_count),
          record.community.value_or(""),
          petition::label(record.facts.status),
          flags_text(record, rules),
          next ? petition::label(next->kind) : "",
          next ? next->due.iso() : "",
          next ? std::to_string(petition::days_left(*next, today)) : ""};
}

// The cases of `ws` that `flags` select, their clocks read on `today`.
int list_petitions(const Terminal& term, workspace::Workspace& ws, domain::Date today, const ListFlags& flags)
{
  const auto& rules = ws.settings().petition;
  auto records = store::list_petitions(ws.db(), make_filter(flags, rules));
  if (flags.overdue || flags.due_within) {
    std::erase_if(records, [&](const store::PetitionRecord& record) {
      const auto deadlines = petition::compute_deadlines(record.facts, rules);
      const bool keep = (flags.overdue && is_overdue(deadlines, today)) ||
                        (flags.due_within && due_within(deadlines, today, *flags.due_within));
      return !keep;
    });
  }
  Listing listing(term, flags.output, list_columns());
  for (const auto& record : records) {
    if (listing.is_json()) {
      listing.add(record_json(record, rules, today));
      continue;
    }
    const auto deadlines = petition::compute_deadlines(record.facts, rules);
    listing.add(list_cells(record, rules, deadlines, today), is_overdue(deadlines, today) ? Tone::alert : Tone::plain);
  }
  listing.finish();
  if (listing.format() == Format::table && !term.quiet) {
    term.out << text::format(text::k_cases_listed, records.size(), text::plural(static_cast<long long>(records.size())))
             << '\n';
  }
  return 0;
}

// The open cases of `ws` whose next deadline has passed or falls within `flags.within`
// days of `today`, most overdue first; 3 (ExitStatus::alert) with --fail-if-any when there is one.
int list_overdue(const Terminal& term, workspace::Workspace& ws, domain::Date today, const OverdueFlags& flags)
{
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
    if (next && petition::days_left(*next, today) <= flags.within) {
      overdue += petition::days_left(*next, today) < 0 ? 1 : 0;
      items.push_back(Item{std::move(record), *next});
    }
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) { return a.deadline.due < b.deadline.due; });
  const int due_soon = static_cast<int>(items.size()) - overdue;

  Listing listing(term, flags.output,
                  {{"编号", "case_no"},
                   {"社区", "community"},
                   {"类别", "category"},
                   {"状态", "status"},
                   {"期限", "deadline"},
                   {"到期日", "due"},
                   {"剩余天数", "days_left", true},
                   {"状况", "state"}});
  const auto case_json = [&](const Item& item) {
    return Json::object({{"case_no", item.record.case_no},
                         {"community", item.record.community},
                         {"category", item.record.category},
                         {"status", petition::code(item.record.facts.status)},
                         {"deadline", deadline_json(item.deadline, today)}});
  };
  // A list like every other: the counts are those of the items' deadline states.
  if (listing.is_json()) {
    for (const auto& item : items) {
      listing.add(case_json(item));
    }
  } else if (listing.format() == Format::csv || !items.empty()) {
    for (const auto& item : items) {
      const auto left = petition::days_left(item.deadline, today);
      listing.add({item.record.case_no, item.record.community.value_or(""), item.record.category,
                   petition::label(item.record.facts.status), petition::label(item.deadline.kind),
                   item.deadline.due.iso(), std::to_string(left), describe(item.deadline, today)},
                  left < 0 ? Tone::alert : Tone::warning);
    }
  }
  // On the terminal no header line stands over nothing: the sentence below says it.
  if (!items.empty() || listing.format() != Format::table || listing.to_file()) {
    listing.finish();
  }
  if (listing.format() == Format::table && !term.quiet) {
    term.out << (items.empty() ? text::format(text::k_overdue_none, flags.within)
                               : text::format(text::k_overdue_summary, overdue, flags.within, due_soon))
             << '\n';
  }
  return flags.fail_if_any && !items.empty() ? static_cast<int>(ExitStatus::alert) : 0;
}

} // namespace

Action setup_petition_list(App& sub, Session& session)
{
  auto flags = std::make_shared<ListFlags>();
  add_option(sub, "--status", flags->status,
             {"待受理、办理中、…（或 received、accepted、declined、answered、reviewing、rechecking、closed），或 "
              "open：未办结也未不予受理",
              "received, accepted, declined, answered, reviewing, rechecking, closed "
              "(or 待受理, 办理中, …), or open: neither closed nor declined"});
  add_option(sub, "--channel", flags->channel, {"网上、来信、来访 或 来电", "网上, 来信, 来访 or 来电"});
  add_option(sub, "--category", flags->category, {"类别，如 租赁纠纷", "A category, e.g. 租赁纠纷"});
  add_option(sub, "--community", flags->community, {"社区，名称或编码", "A community, by name or code"});
  add_option(sub, "--project", flags->project, {"项目，编号或名称", "A project, by code or name"});
  add_flag(sub, "--group", flags->group,
           {"只列集体访（人数达到 petition.group_threshold）",
            "Group cases only (集体访: people at or above petition.group_threshold)"});
  add_flag(sub, "--repeat", flags->repeat, {"只列重复信访", "Repeat cases only (重复信访)"});
  add_flag(sub, "--escalated", flags->escalated, {"只列越级信访", "Cases that went above this level only (越级)"});
  add_option(sub, "--from", flags->from, {"收到日期在 YYYY-MM-DD 及以后", "Received on or after YYYY-MM-DD"});
  add_option(sub, "--to", flags->to, {"收到日期在 YYYY-MM-DD 及以前", "Received on or before YYYY-MM-DD"});
  add_option(sub, "--period", flags->period,
             {"收到日期在 dongmao.toml 中此敏感时期内，如 两会",
              "Received inside this sensitive period of dongmao.toml, e.g. 两会"});
  add_flag(sub, "--overdue", flags->overdue,
           {"街道的办理时限已过的信访件", "Cases with a deadline of the office passed"});
  add_option(sub, "--due-within", flags->due_within,
             {"下一个时限在 N 天内的信访件（0：今天）；与 --overdue 同用时两者都列",
              "Cases whose next deadline is within N days (0: today); with "
              "--overdue, both"})
    .range(0, 3650);
  add_output_options(sub, flags->output);
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return list_petitions(session.terminal(), ws, session.today(ws), *flags);
  };
}

Action setup_petition_overdue(App& sub, Session& session)
{
  auto flags = std::make_shared<OverdueFlags>();
  add_option(sub, "--within", flags->within,
             {"同时列出下一个时限在 N 天内的信访件（0：今天到期）",
              "Also list cases whose next deadline is within N days (0: due today)"})
    .range(0, 3650)
    .show_default();
  add_flag(sub, "--fail-if-any", flags->fail_if_any,
           {"有信访件列出时退出码为3，便于定时任务告警", "Exit 3 when any case is listed, so cron can alert"});
  add_output_options(sub, flags->output);
  set_footer(
    sub,
    {"列出街道已过或将在 --within "
     "天内到期的时限（受理告知、办理、复查和复核意见），超期最久的在前。\n退出状态：0，列出信访件时也是0；加 "
     "--fail-if-any 时，有信访件超期或在 --within 天内到期则为3（用 --within 0 "
     "只对超期和今天到期的告警）。出错时的退出码与其他命令相同：64 用法错误，66 没有工作区，75 正忙，78 设置有误。",
     "Lists the office's deadlines (acceptance notice, handling, 复查 and 复核 opinions) that have passed\n"
     "or fall due within --within days, most overdue first.\n"
     "Exit status: 0, also when cases are listed; 3 with --fail-if-any when any case is overdue or due\n"
     "within --within days (use --within 0 to alert on overdue and due-today cases only). Errors exit as\n"
     "for every command: 64 usage, 66 no workspace, 75 busy, 78 bad settings."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return list_overdue(session.terminal(), ws, session.today(ws), *flags);
  };
}

} // namespace dongmao::cli
