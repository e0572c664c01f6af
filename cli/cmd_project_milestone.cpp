#include "subcommands.hpp"

#include <dongmao/store/milestone.hpp>

#include <fmt/format.h>

#include <ostream>

namespace dongmao::cli {

namespace {

struct AddFlags
{
  std::string project;
  std::string name;
  std::optional<std::string> due;
  std::optional<std::int64_t> seq;
  std::optional<std::string> note;
};

struct ChangeFlags
{
  std::string project;
  std::string name;
  std::optional<std::string> date; // done: the done date; update: unused
  std::optional<std::string> due;
  std::optional<std::string> note;
  bool force = false;
};

struct ListFlags
{
  std::optional<std::string> project;
  std::string format = "table";
};

void print_row(Context& context, const store::MilestoneRow& row, const char* verb, domain::Date today)
{
  if (context.options.json) {
    context.out() << milestone_json(row, today).dump(2) << '\n';
  } else if (!context.options.quiet) {
    context.out() << fmt::format("{} milestone {} '{}' {}\n", row.project, row.seq, row.name, verb);
  }
}

Action setup_add(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<AddFlags>();
  sub.add_option("PROJECT", flags->project, "The project (code or name)")->required();
  sub.add_option("NAME", flags->name, "Milestone name, unique within the project")->required();
  sub.add_option("--due", flags->due, "Due date YYYY-MM-DD");
  sub.add_option("--seq", flags->seq, "Position in the sequence (default: after the last)");
  sub.add_option("--note", flags->note, "Note");
  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::write);
    const auto actor = make_actor(context, ws);
    store::MilestoneAdd request{flags->project, flags->name, std::nullopt, flags->seq, flags->note};
    if (flags->due) {
      request.due = parse_date_value("--due", *flags->due);
    }
    print_row(context, store::add_milestone(ws.db(), request, actor), "added", actor.today);
    return 0;
  };
}

Action setup_change(CLI::App& sub, Context& context, bool done)
{
  auto flags = std::make_shared<ChangeFlags>();
  sub.add_option("PROJECT", flags->project, "The project (code or name)")->required();
  sub.add_option("NAME", flags->name, "Milestone name")->required();
  if (done) {
    sub.add_option("--date", flags->date, "Done date YYYY-MM-DD (default: today); not after today");
    sub.add_flag("--force", flags->force, "Change the done date of a milestone already done");
  } else {
    sub.add_option("--due", flags->due, "New due date YYYY-MM-DD");
  }
  sub.add_option("--note", flags->note, "Note");
  return [flags, done, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::write);
    const auto actor = make_actor(context, ws);
    store::MilestoneChange change;
    change.project = flags->project;
    change.name = flags->name;
    if (done) {
      change.done = flags->date ? parse_date_value("--date", *flags->date) : actor.today;
    }
    if (flags->due) {
      change.due = parse_date_value("--due", *flags->due);
    }
    change.note = flags->note;
    change.force = flags->force;
    print_row(context, store::change_milestone(ws.db(), change, actor), done ? "done" : "updated", actor.today);
    return 0;
  };
}

Action setup_done(CLI::App& sub, Context& context)
{
  return setup_change(sub, context, true);
}

Action setup_update(CLI::App& sub, Context& context)
{
  return setup_change(sub, context, false);
}

Action setup_list(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<ListFlags>();
  sub.add_option("PROJECT", flags->project, "The project (code or name); default: every project");
  add_format_option(sub, flags->format);
  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto today = context.clock(ws.settings().timezone).today();
    const auto rows = store::list_milestones(ws.db(), flags->project.value_or(""));
    const auto format = output_format(context, flags->format);
    if (format == Format::json) {
      auto array = nlohmann::json::array();
      for (const auto& row : rows) {
        array.push_back(milestone_json(row, today));
      }
      context.out() << array.dump(2) << '\n';
      return 0;
    }
    out::Table table{{{"项目编号", "project"},
                      {"序号", "seq", true},
                      {"里程碑", "name"},
                      {"计划完成", "due_date"},
                      {"完成日期", "done_date"},
                      {"状态", "status"},
                      {"备注", "note"}},
                     {}};
    for (const auto& row : rows) {
      table.rows.push_back({row.project, std::to_string(row.seq), row.name, row.due_date.value_or(""),
                            row.done_date.value_or(""),
                            milestone_status_label(project::milestone_status(row.due_date, row.done_date, today)),
                            row.note.value_or("")});
    }
    print_table(context, table, format);
    return 0;
  };
}

} // namespace

nlohmann::json milestone_json(const store::MilestoneRow& m, domain::Date today)
{
  return {{"project", m.project},
          {"seq", m.seq},
          {"name", m.name},
          {"due_date", json_or_null(m.due_date)},
          {"done_date", json_or_null(m.done_date)},
          {"status", project::milestone_status(m.due_date, m.done_date, today)},
          {"note", json_or_null(m.note)}};
}

std::string milestone_status_label(const std::string& status)
{
  return status == "done" ? "已完成" : status == "overdue" ? "逾期" : "未完成";
}

Action setup_project_milestone(CLI::App& sub, Context& context)
{
  sub.require_subcommand(1);
  auto chosen = std::make_shared<Action>();
  add_nested(sub, "add", "Add a named milestone to a project", setup_add, context, chosen);
  add_nested(sub, "done", "Mark a milestone done as of a date", setup_done, context, chosen);
  add_nested(sub, "update", "Change a milestone's due date or note", setup_update, context, chosen);
  add_nested(sub, "list", "List milestones with their status (done, overdue, open)", setup_list, context, chosen);
  sub.footer(wrap_text("Renovation projects (老旧小区改造) get 政策宣传, 数据采集, 入户摸底, 意见征求, 推选理事会, 规划设计, 施工 and "
             "竣工验收 when created; give them due dates with 'milestone update'."));
  return [chosen] { return (*chosen)(); };
}

} // namespace dongmao::cli
