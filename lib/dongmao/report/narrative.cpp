#include <dongmao/report/build.hpp>

#include <dongmao/report/labels.hpp>
#include <dongmao/report/narrative_projects.hpp>

#include <fmt/format.h>

namespace dongmao::report {

namespace {

const std::map<std::string, std::string>& builtin_templates()
{
  static const std::map<std::string, std::string> k_templates = {
    {"petitions", "{本期}共受理信访件{received}件，其中来访{visit}件、来信{letter}件、网上{online}件、来电{phone}件；集体访{group}批{group_people}人次；按期办结{on_time}件，超期未办结{overdue}件。"},
    {"sensitive_zero", "{period_name}期间实现“零上访”。"},
    {"sensitive", "{period_name}期间受理信访件{count}件。"},
    {"incidents", "快速处置{category}事件{count}起，均在{max_hours}小时内处置完毕。"},
    {"incidents_untimed", "处置{category}事件{count}起。"},
  };
  return k_templates;
}

std::string number(double value)
{
  return value == static_cast<double>(static_cast<long long>(value)) ? fmt::format("{}", static_cast<long long>(value))
                                                                     : fmt::format("{:.1f}", value);
}

} // namespace

std::string fill_template(const std::string& text, const std::map<std::string, std::string>& values)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const auto end = text.find('}', i);
      if (end != std::string::npos) {
        const auto it = values.find(text.substr(i + 1, end - i - 1));
        if (it != values.end()) {
          out += it->second;
          i = end;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

std::vector<std::string> draft_narrative(const Report& report, const std::map<std::string, std::string>& templates)
{
  const auto pick = [&](const std::string& name) {
    const auto it = templates.find(name);
    return it != templates.end() ? it->second : builtin_templates().at(name);
  };
  const std::string this_period = report.period.is_month ? "本月" : "本期";
  auto paragraphs = draft_project_narrative(report, templates);
  const auto& f = report.petitions;
  std::map<std::string, std::string> v = {
    {"本期", this_period},
    {"received", std::to_string(f.received)},
    {"group", std::to_string(f.group)},
    {"group_people", std::to_string(f.group_people)},
    {"on_time", std::to_string(f.on_time)},
    {"late", std::to_string(f.late)},
    {"overdue", std::to_string(f.overdue)},
    {"open", std::to_string(f.open)},
  };
  for (const auto& [channel, count] : f.by_channel) {
    v[channel] = std::to_string(count);
  }
  paragraphs.push_back(fill_template(pick("petitions"), v));
  for (const auto& s : f.in_sensitive_periods) {
    const std::map<std::string, std::string> sv = {{"period_name", s.name}, {"count", std::to_string(s.received)}};
    paragraphs.push_back(fill_template(pick(s.received == 0 ? "sensitive_zero" : "sensitive"), sv));
  }
  // "Within N hours" only when every incident of the category has its times recorded.
  struct Timing
  {
    int count = 0;
    int timed = 0;
    double max_hours = 0;
  };
  std::map<std::string, Timing> incidents;
  for (const auto& incident : f.incidents) {
    auto& t = incidents[incident.category];
    ++t.count;
    if (incident.hours) {
      ++t.timed;
      t.max_hours = std::max(t.max_hours, *incident.hours);
    }
  }
  for (const auto& [category, t] : incidents) {
    const std::map<std::string, std::string> iv = {
      {"category", category}, {"count", std::to_string(t.count)}, {"max_hours", number(t.max_hours)}};
    paragraphs.push_back(fill_template(pick(t.timed == t.count ? "incidents" : "incidents_untimed"), iv));
  }
  return paragraphs;
}

} // namespace dongmao::report
