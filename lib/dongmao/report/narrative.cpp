#include <dongmao/report/build.hpp>

#include <dongmao/report/labels.hpp>
#include <dongmao/report/narrative.hpp>

#include <fmt/format.h>

namespace dongmao::report {

namespace {

const std::map<std::string, std::string>& builtin_templates()
{
  static const std::map<std::string, std::string> k_templates = {
    {"project", "{本期}{name}项目新增签约{signed_in_period}户，累计签约{signed_total}户，签约率{signed_pct}%，尚有{remaining}户未签约。"},
    {"project_cleared", "{本期}{name}项目新增签约{signed_in_period}户，累计签约{signed_total}户，签约率100%，已于{cleared_month}月{cleared_day}日清零。"},
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
  std::vector<std::string> paragraphs;
  for (const auto& p : report.projects) {
    if (p.enrolled == 0) {
      continue;
    }
    std::map<std::string, std::string> v = {
      {"本期", this_period},
      {"name", p.name},
      {"code", p.code},
      {"enrolled", std::to_string(p.enrolled)},
      {"signed_in_period", std::to_string(p.signed_in_period)},
      {"signed_total", std::to_string(p.signed_total)},
      {"signed_pct", number(static_cast<double>(p.signed_total) * 100.0 / static_cast<double>(p.enrolled))},
      {"remaining", std::to_string(p.enrolled - p.signed_total)},
    };
    if (p.cleared && p.cleared_on) {
      const auto date = domain::parse_iso_date(*p.cleared_on);
      v["cleared_on"] = *p.cleared_on;
      v["cleared_month"] = std::to_string(date->month);
      v["cleared_day"] = std::to_string(date->day);
      paragraphs.push_back(fill_template(pick("project_cleared"), v));
    } else {
      paragraphs.push_back(fill_template(pick("project"), v));
    }
  }
  for (auto& paragraph : petition_paragraphs(report, templates)) {
    paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

} // namespace dongmao::report
