#include "petition_commands.hpp"
#include "petition_common.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/rules.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>
#include <sstream>

namespace dongmao::cli::petition_cli {

namespace {

struct ShowFlags
{
  std::string case_no;
};

nlohmann::json show_json(const store::PetitionRecord& record, const std::vector<store::Petitioner>& petitioners,
                         const std::vector<store::PetitionEvent>& events, const petition::PetitionRules& rules,
                         domain::Date today, const Context& context)
{
  auto json = record_json(record, rules, today);
  json["petitioners"] = nlohmann::json::array();
  for (const auto& petitioner : petitioners) {
    const auto id_number = shown_id(petitioner.id_number, context);
    const auto phone = shown_phone(petitioner.phone, context);
    json["petitioners"].push_back({{"name", petitioner.name},
                                   {"id_number", id_number.empty() ? nlohmann::json() : nlohmann::json(id_number)},
                                   {"phone", phone.empty() ? nlohmann::json() : nlohmann::json(phone)},
                                   {"representative", petitioner.representative}});
  }
  json["events"] = nlohmann::json::array();
  for (const auto& event : events) {
    nlohmann::json detail;
    if (event.detail && !event.detail->empty() && event.detail->front() == '{') {
      detail = nlohmann::json::parse(*event.detail, nullptr, false);
    } else if (event.detail) {
      detail = *event.detail;
    }
    json["events"].push_back({{"action", petition::code(event.action)},
                              {"date", event.date.iso()},
                              {"operator", event.operator_name},
                              {"note", text_or_null(event.note)},
                              {"detail", detail},
                              {"recorded_at", event.recorded_at}});
  }
  return json;
}

// One "label  value" line, labels padded so values line up.
void field(std::ostream& out, const char* label, const std::string& value)
{
  if (!value.empty()) {
    out << "  " << domain::pad_right(label, 10) << value << '\n';
  }
}

// A sub-table of `show`, indented under its heading.
void write_indented(std::ostream& out, const out::Table& table)
{
  std::ostringstream lines;
  out::write_aligned(lines, table);
  std::istringstream split(lines.str());
  for (std::string line; std::getline(split, line);) {
    out << "  " << line << '\n';
  }
}

std::string event_text(const store::PetitionEvent& event)
{
  std::string text = petition::label(event.action);
  if (event.detail && !event.detail->empty() && event.detail->front() == '{') {
    const auto detail = nlohmann::json::parse(*event.detail, nullptr, false);
    if (detail.contains("days")) {
      text += fmt::format(" {} 天", detail["days"].get<int>());
    }
    if (detail.contains("outcome")) {
      const auto stage = detail.value("stage", "handling");
      const auto outcome = petition::parse_outcome(detail["outcome"].get<std::string>());
      text = stage == "review" ? "复查意见" : stage == "recheck" ? "复核意见" : "答复";
      text += fmt::format("：{}", outcome ? petition::label(*outcome) : detail["outcome"].get<std::string>());
    }
  } else if (event.detail && *event.detail == "import") {
    text += "（导入）";
  }
  if (event.note) {
    text += fmt::format("，{}", *event.note);
  }
  return text;
}

void print_show(std::ostream& out, const store::PetitionRecord& record,
                const std::vector<store::Petitioner>& petitioners, const std::vector<store::PetitionEvent>& events,
                const petition::PetitionRules& rules, domain::Date today, const Context& context)
{
  const auto& facts = record.facts;
  std::string headline = fmt::format("{}  {}  {}  {}", record.case_no, record.category, petition::label(record.channel),
                                     petition::label(facts.status));
  if (const auto flags = flags_text(record, rules); !flags.empty()) {
    headline += "  " + flags;
  }
  out << headline << '\n';
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
            fmt::format("{} 小时", petition::format_hours(
                                     petition::minutes_between(*record.reported_at, *record.handled_at))));
    }
  }

  if (!petitioners.empty()) {
    out << "信访人\n";
    out::Table table{{{"姓名", "name"}, {"身份证号", "id_number"}, {"电话", "phone"}, {"", "role"}}, {}};
    for (const auto& petitioner : petitioners) {
      table.rows.push_back({petitioner.name, shown_id(petitioner.id_number, context),
                            shown_phone(petitioner.phone, context), petitioner.representative ? "代表" : ""});
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

} // namespace

Action setup_show(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<ShowFlags>();
  sub.add_option("CASE", flags->case_no, "Case number, e.g. XF2026-0001")->required();
  return [flags, &context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto today = context.clock(ws.settings().timezone).today();
    const auto record = store::find_petition(ws.db(), flags->case_no);
    if (!record) {
      throw DataError(fmt::format("unknown case '{}'", flags->case_no));
    }
    const auto petitioners = store::petitioners_of(ws.db(), record->id);
    const auto events = store::events_of(ws.db(), record->id);
    const auto& rules = ws.settings().petition;
    if (context.options.json) {
      context.out() << show_json(*record, petitioners, events, rules, today, context).dump(2) << '\n';
    } else {
      print_show(context.out(), *record, petitioners, events, rules, today, context);
    }
    return 0;
  };
}

} // namespace dongmao::cli::petition_cli
