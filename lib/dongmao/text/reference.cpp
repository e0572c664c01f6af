#include <dongmao/text/reference.hpp>

#include <algorithm>

namespace dongmao::text {

std::string either(const std::vector<std::string>& names)
{
  const bool zh = lang() == Lang::zh;
  std::string text;
  const auto shown = std::min<std::size_t>(names.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) {
    const char* before = i == 0 ? "" : i + 1 == shown ? (zh ? "或" : " or ") : (zh ? "、" : ", ");
    text += fmt::format(fmt::runtime(zh ? "{}“{}”" : "{}'{}'"), before, names[i]);
  }
  return text;
}

std::string known_list(const std::vector<std::string>& names)
{
  const char* separator = lang() == Lang::zh ? "、" : ", ";
  std::string list;
  for (std::size_t i = 0; i < names.size() && i < 8; ++i) {
    list += (i ? separator : "") + names[i];
  }
  if (names.size() > 8) {
    list += std::string(separator) + "…";
  }
  return list.empty() ? (lang() == Lang::zh ? "无" : "none") : list;
}

const Message k_community_several{"“{0}”对应多个社区（{1}）；请写全称或编号",
                                  "community '{0}' names several communities ({1}); write its full name or code"};
const Message k_community_one_edit{"未知社区“{0}”与“{1}”只差一个字；请改正名称，或加 --force 创建它",
                                   "unknown community '{0}' is one edit from '{1}'; fix the name, or pass --force to "
                                   "create it"};
const Message k_community_did_you_mean{
  "未知社区“{0}”；是不是{1}？（或先导入该社区，或加 --create-missing）",
  "unknown community '{0}'; did you mean {1}? (or import it first, or pass --create-missing)"};
const Message k_community_unknown{
  "未知社区“{0}”（已有：{1}）；请先导入社区，或加 --create-missing",
  "unknown community '{0}' (known: {1}); import communities first or pass --create-missing"};
const Message k_grid_several{"网格“{0}”在多个社区中都有；请同时填社区列",
                             "grid '{0}' exists in several communities; give the 社区 column too"};
const Message k_grid_one_edit{"未知网格“{0}”与“{1}”只差一个字；请改正名称，或加 --force 创建它",
                              "unknown grid '{0}' is one edit from '{1}'; fix the name, or pass --force to create it"};
const Message k_grid_needs_community{"未知网格“{0}”：请填其社区，以便创建",
                                     "unknown grid '{0}': give its 社区 so it can be created"};
const Message k_grid_did_you_mean{
  "未知网格“{0}”；是不是{1}？（或先导入网格，或加 --create-missing）",
  "unknown grid '{0}'; did you mean {1}? (or import grids first, or pass --create-missing)"};
const Message k_grid_unknown{"未知网格“{0}”（已有：{1}）；请先导入网格，或加 --create-missing",
                             "unknown grid '{0}' (known: {1}); import grids first or pass --create-missing"};
const Message k_grid_vanished{"网格{0}已不存在", "grid {0} vanished"};
const Message k_project_several{"“{0}”对应多个项目；请填项目编号",
                                "project '{0}' names several projects; give its code"};
const Message k_project_did_you_mean{"未知项目“{0}”；是不是{1}？（请先导入项目）",
                                     "unknown project '{0}'; did you mean {1}? (import projects first)"};
const Message k_project_unknown{"未知项目“{0}”（已有：{1}）；请先导入项目",
                                "unknown project '{0}' (known: {1}); import projects first"};
const Message k_household_did_you_mean{"未知住户“{0}”；是不是{1}？（请先导入住户）",
                                       "unknown household '{0}'; did you mean {1}? (import households first)"};
const Message k_household_unknown{"未知住户“{0}”；请先导入住户", "unknown household '{0}'; import households first"};
const Message k_no_household{"未知住户“{0}”", "unknown household '{0}'"};
const Message k_no_households{"{0}个未知住户：{1}", "{0} unknown households: {1}"};
const Message k_no_project{"未知项目“{0}”", "unknown project '{0}'"};
const Message k_no_case{"未知信访件“{0}”", "unknown case '{0}'"};

} // namespace dongmao::text
