#include <dongmao/text/project.hpp>

namespace dongmao::text {

const Message k_stage_same{"已是{0}", "is already {0}"};
const Message k_stage_skip{"会从{1}直接到{2}，跳过{0}", "would skip {0} on the way from {1} to {2}"};
const Message k_stage_back{"会从{0}退回{1}", "would move back from {0} to {1}"};
const Message k_stage_withdraw_signed{"会让已到{0}的住户退出", "would withdraw a household that has already {0}"};
const Message k_stage_rejoin{"会让已退出的住户回到{0}", "would bring a withdrawn household back at {0}"};
const Message k_stage_list_separator{"、", ", "};
const Message k_stage_quoted{"“{0}”", "{0}"};
const Message k_date_after_today{"{0}晚于今天（{1}）", "{0} is after today ({1})"};
const Message k_stage_date_before{"{0}日期{1}早于{2}日期{3}", "{0} date {1} is before the {2} date {3}"};
const Message k_not_enrolled{"住户“{0}”未纳入项目{1}；见“dongmao project enroll”",
                             "household '{0}' is not enrolled in {1}; see 'dongmao project enroll'"};
const Message k_stage_needs_force{"住户“{0}”（项目{1}）：{2}；如属更正，请加 --force 并用 --note 写明原因",
                                  "household '{0}' in {1}: {2}; pass --force with --note to record a correction"};
const Message k_force_needs_note{"住户“{0}”（项目{1}）：{2}；--force 须同时用 --note 写明原因",
                                 "household '{0}' in {1}: {2}; --force needs a --note saying why"};
const Message k_stage_refused{"住户“{0}”（项目{1}）：{2}", "household '{0}' in {1}: {2}"};
const Message k_consent_renovation{"项目{0}是{1}项目；只有老旧小区改造项目记录居民意愿",
                                   "{0} is a {1} project; consent is kept for renovation projects (老旧小区改造) only"};
const Message k_enroll_date_after{"--date {0}晚于今天（{1}）", "--date {0} is after today ({1})"};
const Message k_household_listed_twice{"住户“{0}”列了两次", "household '{0}' is listed twice"};
const Message k_no_household_matches{"没有符合筛选条件的住户", "no household matches the filter"};
const Message k_no_households_to_enroll{"没有要纳入的住户", "no households to enroll"};
const Message k_already_enrolled{
  "住户“{0}”已纳入项目{1}（{2}）；加 --skip-enrolled 可跳过这些住户",
  "household '{0}' is already enrolled in {1} ({2}); pass --skip-enrolled to leave such households alone"};
const Message k_milestone_did_you_mean{"项目{0}没有里程碑“{1}”；是不是“{2}”？",
                                       "{0} has no milestone '{1}'; did you mean '{2}'?"};
const Message k_milestone_unknown{"项目{0}没有里程碑“{1}”", "{0} has no milestone '{1}'"};
const Message k_milestone_needs_name{"里程碑须有名称", "a milestone needs a name"};
const Message k_milestone_exists{"项目{0}已有里程碑“{1}”；见“dongmao project milestone update”",
                                 "{0} already has a milestone '{1}'; see 'dongmao project milestone update'"};
const Message k_milestone_done_after{"项目{0}里程碑“{1}”：完成日期{2}晚于今天（{3}）",
                                     "{0} milestone '{1}': done date {2} is after today ({3})"};
const Message k_milestone_done_already{"项目{0}里程碑“{1}”已于{2}完成；如需改日期，请加 --force",
                                       "{0} milestone '{1}' was done on {2}; pass --force to change the date"};
const Message k_sort_unknown{"--sort：没有排序键“{0}”", "--sort: unknown key '{0}'"};
const Message k_sort_stage_date{"--sort stage_date 须同时给出 --project", "--sort stage_date needs --project"};
const Message k_consent_nobody{"没有纳入的住户", "no households enrolled"};
const Message k_consent_area_unknown{"{1}户中有{0}户面积不详，无法判断面积占比",
                                     "floor area unknown for {0} of {1} households: the area shares cannot be judged"};
const Message k_consent_no_quorum{"参与表决未达要求：按户数{0}、按面积{1}参与，各需{2}",
                                  "quorum not met: {0} of owners and {1} of floor area took part, {2} of each needed"};
const Message k_consent_no_agreement{
  "同意未达要求：参与者中按户数{0}、按面积{1}同意，各需{2}",
  "agreement not met: {0} of participating owners and {1} of their floor area agree, {2} of each needed"};
const Message k_consent_met{"参与和同意均达要求：按户数{0}、按面积{1}参与；其中按户数{2}、按面积{3}同意",
                            "quorum and agreement met: {0} of owners and {1} of area took part; {2} and {3} of them "
                            "agree"};
const Message k_household_exists{"住户“{0}”已存在；见“dongmao household update”",
                                 "household '{0}' already exists; see 'dongmao household update'"};
const Message k_project_exists{"项目“{0}”已存在；见“dongmao project update”",
                               "project '{0}' already exists; see 'dongmao project update'"};
const Message k_flag_no_value{"{0}：未给出值", "{0}: no value given"};
const Message k_flag_no_field{"{0}：{1} 的导入映射没有字段“{2}”", "{0}: the {1} mapping has no field '{2}'"};

} // namespace dongmao::text
