#include "common.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/project/progress.hpp>
#include <dongmao/store/milestone.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <memory>
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
  OutputFlags output;
};

void print_row(const Terminal& term, const store::MilestoneRow& row, const text::Message& what, domain::Date today)
{
  if (term.json) {
    print_json(term, milestone_json(row, today));
  } else if (!term.quiet) {
    term.out << domain::visible_text(text::format(what, row.project, row.seq, row.name)) << '\n';
  }
}

// Adds the milestone `flags` describe to a project of `ws`, as `actor`.
int add_milestone(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, const AddFlags& flags)
{
  const store::MilestoneAdd request{flags.project, flags.name, optional_date_flag("--due", flags.due), flags.seq,
                                    flags.note};
  print_row(term, store::add_milestone(ws.db(), request, actor), text::k_milestone_added, actor.today);
  return 0;
}

// Marks a milestone of `ws` done (`done`), or changes its due date or note, as `actor`.
int change_milestone(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor,
                     const ChangeFlags& flags, bool done)
{
  store::MilestoneChange change;
  change.project = flags.project;
  change.name = flags.name;
  if (done) {
    change.done = date_or_today("--date", flags.date, actor.today);
  }
  change.due = optional_date_flag("--due", flags.due);
  change.note = flags.note;
  change.force = flags.force;
  print_row(term, store::change_milestone(ws.db(), change, actor),
            done ? text::k_milestone_done : text::k_milestone_updated, actor.today);
  return 0;
}

// The milestones of one project of `ws`, or of all, with their status on `today`.
int list_milestones(const Terminal& term, workspace::Workspace& ws, domain::Date today, const ListFlags& flags)
{
  const auto rows = store::list_milestones(ws.db(), flags.project.value_or(""));
  Listing listing(term, flags.output,
                  {{"项目编号", "project"},
                   {"序号", "seq", true},
                   {"里程碑", "name"},
                   {"计划完成", "due_date"},
                   {"完成日期", "done_date"},
                   {"状态", "status"},
                   {"备注", "note"}});
  for (const auto& row : rows) {
    if (listing.is_json()) {
      listing.add(milestone_json(row, today));
      continue;
    }
    const auto status = project::milestone_status(row.due_date, row.done_date, today);
    listing.add({row.project, std::to_string(row.seq), row.name, row.due_date.value_or(""), row.done_date.value_or(""),
                 milestone_status_label(status), row.note.value_or("")},
                status == "overdue" ? Tone::alert : Tone::plain);
  }
  listing.finish();
  return 0;
}

Action setup_add(App& sub, Session& session)
{
  auto flags = std::make_shared<AddFlags>();
  add_option(sub, "PROJECT", flags->project, {"项目（编号或名称）", "The project (code or name)"}).required();
  add_option(sub, "NAME", flags->name, {"节点名称，在项目内唯一", "Milestone name, unique within the project"})
    .required();
  add_option(sub, "--due", flags->due, {"时限 YYYY-MM-DD", "Due date YYYY-MM-DD"});
  add_option(sub, "--seq", flags->seq,
             {"在节点顺序中的位置（默认：排在最后）", "Position in the sequence (default: after the last)"});
  add_option(sub, "--note", flags->note, {"备注", "Note"});
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return add_milestone(session.terminal(), ws, session.actor(ws), *flags);
  };
}

Action setup_change(App& sub, Session& session, bool done)
{
  auto flags = std::make_shared<ChangeFlags>();
  add_option(sub, "PROJECT", flags->project, {"项目（编号或名称）", "The project (code or name)"}).required();
  add_option(sub, "NAME", flags->name, {"节点名称", "Milestone name"}).required();
  if (done) {
    add_option(
      sub, "--date", flags->date,
      {"完成日期 YYYY-MM-DD（默认：今天）；不晚于今天", "Done date YYYY-MM-DD (default: today); not after today"});
    add_flag(sub, "--force", flags->force,
             {"修改已完成节点的完成日期", "Change the done date of a milestone already done"});
  } else {
    add_option(sub, "--due", flags->due, {"新的时限 YYYY-MM-DD", "New due date YYYY-MM-DD"});
  }
  add_option(sub, "--note", flags->note, {"备注", "Note"});
  return [flags, done, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return change_milestone(session.terminal(), ws, session.actor(ws), *flags, done);
  };
}

Action setup_done(App& sub, Session& session)
{
  return setup_change(sub, session, true);
}

Action setup_update(App& sub, Session& session)
{
  return setup_change(sub, session, false);
}

Action setup_list(App& sub, Session& session)
{
  auto flags = std::make_shared<ListFlags>();
  add_option(sub, "PROJECT", flags->project,
             {"项目（编号或名称）；默认：全部项目", "The project (code or name); default: every project"});
  add_output_options(sub, flags->output);
  return [flags, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return list_milestones(session.terminal(), ws, session.today(ws), *flags);
  };
}

} // namespace

Json milestone_json(const store::MilestoneRow& m, domain::Date today)
{
  return Json::object({{"project", m.project},
                       {"seq", m.seq},
                       {"name", m.name},
                       {"due_date", m.due_date},
                       {"done_date", m.done_date},
                       {"status", project::milestone_status(m.due_date, m.done_date, today)},
                       {"note", m.note}});
}

std::string milestone_status_label(const std::string& status)
{
  return status == "done" ? "已完成" : status == "overdue" ? "逾期" : "未完成";
}

Action setup_project_milestone(App& sub, Session& session)
{
  static const std::vector<Command> k_commands = {
    {"add", {"给项目新增一个节点", "Add a named milestone to a project"}, setup_add},
    {"done", {"把节点标为某日已完成", "Mark a milestone done as of a date"}, setup_done},
    {"update", {"修改节点的时限或备注", "Change a milestone's due date or note"}, setup_update},
    {"list",
     {"列出节点及其状态（已完成、逾期、未完成）", "List milestones with their status (done, overdue, open)"},
     setup_list},
  };
  set_footer(sub, {"老旧小区改造项目创建时自动带有 政策宣传、数据采集、入户摸底、意见征求、推选理事会、规划设计、施工 "
                   "和 竣工验收；用“milestone update”设定时限。",
                   "Renovation projects (老旧小区改造) get 政策宣传, 数据采集, 入户摸底, 意见征求, 推选理事会, "
                   "规划设计, 施工 and 竣工验收 when created; give them due dates with 'milestone update'."});
  return add_commands(sub, k_commands, session);
}

} // namespace dongmao::cli
