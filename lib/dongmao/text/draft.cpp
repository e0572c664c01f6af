#include <dongmao/text/draft.hpp>

namespace dongmao::text {

const Message k_template_missing{"{0}：模板文件不存在或无法读取", "{0}: no such template file, or it cannot be read"};
const Message k_template_unclosed_note{"{0}：第{1}行：注释 <!-- 没有以 --> 结束",
                                       "{0}: line {1}: a <!-- note never ends with -->"};
const Message k_template_unclosed{"{0}：第{1}行：占位符缺少右花括号：{2}",
                                  "{0}: line {1}: placeholder without a closing brace: {2}"};
const Message k_template_bad_path{
  "{0}：第{1}行：占位符 {{{2}}} 的路径写法有误（应如 projects[DQSC].signed_total）",
  "{0}: line {1}: placeholder {{{2}}} is not a path (like projects[DQSC].signed_total)"};
const Message k_template_unknown{"{0}：第{1}行：占位符 {{{2}}} 的路径未知：报告中没有“{3}”",
                                 "{0}: line {1}: placeholder {{{2}}} names an unknown path: the report has no '{3}'"};
const Message k_template_no_data{
  "{0}：第{1}行：占位符 {{{2}}} 无数据；若此句可省略，请在路径后加“?”",
  "{0}: line {1}: placeholder {{{2}}} has no data; add '?' after the path if its line may be left out"};
const Message k_template_bad_filter{
  "{0}：第{1}行：占位符 {{{2}}} "
  "的格式“{3}”未知（可用：万元、亿、百分比、月日、序数、纯数、个数、正负:甲,乙,丙、首位:甲,乙、是否:甲,乙）",
  "{0}: line {1}: placeholder {{{2}}} has an unknown filter '{3}' (known: 万元, 亿, 百分比, 月日, 序数, 纯数, 个数, "
  "正负:a,b,c, 首位:a,b, 是否:a,b)"};
const Message k_template_bad_value{"{0}：第{1}行：占位符 {{{2}}} 的格式“{3}”不适用于值 {4}",
                                   "{0}: line {1}: placeholder {{{2}}}: filter '{3}' does not apply to the value {4}"};
const Message k_peer_not_workspace{"{0}：不是 dongmao 工作区，无法参与排名",
                                   "{0}: not a dongmao workspace to rank among"};
const Message k_peers_with_rollup{"--peers 不能与 --rollup 同用：汇总报告自带各街道的排名",
                                  "--peers cannot be used with --rollup: a rollup ranks its own sub-districts"};

} // namespace dongmao::text
