#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/figures/indicator.hpp>

#include <array>

namespace dongmao::figures {

namespace {

bool ends_with(std::string_view text, std::string_view tail)
{
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

} // namespace

std::string_view kind_code(IndicatorKind kind)
{
  switch (kind) {
  case IndicatorKind::stock:
    return "stock";
  case IndicatorKind::rate:
    return "rate";
  case IndicatorKind::flow:
    break;
  }
  return "flow";
}

std::string_view kind_label(IndicatorKind kind)
{
  switch (kind) {
  case IndicatorKind::stock:
    return "时点";
  case IndicatorKind::rate:
    return "比率";
  case IndicatorKind::flow:
    break;
  }
  return "累计";
}

std::optional<IndicatorKind> parse_kind(std::string_view text)
{
  static constexpr std::array<std::string_view, 7> k_flow = {"flow", "累计", "合计", "月度", "当月", "新增", "流量"};
  static constexpr std::array<std::string_view, 6> k_stock = {"stock", "时点", "期末", "月末", "存量", "时点数"};
  static constexpr std::array<std::string_view, 6> k_rate = {"rate", "比率", "比例", "率", "百分比", "%"};
  for (const auto word : k_flow) {
    if (text == word) {
      return IndicatorKind::flow;
    }
  }
  for (const auto word : k_stock) {
    if (text == word) {
      return IndicatorKind::stock;
    }
  }
  for (const auto word : k_rate) {
    if (text == word) {
      return IndicatorKind::rate;
    }
  }
  return std::nullopt;
}

bool is_percent_unit(std::string_view unit)
{
  return unit == "%" || unit == "％" || unit == "百分比";
}

IndicatorKind default_kind(std::string_view name, std::string_view unit)
{
  if (is_percent_unit(unit) || ends_with(name, "率")) {
    return IndicatorKind::rate;
  }
  // A level is counted at the month's end: 常住人口, 低保户数, 党员人数. 新增… and …次 are counts
  // of what happened in the month, whatever their last word.
  if (name.starts_with("新增") || ends_with(name, "人次") || ends_with(name, "户次")) {
    return IndicatorKind::flow;
  }
  for (const auto level : {"人口", "户数", "人数", "个数", "家数", "总数"}) {
    if (ends_with(name, level)) {
      return IndicatorKind::stock;
    }
  }
  return IndicatorKind::flow;
}

double rate_fraction(double value, bool typed_percent, std::string_view unit)
{
  return typed_percent || is_percent_unit(unit) ? value / 100.0 : value;
}

std::optional<double> parse_indicator_value(std::string_view text, IndicatorKind kind, std::string_view unit)
{
  const auto figure = domain::parse_figure(text);
  if (!figure) {
    return std::nullopt;
  }
  const bool rate = kind == IndicatorKind::rate;
  switch (figure->unit) {
  case domain::FigureUnit::none:
    return rate ? rate_fraction(figure->value, false, unit) : figure->value;
  case domain::FigureUnit::percent:
    return rate ? std::optional<double>(rate_fraction(figure->value, true, unit)) : std::nullopt;
  case domain::FigureUnit::per_mille:
    return rate ? std::optional<double>(figure->value / 1000.0) : std::nullopt;
  default:
    // 3,351人, 120户: the count's own word, which a rate never has.
    return rate ? std::nullopt : std::optional<double>(figure->value);
  }
}

IndicatorKind resolve_kind(const IndicatorRegister& settings, const std::string& name, std::string_view unit,
                           std::optional<IndicatorKind> stored)
{
  if (const auto it = settings.find(name); it != settings.end() && it->second.kind) {
    return *it->second.kind;
  }
  return stored ? *stored : default_kind(name, unit);
}

std::string resolve_unit(const IndicatorRegister& settings, const std::string& name, const std::string& stored)
{
  if (const auto it = settings.find(name); it != settings.end() && it->second.unit) {
    return *it->second.unit;
  }
  return stored;
}

} // namespace dongmao::figures
