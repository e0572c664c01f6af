#include <dongmao/report/draft_path.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace dongmao::report::draft {

namespace {

// Tables whose keys come from the data (a category, a stage, a kind of unit): a missing key is
// a count of nothing, not a typo.
constexpr std::array<std::string_view, 7> k_open_tables = {"by_stage", "by_channel", "by_category",  "by_community",
                                                           "units",    "residents",  "organisations"};

// Fields written only when they apply (ranks without peers): missing is no data.
constexpr std::array<std::string_view, 2> k_optional_fields = {"rank", "rank_of"};

bool contains(const auto& list, const std::string& name)
{
  return std::find(list.begin(), list.end(), name) != list.end();
}

std::string text_field(const nlohmann::json& item, const char* key)
{
  const auto it = item.find(key);
  return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The element of `list` that `selector` names: by code, else name, else indicator, else subject; "@place"
// narrows to a community or sub-district, and without it a row of the whole sub-district
// (community null) comes first. Digits alone also select by position.
const nlohmann::json* select(const nlohmann::json& list, const std::string& selector)
{
  const auto at = selector.rfind('@');
  const auto key = selector.substr(0, at);
  const auto place = at == std::string::npos ? std::string() : selector.substr(at + 1);
  for (const char* field : {"code", "name", "indicator", "subject"}) {
    const nlohmann::json* best = nullptr;
    for (const auto& item : list) {
      if (!item.is_object() || text_field(item, field) != key) {
        continue;
      }
      const auto community = item.find("community");
      const bool whole = community == item.end() || community->is_null();
      if (!place.empty()) {
        if (text_field(item, "community") == place || text_field(item, "subdistrict") == place) {
          return &item;
        }
      } else if (whole) {
        return &item;
      } else if (!best) {
        best = &item;
      }
    }
    if (best) {
      return best;
    }
  }
  if (place.empty() && !key.empty() && key.find_first_not_of("0123456789") == std::string::npos && key.size() < 6) {
    const auto index = std::stoul(key);
    return index < list.size() ? &list[index] : nullptr;
  }
  return nullptr;
}

} // namespace

std::optional<std::vector<Step>> parse_path(const std::string& text)
{
  std::vector<Step> steps;
  std::size_t i = 0;
  while (i <= text.size()) {
    Step step;
    const auto end = text.find_first_of(".[]", i);
    step.name = text.substr(i, end == std::string::npos ? std::string::npos : end - i);
    if (step.name.empty()) {
      return std::nullopt;
    }
    i = end == std::string::npos ? text.size() : end;
    while (i < text.size() && text[i] == '[') {
      const auto close = text.find(']', i);
      if (close == std::string::npos || close == i + 1 || text.find('[', i + 1) < close) {
        return std::nullopt;
      }
      step.selectors.push_back(text.substr(i + 1, close - i - 1));
      i = close + 1;
    }
    steps.push_back(std::move(step));
    if (i == text.size()) {
      return steps;
    }
    if (text[i] != '.') {
      return std::nullopt;
    }
    ++i;
  }
  return std::nullopt;
}

Lookup look_up(const nlohmann::json& root, const std::vector<Step>& path)
{
  Lookup result;
  const nlohmann::json* at = &root;
  std::string walked;
  std::string holder_key;
  for (const auto& step : path) {
    walked += (walked.empty() ? "" : ".") + step.name;
    if (!at->is_object()) {
      result.unknown = walked;
      return result;
    }
    const auto it = at->find(step.name);
    if (it == at->end()) {
      if (contains(k_open_tables, holder_key) || contains(k_optional_fields, step.name)) {
        return result;
      }
      result.unknown = walked;
      return result;
    }
    result.found.unit = text_field(*at, "unit");
    result.found.kind = text_field(*at, "kind");
    result.found.key = step.name;
    const auto approx = at->find(step.name + "_approx");
    result.found.approx = approx != at->end() && approx->is_boolean() && approx->get<bool>();
    holder_key = step.name;
    at = &*it;
    for (const auto& selector : step.selectors) {
      walked += "[" + selector + "]";
      if (at->is_null()) {
        return result;
      }
      if (!at->is_array()) {
        result.unknown = walked;
        return result;
      }
      at = select(*at, selector);
      if (!at) {
        return result;
      }
    }
    if (at->is_null()) {
      return result;
    }
  }
  result.found.value = at;
  return result;
}

} // namespace dongmao::report::draft
