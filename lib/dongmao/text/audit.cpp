#include <dongmao/text/audit.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/text/message.hpp>

#include <map>

namespace dongmao::text {

namespace {

std::optional<std::string> find_word(const std::map<std::string, const char*>& words, const std::string& key)
{
  if (lang() == Lang::en) {
    return key;
  }
  const auto found = words.find(key);
  return found == words.end() ? std::nullopt : std::optional<std::string>(found->second);
}

} // namespace

std::optional<std::string> audit_action_word(const std::string& action)
{
  static const std::map<std::string, const char*> k_words = {
    {"insert", "新增"},         {"update", "修改"},         {"delete", "删除"}, {"stage", "阶段变更"},
    {"consent", "意愿变更"},    {"enroll", "纳入项目"},     {"import", "导入"}, {"done", "完成"},
    {"reveal", "查看个人信息"}, {"export", "导出个人信息"},
  };
  return find_word(k_words, action);
}

std::optional<std::string> audit_field_word(const std::string& field)
{
  static const std::map<std::string, const char*> k_words = {
    {"forced", "强制更正"},
    {"petitioners", "信访人"},
    {"seq", "顺序"},
    {"done_date", "完成日期"},
    {"stage_date", "阶段日期"},
    {"extension_days", "延期天数"},
    {"inserted", "新增"},
    {"updated", "更新"},
    {"unchanged", "未变"},
    {"rejected", "有误"},
    {"sha256", "文件校验值"},
    {"declined_date", "不予受理日期"},
    {"handled_at", "处置时间"},
    {"reported_at", "报告时间"},
    {"command", "命令"},
    {"shown", "显示内容"},
    {"file", "文件"},
    {"status", "状态"},
  };
  return find_word(k_words, field);
}

std::string entity_word(const std::string& entity)
{
  static const std::map<std::string, const char*> k_words = {
    {"community", "communities"},      {"grid", "grids"},
    {"household", "households"},       {"person", "persons"},
    {"organisation", "organisations"}, {"project", "projects"},
    {"enrollment", "enrollments"},     {"petition", "petitions"},
    {"metric_value", "metric_values"},
  };
  static const std::map<std::string, const char*> k_own = {
    {"milestone", "里程碑"},
    {"indicator", "指标"},
    {"database", "数据库"},
    {"stage_event", "阶段记录"},
  };
  if (lang() == Lang::en) {
    return entity;
  }
  // Most entities are counted by `status` already: one word for each, kept there.
  if (const auto counted = k_words.find(entity); counted != k_words.end()) {
    return count_label(counted->second);
  }
  if (const auto own = k_own.find(entity); own != k_own.end()) {
    return own->second;
  }
  return count_label(entity);
}

const Message k_check_foreign_key{"外键指向不存在的{0}记录", "foreign key points to a missing {0} row"};
const Message k_check_stage{"当前阶段为{0}，但最近的阶段事件（{1}）为{2}",
                            "stage is {0} but the latest stage event ({1}) is {2}"};
const Message k_check_petition_status{"状态为{0}，但最近的办理事件（{1}）为{2}",
                                      "status is {0} but the latest event ({1}) is {2}"};
const Message k_check_extension_no_event{"延期{0}天，但没有延期事件，期限无法核对",
                                         "extended by {0} days but no extend event: the deadline cannot be checked"};
const Message k_check_extension_zero{"有延期事件，但延期天数为0，期限计算有误",
                                     "an extend event but 0 extension days: the deadline is computed wrongly"};
const Message k_check_id_heads_several{"同一身份证号是多个户的户主", "one ID number heads several households"};
const Message k_check_id_other_household{"户{0}户主的身份证号属于户{1}的居民",
                                         "the head of household {0} has the ID number of a person of household {1}"};
const Message k_check_quoted{"“{0}”", "{0}"};

} // namespace dongmao::text
