#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/project/progress.hpp>
#include <dongmao/store/project_progress.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct ProgressFlags
{
  std::optional<std::string> project;
  std::optional<std::string> month;
  std::optional<std::string> from;
  std::optional<std::string> to;
  int pace_days = 7;
  OutputFlags output;
};

Json consent_json(const project::ConsentResult& c)
{
  const auto& t = c.tally;
  return Json::object({{"households", t.households},
                       {"agree", t.agree},
                       {"disagree", t.disagree},
                       {"pending", t.pending},
                       {"area_total", t.area_total},
                       {"area_agree", t.area_agree},
                       {"area_disagree", t.area_disagree},
                       {"area_unknown", t.area_unknown},
                       {"participation_by_count", c.participation_by_count},
                       {"participation_by_area", c.participation_by_area},
                       {"agreement_by_count", c.agreement_by_count},
                       {"agreement_by_area", c.agreement_by_area},
                       {"quorum_ratio", c.quorum_ratio},
                       {"rebuild_ratio", c.rebuild_ratio},
                       {"quorum_met", c.quorum_met},
                       {"agreement_met", c.agreement_met},
                       {"may_proceed", c.may_proceed},
                       {"reason", c.reason}});
}

Json progress_json(const store::ProjectProgress& p)
{
  auto by_stage = Json::object();
  for (const auto stage : project::stages_of_kind(p.kind)) {
    by_stage.set(project::stage_code(stage), p.by_stage[static_cast<std::size_t>(stage)]);
  }
  return Json::object({{"code", p.code},
                       {"name", p.name},
                       {"kind", p.kind},
                       {"status", p.status},
                       {"target_households", p.target_households},
                       {"enrolled", p.enrolled},
                       {"withdrawn", p.withdrawn},
                       {"by_stage", by_stage},
                       {"signed_total", p.signed_total},
                       {"signed_percent", p.signed_percent},
                       {"signed_in_period", p.signed_in_period},
                       {"due_date", p.due_date},
                       {"days_left", p.days_left},
                       {"overdue", p.overdue},
                       {"cleared", p.cleared},
                       {"cleared_on", p.cleared_on},
                       {"pace", Json::object({{"days", p.pace.days},
                                              {"signed", p.pace.signed_in_window},
                                              {"per_day", p.pace.per_day},
                                              {"needed_per_day", p.pace.needed_per_day}})},
                       {"consent", p.consent ? consent_json(*p.consent) : Json()}});
}

std::string due_text(const store::ProjectProgress& p)
{
  if (!p.due_date) {
    return "";
  }
  if (!p.days_left) {
    return *p.due_date;
  }
  if (p.cleared || p.status == "completed") {
    return *p.due_date;
  }
  if (*p.days_left < 0) {
    return fmt::format("{} (逾期 {} 天)", *p.due_date, -*p.days_left);
  }
  return fmt::format("{} (还有 {} 天)", *p.due_date, *p.days_left);
}

std::string cleared_text(const store::ProjectProgress& p)
{
  if (!p.cleared) {
    return "否";
  }
  return p.cleared_on ? fmt::format("是 ({})", *p.cleared_on) : "是 (日期不详)";
}

