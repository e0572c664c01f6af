#include "parse_error.hpp"

#include <dongmao/text/cli.hpp>

#include <regex>
#include <vector>

namespace dongmao::cli {

namespace {

// One of CLI11's sentences, with the order its captures take in the catalogue's message.
struct Pattern
{
  std::regex english;
  const text::Message* message;
  std::vector<int> captures;
};

const std::vector<Pattern>& patterns()
{
  // CLI11 2.x's wording (CLI/Error.hpp); the first that matches the whole sentence wins.
  static const std::vector<Pattern> k_patterns = {
    {std::regex("The following arguments? (?:was|were) not expected: (.*)"), &text::k_parse_unexpected, {1}},
    {std::regex("A subcommand is required"), &text::k_parse_no_subcommand, {}},
    {std::regex("(.+) is required"), &text::k_parse_required, {1}},
    {std::regex("Could not convert: (.+) = (.*)"), &text::k_parse_not_converted, {1, 2}},
    {std::regex("The value (.+) is not an allowed value for (.+)"), &text::k_parse_not_allowed, {1, 2}},
    {std::regex("(.+): too many inputs for a flag"), &text::k_parse_flag_value, {1}},
    {std::regex("(.+): (\\d+) required (.+) missing"), &text::k_parse_value_missing, {1, 2, 3}},
    {std::regex("Expected (?:exactly|at least) (\\d+) arguments? to (.+), got (\\d+)"),
     &text::k_parse_value_count,
     {1, 2, 3}},
    {std::regex("(.+) requires (.+)"), &text::k_parse_requires, {1, 2}},
    {std::regex("(.+) excludes (.+)"), &text::k_parse_excludes, {1, 2}},
  };
  return k_patterns;
}

} // namespace

std::string parse_error_text(const std::string& what)
{
  if (text::lang() == text::Lang::en) {
    return what;
  }
  std::smatch match;
  for (const auto& pattern : patterns()) {
    if (!std::regex_match(what, match, pattern.english)) {
      continue;
    }
    std::vector<std::string> parts;
    for (const int index : pattern.captures) {
      parts.push_back(match[index].str());
    }
    parts.resize(3);
    return text::format(*pattern.message, parts[0], parts[1], parts[2]);
  }
  return what;
}

} // namespace dongmao::cli
