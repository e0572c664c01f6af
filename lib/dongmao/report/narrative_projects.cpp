#include <dongmao/report/build.hpp>
#include <dongmao/report/narrative_projects.hpp>
#include <dongmao/report/tables.hpp>

#include <fmt/format.h>

namespace dongmao::report {

namespace {

const std::map<std::string, std::string>& builtin_templates()
{
  static const std::map<std::string, std::string> k_templates = {
    {"project", "{本期}{name}项目新增签约{signed_in_period}户，累计签约{signed_total}户，签约率{signed_pct}%，尚有{"
                "remaining}户未签约。"},
    {"project_no_new", "{name}项目累计签约{signed_total}户，签约率{signed_pct}%，尚有{remaining}户未签约。"},
    {"project_none_signed", "{name}项目{enrolled}户均未签约。"},
    {"project_cleared", "{本期}{name}项目新增签约{signed_in_period}户，累计签约{signed_total}户，签约率100.0%，已于{"
                        "cleared_month}月{cleared_day}日清零。"},
    {"project_signed_all", "{本期}{name}项目新增签约{signed_in_period}户，累计签约{signed_total}户，签约率100.0%。"},
    {"renovation_consent",
     "{name}项目{owners}户业主中{participants}户参与表决，按户数占{participation_by_count}%、按面积占{participation_by_"
     "area}%；其中同意{agree}户，占参与户数{agreement_by_count}%、参与面积{agreement_by_area}%，{verdict}。"},
    {"renovation_consent_no_area",
     "{name}项目{owners}户业主中{participants}户参与表决，占{participation_by_count}%；其中同意{agree}户，占参与户数{"
     "agreement_by_count}%；{area_unknown}户房屋面积未登记，尚不能按面积核定表决结果。"},
    {"renovation_milestones", "{本期}{name}项目完成{milestones}。"},
    {"remediation",
     "{本期}{name}项目完成整治{remediated_in_period}户，累计整治{remediated_total}户，尚有{remaining}户在整改。"},
    {"remediation_no_new", "{name}项目累计整治{remediated_total}户，尚有{remaining}户在整改。"},
    {"remediation_done", "{本期}{name}项目完成整治{remediated_in_period}户，{remediated_total}户已于{done_month}月{"
                         "done_day}日全部整治完毕。"},
    {"remediation_done_days", "{本期}{name}项目完成整治{remediated_in_period}户，{remediated_total}户已于{done_month}"
                              "月{done_day}日全部整治完毕，用时{days}天。"},
  };
  return k_templates;
}

// A share (0.667) as the number before the % the narrative prints (66.7): the tables' one
// format, one decimal always (100.0), so the narrative and the tables read alike.
std::string percent(double share)
{
  auto text = format_percent(share);
  text.pop_back();
  return text;
}

// Why a renovation may or may not go ahead, against 民法典 Art. 278.
std::string verdict(const figures::ConsentFigures& c)
{
  if (c.may_proceed) {
    return "达到民法典第二百七十八条规定的表决要求";
  }
  if (!c.quorum_met) {
    return fmt::format("参与表决未达{}%，尚未达到民法典第二百七十八条规定的表决要求", percent(c.quorum_ratio));
  }
  return fmt::format("同意未达参与表决的{}%，尚未达到民法典第二百七十八条规定的表决要求", percent(c.rebuild_ratio));
}

bool in_period(const Period& period, const std::string& iso)
{
  const auto date = domain::parse_iso_date(iso);
  return date && period.from <= *date && *date <= period.to;
}

} // namespace

std::vector<std::string> draft_project_narrative(const Report& report,
                                                 const std::map<std::string, std::string>& templates)
{
  const auto pick = [&](const std::string& name) {
    const auto it = templates.find(name);
    return it != templates.end() ? it->second : builtin_templates().at(name);
  };
  const std::string this_period = report.period.is_month ? "本月" : "本期";
  std::vector<std::string> paragraphs;
  for (const auto& p : report.projects) {
    if (p.enrolled == 0) {
      continue;
    }
    std::map<std::string, std::string> v = {{"本期", this_period}, {"name", p.name}, {"code", p.code}};
    if (p.kind == "renovation") {
      // Renovation goes by the residents' consent and the work's milestones, not by signings.
      if (p.consent && p.consent->agree + p.consent->disagree > 0) {
        const auto& c = *p.consent;
        v["owners"] = std::to_string(c.owners);
        v["participants"] = std::to_string(c.agree + c.disagree);
        v["agree"] = std::to_string(c.agree);
        v["area_unknown"] = std::to_string(c.area_unknown);
        v["participation_by_count"] = percent(c.participation_by_count);
        v["participation_by_area"] = percent(c.participation_by_area);
        v["agreement_by_count"] = percent(c.agreement_by_count);
        v["agreement_by_area"] = percent(c.agreement_by_area);
        v["verdict"] = verdict(c);
        paragraphs.push_back(
          fill_template(pick(c.area_unknown > 0 ? "renovation_consent_no_area" : "renovation_consent"), v));
      }
      if (!p.milestones_done.empty()) {
        std::string names;
        for (const auto& name : p.milestones_done) {
          names += (names.empty() ? "" : "、") + name;
        }
        v["milestones"] = names;
        paragraphs.push_back(fill_template(pick("renovation_milestones"), v));
      }
      continue;
    }
    if (p.kind == "remediation") {
      // Storefronts and buildings are remediated (已整治), not signed.
      v["remediated_in_period"] = std::to_string(p.remediated_in_period);
      v["remediated_total"] = std::to_string(p.remediated_total);
      v["remaining"] = std::to_string(p.enrolled - p.remediated_total);
      const bool done = p.remediated_total >= p.enrolled;
      if (done && p.last_remediated_on && in_period(report.period, *p.last_remediated_on)) {
        const auto date = domain::parse_iso_date(*p.last_remediated_on);
        v["done_month"] = std::to_string(date->month);
        v["done_day"] = std::to_string(date->day);
        v["days"] = p.remediation_days ? std::to_string(*p.remediation_days) : std::string();
        paragraphs.push_back(fill_template(pick(p.remediation_days ? "remediation_done_days" : "remediation_done"), v));
      } else if (!done) {
        paragraphs.push_back(fill_template(pick(p.remediated_in_period > 0 ? "remediation" : "remediation_no_new"), v));
      }
      continue;
    }
    v["enrolled"] = std::to_string(p.enrolled);
    v["signed_in_period"] = std::to_string(p.signed_in_period);
    v["signed_total"] = std::to_string(p.signed_total);
    v["signed_pct"] = percent(*signed_share(p)); // enrolled, and not a remediation
    v["remaining"] = std::to_string(p.enrolled - p.signed_total);
    if (!p.cleared) {
      const char* name = p.signed_in_period > 0 ? "project"
                         : p.signed_total > 0   ? "project_no_new"
                                                : "project_none_signed";
      paragraphs.push_back(fill_template(pick(name), v));
    } else if (p.cleared_on && in_period(report.period, *p.cleared_on)) {
      // The clearing is news once, in the period it happened.
      const auto date = domain::parse_iso_date(*p.cleared_on);
      v["cleared_on"] = *p.cleared_on;
      v["cleared_month"] = std::to_string(date->month);
      v["cleared_day"] = std::to_string(date->day);
      paragraphs.push_back(fill_template(pick("project_cleared"), v));
    } else if (p.signed_in_period > 0) {
      // Cleared on an unknown day, or after this period: only this period's signings.
      paragraphs.push_back(fill_template(pick("project_signed_all"), v));
    }
  }
  return paragraphs;
}

} // namespace dongmao::report
