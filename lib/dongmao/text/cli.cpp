#include <dongmao/text/cli.hpp>

#include <map>
#include <utility>

namespace dongmao::text {

const Message k_bad_lang{"{0}：“{1}”不是可用的语言；可用：zh（中文）、en（英文）",
                         "{0}: '{1}' is not a language; use zh (Chinese) or en (English)"};
const Message k_unknown_command{"没有“{0}”这个命令（见 dongmao --help）",
                                "unknown command '{0}' (see 'dongmao --help')"};
const Message k_unknown_command_guess{"没有“{0}”这个命令；是不是“{1}”？（见 dongmao --help）",
                                      "unknown command '{0}'; did you mean '{1}'? (see 'dongmao --help')"};
const Message k_usage_error{"{0}（见 dongmao --help）", "{0} (see 'dongmao --help')"};
const Message k_help_unknown_command{"help：没有“{0}”这个命令（见 dongmao --help）",
                                     "help: unknown command '{0}' (see 'dongmao --help')"};
const Message k_completion_usage{"用法：dongmao completion bash", "usage: dongmao completion bash"};
const Message k_progress_rows{"{0}行", "{0} rows"};
const Message k_progress_rate{"{0:.0f}行/秒", "{0:.0f} rows/s"};
const Message k_progress_left{"剩余{0}", "{0} left"};
const Message k_progress_counter{"正在导入… {0}行{1}", "importing… {0} rows{1}"};
const Message k_households_shown{"显示{0}户，共{1}户；--limit N（0 为全部）或 --format csv 查看全部",
                                 "{0} of {1} households shown; --limit N (0: all) or --format csv for more"};
const Message k_bad_today{"{0}：“{1}”不是 YYYY-MM-DD 格式的日期", "{0}: '{1}' is not a date YYYY-MM-DD"};
const Message k_not_a_choice{"“{0}”不是可用的值；可用：{1}", "'{0}' is not one of {1}"};
const Message k_not_in_range{"“{0}”不是{1}到{2}之间的数", "'{0}' is not a number from {1} to {2}"};
const Message k_not_non_negative{"“{0}”不是大于或等于0的数", "'{0}' is not a number at or above zero"};
const Message k_flag_not_a_date{"{0}：“{1}”不是 YYYY-MM-DD 格式的日期", "{0}: '{1}' is not a date YYYY-MM-DD"};
const Message k_bad_month{"--month：“{0}”不是 this、last 或 YYYY-MM", "--month: '{0}' is not this, last or YYYY-MM"};
const Message k_bad_date_range{"{0}：“{1}”不是日期范围（D、D1..D2、..D、D.. 或 YYYY-MM，日期为 YYYY-MM-DD）",
                               "{0}: '{1}' is not a date range (D, D1..D2, ..D, D.. or YYYY-MM, dates YYYY-MM-DD)"};
const Message k_wrote{"已写入 {0}", "wrote {0}"};

const Message k_status_workspace{"工作区：{0}", "workspace: {0}"};
const Message k_status_schema{"数据库版本：{0}", "schema version: {0}"};
const Message k_status_last_import{"最近导入：{0}", "last import: {0}"};
const Message k_status_none{"无", "none"};
const Message k_last_import{"{0} {1}，{2}", "{0} {1} at {2}"};

std::string count_label(const std::string& name)
{
  static const std::map<std::string, const char*> k_labels = {
    {"communities", "社区"},     {"grids", "网格"},
    {"households", "住户"},      {"persons", "居民"},
    {"organisations", "单位"},   {"projects", "项目"},
    {"enrollments", "项目住户"}, {"stage_events", "阶段记录"},
    {"petitions", "信访件"},     {"metric_values", "指标数据"},
    {"import_runs", "导入记录"}, {"audit_entries", "审计记录"},
  };
  const auto found = k_labels.find(name);
  return lang() == Lang::zh && found != k_labels.end() ? found->second : name;
}

} // namespace dongmao::text
