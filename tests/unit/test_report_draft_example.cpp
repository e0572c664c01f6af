#include <dongmao/report/draft.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

using namespace dongmao;

namespace {

// The figures of the seed's year as the report's JSON states them (the fields the template reads).
nlohmann::json seed_year()
{
  return nlohmann::json::parse(R"({
    "subdistrict": {"area_km2": 5.31, "population": 42377, "communities": 6,
      "organisations": {"institution": 104, "market": 19, "enterprise": 1395, "individual": 6313},
      "organisations_registered": {"total": 9, "key_taxpayers": 7, "by_kind": {}}},
    "projects": [
      {"code": "DQSC", "signed_total": 268, "ahead_days": 24},
      {"code": "DQZZ", "remediated_total": 66, "remediated_in_period": 66, "remediation_days": 20},
      {"code": "JHS2", "signed_total": 622, "cleared": true, "cleared_position": 1},
      {"code": "GRWHG1", "signed_total": 28, "ahead_days": 0},
      {"code": "GRWHG2", "enrolled": 91, "signed_total": 91, "cleared": true},
      {"code": "LXGZ26", "units": {"compound": {"accepted_in_period": 3}, "courtyard": {"accepted_in_period": 5}}},
      {"code": "LXGZ27", "target_households": 5225, "investment_yuan": 140000000.0,
       "units": {"area": {"count": 1}, "compound": {"count": 4}},
       "milestones_done": ["政策宣传", "数据采集", "入户摸底", "意见征求", "推选理事会", "规划设计"]}
    ],
    "petitions": {"by_category": {"租赁纠纷": 4, "日照采光": 1, "还建安置": 1, "征拆补偿": 1, "商业开发": 2,
                                  "非正常死亡": 6},
                  "in_sensitive_periods": [{"name": "两会特护期", "received": 0}],
                  "disputes": [
                    {"subject": "人和春天", "households": 400, "households_approx": true},
                    {"subject": "友谊市场", "households": 300, "households_approx": true},
                    {"subject": "世纪星地下商场", "households": 120, "households_approx": false},
                    {"subject": "东井岭市场", "households": 126, "households_approx": false},
                    {"subject": "国大旧改", "households": 80, "households_approx": false},
                    {"subject": "洪富大厦", "households": 500, "households_approx": true},
                    {"subject": "中华时代广场", "households": null, "households_approx": false, "people": 36}
                  ]},
    "metrics": [
      {"indicator": "机关干部", "unit": "人", "kind": "stock", "community": null, "value": 67},
      {"indicator": "社区工作人员", "unit": "人", "kind": "stock", "community": null, "value": 85},
      {"indicator": "直管党员", "unit": "人", "kind": "stock", "community": null, "value": 1419},
      {"indicator": "协税护税", "unit": "万元", "kind": "flow", "community": null, "value": 541, "year_to_date": 541,
       "rank": 3, "rank_of": 5},
      {"indicator": "重点人员管控", "unit": "人", "kind": "stock", "community": null, "value": 3351},
      {"indicator": "核酸检测", "unit": "人", "kind": "flow", "community": null, "value": 687},
      {"indicator": "安全检查", "unit": "次", "kind": "flow", "community": null, "value": 9},
      {"indicator": "消防培训", "unit": "次", "kind": "flow", "community": null, "value": 4},
      {"indicator": "消防演练", "unit": "次", "kind": "flow", "community": null, "value": 2},
      {"indicator": "作风督查", "unit": "次", "kind": "flow", "community": null, "value": 19},
      {"indicator": "通报批评", "unit": "人次", "kind": "flow", "community": null, "value": 27}
    ]
  })");
}

} // namespace

TEST_CASE("report::draft_document of the example's year template")
{
  const std::string file = DONGMAO_EXAMPLES "/dongmaoling/年度工作报告模板.md";
  std::ifstream in(file);
  REQUIRE(in);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::string out;
  for (const auto& block : report::draft_document(text, seed_year(), file)) {
    out += (block.heading ? "# " : "") + block.text + "\n";
  }
  // The seed's text, sentence by sentence, where the seed states a figure.
  CHECK(
    out ==
    "东茅岭街道辖区面积5."
    "31平方公里，网格常住人口42377人；行政企事业单位104家；大型商场、市场19家；企业1395家、个体户6313家；街道下设6个社"
    "区居委会，机关干部67人，社区工作人员85人，直管党员1419人；重点项目有东风广场、工人文化宫征拆与配套道路建设项目，友"
    "阿建设项目，大桥市场整治与拆除项目，国大旧改项目等，并完成了九华山二期622户棚改异地征拆任务。现简要汇报如下：\n"
    "# 一、把握难点攻项目\n"
    "一是攻坚大桥市场整治。负责的268户私产签约拆除工作提前完成任务，实现了私产签约拆除“零差错、零事故、零上访”。开展巴"
    "陵大桥周边安全隐患整治与临街建筑立面提质改造，20天内依法依规完成了66个门面的整治任务。二是攻坚九华山二期清零。抽调"
    "精干力量异地征拆，在同期启动的棚改项目中，做到了率先清零交地。三是攻坚工人文化宫项目。一期私产28户采取收购模式谈判"
    "签约如期清零。为加快完成工人文化宫家属区、广场巷、文湘巷与青年巷共91户新纳入的征拆任务，采取收购方式，合力攻坚，目"
    "前全部收购清零。\n"
    "# 二、把紧重点促发展\n"
    "一是抓实老旧小区改造。按照“一小区一方案一班子”的工作模式，今年3个小区5个院落的老旧小区改造任务全部完成竣工验收。明"
    "年申报了1大片区、4个小区，5225户、1."
    "4亿预计投资的改造任务，目前完成了政策宣传、数据采集、入户摸底、意见征求、推选理事会、规划设计等工作。二是竭尽全力"
    "协税护税。7家纳税大户新注册分公司落户东茅岭。截至目前，街道已完成协税护税任务541万元，位居全区第三。\n"
    "# 三、把住关键守底线\n"
    "一是全力抓防疫。截至目前，累计管控重点对象3351人，组织对687名“五类人员”进行了核酸检测。二是聚力抓安全。街道书记、"
    "主任带队开展安全生产检查与重点整治行动9次，联合职能部门开展消防安全培训4次，组织商场大型消防现场演练2次。三是着力"
    "抓维稳。主动化解人和春天400多户、友谊市场300多户、世纪星地下商场120户、东井岭市场126户租赁纠纷，及时化解了螺丝港B"
    "地块"
    "日照问题，国大旧改80户还建户上访，友阿拆迁遗留问题与合同纠纷，洪富大厦500多户商业开发矛盾，有效处置了中华时代广场"
    "群访"
    "事件。今年以来，我们还先后快速有效处置了6起非正常死亡群体事件隐患。确保了“两会”特护期“零上访”，确保了辖区稳定。四"
    "是大力抓"
    "执纪。开展作风与工作落实情况督查19次，通报批评27人次。\n");
}
