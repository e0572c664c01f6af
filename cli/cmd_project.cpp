#include "subcommands.hpp"

#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/import/edit.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/project/progress.hpp>
#include <dongmao/store/milestone.hpp>
#include <dongmao/store/project.hpp>

#include <fmt/format.h>

#include <ostream>

namespace dongmao::cli {

namespace {

struct ListFlags
{
  std::optional<std::string> kind;
  std::optional<std::string> status;
  std::optional<std::string> community;
  bool overdue = false;
  std::string format = "table";
};

const std::vector<out::Column>& list_columns()
{
  static const std::vector<out::Column> k_columns = {
    {"项目编号", "code", false},          {"项目名称", "name", false},   {"项目类型", "kind", false},
    {"状态", "status", false},            {"社区", "community", false},  {"开始日期", "start_date", false},
    {"完成时限", "due_date", false},      {"任务户数", "target_households", true},
    {"纳入户数", "enrolled", true},       {"已签约", "signed_total", true}, {"逾期", "overdue", false},
  };
  return k_columns;
}

nlohmann::json project_json(const store::ProjectRow& p)
{
  return {{"code", p.code},
          {"name", p.name},
          {"kind", p.kind},
          {"mode", json_or_null(p.mode)},
          {"status", p.status},
          {"community", json_or_null(p.community)},
          {"start_date", json_or_null(p.start_date)},
          {"due_date", json_or_null(p.due_date)},
          {"target_households", json_or_null(p.target_households)},
          {"investment_cents", json_or_null(p.investment_cents)},
          {"note", json_or_null(p.note)},
          {"enrolled", p.enrolled},
          {"signed_total", p.signed_total},
          {"overdue", p.overdue}};
}

} // namespace

Action setup_project(CLI::App& sub, Context& context)
{
  sub.require_subcommand(1);
  auto chosen = std::make_shared<Action>();
  add_nested(sub, "list", "List projects (filter by kind, status, community, overdue)", setup_project_list, context,
             chosen);
  add_nested(sub, "show", "One project: details, headline counts, milestones", setup_project_show, context, chosen);
  add_nested(sub, "add", "Add a project (renovation projects get the standard milestones)", setup_project_add, context,
             chosen);
  add_nested(sub, "update", "Change fields of a project", setup_project_update, context, chosen);
  add_nested(sub, "enroll", "Put households into a project: by code, from a file, or by filter", setup_project_enroll,
             context, chosen);
  add_nested(sub, "progress", "Progress per project: stages, signed, pace, 清零, consent", setup_project_progress,
             context, chosen);
  add_nested(sub, "milestone", "Named milestones with due and done dates: add, done, update, list",
             setup_project_milestone, context, chosen);
  return [chosen] { return (*chosen)(); };
}

Action setup_project_list(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<ListFlags>();
  sub.add_option("--kind", flags->kind, "Only this kind: 征拆, 棚改, 收购, 老旧小区改造, 建设, 整治 (or the codes)");
  sub.add_option("--status", flags->status, "Only this status: 计划, 进行中, 已完成, 暂停 (or the codes)");
  sub.add_option("--community", flags->community, "Only projects of this community (name or code)");
  sub.add_flag("--overdue", flags->overdue,
               "Only overdue projects: due date before today, status not completed, not cleared");
  add_format_option(sub, flags->format);
  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto today = context.clock(ws.settings().timezone).today();
    const auto mapping = import::workspace_mapping(ws, "projects");
    store::ProjectFilter filter;
    if (flags->kind) {
      filter.kind = import::read_label(mapping, "kind", *flags->kind, "--kind");
    }
    if (flags->status) {
      filter.status = import::read_label(mapping, "status", *flags->status, "--status");
    }
    filter.community = flags->community;
    filter.overdue = flags->overdue;
    const auto rows = store::list_projects(ws.db(), filter, today);
    const auto format = output_format(context, flags->format);
    if (format == Format::json) {
      auto array = nlohmann::json::array();
      for (const auto& row : rows) {
        array.push_back(project_json(row));
      }
      context.out() << array.dump(2) << '\n';
      return 0;
    }
    out::Table table{list_columns(), {}};
    for (const auto& p : rows) {
      table.rows.push_back({p.code, p.name, project::kind_label(p.kind), project::status_label(p.status),
                            p.community.value_or(""), p.start_date.value_or(""), p.due_date.value_or(""),
                            p.target_households ? std::to_string(*p.target_households) : "", std::to_string(p.enrolled),
                            std::to_string(p.signed_total), p.overdue ? "逾期" : ""});
    }
    print_table(context, table, format);
    return 0;
  };
}

Action setup_project_show(CLI::App& sub, Context& context)
{
  auto code = std::make_shared<std::string>();
  sub.add_option("CODE", *code, "Project code or name")->required();
  return [code, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto today = context.clock(ws.settings().timezone).today();
    const auto detail = store::project_detail(ws.db(), *code, today);
    const auto& p = detail.project;
    if (context.options.json) {
      auto json = project_json(p);
      json["extra"] = detail.extra ? nlohmann::json::parse(*detail.extra) : nlohmann::json();
      json["created_at"] = detail.created_at;
      json["updated_at"] = detail.updated_at;
      json["milestones"] = nlohmann::json::array();
      for (const auto& m : detail.milestones) {
        json["milestones"].push_back(milestone_json(m, today));
      }
      context.out() << json.dump(2) << '\n';
      return 0;
    }
    auto& out = context.out();
    out << p.code << "  " << p.name << '\n';
    print_field(out, "项目类型", project::kind_label(p.kind) + (p.mode ? " (" + *p.mode + ")" : ""));
    print_field(out, "状态", project::status_label(p.status) + (p.overdue ? " 逾期" : ""));
    print_field(out, "社区", p.community.value_or(""));
    print_field(out, "开始日期", p.start_date.value_or(""));
    print_field(out, "完成时限", p.due_date.value_or(""));
    print_field(out, "任务户数", p.target_households ? std::to_string(*p.target_households) : "");
    print_field(out, "投资", p.investment_cents ? domain::format_amount_wan(*p.investment_cents) + " 万元" : "");
    print_field(out, "纳入户数", std::to_string(p.enrolled));
    print_field(out, "已签约", fmt::format("{} ({})", p.signed_total,
                                         format_share(project::percent(p.signed_total, p.enrolled) / 100.0)));
    print_field(out, "备注", p.note.value_or(""));
    out << "\n里程碑 (" << detail.milestones.size() << ")\n";
    if (!detail.milestones.empty()) {
      out::Table table{{{"序号", "seq", true}, {"里程碑", "name", false}, {"计划完成", "due_date", false},
                        {"完成日期", "done_date", false}, {"状态", "status", false}},
                       {}};
      for (const auto& m : detail.milestones) {
        table.rows.push_back({std::to_string(m.seq), m.name, m.due_date.value_or(""), m.done_date.value_or(""),
                              milestone_status_label(project::milestone_status(m.due_date, m.done_date, today))});
      }
      out::write_aligned(out, table);
    }
    return 0;
  };
}

} // namespace dongmao::cli
