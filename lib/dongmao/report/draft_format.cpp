#include <dongmao/petition/households.hpp>
#include <dongmao/report/draft_format.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace dongmao::report::draft {

namespace {

// `value` rounded to `decimals` places, trailing zeros dropped, the whole part grouped by thousands.
std::string grouped(double value, int decimals)
{
  auto text = fmt::format("{:.{}f}", std::fabs(value), decimals);
  if (const auto dot = text.find('.'); dot != std::string::npos) {
    while (text.back() == '0') {
      text.pop_back();
    }
    if (text.back() == '.') {
      text.pop_back();
    }
  }
  const auto whole_end = std::min(text.find('.'), text.size());
  std::string out;
  for (std::size_t i = 0; i < whole_end; ++i) {
    if (i > 0 && (whole_end - i) % 3 == 0) {
      out += ',';
    }
    out += text[i];
  }
  out += text.substr(whole_end);
  const bool negative = value < 0 && out.find_first_not_of("0.,") != std::string::npos;
  return negative ? "-" + out : out;
}

// "2026-10-18" as 10月18日; none for anything else.
std::optional<std::string> month_day(const nlohmann::json& value)
{
  if (!value.is_string()) {
    return std::nullopt;
  }
  const auto text = value.get<std::string>();
  int year = 0;
  int month = 0;
  int day = 0;
  if (text.size() < 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3) {
    return std::nullopt;
  }
  return fmt::format("{}月{}日", month, day);
}

// The phrase `args` picks for a number by its sign (正负:提前,按期,逾期), for a place (首位:率先,如期: first or
// not) or for a yes/no (是否:已,未).
std::optional<std::string> choose(const Filter& filter, const nlohmann::json& value)
{
  if (filter.name == "正负" && filter.args.size() == 3 && value.is_number()) {
    const auto v = value.get<double>();
    return filter.args[v > 0 ? 0 : v == 0 ? 1 : 2];
  }
  if (filter.name == "首位" && filter.args.size() == 2 && value.is_number()) {
    return filter.args[value.get<double>() == 1 ? 0 : 1];
  }
  if (filter.name == "是否" && filter.args.size() == 2 && (value.is_boolean() || value.is_number())) {
    const bool yes = value.is_boolean() ? value.get<bool>() : value.get<double>() != 0;
    return filter.args[yes ? 0 : 1];
  }
  return std::nullopt;
}

// A sum in 万元 from a value in 元 (investment_yuan) or already in 万元 (协税护税's unit); none for other units.
std::optional<double> in_wan(const Found& found, double value)
{
  if (found.unit == "万元") {
    return value;
  }
  if (found.unit.empty() || found.unit == "元") {
    return value / 10000.0;
  }
  return std::nullopt;
}

} // namespace

std::string grouped_number(double value)
{
  return grouped(value, 2);
}

std::string chinese_number(long long value)
{
  static const char* const k_digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (value < 1 || value > 99) {
    return std::to_string(value);
  }
  if (value < 10) {
    return k_digits[value];
  }
  const auto tens = value / 10;
  const auto ones = value % 10;
  return std::string(tens > 1 ? k_digits[tens] : "") + "十" + (ones > 0 ? k_digits[ones] : "");
}

std::optional<std::string> default_text(const nlohmann::json& value, const std::string& kind)
{
  if (value.is_number()) {
    const auto v = value.get<double>();
    return kind == "rate" ? grouped(v * 100.0, 1) + "%" : grouped_number(v);
  }
  if (value.is_string()) {
    return value.get<std::string>();
  }
  if (value.is_boolean()) {
    return value.get<bool>() ? "是" : "否";
  }
  if (value.is_array()) {
    std::string out;
    for (const auto& item : value) {
      if (!item.is_string()) {
        return std::nullopt;
      }
      out += (out.empty() ? "" : "、") + item.get<std::string>();
    }
    return out;
  }
  return std::nullopt;
}

std::optional<FilterFailure> apply_filter(const Filter& filter, const Found& found, const nlohmann::json& value,
                                          nlohmann::json& next, std::optional<std::string>& text)
{
  const auto& name = filter.name;
  if (name == "正负" || name == "首位" || name == "是否") {
    text = choose(filter, value);
    return text ? std::nullopt : std::optional(FilterFailure::bad_value);
  }
  if (name == "月日") {
    text = month_day(value);
    return text ? std::nullopt : std::optional(FilterFailure::bad_value);
  }
  if (name == "个数") {
    if (!value.is_array() && !value.is_object()) {
      return FilterFailure::bad_value;
    }
    next = value.size();
    return std::nullopt;
  }
  if (name == "户数") {
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0 || !filter.args.empty()) {
      return FilterFailure::bad_value;
    }
    text = petition::households_text(petition::Households{value.get<std::int64_t>(), found.approx});
    return std::nullopt;
  }
  if (name != "万元" && name != "亿" && name != "百分比" && name != "序数" && name != "纯数") {
    return FilterFailure::unknown_filter;
  }
  if (!value.is_number() || !filter.args.empty()) {
    return FilterFailure::bad_value;
  }
  const auto v = value.get<double>();
  if (name == "百分比") {
    text = grouped(v * 100.0, 1) + "%";
  } else if (name == "纯数") {
    text = grouped(v, 2);
    std::erase(*text, ',');
  } else if (name == "序数") {
    if (v < 1 || v != std::floor(v)) {
      return FilterFailure::bad_value;
    }
    text = "第" + chinese_number(static_cast<long long>(v));
  } else if (const auto wan = in_wan(found, v)) {
    text = name == "万元" ? grouped(*wan, 2) + "万元" : grouped(*wan / 10000.0, 2) + "亿";
  } else {
    return FilterFailure::bad_value;
  }
  return std::nullopt;
}

bool is_nothing(const nlohmann::json& value)
{
  if (value.is_null()) {
    return true;
  }
  if (value.is_number()) {
    return value.get<double>() == 0;
  }
  if (value.is_boolean()) {
    return !value.get<bool>();
  }
  if (value.is_string()) {
    return value.get<std::string>().empty();
  }
  return value.empty();
}

} // namespace dongmao::report::draft
