#include "petition_common.hpp"

#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/rules.hpp>

#include <fmt/format.h>

#include <ostream>

namespace dongmao::cli::petition_cli {

void add_format_option(CLI::App& sub, std::string& format)
{
  sub.add_option("--format", format, "Output: table (aligned, for people), csv or json (for scripts); --json: json")
    ->check(CLI::IsMember({"table", "csv", "json"}))
    ->capture_default_str();
}

Format chosen_format(const std::string& format, const Context& context)
{
  if (context.options.json || format == "json") {
    return Format::json;
  }
  return format == "csv" ? Format::csv : Format::table;
}

void write_table(std::ostream& out, const out::Table& table, Format format)
{
  switch (format) {
  case Format::table:
    out::write_aligned(out, table);
    break;
  case Format::csv:
    out::write_csv(out, table);
    break;
  case Format::json:
    out << out::to_json(table).dump(2) << '\n';
    break;
  }
}

domain::Date parse_date_flag(const std::string& flag, const std::string& text)
{
  const auto date = domain::parse_iso_date(text);
  if (!date) {
    throw UsageError(fmt::format("{}: '{}' is not a date YYYY-MM-DD", flag, text));
  }
  return *date;
}

domain::Date date_or_today(const std::string& flag, const std::optional<std::string>& text, domain::Date today)
{
  return text ? parse_date_flag(flag, *text) : today;
}

petition::LocalTime parse_time_flag(const std::string& flag, const std::string& text)
{
  const auto time = petition::parse_local_time(text);
  if (!time) {
    throw UsageError(fmt::format("{}: '{}' is not a time 'YYYY-MM-DD HH:MM'", flag, text));
  }
  return *time;
}

std::string describe(const petition::Deadline& deadline, domain::Date today)
{
  const auto left = petition::days_left(deadline, today);
  switch (petition::standing(deadline, today)) {
  case petition::Standing::open:
    return left == 0 ? "今日到期" : fmt::format("剩 {} 天", left);
  case petition::Standing::overdue:
    return deadline.duty ? fmt::format("逾期 {} 天", -left) : "已过期，未申请";
  case petition::Standing::on_time:
    return fmt::format("已于 {} {}", deadline.done->iso(), deadline.duty ? "完成" : "申请");
  case petition::Standing::late:
    return fmt::format("已于 {} 完成，逾期 {} 天", deadline.done->iso(),
                       domain::days_between(deadline.due, *deadline.done));
  }
  return "";
}

nlohmann::json deadline_json(const petition::Deadline& deadline, domain::Date today)
{
  nlohmann::json json = {{"kind", petition::code(deadline.kind)},
                         {"label", petition::label(deadline.kind)},
                         {"start", deadline.start.iso()},
                         {"due", deadline.due.iso()},
                         {"done", deadline.done ? nlohmann::json(deadline.done->iso()) : nlohmann::json()},
                         {"duty", deadline.duty},
                         {"state", petition::code(petition::standing(deadline, today))}};
  if (deadline.done) {
    json["days_late"] = std::max(0, domain::days_between(deadline.due, *deadline.done));
  } else {
    json["days_left"] = petition::days_left(deadline, today);
  }
  return json;
}

nlohmann::json text_or_null(const std::optional<std::string>& text)
{
  return text ? nlohmann::json(*text) : nlohmann::json();
}

std::string flags_text(const store::PetitionRecord& record, const petition::PetitionRules& rules)
{
  std::string text;
  const auto add = [&text](const char* flag) { text += (text.empty() ? "" : "、") + std::string(flag); };
  if (petition::is_group(record.people_count, rules)) {
    add("集体");
  }
  if (record.repeat_of) {
    add("重复");
  }
  if (record.escalated) {
    add("越级");
  }
  return text;
}

nlohmann::json record_json(const store::PetitionRecord& record, const petition::PetitionRules& rules,
                           domain::Date today)
{
  const auto date = [](const std::optional<domain::Date>& value) {
    return value ? nlohmann::json(value->iso()) : nlohmann::json();
  };
  const auto outcome = [](const std::optional<petition::Outcome>& value) {
    return value ? nlohmann::json(petition::code(*value)) : nlohmann::json();
  };
  const auto time = [](const std::optional<petition::LocalTime>& value) {
    return value ? nlohmann::json(value->iso()) : nlohmann::json();
  };
  const auto& facts = record.facts;
  nlohmann::json json = {
    {"case_no", record.case_no},
    {"received_date", facts.received.iso()},
    {"channel", petition::code(record.channel)},
    {"people_count", record.people_count},
    {"group", petition::is_group(record.people_count, rules)},
    {"category", record.category},
    {"urgent", petition::is_urgent(record.category, rules)},
    {"summary", text_or_null(record.summary)},
    {"community", text_or_null(record.community)},
    {"project", text_or_null(record.project_code)},
    {"household", text_or_null(record.household)},
    {"repeat_of", text_or_null(record.repeat_of)},
    {"escalated", record.escalated},
    {"assignee", text_or_null(record.assignee)},
    {"status", petition::code(facts.status)},
    {"accepted_date", date(facts.accepted)},
    {"declined_date", date(facts.declined)},
    {"extension_days", facts.extension_days},
    {"answered_date", date(facts.answered)},
    {"outcome", outcome(facts.outcome)},
    {"review_requested_date", date(facts.review_requested)},
    {"review_answered_date", date(facts.review_answered)},
    {"review_outcome", outcome(facts.review_outcome)},
    {"recheck_requested_date", date(facts.recheck_requested)},
    {"recheck_answered_date", date(facts.recheck_answered)},
    {"recheck_outcome", outcome(facts.recheck_outcome)},
    {"closed_date", date(facts.closed)},
    {"reported_at", time(record.reported_at)},
    {"handled_at", time(record.handled_at)},
  };
  if (record.reported_at && record.handled_at) {
    json["hours_to_handle"] =
      petition::rounded_hours(petition::minutes_between(*record.reported_at, *record.handled_at));
  } else {
    json["hours_to_handle"] = nullptr;
  }
  const auto deadlines = petition::compute_deadlines(facts, rules);
  json["deadlines"] = nlohmann::json::array();
  bool overdue = false;
  for (const auto& deadline : deadlines.items) {
    json["deadlines"].push_back(deadline_json(deadline, today));
    overdue = overdue || (deadline.duty && petition::standing(deadline, today) == petition::Standing::overdue);
  }
  const auto* next = deadlines.next_open_duty();
  json["next_deadline"] = next ? deadline_json(*next, today) : nlohmann::json();
  json["overdue"] = overdue;
  return json;
}

std::string shown_id(const std::optional<std::string>& id_number, const Context& context)
{
  if (!id_number) {
    return "";
  }
  return context.options.show_pii ? *id_number : domain::mask_id_card(*id_number);
}

std::string shown_phone(const std::optional<std::string>& phone, const Context& context)
{
  if (!phone) {
    return "";
  }
  return context.options.show_pii ? *phone : domain::mask_phone(*phone);
}

} // namespace dongmao::cli::petition_cli
