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

const Message k_stage_changed{"{0}（{1}）：{2} → {3}，{4}起", "{0} in {1}: {2} → {3} as of {4}"};
const Message k_consent_recorded{"{0}（{1}）：{2}{3}", "{0} in {1}: {2}{3}"};
const Message k_unchanged{"（未变）", " (unchanged)"};
const Message k_enrolled{"{0}：纳入{1}户{2}", "{0}: enrolled {1} household{3}{2}"};
const Message k_enroll_skipped{"，跳过已纳入的{0}户", ", skipped {0} already enrolled"};
const Message k_milestone_added{"{0} 节点{1}“{2}”已添加", "{0} milestone {1} '{2}' added"};
const Message k_milestone_done{"{0} 节点{1}“{2}”已完成", "{0} milestone {1} '{2}' done"};
const Message k_milestone_updated{"{0} 节点{1}“{2}”已修改", "{0} milestone {1} '{2}' updated"};
const Message k_cases_listed{"共 {0} 件", "{0} case{1}"};
const Message k_overdue_summary{"逾期 {0} 件，{1} 天内到期 {2} 件", "{0} overdue, {2} due within {1} days"};
const Message k_overdue_none{"没有逾期或 {0} 天内到期的信访件", "no case overdue or due within {0} days"};
const Message k_incidents_summary{"紧急件 {0} 件，已处置 {1} 件，{2} 小时内处置 {3} 件",
                                  "{0} urgent cases, {1} handled, {3} within {2} hours"};
const Message k_incidents_hours{"，最长 {0} 小时，平均 {1} 小时", ", longest {0} hours, average {1} hours"};
const Message k_no_periods{"dongmao.toml 未设置敏感时段（[[sensitive_periods]]）",
                           "dongmao.toml sets no sensitive periods ([[sensitive_periods]])"};
const Message k_range_backwards{"{0}：“{1}”的结束早于开始", "{0}: '{1}' ends before it starts"};
const Message k_month_or_range{"--month 与 --from/--to 只能给出一种", "give either --month or --from/--to, not both"};
const Message k_from_and_to{"--from 和 --to 须同时给出", "--from and --to go together"};
const Message k_not_a_stage{"{0}：“{1}”不是阶段", "{0}: '{1}' is not a stage"};
const Message k_nothing_to_update{"没有要修改的字段：至少给出一个（见 dongmao {0} update --help）",
                                  "nothing to update: give at least one field (see 'dongmao {0} update --help')"};
const Message k_errors_not_stdout{"--errors -：有误的行要写入文件，不能写到标准输出",
                                  "--errors -: the rejected rows go to a file, not to standard output"};
const Message k_enroll_whom{"请指明住户：CODES、--file 或筛选条件（--community、--grid、--search）",
                            "name the households: CODES, --file, or a filter (--community, --grid, --search)"};
const Message k_codes_cannot_open{"{0}：无法打开", "{0}: cannot open"};
const Message k_petitioner_form{"--petitioner：应为 姓名[,身份证号[,电话]]，实际有{0}项{1}",
                                "--petitioner: expected NAME[,ID[,PHONE]], got {0} fields{1}"};
const Message k_petitioner_no_name{"，且第一项不是姓名", " and no name first"};
const Message k_not_a_channel{"{0}：“{1}”不是 网上、来信、来访 或 来电", "{0}: '{1}' is not 网上, 来信, 来访 or 来电"};
const Message k_not_a_status{
  "--status：“{0}”不是状态（received、accepted、declined、answered、reviewing、rechecking、closed、open 或其中文标签）",
  "--status: '{0}' is not a status (received, accepted, declined, answered, reviewing, rechecking, closed, open, or "
  "their Chinese labels)"};
const Message k_not_an_outcome{"--outcome：“{0}”不是 支持、解释说明 或 不予支持",
                               "--outcome: '{0}' is not 支持, 解释说明 or 不予支持"};

const Message k_backed_up{"已备份工作区 {0} 到 {1}", "backed up workspace {0} to {1}"};
const Message k_restored{"已从 {0} 恢复工作区 {1}", "restored workspace {1} from {0}"};
const Message k_restore_would_overwrite{
  "{0}: 工作区已有数据，恢复会覆盖全部数据；确认后加 --force；未做任何更改",
  "{0}: the workspace holds data, which a restore replaces whole; add --force to go ahead; nothing was changed"};
const Message k_check_clean{"{0}: 检查通过，未发现问题", "{0}: checked, no problems found"};
const Message k_check_findings{"{0}: 检查发现 {1} 个问题", "{0}: {1} problem{2} found"};
const Message k_petition_registered{"已登记 {0}（{1}，{2}{3}）；受理告知期限 {4}，{5}",
                                    "registered {0} ({1}, {2}{3}); acceptance notice due {4}, {5}"};
const Message k_group_case{"，集体访 {0} 人", ", group case of {0}"};

const Message k_record_added{"{2} {1} 已新增", "{0} {1} added"};
const Message k_record_updated{"{2} {1} 已修改", "{0} {1} updated"};
const Message k_record_unchanged{"{2} {1} 未变", "{0} {1} unchanged"};

const Message k_flag_not_a_time{"{0}：“{1}”不是“YYYY-MM-DD HH:MM”格式的时间",
                                "{0}: '{1}' is not a time 'YYYY-MM-DD HH:MM'"};

const Message k_help_help{"显示本帮助并退出", "Print this help message and exit"};
const Message k_help_version{"显示版本并退出", "Display program version information and exit"};
const Message k_help_options_group{"选项", "Options"};
const Message k_help_subcommands_group{"子命令", "Subcommands"};

const std::vector<std::pair<std::string, Message>>& help_labels()
{
  static const std::vector<std::pair<std::string, Message>> k_labels = {
    {"Usage", {"用法", "Usage"}},
    {"OPTIONS", {"选项", "OPTIONS"}},
    {"SUBCOMMAND", {"子命令", "SUBCOMMAND"}},
    {"SUBCOMMANDS", {"子命令", "SUBCOMMANDS"}},
    {"Positionals", {"参数", "Positionals"}},
    {"REQUIRED", {"必填", "REQUIRED"}},
    {"Env", {"环境变量", "Env"}},
    {"Needs", {"需要", "Needs"}},
    {"Excludes", {"不能同用", "Excludes"}},
  };
  return k_labels;
}

const Message k_parse_unexpected{"多余的参数：{0}", "The following argument was not expected: {0}"};
const Message k_parse_no_subcommand{"缺少子命令", "A subcommand is required"};
const Message k_parse_required{"必须给出 {0}", "{0} is required"};
const Message k_parse_not_converted{"{0}：“{1}”不是有效的值", "Could not convert: {0} = {1}"};
const Message k_parse_not_allowed{"{1}：“{0}”不是可用的值", "The value {0} is not an allowed value for {1}"};
const Message k_parse_flag_value{"{0} 是开关，不带值", "{0}: too many inputs for a flag"};
const Message k_parse_value_missing{"{0} 后面缺少值", "{0}: {1} required {2} missing"};
const Message k_parse_value_count{"{1} 需要{0}个值，给了{2}个", "Expected exactly {0} arguments to {1}, got {2}"};
const Message k_parse_requires{"{0} 需要同时给出 {1}", "{0} requires {1}"};
const Message k_parse_excludes{"{0} 不能与 {1} 同时使用", "{0} excludes {1}"};

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
