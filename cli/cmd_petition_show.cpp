#include "common.hpp"
#include "petition_view.hpp"
#include "subcommands.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/households.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/text/reference.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>
#include <sstream>

namespace dongmao::cli {

namespace {

Json show_json(const Terminal& term, const store::PetitionRecord& record,
               const std::vector<store::Petitioner>& petitioners, const std::vector<store::PetitionEvent>& events,
               const petition::PetitionRules& rules, domain::Date today)
{
  auto json = record_json(record, rules, today);
  auto people = Json::array();
  for (const auto& petitioner : petitioners) {
    people.push(Json::object({{"name", petitioner.name},
                              {"id_number", text_or_null(shown_id(term, petitioner.id_number))},
                              {"phone", text_or_null(shown_phone(term, petitioner.phone))},
                              {"representative", petitioner.representative}}));
  }
  json.set("petitioners", std::move(people));
  auto history = Json::array();
  for (const auto& event : events) {
    // The detail is a JSON object for some steps (extension days, outcome), else plain text.
    const bool object = event.detail && !event.detail->empty() && event.detail->front() == '{';
    history.push(Json::object({{"action", petition::code(event.action)},
                               {"date", event.date.iso()},
                               {"operator", event.operator_name},
                               {"note", event.note},
                               {"detail", object ? Json::parse_or_null(event.detail) : Json(event.detail)},
                               {"recorded_at", event.recorded_at}}));
  }
  json.set("events", std::move(history));
  return json;
}

// One "label  value" line, labels padded so values line up.
void field(std::ostream& out, const char* label, const std::string& value)
{
  if (!value.empty()) {
    out << "  " << domain::pad_right(label, 10) << domain::visible_text(value) << '\n';
  }
}

// A sub-table of `show`, indented under its heading.
void write_indented(std::ostream& out, const out::Table& table)
{
  std::ostringstream lines;
  out::write_aligned(lines, table);
  std::istringstream split(lines.str());
  for (std::string line; std::getline(split, line);) {
    out << "  " << domain::visible_text(line) << '\n';
  }
}

std::string event_text(const store::PetitionEvent& event)
{
  std::string text = petition::label(event.action);
  if (event.detail && !event.detail->empty() && event.detail->front() == '{') {
    const auto detail = Json::parse_or_null(event.detail);
    if (const auto days = detail.integer("days")) {
      text += fmt::format(" {} 天", *days);
    }
    if (const auto code = detail.string("outcome")) {
      const auto stage = detail.string("stage").value_or("handling");
      const auto outcome = petition::parse_outcome(*code);
      text = stage == "review" ? "复查意见" : stage == "recheck" ? "复核意见" : "答复";
      text += fmt::format("：{}", outcome ? petition::label(*outcome) : *code);
    }
  } else if (event.detail && *event.detail == "import") {
    text += "（导入）";
  }
  if (event.note) {
    text += fmt::format("，{}", *event.note);
  }
  return text;
}

void print_show(const Terminal& term, const store::PetitionRecord& record,
                const std::vector<store::Petitioner>& petitioners, const std::vector<store::PetitionEvent>& events,
                const petition::PetitionRules& rules, domain::Date today)
{
  auto& out = term.out;
  const auto& facts = record.facts;
  std::string headline = fmt::format("{}  {}  {}  {}", record.case_no, record.category, petition::label(record.channel),
                                     petition::label(facts.status));
  if (const auto flags = flags_text(record, rules); !flags.empty()) {
    headline += "  " + flags;
  }
  out << domain::visible_text(headline) << '\n';
  field(out, "登记日期", facts.received.iso());
  field(out, "人数", fmt::format("{}", record.people_count));
  field(out, "社区", record.community.value_or(""));
  if (record.project_code) {
    field(out, "项目", fmt::format("{} {}", *record.project_code, record.project_name.value_or("")));
  }
  field(out, "住户", record.household.value_or(""));
  field(out, "重复件", record.repeat_of.value_or(""));
  field(out, "承办人", record.assignee.value_or(""));
  field(out, "信访事项", record.summary.value_or(""));
  if (record.subject) {
    field(out, "信访对象", *record.subject);
  }
  if (record.households) {
    field(out, "涉及户数", petition::households_text(*record.households));
  }
  if (facts.extension_days > 0) {
    field(out, "延期", fmt::format("{} 天", facts.extension_days));
  }
  const std::pair<const char*, std::optional<petition::Outcome>> outcomes[] = {
    {"答复结果", facts.outcome}, {"复查意见", facts.review_outcome}, {"复核意见", facts.recheck_outcome}};
  for (const auto& [label, outcome] : outcomes) {
    if (outcome) {
      field(out, label, petition::label(*outcome));
    }
  }
  if (record.reported_at || record.handled_at) {
    field(out, "报告时间", record.reported_at ? record.reported_at->display() : "");
    field(out, "处置时间", record.handled_at ? record.handled_at->display() : "未处置");
    if (record.reported_at && record.handled_at) {
      field(out, "处置用时",
            fmt::format("{} 小时",
                        petition::format_hours(petition::minutes_between(*record.reported_at, *record.handled_at))));
    }
  }

  if (!petitioners.empty()) {
    out << "信访人\n";
    out::Table table{{{"姓名", "name"}, {"身份证号", "id_number"}, {"电话", "phone"}, {"", "role"}}, {}};
    for (const auto& petitioner : petitioners) {
      table.rows.push_back({petitioner.name, shown_id(term, petitioner.id_number), shown_phone(term, petitioner.phone),
                            petitioner.representative ? "代表" : ""});
    }
    write_indented(out, table);
  }

  const auto deadlines = petition::compute_deadlines(facts, rules);
  out << fmt::format("期限（{}）\n", rules.day_mode == petition::DayMode::working ? "工作日" : "自然日");
  for (const auto& deadline : deadlines.items) {
    out << "  " << domain::pad_right(petition::label(deadline.kind), 12) << deadline.due.iso() << "  "
        << describe(deadline, today) << '\n';
  }

  out << "经过\n";
  out::Table history{{{"日期", "date"}, {"经办人", "operator"}, {"事项", "action"}}, {}};
  for (const auto& event : events) {
    history.rows.push_back({event.date.iso(), event.operator_name, event_text(event)});
  }
  write_indented(out, history);
}

// Case `case_no` of `ws`: its fields, petitioners, deadlines on `today` and history.
int show_petition(const Terminal& term, workspace::Workspace& ws, domain::Date today, const std::string& case_no)
{
  const auto record = store::find_petition(ws.db(), case_no);
  if (!record) {
    throw DataError(text::format(text::k_no_case, case_no));
  }
  const auto petitioners = store::petitioners_of(ws.db(), record->id);
  const auto events = store::events_of(ws.db(), record->id);
  const auto& rules = ws.settings().petition;
  if (term.json) {
    print_json(term, show_json(term, *record, petitioners, events, rules, today));
  } else {
    print_show(term, *record, petitioners, events, rules, today);
  }
  return 0;
}

} // namespace

Action setup_petition_show(App& sub, Session& session)
{
  auto case_no = std::make_shared<std::string>();
  add_option(sub, "CASE", *case_no, {"信访件编号，如 XF2026-0001", "Case number, e.g. XF2026-0001"}).required();
  return [case_no, &session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return show_petition(session.terminal(), ws, session.today(ws), *case_no);
  };
}

} // namespace dongmao::cli
