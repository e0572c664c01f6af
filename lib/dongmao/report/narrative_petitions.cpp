#include <dongmao/report/build.hpp>
#include <dongmao/report/narrative.hpp>
#include <dongmao/report/tables.hpp>

#include <algorithm>

namespace dongmao::report {

namespace {

using Values = std::map<std::string, std::string>;

const std::map<std::string, std::string>& builtin_templates()
{
  // 登记 is received, 受理 accepted, 答复 answered, 办结 closed: the words of the tables.
  static const std::map<std::string, std::string> k_templates = {
    {"petitions_received", "{本期}共登记信访件{received}件"},
    {"petitions_channel", "{channel}{count}件"},
    {"petitions_group", "集体访{group}批{group_people}人次"},
    {"petitions_repeat", "重复访{repeat}件"},
    {"petitions_escalated", "越级访{escalated}件"},
    {"petitions_accepted", "受理{accepted}件"},
    {"petitions_answered_on_time", "答复{answered}件，均按期答复"},
    {"petitions_answered_late", "答复{answered}件，均超期答复"},
    {"petitions_answered", "答复{answered}件，其中按期答复{on_time}件、超期答复{late}件"},
    {"petitions_closed", "办结{closed}件"},
    {"petitions_overdue", "逾期未办{overdue}件"},
    {"sensitive_zero", "{period_name}期间实现“零上访”。"},
    {"sensitive", "{period_name}期间登记信访件{count}件。"},
    {"incidents", "快速处置{category}事件{count}起，均在{max_hours}小时内处置完毕。"},
    {"incidents_untimed", "处置{category}事件{count}起。"},
    {"incidents_open", "{category}事件{count}起正在处置。"},
  };
  return k_templates;
}

// The summary sentence, of its non-zero clauses only; empty when nothing happened. A
// `petitions` template in dongmao.toml replaces it whole, as it is written.
std::string summary_sentence(const PetitionFigures& f, const std::string& this_period,
                             const std::map<std::string, std::string>& templates)
{
  const auto pick = [&](const std::string& name) {
    const auto it = templates.find(name);
    return it != templates.end() ? it->second : builtin_templates().at(name);
  };
  Values v = {
    {"本期", this_period},
    {"received", std::to_string(f.received)},
    {"group", std::to_string(f.group)},
    {"group_people", std::to_string(f.group_people)},
    {"repeat", std::to_string(f.repeat)},
    {"escalated", std::to_string(f.escalated)},
    {"accepted", std::to_string(f.accepted)},
    {"answered", std::to_string(f.answered)},
    {"on_time", std::to_string(f.on_time)},
    {"late", std::to_string(f.late)},
    {"closed", std::to_string(f.closed)},
    {"overdue", std::to_string(f.overdue)},
    {"open", std::to_string(f.open)},
  };
  for (const auto& [channel, count] : f.by_channel) {
    v[channel] = std::to_string(count);
  }
  if (const auto it = templates.find("petitions"); it != templates.end()) {
    return fill_template(it->second, v);
  }

  std::vector<std::string> clauses;
  if (f.received > 0) {
    auto clause = fill_template(pick("petitions_received"), v);
    std::string channels;
    for (const char* channel : {"visit", "letter", "online", "phone"}) {
      const auto it = f.by_channel.find(channel);
      if (it != f.by_channel.end() && it->second > 0) {
        channels += (channels.empty() ? "" : "、") +
                    fill_template(pick("petitions_channel"),
                                  {{"channel", label(channel, Lang::zh)}, {"count", std::to_string(it->second)}});
      }
    }
    clauses.push_back(channels.empty() ? clause : clause + "，其中" + channels);
  }
  const auto add = [&](bool happened, const std::string& name) {
    if (happened) {
      clauses.push_back(fill_template(pick(name), v));
    }
  };
  add(f.group > 0, "petitions_group");
  add(f.repeat > 0, "petitions_repeat");
  add(f.escalated > 0, "petitions_escalated");
  add(f.accepted > 0, "petitions_accepted");
  add(f.answered > 0, f.late == 0      ? "petitions_answered_on_time"
                      : f.on_time == 0 ? "petitions_answered_late"
                                       : "petitions_answered");
  add(f.closed > 0, "petitions_closed");
  add(f.overdue > 0, "petitions_overdue");
  if (clauses.empty()) {
    return "";
  }
  std::string sentence = f.received > 0 ? "" : this_period;
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    sentence += (i == 0 ? "" : "；") + clauses[i];
  }
  return sentence + "。";
}

} // namespace

std::vector<std::string> petition_paragraphs(const Report& report, const std::map<std::string, std::string>& templates)
{
  const auto pick = [&](const std::string& name) {
    const auto it = templates.find(name);
    return it != templates.end() ? it->second : builtin_templates().at(name);
  };
  const auto& f = report.petitions;
  std::vector<std::string> paragraphs;
  if (auto summary = summary_sentence(f, report.period.is_month ? "本月" : "本期", templates); !summary.empty()) {
    paragraphs.push_back(std::move(summary));
  }
  // The store lists only the sensitive periods this report overlaps.
  for (const auto& s : f.in_sensitive_periods) {
    const Values sv = {{"period_name", s.name}, {"count", std::to_string(s.received)}};
    paragraphs.push_back(fill_template(pick(s.received == 0 ? "sensitive_zero" : "sensitive"), sv));
  }
  // "Within N hours" only when every handled incident of the category has its times recorded.
  struct Timing
  {
    int handled = 0;
    int timed = 0;
    int open = 0;
    double max_hours = 0;
  };
  std::map<std::string, Timing> incidents;
  for (const auto& incident : f.incidents) {
    auto& t = incidents[incident.category];
    if (!incident.handled) {
      ++t.open;
      continue;
    }
    ++t.handled;
    if (incident.hours) {
      ++t.timed;
      t.max_hours = std::max(t.max_hours, *incident.hours);
    }
  }
  for (const auto& [category, t] : incidents) {
    if (t.handled > 0) {
      const Values iv = {
        {"category", category}, {"count", std::to_string(t.handled)}, {"max_hours", format_number(t.max_hours)}};
      paragraphs.push_back(fill_template(pick(t.timed == t.handled ? "incidents" : "incidents_untimed"), iv));
    }
    if (t.open > 0) {
      const Values ov = {{"category", category}, {"count", std::to_string(t.open)}};
      paragraphs.push_back(fill_template(pick("incidents_open"), ov));
    }
  }
  return paragraphs;
}

} // namespace dongmao::report
