#include <dongmao/report/build.hpp>
#include <dongmao/report/narrative.hpp>
#include <dongmao/report/narrative_projects.hpp>

namespace dongmao::report {

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
  auto paragraphs = draft_project_narrative(report, templates);
  for (auto& paragraph : petition_paragraphs(report, templates)) {
    paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

} // namespace dongmao::report