void print_one(std::ostream& out, const store::ProjectProgress& p)
{
  const auto line = [&](const char* label, const std::string& value) { print_field(out, label, value, 12); };
  out << domain::visible_text(p.code + "  " + p.name) << "  " << project::kind_label(p.kind) << " · "
      << project::status_label(p.status) << '\n';
  line("纳入户数", fmt::format("{} (已退出 {}{})", p.enrolled, p.withdrawn,
                               p.target_households ? fmt::format("; 任务户数 {}", *p.target_households) : ""));
  std::string stages;
  for (const auto stage : project::stages_of_kind(p.kind)) {
    stages += fmt::format("{}{} {}", stages.empty() ? "" : " · ", project::stage_label(stage),
                          p.by_stage[static_cast<std::size_t>(stage)]);
  }
  line("分阶段", stages);
  if (p.kind == "remediation") {
    // Storefronts and buildings are remediated (已整治), not signed: no signings, no pace.
    line("已整治", fmt::format("{} / {} ({})", p.remediated_total, p.enrolled,
                               p.enrolled ? format_share(static_cast<double>(p.remediated_total) /
                                                         static_cast<double>(p.enrolled))
                                          : std::string("—")));
    line("本期整治", fmt::format("{} ({} 至 {})", p.remediated_in_period, p.period.from.iso(), p.period.to.iso()));
    line("完成时限", p.due_date ? due_text(p) : "未定");
    if (p.last_remediated_on) {
      line("全部整治", p.cleared ? fmt::format("是 ({}{})", *p.last_remediated_on,
                                               p.remediation_days ? fmt::format("，用时 {} 天", *p.remediation_days)
                                                                  : std::string())
                                 : "否");
    }
    return;
  }
  const auto share = project::signing_share(p.kind, p.enrolled, p.signed_total);
  line("已签约", fmt::format("{} / {} ({})", p.signed_total, p.enrolled, share ? format_share(*share) : "—"));
  line("本期签约", fmt::format("{} ({} 至 {})", p.signed_in_period, p.period.from.iso(), p.period.to.iso()));
  line("完成时限", p.due_date ? due_text(p) : "未定");
  std::string needed;
  if (p.cleared) {
    needed = "已清零";
  } else if (p.pace.needed_per_day) {
    needed = fmt::format("按期完成需日均 {}", format_number(*p.pace.needed_per_day));
  } else {
    needed = p.due_date ? "已逾期" : "无完成时限";
  }
  line("签约进度", fmt::format("近 {} 天签约 {} 户, 日均 {}; {}", p.pace.days, p.pace.signed_in_window,
                               format_number(p.pace.per_day), needed));
  line("清零", cleared_text(p));
  if (p.consent) {
    const auto& c = *p.consent;
    const auto& t = c.tally;
    line("意见征求", fmt::format("同意 {} · 不同意 {} · 未表态 {} (共 {} 户, {} ㎡)", t.agree, t.disagree, t.pending,
                                 t.households, format_number(t.area_total)));
    line("参与表决", fmt::format("户数 {} · 面积 {} (需 ≥ {})", format_share(c.participation_by_count),
                                 format_share(c.participation_by_area), format_share(c.quorum_ratio)));
    line("同意改造", fmt::format("户数 {} · 面积 {} (需 ≥ {}, 占参与表决)", format_share(c.agreement_by_count),
                                 format_share(c.agreement_by_area), format_share(c.rebuild_ratio)));
    line("可否实施", fmt::format("{}: {}", c.may_proceed ? "可以实施" : "暂不能实施", c.reason));
  }
}

out::Table urgency_table(const std::vector<store::ProjectProgress>& all)
{
  out::Table table{{{"项目编号", "code"},
                    {"项目名称", "name"},
                    {"类型", "kind"},
                    {"纳入户数", "enrolled", true},
                    {"已签约", "signed_total", true},
                    {"签约率", "signed_percent", true},
                    {"本期签约", "signed_in_period", true},
                    {"完成时限", "due_date"},
                    {"剩余天数", "days_left", true},
                    {"日均签约", "pace_per_day", true},
                    {"需日均", "needed_per_day", true},
                    {"清零日期", "cleared_on"},
                    {"意见征求", "consent"}},
                   {}};
  for (const auto& p : all) {
    const auto share = project::signing_share(p.kind, p.enrolled, p.signed_total);
    std::string consent;
    if (p.consent && p.enrolled > 0) { // no households: nothing to consent yet
      consent = p.consent->may_proceed ? "可以实施" : "未达标";
    }
    table.rows.push_back({p.code, p.name, project::kind_label(p.kind), std::to_string(p.enrolled),
                          std::to_string(p.signed_total), share ? format_share(*share) : "—",
                          std::to_string(p.signed_in_period), p.due_date.value_or(""),
                          // A cleared project has no days left to count, and is not overdue.
                          p.days_left && !p.cleared ? std::to_string(*p.days_left) : "", format_number(p.pace.per_day),
                          p.pace.needed_per_day ? format_number(*p.pace.needed_per_day) : "",
                          p.cleared ? p.cleared_on.value_or("是") : "", consent});
  }
  return table;
}

