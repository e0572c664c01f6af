#include "petition_view.hpp"

#include <dongmao/error.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace dongmao::cli {

namespace {

Json date_or_null(const std::optional<domain::Date>& date)
{
  return date ? Json(date->iso()) : Json();
}

Json outcome_or_null(const std::optional<petition::Outcome>& outcome)
{
  return outcome ? Json(petition::code(*outcome)) : Json();
}

Json time_or_null(const std::optional<petition::LocalTime>& time)
{
  return time ? Json(time->iso()) : Json();
}

} // namespace

petition::LocalTime parse_time_flag(const std::string& flag, const std::string& text)
{
  const auto time = petition::parse_local_time(text);
  if (!time) {
    throw UsageError(text::format(text::k_flag_not_a_time, flag, text));
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

Json deadline_json(const petition::Deadline& deadline, domain::Date today)
{
  auto json = Json::object({{"kind", petition::code(deadline.kind)},
                            {"label", petition::label(deadline.kind)},
                            {"start", deadline.start.iso()},
                            {"due", deadline.due.iso()},
                            {"done", date_or_null(deadline.done)},
                            {"duty", deadline.duty},
                            {"state", petition::code(petition::standing(deadline, today))}});
  if (deadline.done) {
    json.set("days_late", std::max(0, domain::days_between(deadline.due, *deadline.done)));
  } else {
    json.set("days_left", petition::days_left(deadline, today));
  }
  return json;
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

Json record_json(const store::PetitionRecord& record, const petition::PetitionRules& rules, domain::Date today)
{
  const auto& facts = record.facts;
  auto json = Json::object({
    {"case_no", record.case_no},
    {"received_date", facts.received.iso()},
    {"channel", petition::code(record.channel)},
    {"people_count", record.people_count},
    {"group", petition::is_group(record.people_count, rules)},
    {"category", record.category},
    {"urgent", petition::is_urgent(record.category, rules)},
    {"summary", record.summary},
    {"community", record.community},
    {"project", record.project_code},
    {"household", record.household},
    {"repeat_of", record.repeat_of},
    {"escalated", record.escalated},
    {"assignee", record.assignee},
    {"status", petition::code(facts.status)},
    {"accepted_date", date_or_null(facts.accepted)},
    {"declined_date", date_or_null(facts.declined)},
    {"extension_days", facts.extension_days},
    {"answered_date", date_or_null(facts.answered)},
    {"outcome", outcome_or_null(facts.outcome)},
    {"review_requested_date", date_or_null(facts.review_requested)},
    {"review_answered_date", date_or_null(facts.review_answered)},
    {"review_outcome", outcome_or_null(facts.review_outcome)},
    {"recheck_requested_date", date_or_null(facts.recheck_requested)},
    {"recheck_answered_date", date_or_null(facts.recheck_answered)},
    {"recheck_outcome", outcome_or_null(facts.recheck_outcome)},
    {"closed_date", date_or_null(facts.closed)},
    {"reported_at", time_or_null(record.reported_at)},
    {"handled_at", time_or_null(record.handled_at)},
  });
  if (record.reported_at && record.handled_at) {
    json.set("hours_to_handle",
             petition::rounded_hours(petition::minutes_between(*record.reported_at, *record.handled_at)));
  } else {
    json.set("hours_to_handle", nullptr);
  }
  const auto deadlines = petition::compute_deadlines(facts, rules);
  auto items = Json::array();
  bool overdue = false;
  for (const auto& deadline : deadlines.items) {
    items.push(deadline_json(deadline, today));
    overdue = overdue || (deadline.duty && petition::standing(deadline, today) == petition::Standing::overdue);
  }
  json.set("deadlines", std::move(items));
  const auto* next = deadlines.next_open_duty();
  json.set("next_deadline", next ? deadline_json(*next, today) : Json());
  json.set("overdue", overdue);
  return json;
}

} // namespace dongmao::cli
