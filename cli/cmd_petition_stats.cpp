// `petition periods` and `petition incidents`: the figures the work report states.
#include "petition_commands.hpp"
#include "petition_common.hpp"

#include <dongmao/petition/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace dongmao::cli::petition_cli {

namespace {

struct PeriodsFlags
{
  std::string format = "table";
};

struct IncidentsFlags
{
  std::optional<std::string> from;
  std::optional<std::string> to;
  int hours = 12;
  std::string format = "table";
};

} // namespace

Action setup_periods(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<PeriodsFlags>();
  add_format_option(sub, flags->format);
  sub.footer("Periods are [[sensitive_periods]] tables of dongmao.toml (name, from, to).");
  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto& rules = ws.settings().petition;
    const auto counts = store::count_in_periods(ws.db(), rules.sensitive_periods, rules.group_threshold);
    out::Table table{{{"时段", "name"},
                      {"开始", "from"},
                      {"结束", "to"},
                      {"登记件数", "received", true},
                      {"集体访", "group", true},
                      {"人次", "people", true}},
                     {}};
    for (const auto& count : counts) {
      table.rows.push_back({count.period.name, count.period.from.iso(), count.period.to.iso(),
                            std::to_string(count.received), std::to_string(count.group), std::to_string(count.people)});
    }
    const auto format = chosen_format(flags->format, context);
    if (counts.empty() && format == Format::table) {
      if (!context.options.quiet) {
        context.out() << "dongmao.toml 未设置敏感时段（[[sensitive_periods]]）\n";
      }
      return 0;
    }
    write_table(context.out(), table, format);
    return 0;
  };
}

Action setup_incidents(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<IncidentsFlags>();
  sub.add_option("--from", flags->from, "Received on or after YYYY-MM-DD");
  sub.add_option("--to", flags->to, "Received on or before YYYY-MM-DD");
  sub.add_option("--hours", flags->hours, "The target: handled within this many hours")
    ->check(CLI::Range(1, 10000))
    ->capture_default_str();
  add_format_option(sub, flags->format);
  sub.footer("Cases of petition.urgent_categories in dongmao.toml, with the hours from --reported-at to --handled-at.");
  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto& rules = ws.settings().petition;
    store::PetitionFilter filter;
    filter.categories = rules.urgent_categories;
    if (flags->from) {
      filter.received_from = parse_date_flag("--from", *flags->from);
    }
    if (flags->to) {
      filter.received_to = parse_date_flag("--to", *flags->to);
    }
    const auto records = filter.categories.empty() ? std::vector<store::PetitionRecord>{}
                                                   : store::list_petitions(ws.db(), filter);
    const std::int64_t limit = std::int64_t{flags->hours} * 60;
    int handled = 0;
    int within = 0;
    std::int64_t longest = 0;
    std::int64_t total = 0;
    out::Table table{{{"编号", "case_no"},
                      {"类别", "category"},
                      {"社区", "community"},
                      {"报告时间", "reported_at"},
                      {"处置时间", "handled_at"},
                      {"用时(小时)", "hours", true},
                      {"结果", "result"}},
                     {}};
    for (const auto& record : records) {
      std::string hours;
      std::string result = "未处置";
      if (record.reported_at && record.handled_at) {
        const auto minutes = petition::minutes_between(*record.reported_at, *record.handled_at);
        ++handled;
        within += minutes <= limit ? 1 : 0;
        longest = std::max(longest, minutes);
        total += minutes;
        hours = petition::format_hours(minutes);
        result = minutes <= limit ? fmt::format("{} 小时内", flags->hours) : "超时";
      } else if (!record.reported_at) {
        result = "无报告时间";
      }
      table.rows.push_back({record.case_no, record.category, record.community.value_or(""),
                            record.reported_at ? record.reported_at->display() : "",
                            record.handled_at ? record.handled_at->display() : "", hours, result});
    }
    const auto format = chosen_format(flags->format, context);
    if (format == Format::json) {
      nlohmann::json json = {{"hours_limit", flags->hours},
                             {"cases", out::to_json(table)},
                             {"count", records.size()},
                             {"handled", handled},
                             {"within_limit", within},
                             {"longest_hours", nlohmann::json()},
                             {"average_hours", nlohmann::json()}};
      if (handled > 0) {
        json["longest_hours"] = petition::rounded_hours(longest);
        json["average_hours"] = petition::rounded_hours(total / handled);
      }
      context.out() << json.dump(2) << '\n';
      return 0;
    }
    write_table(context.out(), table, format);
    if (format == Format::table && !context.options.quiet) {
      std::string summary = fmt::format("紧急件 {} 件，已处置 {} 件，{} 小时内处置 {} 件", records.size(), handled,
                                        flags->hours, within);
      if (handled > 0) {
        summary += fmt::format("，最长 {} 小时，平均 {} 小时", petition::format_hours(longest),
                               petition::format_hours(total / handled));
      }
      context.out() << summary << '\n';
    }
    return 0;
  };
}

} // namespace dongmao::cli::petition_cli