// The progress of one project of `ws`, or of all, most urgent first, as of `today`.
int show_progress(const Terminal& term, workspace::Workspace& ws, domain::Date today, const ProgressFlags& flags)
{
  store::ProgressOptions options;
  options.period = period_flags(flags.month, flags.from, flags.to, today);
  options.today = today;
  options.pace_days = flags.pace_days;
  options.quorum_ratio = ws.settings().renovation.quorum_ratio;
  options.rebuild_ratio = ws.settings().renovation.rebuild_ratio;
  std::vector<store::ProjectProgress> all;
  if (flags.project) {
    all.push_back(store::project_progress(ws.db(), *flags.project, options));
  } else {
    all = store::all_project_progress(ws.db(), options);
  }
  const auto format = output_format(term, flags.output);
  if (flags.project && format == Format::table && !flags.output.output) {
    print_one(term.out, all.front());
    return 0;
  }
  auto table = urgency_table(all);
  Listing listing(term, flags.output, table.columns);
  // A list like every other: the period and pace window are those the command was given.
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& p = all[i];
    const bool overdue = !p.cleared && p.days_left && *p.days_left < 0;
    if (listing.is_json()) {
      listing.add(progress_json(p));
    } else {
      listing.add(table.rows[i], overdue ? Tone::alert : Tone::plain);
    }
  }
  listing.finish();
  return 0;
}

} // namespace

Action setup_project_progress(App& sub, Session& session)
{
  auto flags = std::make_shared<ProgressFlags>();
  add_option(sub, "CODE", flags->project,
             {"一个项目（编号或名称）；默认：全部项目，最紧急的在前",
              "One project (code or name); default: every project, most urgent first"});
  add_option(sub, "--month", flags->month,
             {"统计此月的签约：YYYY-MM、this 或 last（默认：this）",
              "Count signings in this month: YYYY-MM, this or last (default: this)"});
  add_option(
    sub, "--from", flags->from,
    {"统计从此日期 YYYY-MM-DD 起的签约（与 --to 同用）", "Count signings from this date YYYY-MM-DD (with --to)"});
  add_option(sub, "--to", flags->to, {"… 到此日期为止，含当天", "… up to this date, inclusive"});
  add_option(sub, "--pace-days", flags->pace_days,
             {"计算进度速度的天数，含今天", "Days of the pace window, today included"})
    .range(1, 366)
    .show_default();
  add_output_options(sub, flags->output);
  set_footer(
    sub, {"纳入：未退出的住户。已签约：处于签约及以后阶段（腾房、拆除）。本期签约：现行签约（最近一次，未被回退撤销）日"
          "期在本期内的住户。清零：纳入的住户全部签约；清零日期为完成清零的那次签约的日期。\n进度速度：最近 N "
          "天内的签约数 / N。所需速度：未签约户数 / "
          "从今天到完成时限的天数（含两端；逾期后不计）。\n紧急程度排序：未完成的在前（未清零、未完成），其次剩余天数少"
          "的在前（逾期的最前，无时限的最后），再次签约率低的在前。\n改造项目另有意见：全体业主和全部面积的参与率（同意"
          " + 不同意）对照法定人数比例，参与业主和参与面积的同意率对照重建比例（民法典第278条；dongmao.toml 的 "
          "[renovation]）。面积不明时无法判定。",
          "enrolled: households not withdrawn. signed: at signed or beyond (vacated, demolished). signed in period: "
          "households whose signing in force (the last, not undone by a move back) is dated in the period. 清零 "
          "(cleared): every enrolled household has signed; its date is that of the signing that completed it.\n"
          "pace: signings dated in the last N days / N. needed: unsigned households / days from today to the due "
          "date, both included (none once overdue).\n"
          "Urgency order: unfinished first (not cleared, not completed), then fewest days left (overdue first, no "
          "due date last), then lowest share signed.\n"
          "Renovation projects add consent: participation (agree + disagree) of all owners and of all floor area "
          "against the quorum ratio, agreement of participating owners and area against the rebuilding ratio "
          "(民法典 Art. 278; [renovation] in dongmao.toml). Unknown floor areas block the verdict."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return show_progress(session.terminal(), ws, session.today(ws), *flags);
  };
}

} // namespace dongmao::cli
