#include "commands.hpp"

#include <dongmao/error.hpp>
#include <dongmao/report/build.hpp>
#include <dongmao/report/output.hpp>
#include <dongmao/domain/period.hpp>
#include <dongmao/report/rollup.hpp>

#include <fmt/format.h>

#include <ostream>

namespace dongmao::cli {

namespace {

struct ReportFlags
{
  std::string month = "this";
  std::string from;
  std::string to;
  std::string format = "md";
  std::optional<std::string> output;
  std::string lang = "zh";
  std::optional<std::string> section;
  std::vector<std::string> rollup;
  std::string rollup_name = "汇总";
};

void add_output_options(CLI::App& sub, ReportFlags& flags)
{
  sub.add_option("--format", flags.format, "md, html, xlsx, json or csv")
    ->check(CLI::IsMember({"md", "html", "xlsx", "json", "csv"}))
    ->capture_default_str();
  sub.add_option("-o,--output", flags.output,
                 "Write to FILE, or into DIR under a default name (东茅岭街道-2026-11-月报.xlsx); atomic");
  sub.add_option("--lang", flags.lang, "Labels: zh or en")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
  sub.add_option("--section", flags.section, "csv: one section (overview, projects, petitions, overdue, metrics, narrative)");
  sub.add_option("--rollup", flags.rollup,
                 "District level: sum these workspaces (or every workspace inside a directory), each read-only");
  sub.add_option("--rollup-name", flags.rollup_name, "Name of the rollup in titles and file names")->capture_default_str();
}

int produce(Context& context, const ReportFlags& flags, bool monthly)
{
  report::Report built;
  if (flags.rollup.empty()) {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto clock = context.clock(ws.settings().timezone);
    const auto period = monthly ? domain::month_period(flags.month, clock.today())
                                : domain::range_period(flags.from, flags.to);
    built = report::build_report(ws, period, clock.today());
  } else {
    std::vector<report::Report> parts;
    for (const auto& dir : report::rollup_workspaces(flags.rollup)) {
      workspace::Workspace ws(dir, workspace::Workspace::Access::read_only);
      const auto clock = context.clock(ws.settings().timezone);
      const auto period = monthly ? domain::month_period(flags.month, clock.today())
                                  : domain::range_period(flags.from, flags.to);
      parts.push_back(report::build_report(ws, period, clock.today()));
    }
    built = report::merge_reports(std::move(parts), flags.rollup_name);
  }
  report::OutputRequest request;
  request.format = context.options.json ? report::Format::json : *report::parse_format(flags.format);
  request.lang = flags.lang == "en" ? report::Lang::en : report::Lang::zh;
  request.section = flags.section;
  if (flags.output) {
    request.path = *flags.output;
  }
  const auto written = report::write_report(built, request, context.out());
  if (!context.options.quiet && !written.empty()) {
    for (const auto& path : written) {
      context.err() << "wrote " << path.string() << '\n';
    }
  }
  return 0;
}

} // namespace

Action setup_report(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<ReportFlags>();
  sub.require_subcommand(1);
  auto* monthly = sub.add_subcommand("monthly", "The 月报 of one month");
  monthly->add_option("--month", flags->month, "this, last or YYYY-MM (relative to today in the workspace's zone)")
    ->capture_default_str();
  add_output_options(*monthly, *flags);
  auto* range = sub.add_subcommand("range", "A report over any dates, e.g. a year");
  range->add_option("--from", flags->from, "First day, YYYY-MM-DD")->required();
  range->add_option("--to", flags->to, "Last day, YYYY-MM-DD")->required();
  add_output_options(*range, *flags);
  return [flags, monthly, &context] { return produce(context, *flags, monthly->parsed()); };
}

} // namespace dongmao::cli
