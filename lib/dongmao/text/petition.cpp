#include <dongmao/text/petition.hpp>

namespace dongmao::text {

const Message k_step_refused{"无法{0}：{1}", "cannot {0}: {1}"};
const Message k_step_after_today{"{0}晚于今天（{1}）", "{0} is after today ({1})"};
const Message k_step_before_latest{"{0}早于此件最近一步的日期{1}", "{0} is before the case's latest step on {1}"};
const Message k_case_is{"此件{0}", "the case is {0}"};
const Message k_case_status{"{1}", "{0} ({1})"};
const Message k_reopen_first{"；请先重新打开", "; reopen it first"};
const Message k_hint{"；{0}", "; {0}"};
const Message k_hint_extend{"只有办理中的信访件才能延期", "only a case being handled can be extended"};
const Message k_hint_accept_once{"是否受理只决定一次", "acceptance is decided once"};
const Message k_hint_review{"答复后才能申请复查", "复查 follows an answer"};
const Message k_already_extended{"办理期限已延长{0}天；第三十四条只允许延期一次",
                                 "the handling period was already extended by {0} days; Art. 34 allows one extension"};
const Message k_extensions_disabled{"不允许延期（dongmao.toml 中 [petition] extension_max_days = 0）",
                                    "extensions are disabled (petition.extension_max_days = 0)"};
const Message k_extension_range{"延期{0}天超出范围：延期为1至{1}天（第三十四条）",
                                "{0} days is out of range: an extension is 1 to {1} days (Art. 34)"};
const Message k_extension_late{"办理期限{0}在{1}已过；延期须在期限届满前批准",
                               "the handling deadline {0} had passed on {1}; an extension is granted before it"};
const Message k_answer_needs_outcome{"答复须给出结果（支持、解释说明或不予支持）",
                                     "an answer needs an outcome (支持, 解释说明 or 不予支持)"};
const Message k_not_accepted_yet{"此件尚未受理；请先受理", "the case has not been accepted yet; accept it first"};
const Message k_was_declined{"此件已于{0}不予受理", "the case was declined (不予受理) on {0}"};
const Message k_already_answered{"此件已答复；再次答复须先有复查或复核申请",
                                 "the case is already answered; a further answer follows a 复查 or 复核 request"};
const Message k_closed_reopen_first{"此件已办结；请先重新打开", "the case is closed; reopen it first"};
const Message k_window_closed{"{0}申请期限已于{1}届满（{3}起{2}日内，{4}）",
                              "the {0} request window closed on {1} ({2} days after {3}, {4})"};
const Message k_article_35{"第三十五条", "Art. 35"};
const Message k_article_36{"第三十六条", "Art. 36"};
const Message k_review_already{"已于{0}申请复查；下一步是申请复核",
                               "复查 was already requested on {0}; the next step is a 复核 (recheck) request"};
const Message k_recheck_already{"已于{0}申请复核；复核意见为最终意见（第三十六条）",
                                "复核 was already requested on {0}; a 复核 opinion is final (Art. 36)"};
const Message k_recheck_needs_review{"复核须在复查意见之后，此件没有复查意见；此件{0}",
                                     "复核 follows a 复查 opinion and the case has none; it is {0}"};
const Message k_close_unanswered{"此件{0}，尚未答复", "the case is {0} and has not been answered"};
const Message k_close_pending{"此件{0}：意见尚未作出", "the case is {0}: its opinion is pending"};
const Message k_already_closed{"此件已于{0}办结", "the case was already closed on {0}"};
const Message k_reopen_only{"只有已办结或不予受理的信访件才能重新打开；此件{0}",
                            "only a closed or declined case can be reopened; this one is {0}"};
const Message k_register_once{"信访件只登记一次，由“petition add”登记",
                              "a case is registered only once, by `petition add`"};
const Message k_category_empty{"信访类别为空", "the category is empty"};
const Message k_category_did_you_mean{
  "没有信访类别“{0}”；是不是“{1}”？（类别在 dongmao.toml 的 [petition] categories 中设置）",
  "unknown category '{0}'; did you mean '{1}'? (categories are set in dongmao.toml, [petition] categories)"};
const Message k_category_unknown{"没有信访类别“{0}”（已有：{1}；在 dongmao.toml 的 [petition] categories 中设置）",
                                 "unknown category '{0}' (known: {1}; set in dongmao.toml, [petition] categories)"};
const Message k_period_none_set{"没有敏感时段“{0}”：dongmao.toml 未设置敏感时段（[[sensitive_periods]]）",
                                "no sensitive period '{0}': none is set in dongmao.toml ([[sensitive_periods]])"};
const Message k_period_did_you_mean{"没有敏感时段“{0}”；是不是“{1}”？",
                                    "no sensitive period '{0}'; did you mean '{1}'?"};
const Message k_period_unknown{"没有敏感时段“{0}”（已有：{1}）", "no sensitive period '{0}' (known: {1})"};
const Message k_petitioner_needs_name{"信访人须有姓名", "a petitioner needs a name"};
const Message k_petitioner_id{"信访人{0}：“{1}”不是有效的身份证号：{2}", "petitioner {0}: ID number {1}: {2}"};
const Message k_petitioner_phone{"信访人{0}：“{1}”不是大陆电话号码",
                                 "petitioner {0}: phone {1} is not a mainland phone number"};
const Message k_handled_before{"处置时间{0}早于报告时间{1}", "handled at {0} is before reported at {1}"};
const Message k_received_after_today{"登记日期{0}晚于今天（{1}）", "received date {0} is after today ({1})"};
const Message k_urgent_needs_reported{"“{0}”是紧急类别：请用 --reported-at 给出报告时间",
                                      "{0} is an urgent category: give --reported-at, when the office was told"};
const Message k_people_fewer{"--people {0} 少于列出的{1}名信访人",
                             "--people {0} is fewer than the {1} petitioners named"};
const Message k_representatives{"集体访推选代表不超过{0}人（第二十条）；现列出{1}人",
                                "a group visit chooses at most {0} representatives (Art. 20); {1} are named"};
const Message k_repeat_unknown{"没有原信访件“{0}”（--repeat-of）", "unknown earlier case '{0}' (--repeat-of)"};
const Message k_case_no_bad{"信访件编号“{0}”为空或含空格", "case number '{0}' is empty or holds spaces"};
const Message k_case_exists{"信访件{0}已存在", "case {0} already exists"};
const Message k_case_refused{"信访件{0}：{1}", "{0}: {1}"};
const Message k_case_corrupt{"信访件{0}：数据库中的{1}“{2}”无效",
                             "petition {0}: {1} '{2}' in the database is not valid"};
const Message k_event_corrupt{"数据库中{1}的办理事件“{0}”无效",
                              "petition event {0} on '{1}' in the database is not valid"};

} // namespace dongmao::text
