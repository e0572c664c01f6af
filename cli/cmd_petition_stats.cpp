// `petition periods` and `petition incidents`: the figures the work report states.
#include "common.hpp"
#include "json.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/petition/incident.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/store/petition.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct PeriodsFlags
{
  OutputFlags output;
};

struct IncidentsFlags
{
  std::optional<std::string> from;
  std::optional<std::string> to;
  int hours = 12;
  OutputFlags output;
};

// How many cases of `ws` were received in each sensitive period of its settings.
int count_periods(const Terminal& term, workspace::Workspace& ws, const PeriodsFlags& flags)
{
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
  const auto format = output_format(term, flags.output);
  if (counts.empty() && format == Format::table && !flags.output.output) {
    if (!term.quiet) {
      term.out << text::format(text::k_no_periods) << '\n';
    }
    return 0;
  }
  print_listing(term, flags.output, table);
  return 0;
}

// The urgent cases of `ws` received in the dates `flags` give, with the hours from report
// to handling against the target.
int list_incidents(const Terminal& term, workspace::Workspace& ws, const IncidentsFlags& flags)
{
  const auto& rules = ws.settings().petition;
  store::PetitionFilter filter;
  filter.categories = rules.urgent_categories;
  filter.received_from = optional_date_flag("--from", flags.from);
  filter.received_to = optional_date_flag("--to", flags.to);
  const auto records =
    filter.categories.empty() ? std::vector<store::PetitionRecord>{} : store::list_petitions(ws.db(), filter);
  const std::int64_t limit = std::int64_t{flags.hours} * 60;
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
      result = minutes <= limit ? fmt::format("{} 小时内", flags.hours) : "超时";
    } else if (!record.reported_at) {
      result = "无报告时间";
    }
    table.rows.push_back({record.case_no, record.category, record.community.value_or(""),
                          record.reported_at ? record.reported_at->display() : "",
                          record.handled_at ? record.handled_at->display() : "", hours, result});
  }
  Listing listing(term, flags.output, table.columns);
  // A list like every other: the counts are those of its items.
  for (const auto& row : table.rows) {
    listing.add(row, row.back() == "超时" ? Tone::alert : Tone::plain);
  }
  listing.finish();
  const auto format = listing.format();
  if (format == Format::table && !term.quiet) {
    std::string summary = text::format(text::k_incidents_summary, records.size(), handled, flags.hours, within);
    if (handled > 0) {
      summary +=
        text::format(text::k_incidents_hours, petition::format_hours(longest), petition::format_hours(total / handled));
    }
    term.out << domain::visible_text(summary) << '\n';
  }
  return 0;
}

} // namespace

Action setup_petition_periods(App& sub, Session& session)
{
  auto flags = std::make_shared<PeriodsFlags>();
  add_output_options(sub, flags->output);
  set_footer(sub, {"敏感时期为 dongmao.toml 中的 [[sensitive_periods]] 表（name、from、to）。",
                   "Periods are [[sensitive_periods]] tables of dongmao.toml (name, from, to)."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return count_periods(session.terminal(), ws, *flags);
  };
}

Action setup_petition_incidents(App& sub, Session& session)
{
  auto flags = std::make_shared<IncidentsFlags>();
  add_option(sub, "--from", flags->from, {"收到日期在 YYYY-MM-DD 及以后", "Received on or after YYYY-MM-DD"});
  add_option(sub, "--to", flags->to, {"收到日期在 YYYY-MM-DD 及以前", "Received on or before YYYY-MM-DD"});
  add_option(sub, "--hours", flags->hours, {"目标：在这么多小时内处置", "The target: handled within this many hours"})
    .range(1, 10000)
    .show_default();
  add_output_options(sub, flags->output);
  set_footer(
    sub, {"dongmao.toml 中 petition.urgent_categories 的信访件，及从 --reported-at 到 --handled-at 的小时数。",
          "Cases of petition.urgent_categories in dongmao.toml, with the hours from --reported-at to --handled-at."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return list_incidents(session.terminal(), ws, *flags);
  };
}

} // namespace dongmao::cli
