#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

// How a template's placeholders show the report's values: the default forms and the filters
// after `|` ({metrics[协税护税].year_to_date|万元}).
namespace dongmao::report::draft {

// What a placeholder's path found: the value and what the object holding it says about it.
struct Found
{
  const nlohmann::json* value = nullptr; // nullptr: no data
  std::string key;                       // the last name of the path (investment_yuan …)
  std::string unit;                      // the holder's "unit", if any (万元 …)
  std::string kind;                      // the holder's "kind", if any (flow, stock, rate)
  bool approx = false;                   // the holder's "<key>_approx" is true (400多户 stored as 400)
};

// One filter of a placeholder: its name and the comma-separated words after `:`.
struct Filter
{
  std::string name;
  std::vector<std::string> args;
};

// Why a filter could not apply.
enum class FilterFailure
{
  unknown_filter,
  bad_value,
};

// 42377 as 42,377; 5.3125 as 5.31: whole numbers without decimals, else up to two.
std::string grouped_number(double value);

// 1 as 一, 23 as 二十三 (1 to 99; other numbers as digits).
std::string chinese_number(long long value);

// `value` in its default form: numbers grouped (a rate's as a percentage), text as is, true/false as 是/否,
// a list of words joined by 、. None when it is neither.
std::optional<std::string> default_text(const nlohmann::json& value, const std::string& kind);

// Applies `filter` to `value` (found as `found` says); a filter either finishes the text or gives a new value.
// Returns the text, or the value to go on with in `next`, or the failure.
std::optional<FilterFailure> apply_filter(const Filter& filter, const Found& found, const nlohmann::json& value,
                                          nlohmann::json& next, std::optional<std::string>& text);

// Whether `value` counts as nothing happened: null, 0, false, "", an empty list or table.
bool is_nothing(const nlohmann::json& value);

} // namespace dongmao::report::draft
