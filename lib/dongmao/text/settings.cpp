#include <dongmao/text/settings.hpp>

namespace dongmao::text {

std::string settings_key(std::string_view key)
{
  const auto dot = key.find('.');
  if (lang() == Lang::en || dot == std::string_view::npos) {
    return std::string(key);
  }
  const auto table = key.substr(0, dot);
  // Sensitive periods are an array of tables, written [[sensitive_periods]] in the file.
  const auto brackets = table == "sensitive_periods" ? std::pair{"[[", "]]"} : std::pair{"[", "]"};
  return fmt::format("{}{}{} {}", brackets.first, table, brackets.second, key.substr(dot + 1));
}

const Message k_settings_at{"{0} 第{1}行 {2}：{3}", "{0}:{1}: {2}: {3}"};
const Message k_settings_syntax{"{0} 第{1}行：TOML 格式有误（{2}）", "{0}:{1}: {2}"};
const Message k_settings_no_file{"{0}：文件不存在", "{0}: no such file"};
const Message k_settings_quoted{"“{0}”", "'{0}'"};
const Message k_settings_string{"应为字符串，而不是{0}", "expected a string"};
const Message k_settings_whole{"应为整数，而不是{0}", "expected a whole number"};
const Message k_settings_range{"{0}超出范围（{1}–{2}）", "{0} is out of range ({1}–{2})"};
const Message k_settings_fraction{"“{0}”不是“2/3”这样的分数", "'{0}' is not a fraction like \"2/3\""};
const Message k_settings_number_or_ratio{"应为数或“2/3”这样的分数，而不是{0}",
                                         "expected a number or a fraction like \"2/3\""};
const Message k_settings_ratio_range{"应大于0且不大于1，而不是{0}", "must be greater than 0 and at most 1"};
const Message k_settings_date{"应为 YYYY-MM-DD 格式的日期，而不是{0}", "expected a date YYYY-MM-DD"};
const Message k_settings_dates{"应为日期列表", "expected a list of dates"};
const Message k_settings_strings{"应为字符串列表", "expected a list of strings"};
const Message k_settings_periods{"应为含 name、from、to 的 [[sensitive_periods]] 表",
                                 "expected [[sensitive_periods]] tables with name, from and to"};
const Message k_settings_period_table{"应为含 name、from、to 的表", "expected a table with name, from and to"};
const Message k_settings_missing{"未填写", "missing"};
const Message k_settings_before_from{"{0}早于 from {1}", "{0} is before from {1}"};
const Message k_settings_indicators{
  "应为“名称 = \"flow|stock|rate\"”或“名称 = {{ kind, unit, weight }}”的表",
  "expected a table of name = \"flow|stock|rate\" or name = {{ kind, unit, weight }}"};
const Message k_settings_kind{"“{0}”不是可用的类型：flow（累计）、stock（时点）或 rate（比率）",
                              "'{0}' is not a kind: flow (累计), stock (时点) or rate (比率)"};
const Message k_settings_indicator_field{"没有此设置（可用：kind、unit、weight）",
                                         "unknown setting (kind, unit or weight)"};
const Message k_settings_indicator_value{"应为 \"flow\"、\"stock\"、\"rate\" 或表 {{ kind, unit, weight }}",
                                         "expected \"flow\", \"stock\", \"rate\" or a table {{ kind, unit, weight }}"};
const Message k_settings_did_you_mean{"没有此设置；是不是“{1}”？", "unknown setting; did you mean '{0}'?"};
const Message k_settings_unknown{"没有此设置（此处可用：{0}）", "unknown setting (known here: {0})"};
const Message k_settings_file_mode{
  "应为加引号的八进制权限，从\"0600\"到\"0666\"，例如\"0644\"（所有者可读写，不可执行），而不是{0}",
  "expected a quoted octal mode from \"0600\" to \"0666\" such as \"0644\" (owner read-write, no execute)"};
const Message k_settings_name_missing{"未填写：须有街道名称", "missing: the sub-district's name is required"};
const Message k_settings_division{"“{0}”不是6、9或12位的行政区划代码", "'{0}' is not a 6, 9 or 12 digit division code"};
const Message k_settings_timezone{"没有时区“{0}”", "unknown time zone '{0}'"};
const Message k_settings_positive{"应为正数，而不是{0}", "expected a positive number"};
const Message k_settings_day_mode{"“{0}”既不是\"calendar\"也不是\"working\"",
                                  "'{0}' is neither \"calendar\" nor \"working\""};
const Message k_settings_templates{"应为“名称 = \"模板\"”的表", "expected a table of name = \"template\""};
const Message k_mapping_not_field{"“{0}”不是{2}的字段", "'{0}' is not a field of {1}"};
const Message k_mapping_type{"没有类型“{0}”", "unknown type '{0}'"};
const Message k_mapping_fields{"应为 [[field]] 表", "expected [[field]] tables"};
const Message k_mapping_table{"应为表", "expected a table"};
const Message k_mapping_labels{"应为“代码 = [标签]”的表", "expected a table of code = [labels]"};
const Message k_unknown_entity{"没有“{0}”这类数据；可用：{1}", "unknown entity '{0}'; expected one of: {1}"};

} // namespace dongmao::text
