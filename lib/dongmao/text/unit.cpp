#include <dongmao/text/unit.hpp>

namespace dongmao::text {

const Message k_stage_not_of_kind{"{0}不是{1}（{2}项目）的阶段", "{0} is no stage of {1}, a {2} project"};
const Message k_unit_kind_unknown{"{0}不是小区、院落或片区", "{0} is none of 小区, 院落, 片区"};
const Message k_unit_accepted_before_start{"验收日期 {0} 早于开工日期 {1}", "accepted on {0}, before the start on {1}"};
const Message k_unit_project_not_renovation{"项目{0}是{1}项目，不是老旧小区改造项目",
                                            "project {0} is a {1} project, not a renovation"};

} // namespace dongmao::text
