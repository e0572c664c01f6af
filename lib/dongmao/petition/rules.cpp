#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/petition.hpp>

#include <algorithm>

namespace dongmao::petition {

namespace {

std::string joined(const std::vector<std::string>& names)
{
  std::string text;
  for (const auto& name : names) {
    text += (text.empty() ? "" : text::format(text::k_list_separator)) + name;
  }
  return text;
}

} // namespace

std::string match_category(std::string_view text, const PetitionRules& rules)
{
  const auto wanted = domain::normalize_cell(text);
  if (wanted.empty()) {
    throw DataError(text::format(text::k_category_empty));
  }
  if (rules.categories.empty()) {
    return wanted;
  }
  const auto match = domain::closest_match(wanted, rules.categories);
  if (match && match->exact_or_unique_affix) {
    return match->value;
  }
  if (match) {
    throw DataError(text::format(text::k_category_did_you_mean, wanted, match->value));
  }
  throw DataError(text::format(text::k_category_unknown, wanted, joined(rules.categories)));
}

bool is_urgent(std::string_view category, const PetitionRules& rules)
{
  return std::find(rules.urgent_categories.begin(), rules.urgent_categories.end(), category) !=
         rules.urgent_categories.end();
}

bool is_group(int people, const PetitionRules& rules)
{
  return people >= rules.group_threshold;
}

const SensitivePeriod& find_period(std::string_view name, const PetitionRules& rules)
{
  std::vector<std::string> names;
  for (const auto& period : rules.sensitive_periods) {
    names.push_back(period.name);
  }
  if (names.empty()) {
    throw DataError(text::format(text::k_period_none_set, name));
  }
  const auto match = domain::closest_match(name, names);
  if (match && match->exact_or_unique_affix) {
    for (const auto& period : rules.sensitive_periods) {
      if (period.name == match->value) {
        return period;
      }
    }
  }
  if (match) {
    throw DataError(text::format(text::k_period_did_you_mean, name, match->value));
  }
  throw DataError(text::format(text::k_period_unknown, name, joined(names)));
}

} // namespace dongmao::petition
