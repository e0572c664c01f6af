#include <dongmao/text/import.hpp>

#include <map>

namespace dongmao::text {

std::string entity_unit(const std::string& entity)
{
  static const std::map<std::string, const char*> k_units = {
    {"communities", "个社区"},   {"grids", "个网格"},      {"households", "户"},  {"persons", "人"},
    {"organisations", "家单位"}, {"projects", "个项目"},   {"enrollments", "户"}, {"petitions", "件"},
    {"metrics", "条"},           {"indicators", "个指标"},
  };
  if (lang() == Lang::en) {
    return "";
  }
  const auto found = k_units.find(entity);
  return found == k_units.end() ? "条" : found->second;
}

const Message k_import_written{"{0}：读取{1}行：新增{2}{6}，更新{3}{6}，未变{4}{6}，有误{5}行",
                               "{0}: read {1}, inserted {2}, updated {3}, unchanged {4}, rejected {5}"};
const Message k_import_not_written{"{0}：读取{1}行：可新增{2}{6}，可更新{3}{6}，未变{4}{6}，有误{5}行",
                                   "{0}: read {1}, would insert {2}, would update {3}, unchanged {4}, rejected {5}"};
const Message k_import_nothing_written{"，未写入", " (nothing written)"};
const Message k_import_dry_run{"，试运行未写入", " (dry run: nothing written)"};
const Message k_import_sheet_searched{"读取了工作表 {0}：第一个工作表 {1} 没有{2}表头",
                                      "read sheet {0}: the first sheet, {1}, has no header of {2}"};
const Message k_import_match_id{
  "按户主身份证号找住户；新住户按规则编号（见 README）",
  "households found by the head's ID number (身份证号); new ones given codes (see README)"};
const Message k_import_match_address{
  "按项目内的地址找住户；新住户按规则编号（见 README）",
  "households found by address within the project; new ones given codes (see README)"};
const Message k_import_unmapped{"没有对应字段的列，存为附加数据：{0}", "kept as extra data (no matching field): {0}"};
const Message k_import_unmapped_resembles{"（{0}列，像{1}）", " (column {0}, looks like {1})"};
const Message k_import_column_letter{"{0}列", "column {0}"};
const Message k_import_kept_newer{"保留工作区中较新的状态：{0}行（{1}）", "kept newer: {0} row{2} ({1})"};
const Message k_import_context{"从表格周围读取：{0}", "from around the table: {0}"};
const Message k_import_skipped_totals{"跳过合计行（合计/小计）：第{0}行",
                                      "skipped as sum rows (合计/小计): row{1} {0}"};
const Message k_import_skipped_notes{"跳过表格下方的备注（填表人/审核人/注）：第{0}行",
                                     "skipped as notes below the table (填表人/审核人/注): row{1} {0}"};
const Message k_import_skipped_unfilled{"跳过未填任何已知列的行：第{0}行",
                                        "skipped with no known column filled: row{1} {0}"};
const Message k_import_more_errors{"……另有{0}个错误未显示；{1}", "… and {0} more error{2} not shown; {1}"};
const Message k_import_errors_in{"全部错误行见 {0}", "every rejected row is in {0}"};
const Message k_import_errors_hint{"用 --errors 文件名 可写出全部错误行", "--errors FILE writes every rejected row"};
const Message k_import_more_warnings{"……另有{0}个警告未显示", "… and {0} more warning{1} not shown"};
const Message k_list_separator{"、", ", "};

const Message k_row_at{"{0}：第{1}行：{2}", "{0}: row {1}: {2}"};
const Message k_cell_at{"{0}：第{1}行 {2}：{3}", "{0}: row {1}, column {2}: {3}"};
const Message k_column_label{"{0}列（{1}）", "{0} ({1})"};
const Message k_column_letter{"{0}列", "{0}"};
const Message k_file_sheet{"{0}：工作表 {1}", "{0}: sheet {1}"};
const Message k_reason{"{0}：{1}", "{0}: {1}"};
const Message k_reason_separator{"；", "; "};
const Message k_quoted{"“{0}”", "'{0}'"};

const Message k_not_a_date{"{0}不是有效日期", "{0} is not a date"};
const Message k_ambiguous_month_day{"{0}是数字：可能是{1}月{2}日，也可能是{3}月{4}0日；请把日期按文本输入",
                                    "{0} is a number: it could be {1}月{2}日 or {3}月{4}0日; type the date as text"};
const Message k_not_one_of{"{0}不是以下之一：{1}", "{0} is not one of: {1}"};
const Message k_figure_unit{"{0}不是{1}数值：“{2}”与本列不符",
                            "{0} is not a number of {1}: {2} does not fit the column"};
const Message k_kind_square_km{"平方公里", "km²"};
const Message k_kind_square_m{"平方米", "m²"};
const Message k_kind_other{"本列的", "this kind"};
const Message k_not_yes_no{"{0}不是“是”或“否”", "{0} is not yes or no (是/否)"};
const Message k_id_number_mangled{
  "{0}：Excel 把身份证号存成了数字，丢失了末尾几位；请把该列设为文本后重新输入",
  "{0}: Excel stored this ID number as a number and lost its last digits; format the column as text and enter the "
  "number again"};
const Message k_not_an_id_number{"{0}不是有效的身份证号：{1}", "{0} is not a valid ID number: {1}"};
const Message k_credit_code_kept{"统一社会信用代码“{0}”已保留，但{1}", "credit code '{0}' kept, but {1}"};
const Message k_not_a_phone{"{0}不是电话号码", "{0} is not a phone number"};
const Message k_not_a_month{"{0}不是月份（YYYY-MM）", "{0} is not a month (YYYY-MM)"};
const Message k_not_an_amount{"{0}不是金额", "{0} is not an amount"};
const Message k_not_a_whole_number{"{0}不是整数", "{0} is not a whole number"};
const Message k_not_a_number{"{0}不是数字", "{0} is not a number"};
const Message k_same_key_as_row{"与第{0}行重复（{1}）", "same key as row {0} ({1})"};
const Message k_row_over_budget{"该行文本超过{0}字节的上限：此单元格有{1}字节，{2}",
                                "row is over the budget of {0} bytes of text: this cell holds {1} bytes, {2}"};

const Message k_empty_file{"{0}：文件是空的，没有可导入的内容", "{0}: the file is empty; nothing to import"};
const Message k_empty_sheet{"{0}：工作表是空的，没有可导入的内容", "{0}: the sheet is empty; nothing to import"};
const Message k_no_header{"{0}：没有表头行：前{1}行中没有一行含{2}的列名",
                          "{0}: no header row: none of the first {1} rows names a column of {2}"};
const Message k_no_header_any{"{0}：没有表头行：所有工作表的前{1}行中都没有一行含{2}的列名",
                              "{0}: no header row: none of the first {1} rows of any sheet names a column of {2}"};
const Message k_no_column_for{"{0}：第{1}行：缺少“{2}”列（表头如 {3}）",
                              "{0}: row {1}: no column for {2} (a header such as {3})"};
const Message k_row_problem{"{0}：第{1}行：{2}", "{0}: row {1}: {2}"};
const Message k_strict_unmapped{
  "{0}：第{1}行：--strict：{2}没有对应字段；请把表头加入 --mapping 文件",
  "{0}: row {1}: --strict: no field for column{3} {2}; add the header{3} to a --mapping file"};
const Message k_strict_column{"{0}列（{1}{2}）", "{0} ({1}{2})"};
const Message k_no_header_word{"无表头", "no header"};
const Message k_strict_resembles{"，像{0}", ", looks like {0}"};

const Message k_match_entity{"--match 只用于 households 和 enrollments，不用于 {0}",
                             "--match: only for households and enrollments, not {0}"};
const Message k_match_address_project{
  "--match address：只在项目内按地址找住户（import enrollments --project …）",
  "--match address: households are matched by address only within a project (import enrollments --project …)"};
const Message k_match_id_no_column{
  "{0}：第{1}行：--match id 但没有户主身份证号列（表头如 身份证号）",
  "{0}: row {1}: --match id but no column for head_id_number (a header such as 身份证号)"};
const Message k_match_address_no_column{
  "{0}：第{1}行：--match address 但没有地址列（地址，或 楼栋、单元 和 房号）",
  "{0}: row {1}: --match address but no column for address (地址, or 楼栋, 单元 and 房号)"};
const Message k_address_of_several{"地址“{0}”是项目中{1}这几户的；请填户号或身份证号",
                                   "address '{0}' is that of households {1} in the project; give 户号 or 身份证号"};
const Message k_id_number_of_another{"此身份证号是住户{0}的户主的，不是{1}的{2}",
                                     "this ID number is the head's of household {0}, not of {1}{2}"};
const Message k_bulk_not_taken{"另有程序打开着工作区，--bulk 未生效：本次照常导入，读取不受影响",
                               "another program has the workspace open, so --bulk was not taken: this run "
                               "imports as usual, readers unaffected"};
const Message k_id_number_hint{"；若台账用自己的编号，请用 --match id 导入",
                               "; if the ledger numbers its rows its own way, import with --match id"};

const Message k_stage_dated_before{
  "{0}：第{1}行：住户{2}：台账的{3}日期{4}早于最近记录的阶段（{5} {6}）；阶段保持不变",
  "{0}: row {1}: household {2}: the ledger's {3} date {4} is before its last recorded stage ({5} {6}); the stage is "
  "kept as it is"};
const Message k_step_dated_before{
  "{0}：第{1}行：信访件{2}：台账的{3} {4}早于用 dongmao petition 办理的最近一步（{5} {6}）；信访件保持不变",
  "{0}: row {1}: case {2}: the ledger's {3} {4} is before its last step taken with 'dongmao petition' ({5} {6}); the "
  "case is kept as it is"};

const Message k_context_year{"年份{0}取自{1}", "year {0} from {1}"};
const Message k_context_month{"月份{0}取自{1}", "month {0} from {1}"};
const Message k_context_title{"标题 {0}", "the title {0}"};
const Message k_context_sheet_name{"工作表名 {0}", "the sheet name {0}"};
const Message k_context_errors_file{"这是错误行文件：不读其{0}列和{1}列",
                                    "an errors file: its columns {0} and {1} are left out"};
const Message k_context_row_numbers{"{0}列（{1}）是序号：不保存", "column {0} ({1}) numbers the rows: not stored"};
const Message k_context_community{"社区“{0}”取自工作表名", "community {0} from the sheet name"};
const Message k_looks_like{"{0}：{1}像“{2}”，但未按其读取：存为附加数据（把表头加入 --mapping 文件即可读取）",
                           "{0}: column {1} looks like {2} but was not read as it: kept as extra data (add the header "
                           "to a --mapping file to read it)"};

} // namespace dongmao::text
