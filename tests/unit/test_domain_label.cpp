#include <dongmao/domain/label.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

using namespace dongmao::domain;

namespace {

// The stage labels of schemas/mappings/enrollments.toml.
const std::map<std::string, std::string>& stages()
{
  static const std::map<std::string, std::string> k_labels = {
    {"入户调查", "surveyed"}, {"已调查", "surveyed"},   {"未签约", "surveyed"},    {"评估", "assessed"},
    {"已评估", "assessed"},   {"谈判", "negotiating"},  {"谈判中", "negotiating"}, {"协商中", "negotiating"},
    {"洽谈", "negotiating"},  {"拒签", "negotiating"},  {"签约", "signed"},        {"已签约", "signed"},
    {"已签", "signed"},       {"腾房", "vacated"},      {"已腾房", "vacated"},     {"交房", "vacated"},
    {"拆除", "demolished"},   {"已拆除", "demolished"}, {"退出", "withdrawn"},     {"signed", "signed"},
  };
  return k_labels;
}

const std::map<std::string, std::string>& consents()
{
  static const std::map<std::string, std::string> k_labels = {
    {"同意", "agree"}, {"不同意", "disagree"}, {"拒绝", "disagree"}, {"未表态", "pending"}, {"待定", "pending"},
  };
  return k_labels;
}

const std::map<std::string, std::string>& channels()
{
  static const std::map<std::string, std::string> k_labels = {
    {"网上", "online"}, {"网上信访", "online"}, {"网络", "online"}, {"来信", "letter"}, {"来访", "visit"},
    {"来电", "phone"},  {"电话", "phone"},      {"热线", "phone"},  {"12345", "phone"},
  };
  return k_labels;
}

std::string show(const std::optional<std::string>& code)
{
  return code.value_or("none");
}

} // namespace

TEST_CASE("domain::label_core")
{
  CHECK(label_core("已签协议") == "签");
  CHECK(label_core("已签订协议") == "签");
  CHECK(label_core("正在谈判中") == "谈判");
  CHECK(label_core("在谈") == "谈");
  CHECK(label_core("已经腾房完毕") == "腾房");
  CHECK(label_core("未签约") == "未签约");
  CHECK(label_core("中") == "中");
  CHECK(label_core("已") == "已");
}

TEST_CASE("domain::match_label")
{
  SUBCASE("stages")
  {
    CHECK(show(match_label("已签约", stages())) == "signed");
    CHECK(show(match_label("已签协议", stages())) == "signed");
    CHECK(show(match_label("已签订协议", stages())) == "signed");
    CHECK(show(match_label("签约完成", stages())) == "signed");
    CHECK(show(match_label("在谈", stages())) == "negotiating");
    CHECK(show(match_label("谈判中", stages())) == "negotiating");
    CHECK(show(match_label("洽谈中", stages())) == "negotiating");
    CHECK(show(match_label("正在协商", stages())) == "negotiating");
    CHECK(show(match_label("拒签", stages())) == "negotiating");
    CHECK(show(match_label("已腾房完毕", stages())) == "vacated");
    CHECK(show(match_label("评估完成", stages())) == "assessed");
    CHECK(show(match_label("未签约", stages())) == "surveyed");
    CHECK(show(match_label("已签约未腾房", stages())) == "signed");
    CHECK(show(match_label("已签约，待腾房", stages())) == "signed");
    CHECK(show(match_label("签约尚未交房", stages())) == "signed");
    CHECK(show(match_label("未签约未腾房", stages())) == "surveyed");
    CHECK(show(match_label("未签", stages())) == "surveyed"); // the start of 未签约, negation and all
  }
  SUBCASE("stages refused: negation, waiting and unknown words")
  {
    CHECK(show(match_label("不签约", stages())) == "none");
    CHECK(show(match_label("待签约", stages())) == "none");
    CHECK(show(match_label("未签协议", stages())) == "none");
    CHECK(show(match_label("未谈", stages())) == "none");
    CHECK(show(match_label("暂缓签约", stages())) == "none");
    CHECK(show(match_label("签约拆除", stages())) == "none");
    CHECK(show(match_label("签约不腾房", stages())) == "none");
    CHECK(show(match_label("已完成", stages())) == "none");
    CHECK(show(match_label("sig", stages())) == "none");
    CHECK(show(match_label("已", stages())) == "none");
    CHECK(show(match_label("未", stages())) == "none");
    CHECK(show(match_label("不", consents())) == "none");
  }
  SUBCASE("consent: the longest label held wins")
  {
    CHECK(show(match_label("同意改造", consents())) == "agree");
    CHECK(show(match_label("不同意改造", consents())) == "disagree");
    CHECK(show(match_label("基本同意", consents())) == "none");
    CHECK(show(match_label("有条件同意", consents())) == "none");
    CHECK(show(match_label("同意不同意", consents())) == "none");
  }
  SUBCASE("channels")
  {
    CHECK(show(match_label("12345热线", channels())) == "phone");
    CHECK(show(match_label("市长热线", channels())) == "phone");
    CHECK(show(match_label("12345政务服务热线", channels())) == "phone");
    CHECK(show(match_label("网上信访", channels())) == "online");
    CHECK(show(match_label("网络信访", channels())) == "online");
    CHECK(show(match_label("来信来访", channels())) == "none");
    CHECK(show(match_label("信访局转办", channels())) == "none");
  }
}

TEST_CASE("domain::match_furthest_label")
{
  const std::vector<std::string> order = {"surveyed", "assessed", "negotiating", "signed", "vacated", "demolished"};
  CHECK(show(match_furthest_label("已签约已腾房", stages(), order)) == "vacated");
  CHECK(show(match_furthest_label("已签约、已拆除", stages(), order)) == "demolished");
  CHECK(show(match_furthest_label("已腾房，已签约", stages(), order)) ==
        "vacated"); // the order of the work, not of the cell
  CHECK(show(match_furthest_label("已签约", stages(), order)) == "signed");
  CHECK(show(match_furthest_label("已签约未腾房", stages(), order)) == "signed");
  CHECK(show(match_furthest_label("签约拆除", stages(), order)) == "none");     // steps not marked done
  CHECK(show(match_furthest_label("已签约已退出", stages(), order)) == "none"); // 退出 is no step
}
