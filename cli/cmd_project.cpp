#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/project/progress.hpp>
#include <dongmao/store/milestone.hpp>
#include <dongmao/store/project.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct ListFlags
{
  std::optional<std::string> kind;
  std::optional<std::string> status;
  std::optional<std::string> community;
  bool overdue = false;
  OutputFlags output;
};

const std::vector<out::Column>& list_columns()
{
  static const std::vector<out::Column> k_columns = {
    {"项目编号", "code", false},     {"项目名称", "name", false},
    {"项目类型", "kind", false},     {"状态", "status", false},
    {"社区", "community", false},    {"开始日期", "start_date", false},
    {"完成时限", "due_date", false}, {"任务户数", "target_households", true},
    {"纳入户数", "enrolled", true},  {"已签约", "signed_total", true},
    {"逾期", "overdue", false},
  };
  return k_columns;
}

Json project_json(const store::ProjectRow& p)
{
  return Json::object({{"code", p.code},
                       {"name", p.name},
                       {"kind", p.kind},
                       {"mode", p.mode},
                       {"status", p.status},
                       {"community", p.community},
                       {"start_date", p.start_date},
                       {"due_date", p.due_date},
                       {"target_households", p.target_households},
                       {"investment_cents", p.investment_cents},
                       {"note", p.note},
                       {"enrolled", p.enrolled},
                       {"signed_total", p.signed_total},
                       {"overdue", p.overdue}});
}

// The projects of `ws` that `flags` select, overdue judged on `today`.
int list_projects(const Terminal& term, workspace::Workspace& ws, domain::Date today, const ListFlags& flags)
{
  store::ProjectFilter filter;
  if (flags.kind) {
    filter.kind = read_flag_value(ws, "projects", "kind", "--kind", *flags.kind);
  }
  if (flags.status) {
    filter.status = read_flag_value(ws, "projects", "status", "--status", *flags.status);
  }
  filter.community = flags.community;
  filter.overdue = flags.overdue;
  const auto rows = store::list_projects(ws.db(), filter, today);
  Listing listing(term, flags.output, list_columns());
  for (const auto& p : rows) {
    if (listing.is_json()) {
      listing.add(project_json(p));
      continue;
    }
    listing.add({p.code, p.name, project::kind_label(p.kind), project::status_label(p.status), p.community.value_or(""),
                 p.start_date.value_or(""), p.due_date.value_or(""),
                 p.target_households ? std::to_string(*p.target_households) : "", std::to_string(p.enrolled),
                 std::to_string(p.signed_total), p.overdue ? "逾期" : ""},
                p.overdue ? Tone::alert : Tone::plain);
  }
  listing.finish();
  return 0;
}

// Project `code` of `ws` with its headline counts and milestones, judged on `today`.
int show_project(const Terminal& term, workspace::Workspace& ws, domain::Date today, const std::string& code)
{
  const auto detail = store::project_detail(ws.db(), code, today);
  const auto& p = detail.project;
  if (term.json) {
    auto json = project_json(p);
    json.set("extra", Json::parse_or_null(detail.extra));
    json.set("created_at", detail.created_at);
    json.set("updated_at", detail.updated_at);
    auto milestones = Json::array();
    for (const auto& m : detail.milestones) {
      milestones.push(milestone_json(m, today));
    }
    json.set("milestones", std::move(milestones));
    print_json(term, json);
    return 0;
  }
  auto& out = term.out;
  out << domain::visible_text(p.code + "  " + p.name) << '\n';
  print_field(out, "项目类型", project::kind_label(p.kind) + (p.mode ? " (" + *p.mode + ")" : ""));
  print_field(out, "状态", project::status_label(p.status) + (p.overdue ? " 逾期" : ""));
  print_field(out, "社区", p.community.value_or(""));
  print_field(out, "开始日期", p.start_date.value_or(""));
  print_field(out, "完成时限", p.due_date.value_or(""));
  print_field(out, "任务户数", p.target_households ? std::to_string(*p.target_households) : "");
  print_field(out, "投资", p.investment_cents ? domain::format_amount_wan(*p.investment_cents) + " 万元" : "");
  print_field(out, "纳入户数", std::to_string(p.enrolled));
  print_field(
    out, "已签约",
    fmt::format("{} ({})", p.signed_total, format_share(project::percent(p.signed_total, p.enrolled) / 100.0)));
  print_field(out, "备注", p.note.value_or(""));
  out << "\n里程碑 (" << detail.milestones.size() << ")\n";
  if (!detail.milestones.empty()) {
    out::Table table{{{"序号", "seq", true},
                      {"里程碑", "name", false},
                      {"计划完成", "due_date", false},
                      {"完成日期", "done_date", false},
                      {"状态", "status", false}},
                     {}};
    for (const auto& m : detail.milestones) {
      table.rows.push_back({std::to_string(m.seq), m.name, m.due_date.value_or(""), m.done_date.value_or(""),
                            milestone_status_label(project::milestone_status(m.due_date, m.done_date, today))});
    }
    out::write_aligned(out, table);
  }
  return 0;
}

} // namespace

Action setup_project(App& sub, Session& session)
{
  static const std::vector<Command> k_commands = {
    {"list",
     {"列出项目（可按类型、状态、社区、是否逾期筛选）", "List projects (filter by kind, status, community, overdue)"},
     setup_project_list},
    {"show",
     {"一个项目的详情：基本信息、主要数字、节点", "One project: details, headline counts, milestones"},
     setup_project_show},
    {"add",
     {"新增项目（改造项目自动带标准节点）", "Add a project (renovation projects get the standard milestones)"},
     setup_project_add},
    {"update", {"修改项目的字段", "Change fields of a project"}, setup_project_update},
    {"enroll",
     {"把住户纳入项目：按户编号、从文件读取或按条件",
      "Put households into a project: by code, from a file, or by filter"},
     setup_project_enroll},
    {"progress",
     {"各项目进度：阶段、签约、进度速度、清零、意见", "Progress per project: stages, signed, pace, 清零, consent"},
     setup_project_progress},
    {"milestone",
     {"项目节点及其时限和完成日期：add、done、update、list",
      "Named milestones with due and done dates: add, done, update, list"},
     setup_project_milestone},
  };
  return add_commands(sub, k_commands, session);
}

Action setup_project_list(App& sub, Session& session)
{
  auto flags = std::make_shared<ListFlags>();
  add_option(sub, "--kind", flags->kind,
             {"只列此类型：征拆、棚改、收购、老旧小区改造、建设、整治（或代码）",
              "Only this kind: 征拆, 棚改, 收购, 老旧小区改造, 建设, 整治 (or the codes)"});
  add_option(sub, "--status", flags->status,
             {"只列此状态：计划、进行中、已完成、暂停（或代码）",
              "Only this status: 计划, 进行中, 已完成, 暂停 (or the codes)"});
  add_option(sub, "--community", flags->community,
             {"只列此社区的项目（名称或编码）", "Only projects of this community (name or code)"});
  add_flag(sub, "--overdue", flags->overdue,
           {"只列逾期项目：完成时限早于今天，状态不是已完成，且未清零",
            "Only overdue projects: due date before today, status not completed, not cleared"});
  add_output_options(sub, flags->output);
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return list_projects(session.terminal(), ws, session.today(ws), *flags);
  };
}

Action setup_project_show(App& sub, Session& session)
{
  auto code = std::make_shared<std::string>();
  add_option(sub, "CODE", *code, {"项目编号或名称", "Project code or name"}).required();
  return [code, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return show_project(session.terminal(), ws, session.today(ws), *code);
  };
}

} // namespace dongmao::cli
