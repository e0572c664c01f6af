#include <dongmao/error.hpp>
#include <dongmao/report/draft.hpp>
#include <dongmao/text/message.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace dongmao;

namespace {

const nlohmann::json& sample()
{
  static const auto k_data = nlohmann::json::parse(R"({
    "subdistrict": {"name": "东茅岭街道", "communities": 6, "population": 42377, "area_km2": 5.31},
    "projects": [
      {"code": "DQSC", "name": "大桥市场", "signed_total": 268, "signed_in_period": 0, "ahead_days": 12,
       "cleared": true, "cleared_on": "2026-10-18", "investment_yuan": 140000000, "by_stage": {"signed": 268},
       "milestones_done": ["政策宣传", "数据采集"]},
      {"code": "JHS2", "name": "九华山二期", "signed_total": 622, "ahead_days": -3, "cleared": false,
       "cleared_on": null}
    ],
    "petitions": {"received": 40, "by_category": {"租赁纠纷": 4}, "incidents": [{}, {}]},
    "metrics": [
      {"indicator": "协税护税", "unit": "万元", "kind": "flow", "community": "柴家山社区", "value": 12.5,
       "year_to_date": 100},
      {"indicator": "协税护税", "unit": "万元", "kind": "flow", "community": null, "value": 40.25,
       "year_to_date": 541, "rank": 3, "rank_of": 5},
      {"indicator": "重点人员管控", "unit": "人", "kind": "stock", "community": null, "value": 3351,
       "year_to_date": 3351},
      {"indicator": "参与率", "unit": "%", "kind": "rate", "community": null, "value": 0.715, "year_to_date": null}
    ]
  })");
  return k_data;
}

std::string draft(const std::string& text)
{
  std::string out;
  for (const auto& block : report::draft_document(text, sample(), "t.md")) {
    out += (block.heading ? "# " : "") + block.text + "\n";
  }
  return out;
}

