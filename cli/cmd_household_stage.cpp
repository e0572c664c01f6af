#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/project/consent.hpp>
#include <dongmao/store/enrollment.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct StageFlags
{
  std::string household;
  std::string stage;
  std::string project;
  std::optional<std::string> date;
  std::optional<std::string> note;
  bool force = false;
};

struct ConsentFlags
{
  std::string household;
  std::string consent;
  std::string project;
  std::optional<std::string> note;
};

const char* step_name(project::Step step)
{
  switch (step) {
  case project::Step::same:
    return "same";
  case project::Step::next:
    return "next";
  case project::Step::skip:
    return "skip";
  case project::Step::backward:
    return "backward";
  case project::Step::withdraw:
    return "withdraw";
  case project::Step::rejoin:
    return "rejoin";
  }
  return "next";
}

// Moves household `flags.household` of `ws` to a stage of a project, as `actor`.
int change_stage(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, const StageFlags& flags)
{
  store::StageChange change;
  change.household = flags.household;
  change.project = flags.project;
  change.stage = parse_stage(ws, "STAGE", flags.stage);
  change.date = date_or_today("--date", flags.date, actor.today);
  change.note = flags.note;
  change.force = flags.force;
  const auto result = store::change_stage(ws.db(), change, actor);
  if (term.json) {
    print_json(term, Json::object({{"household", result.household},
                                   {"project", result.project},
                                   {"from", project::stage_code(result.from)},
                                   {"to", project::stage_code(result.to)},
                                   {"previous_date", result.previous_date},
                                   {"date", result.date.iso()},
                                   {"step", step_name(result.step)},
                                   {"note", change.note}}));
  } else if (!term.quiet) {
    term.out << text::format(text::k_stage_changed, result.household, result.project, project::stage_label(result.from),
                             project::stage_label(result.to), result.date.iso())
             << '\n';
  }
  return 0;
}

// Records the consent of household `flags.household` of `ws` in a renovation project.
int change_consent(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, const ConsentFlags& flags)
{
  store::ConsentChange change;
  change.household = flags.household;
  change.project = flags.project;
  change.consent = project::consent_from_code(read_flag_value(ws, "enrollments", "consent", "CONSENT", flags.consent));
  change.note = flags.note;
  const auto result = store::change_consent(ws.db(), change, actor);
  if (term.json) {
    print_json(term, Json::object({{"household", result.household},
                                   {"project", result.project},
                                   {"from", project::consent_code(result.from)},
                                   {"to", project::consent_code(result.to)},
                                   {"changed", result.changed}}));
  } else if (!term.quiet) {
    term.out << text::format(text::k_consent_recorded, result.household, result.project,
                             project::consent_label(result.to),
                             result.changed ? std::string() : text::format(text::k_unchanged))
             << '\n';
  }
  return 0;
}

} // namespace

Action setup_household_stage(App& sub, Session& session)
{
  auto flags = std::make_shared<StageFlags>();
  add_option(sub, "CODE", flags->household, {"户编号", "Household code (户编号)"}).required();
  add_option(sub, "STAGE", flags->stage,
             {"surveyed、assessed、negotiating、signed、vacated、demolished、withdrawn，或台账标签（入户调查、谈判中、"
              "已签约、已腾房、已交房、已拆除、已退出、…）；整治项目：remediating、remediated（整改中、已整治）",
              "surveyed, assessed, negotiating, signed, vacated, demolished, withdrawn, or a ledger label "
              "(入户调查, 谈判中, 已签约, 已腾房, 已交房, 已拆除, 已退出, …); remediation projects: remediating, "
              "remediated (整改中, 已整治)"})
    .required();
  add_option(sub, "--project", flags->project, {"项目（编号或名称）", "The project (code or name)"}).required();
  add_option(sub, "--date", flags->date,
             {"生效日期 YYYY-MM-DD（默认：今天）；不晚于今天，不早于之前阶段的日期",
              "Effective date YYYY-MM-DD (default: today); not after today, not before "
              "an earlier stage's date"});
  add_option(sub, "--note", flags->note, {"原因；随阶段记录保存", "Why; kept with the stage event"});
  add_flag(sub, "--force", flags->force,
           {"允许更正：回退、跳过阶段、改当前阶段的日期、签约后退出（需 --note）",
            "Allow a correction: moving back, skipping stages, re-dating the current "
            "stage, withdrawing after signing (needs --note)"});
  set_footer(
    sub,
    {"阶段每次前进一步（不加 --force 不能跳过评估）；签约前退出总是允许的。每次变更都记一条阶段记录和一条审计记录。",
     "A stage moves one step forward at a time (assessed may not be skipped without --force); "
     "withdrawing before signing is always allowed. Every change is a stage event and an audit "
     "entry."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return change_stage(session.terminal(), ws, session.actor(ws), *flags);
  };
}

Action setup_household_consent(App& sub, Session& session)
{
  auto flags = std::make_shared<ConsentFlags>();
  add_option(sub, "CODE", flags->household, {"户编号", "Household code (户编号)"}).required();
  add_option(sub, "CONSENT", flags->consent,
             {"agree、disagree、pending，或 同意、不同意、未表态（台账标签）",
              "agree, disagree, pending, or 同意, 不同意, 未表态 (ledger labels)"})
    .required();
  add_option(sub, "--project", flags->project, {"改造项目（编号或名称）", "The renovation project (code or name)"})
    .required();
  add_option(sub, "--note", flags->note, {"随审计记录保存", "Kept with the audit entry"});
  set_footer(sub, {"每户纳入项目的住户算一名业主，面积为其建筑面积；“project progress”按 dongmao.toml "
                   "中的法定人数和重建门槛（民法典第278条）判断意见。",
                   "Each enrolled household counts as one owner with its floor area; 'project progress' "
                   "judges the answers against the quorum and rebuilding thresholds of dongmao.toml (民法典 "
                   "Art. 278)."});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return change_consent(session.terminal(), ws, session.actor(ws), *flags);
  };
}

} // namespace dongmao::cli
