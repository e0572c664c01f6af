#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

// What an indicator is: how its monthly values combine (DHIS2's aggregation type), the kind
// a name gets when nobody registered it, and how a rate is stored.
namespace dongmao::figures {

// flow: counts in the month, summed over communities and months; stock: a level at the end of
// the month, summed over communities, never over months; rate: a ratio, never summed.
enum class IndicatorKind
{
  flow,
  stock,
  rate,
};

// "flow", "stock" or "rate": the code the database, the settings and the JSON use.
std::string_view kind_code(IndicatorKind kind);

// 累计, 时点 or 比率: the 口径 a ledger writes.
std::string_view kind_label(IndicatorKind kind);

// The kind a code or a ledger's 口径 names: flow (累计, 合计, 月度, 当月, 新增), stock (时点, 期末,
// 月末, 存量) or rate (比率, 比例, 率, 百分比); nullopt for anything else.
std::optional<IndicatorKind> parse_kind(std::string_view text);

// The kind of an indicator nobody registered: a rate when its unit is % or its name ends in
// 率; a stock when its name is a level such as 常住人口, 低保户数 or 党员人数; else a flow.
IndicatorKind default_kind(std::string_view name, std::string_view unit);

// Whether a unit means the figures are percentages (%, ％, 百分比).
bool is_percent_unit(std::string_view unit);

// One indicator as dongmao.toml registers it under [indicators]; what is not set falls back
// to the workspace's register and then to default_kind.
struct IndicatorSetting
{
  std::optional<IndicatorKind> kind;
  std::optional<std::string> unit;
  std::optional<std::string> weight; // a rate's weight indicator, e.g. 常住人口
};

// The settings' register, by indicator name.
using IndicatorRegister = std::map<std::string, IndicatorSetting>;

// A rate as the fraction it is stored as: 71% and 0.71 are 0.71, and so is 71 in a % unit.
double rate_fraction(double value, bool typed_percent, std::string_view unit);

// The value a ledger cell stores for an indicator of `kind` in `unit`: a number, for a rate
// also a percentage ("71%", "5‰", "71" in a % unit) stored as its fraction, for any other
// indicator also a count with its word ("3,351人"); nullopt when it is not a number, a
// percentage for an indicator that is not a rate, or a count's word for a rate.
std::optional<double> parse_indicator_value(std::string_view text, IndicatorKind kind, std::string_view unit);

// An indicator's kind: the settings' register, else the workspace's (an imported 指标 ledger),
// else default_kind of its name and unit.
IndicatorKind resolve_kind(const IndicatorRegister& settings, const std::string& name, std::string_view unit,
                           std::optional<IndicatorKind> stored);

// An indicator's unit: the settings' register, else the workspace's.
std::string resolve_unit(const IndicatorRegister& settings, const std::string& name, const std::string& stored);

} // namespace dongmao::figures
