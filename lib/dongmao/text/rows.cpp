#include <dongmao/text/rows.hpp>

namespace dongmao::text {

const Message k_row_empty{"{0}为空", "{0} is empty"};
const Message k_row_due_before_start{"完成时限{0}早于开始日期{1}", "due date {0} is before the start date {1}"};
const Message k_row_area_negative{"建筑面积{0}为负数", "floor area {0} is negative"};
const Message k_row_after_today{"{0}晚于今天（{1}）", "{0} is after today ({1})"};
const Message k_row_before_stage{"{0}早于{1}日期{2}", "{0} is before the {1} date {2}"};
const Message k_row_stage_contradicted{"写的是{0}，但{1}日期{2}已填写", "says {0} but the {1} date {2} is filled in"};
const Message k_row_no_project{"没有项目：请填写项目列，或加 --project 编号",
                               "no project: fill the 项目 column or pass --project CODE"};
const Message k_row_before_step{"{0}早于前一步的日期{1}", "{0} is before an earlier step's date {1}"};
const Message k_row_unknown_repeat{"没有原信访件“{0}”", "unknown earlier case '{0}'"};
const Message k_row_people_at_least_1{"至少为1", "must be at least 1"};
const Message k_row_no_month{"没有月份：请填写月份列，或加 --month YYYY-MM",
                             "no month: fill the 月份 column or pass --month YYYY-MM"};
const Message k_row_value_empty{"数值为空", "数值 is empty"};
const Message k_row_not_number{"“{0}”不是数{1}", "'{0}' is not a number{1}"};
const Message k_row_percent_rate_only{"（只有比率可写百分数）", " (only a rate is a percentage)"};
const Message k_row_not_kind{"“{0}”不是可用的口径：累计（flow）、时点（stock）或比率（rate）",
                             "'{0}' is not a 口径: 累计 (flow), 时点 (stock) or 比率 (rate)"};
const Message k_row_id_empty{"身份证号为空：此台账按身份证号匹配住户（--match id）",
                             "身份证号 is empty: this ledger's rows are matched by ID number (--match id)"};
const Message k_row_no_address{
  "没有地址：此台账按楼栋/单元/房号或地址匹配住户（--match address）",
  "no address: this ledger's rows are matched by 楼栋/单元/房号 or 地址 (--match address)"};
const Message k_row_address_needs_project{"只能在项目内按地址匹配住户",
                                          "households are matched by address only within a project"};

} // namespace dongmao::text