std::string error_of(const std::string& text)
{
  try {
    draft(text);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("report::draft_document paths")
{
  text::set_lang(text::Lang::zh);
  CHECK(draft("{subdistrict.name}下设{subdistrict.communities}个社区") == "东茅岭街道下设6个社区\n");
  CHECK(draft("{projects[DQSC].signed_total}户") == "268户\n");
  CHECK(draft("{projects[九华山二期].signed_total}户") == "622户\n");
  CHECK(draft("{metrics[协税护税].year_to_date}") == "541\n");
  CHECK(draft("{metrics[协税护税@柴家山社区].value}") == "12.5\n");
  CHECK(draft("{petitions.by_category.租赁纠纷}起") == "4起\n");
  CHECK(draft("{projects[1].name}") == "九华山二期\n");
  CHECK(draft("{{字面}}{subdistrict.area_km2}") == "{字面}5.31\n");
  CHECK(draft("全角｛projects[DQSC].signed_total｝户") == "全角268户\n");
}

TEST_CASE("report::draft_document filters")
{
  text::set_lang(text::Lang::zh);
  CHECK(draft("{subdistrict.population}人") == "42,377人\n");
  CHECK(draft("{subdistrict.population|纯数}人") == "42377人\n");
  CHECK(draft("{metrics[协税护税].year_to_date|万元}") == "541万元\n");
  CHECK(draft("{metrics[协税护税].value|万元}") == "40.25万元\n");
  CHECK(draft("{projects[DQSC].investment_yuan|万元}、{projects[DQSC].investment_yuan|亿}") == "14,000万元、1.4亿\n");
  CHECK(draft("{metrics[参与率].value}、{metrics[参与率].value|百分比}") == "71.5%、71.5%\n");
  CHECK(draft("{projects[DQSC].cleared_on|月日}") == "10月18日\n");
  CHECK(draft("{metrics[协税护税].rank|序数}") == "第三\n");
  CHECK(draft("{petitions.incidents|个数}起") == "2起\n");
  CHECK(draft("{projects[DQSC].ahead_days|正负:提前完成,按期完成,逾期完成}") == "提前完成\n");
  CHECK(draft("{projects[JHS2].ahead_days|正负：提前完成，按期完成，逾期完成}") == "逾期完成\n");
  CHECK(draft("{projects[JHS2].cleared|是否:已清零,尚未清零}") == "尚未清零\n");
  CHECK(draft("{metrics[协税护税].rank|首位:率先,如期}、{petitions.incidents|个数|首位:率先,如期}") == "如期、如期\n");
  CHECK(draft("{projects[DQSC].milestones_done}") == "政策宣传、数据采集\n");
}

TEST_CASE("report::draft_document headings, paragraphs and left-out lines")
{
  text::set_lang(text::Lang::zh);
  CHECK(draft("一、把握难点攻项目\n一是攻坚。\n二是清零。\n\n# 二、发展\nfirst\nsecond") ==
        "# 一、把握难点攻项目\n一是攻坚。二是清零。\n# 二、发展\nfirst second\n");
  // Optional figures that found nothing, 0 or false leave their line out, and only it.
  CHECK(draft("签约{projects[DQSC].signed_total}户。\n本期签约{projects[DQSC].signed_in_period?}户。\n完。") ==
        "签约268户。完。\n");
  CHECK(draft("{projects[JHS2].cleared_on?|月日}清零。\n{petitions.by_category.还建安置?}起。\n"
              "{projects[XXXX].signed_total?}户。\n{metrics[重点人员管控].rank?|序数}") == "");
  CHECK(draft("<!-- 注释\n{不是占位符 -->\n<!-- 一行 -->\n甲\n\n乙") == "甲\n乙\n");
  CHECK(error_of("<!-- 注释 -->\n{nope}") == "t.md：第2行：占位符 {nope} 的路径未知：报告中没有“nope”");
  CHECK(draft("一是{projects[JHS2].cleared?|是否:已,未}清零。\n\n一、{metrics[协税护税].rank|序数}") == "# 一、第三\n");
}

TEST_CASE("report::draft_document errors")
{
  text::set_lang(text::Lang::zh);
  CHECK(error_of("第一行\n{projects[DQSC].signd_total}") ==
        "t.md：第2行：占位符 {projects[DQSC].signd_total} 的路径未知：报告中没有“projects[DQSC].signd_total”");
  CHECK(error_of("{petition.received}") == "t.md：第1行：占位符 {petition.received} 的路径未知：报告中没有“petition”");
  CHECK(error_of("\n\n{projects[JHS2].cleared_on|月日}") ==
        "t.md：第3行：占位符 {projects[JHS2].cleared_on|月日} 无数据；若此句可省略，请在路径后加“?”");
  CHECK(error_of("{projects[XXXX].signed_total}") ==
        "t.md：第1行：占位符 {projects[XXXX].signed_total} 无数据；若此句可省略，请在路径后加“?”");
  CHECK(
    error_of("{subdistrict.population|千}") ==
    "t.md：第1行：占位符 {subdistrict.population|千} 的格式“千”未知（可用：万元、亿、百分比、月日、序数、纯数、个数、"
    "正负:甲,乙,丙、首位:甲,乙、是否:甲,乙）");
  CHECK(error_of("{subdistrict.name|万元}") ==
        "t.md：第1行：占位符 {subdistrict.name|万元} 的格式“万元”不适用于值 \"东茅岭街道\"");
  CHECK(error_of("{metrics[重点人员管控].value|万元}") ==
        "t.md：第1行：占位符 {metrics[重点人员管控].value|万元} 的格式“万元”不适用于值 3351");
  CHECK(error_of("{projects[DQSC].ahead_days|正负:提前}") ==
        "t.md：第1行：占位符 {projects[DQSC].ahead_days|正负:提前} 的格式“正负”不适用于值 12");
  CHECK(error_of("{projects[DQSC].}") ==
        "t.md：第1行：占位符 {projects[DQSC].} 的路径写法有误（应如 projects[DQSC].signed_total）");
  CHECK(error_of("ok\nok\n共{projects") == "t.md：第3行：占位符缺少右花括号：{projects");
  CHECK(error_of("ok\n<!-- 说明\n{subdistrict.name}\n") == "t.md：第2行：注释 <!-- 没有以 --> 结束");
  CHECK(error_of("<!-- 一行 -->\n{subdistrict.name}") == "no error");
  text::set_lang(text::Lang::en);
  CHECK(error_of("{projects[DQSC].signd_total}") ==
        "t.md: line 1: placeholder {projects[DQSC].signd_total} names an unknown path: the report has no "
        "'projects[DQSC].signd_total'");
  CHECK(error_of("{projects[JHS2].cleared_on}") ==
        "t.md: line 1: placeholder {projects[JHS2].cleared_on} has no data; add '?' after the path if its line may be "
        "left out");
  CHECK(error_of("<!--\n") == "t.md: line 1: a <!-- note never ends with -->");
  text::set_lang(text::Lang::zh);
}
