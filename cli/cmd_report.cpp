#include "commands.hpp"

#include <dongmao/domain/period.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/report/build.hpp>
#include <dongmao/report/draft.hpp>
#include <dongmao/report/output.hpp>
#include <dongmao/report/rank.hpp>
#include <dongmao/report/rollup.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/text/draft.hpp>

#include <memory>
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
  std::optional<std::string> section;
  std::vector<std::string> rollup;
  std::string rollup_name = "汇总";
  std::optional<std::string> template_file;
  std::vector<std::string> peers;
};

void add_output_options(App& sub, ReportFlags& flags)
{
  add_option(sub, "--format", flags.format, {"md、html、xlsx、json 或 csv", "md, html, xlsx, json or csv"})
    .choices({"md", "html", "xlsx", "json", "csv"})
    .show_default();
  add_option(sub, "-o,--output", flags.output,
             {"写入 FILE（新文件或普通文件；- 为标准输出），或以默认文件名写入目录 "
              "DIR（东茅岭街道-2026-11-月报.xlsx）；原子写入，权限 0600，除非设置了 [report] file_mode",
              "Write to FILE (a new or regular file; - is standard output), or into DIR under a default name "
              "(东茅岭街道-2026-11-月报.xlsx); atomic, mode 0600 unless [report] file_mode"});
  add_option(sub, "--section", flags.section,
             {"csv：只输出一节（overview、projects、petitions、overdue、metrics、narrative）",
              "csv: one section (overview, projects, petitions, overdue, metrics, narrative)"});
  add_option(sub, "--rollup", flags.rollup,
             {"区级汇总：把这些工作区（或目录下的每个工作区）相加，均只读打开",
              "District level: sum these workspaces (or every workspace inside a directory), each read-only"});
  add_option(sub, "--rollup-name", flags.rollup_name,
             {"汇总的名称，用于标题和文件名", "Name of the rollup in titles and file names"})
    .show_default();
  add_option(sub, "--template", flags.template_file,
             {"用此模板文件起草报告正文（默认：dongmao.toml 中 [report] template）",
              "Draft the report's text from this template file (default: [report] template in dongmao.toml)"});
  add_option(
    sub, "--peers", flags.peers,
    {"在这些工作区（或目录下的各工作区）中为本街道的指标排名，均只读打开（默认：dongmao.toml 中 [report] peers）",
     "Rank the sub-district's indicators among these workspaces (or those inside a directory), each "
     "read-only (default: [report] peers in dongmao.toml)"});
}

// Ranks the indicators of `built`, the report of `ws`, among the peers the flags name, else those of its settings.
void rank(report::Report& built, const workspace::Workspace& ws, const ReportFlags& flags)
{
  auto paths = ws.settings().report_peers;
  if (!flags.peers.empty()) {
    paths.assign(flags.peers.begin(), flags.peers.end());
  }
  if (!paths.empty()) {
    report::rank_among_peers(built, ws, paths);
  }
}

// Drafts the report's text from the template the flags name, else `configured` (none: the built-in narrative).
void draft(report::Report& built, const ReportFlags& flags, const std::filesystem::path& configured)
{
  const auto file = flags.template_file ? std::filesystem::path(*flags.template_file) : configured;
  if (!file.empty()) {
    report::draft_from_template(built, file);
  }
}

// The report of `ws` as of `today`, over the month or the dates `flags` name.
report::Report build(workspace::Workspace& ws, domain::Date today, const ReportFlags& flags, bool monthly)
{
  const auto period = monthly ? domain::month_period(flags.month, today) : domain::range_period(flags.from, flags.to);
  return report::build_report(ws, period, today);
}

// The files of `ws` a report written into it must not replace.
std::vector<std::filesystem::path> inputs_of(const workspace::Workspace& ws)
{
  return {ws.dir() / workspace::k_database_file, ws.dir() / workspace::k_settings_file};
}

// Writes `built` in the format `flags` ask for, to a file (with permissions `file_mode`) or the terminal.
int write(const Terminal& term, const report::Report& built, const ReportFlags& flags, unsigned file_mode,
          const std::vector<std::filesystem::path>& inputs)
{
  report::OutputRequest request;
  request.file_mode = file_mode;
  request.inputs = inputs;
  request.format = term.json ? report::Format::json : *report::parse_format(flags.format);
  request.lang = text::lang(); // the global --lang, or $DONGMAO_LANG
  request.section = flags.section;
  if (flags.output) {
    request.path = *flags.output;
  }
  const auto written = report::write_report(built, request, term.out);
  if (!term.quiet) {
    for (const auto& path : written) {
      term.err << text::format(text::k_wrote, path.string()) << '\n';
    }
  }
  return 0;
}

// The action of `report monthly` or `report range`: one workspace, or each of a rollup.
Action report_action(const std::shared_ptr<ReportFlags>& flags, Session& session, bool monthly)
{
  return [flags, &session, monthly] {
    if (flags->rollup.empty()) {
      auto ws = session.open_workspace(workspace::Workspace::Access::read);
      ws.map_for_reading();
      auto built = build(ws, session.today(ws), *flags, monthly);
      rank(built, ws, *flags);
      draft(built, *flags, ws.settings().report_template);
      return write(session.terminal(), built, *flags, ws.settings().report_file_mode, inputs_of(ws));
    }
    if (!flags->peers.empty()) {
      throw UsageError(text::format(text::k_peers_with_rollup));
    }
    std::vector<report::Report> parts;
    std::vector<std::filesystem::path> inputs;
    for (const auto& dir : report::rollup_workspaces(flags->rollup)) {
      workspace::Workspace ws(dir, workspace::Workspace::Access::read_only);
      parts.push_back(build(ws, session.today(ws), *flags, monthly));
      const auto files = inputs_of(ws);
      inputs.insert(inputs.end(), files.begin(), files.end());
    }
    // A rollup belongs to no one workspace's settings: its files stay private.
    auto merged = report::merge_reports(std::move(parts), flags->rollup_name);
    draft(merged, *flags, {});
    return write(session.terminal(), merged, *flags, out::k_private_mode, inputs);
  };
}

Action setup_monthly(App& sub, Session& session)
{
  auto flags = std::make_shared<ReportFlags>();
  add_option(sub, "--month", flags->month,
             {"this、last 或 YYYY-MM（按工作区所在时区的今天）",
              "this, last or YYYY-MM (relative to today in the workspace's zone)"})
    .show_default();
  add_output_options(sub, *flags);
  return report_action(flags, session, true);
}

Action setup_range(App& sub, Session& session)
{
  auto flags = std::make_shared<ReportFlags>();
  add_option(sub, "--from", flags->from, {"第一天，YYYY-MM-DD", "First day, YYYY-MM-DD"}).required();
  add_option(sub, "--to", flags->to, {"最后一天，YYYY-MM-DD", "Last day, YYYY-MM-DD"}).required();
  add_output_options(sub, *flags);
  return report_action(flags, session, false);
}

} // namespace

Action setup_report(App& sub, Session& session)
{
  static const std::vector<Command> k_commands = {
    {"monthly", {"一个月的月报", "The 月报 of one month"}, setup_monthly},
    {"range", {"任意时段的报表，如一年", "A report over any dates, e.g. a year"}, setup_range},
  };
  return add_commands(sub, k_commands, session);
}

} // namespace dongmao::cli
