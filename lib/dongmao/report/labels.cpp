#include <dongmao/petition/deadlines.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/report/labels.hpp>

#include <map>
#include <optional>
#include <utility>

namespace dongmao::report {

namespace {

using Pair = std::pair<const char*, const char*>;

const std::map<std::string, Pair>& codes()
{
  static const std::map<std::string, Pair> k_codes = {
    {"online", {"网上", "online"}},
    {"letter", {"来信", "letter"}},
    {"visit", {"来访", "visit"}},
    {"phone", {"来电", "phone"}},
    {"registered", {"户籍人口", "registered"}},
    {"resident", {"常住人口", "resident"}},
    {"floating", {"流动人口", "floating"}},
    {"institution", {"行政企事业单位", "institutions"}},
    {"market", {"商场市场", "markets"}},
    {"enterprise", {"企业", "enterprises"}},
    {"individual", {"个体户", "individual businesses"}},
    {"flow", {"累计", "flow"}},
    {"stock", {"时点", "stock"}},
    {"rate", {"比率", "rate"}},
    {"persons", {"人口台账", "persons ledger"}},
    {"household_members", {"住户家庭成员", "household members"}},
    {"indicators", {"人口指标", "population indicators"}},
    {"none", {"无", "none"}},
  };
  return k_codes;
}

const std::map<std::string, Pair>& headings()
{
  static const std::map<std::string, Pair> k_headings = {
    {"overview", {"基本情况", "Overview"}},
    {"projects", {"重点项目", "Key projects"}},
    {"petitions", {"信访维稳", "Petitions"}},
    {"metrics", {"指标", "Metrics"}},
    {"narrative", {"情况汇报（草稿）", "Draft narrative"}},
    {"community", {"社区", "Community"}},
    {"total", {"合计", "Total"}},
    {"grids", {"网格", "Grids"}},
    {"households", {"户数", "Households"}},
    {"code", {"编号", "Code"}},
    {"name", {"项目", "Project"}},
    {"kind", {"类型", "Kind"}},
    {"enrolled", {"在册户数", "Enrolled"}},
    {"signed_in_period", {"本期签约", "Signed in period"}},
    {"signed_total", {"累计签约", "Signed total"}},
    {"signed_pct", {"签约率", "Signed %"}},
    {"cleared_on", {"清零日期", "Cleared on"}},
    {"due_date", {"完成时限", "Due"}},
    {"days_left", {"剩余天数", "Days left"}},
    {"milestones_done", {"本期完成节点", "Milestones done"}},
    {"received", {"登记信访件", "Received"}},
    {"by_channel", {"按渠道", "By channel"}},
    {"by_category", {"按类别", "By category"}},
    {"by_community", {"按社区", "By community"}},
    {"group", {"集体访（批）", "Group cases"}},
    {"group_people", {"集体访人次", "Group people"}},
    {"repeat", {"重复访", "Repeat cases"}},
    {"escalated", {"越级访", "Escalated"}},
    {"accepted", {"受理", "Accepted"}},
    {"answered", {"答复", "Answered"}},
    {"on_time", {"按期答复", "Answered on time"}},
    {"late", {"超期答复", "Answered late"}},
    {"closed", {"办结", "Closed"}},
    {"open", {"在办", "Open"}},
    {"overdue", {"逾期未办", "Overdue"}},
    {"in_sensitive_periods", {"敏感时期", "Sensitive periods"}},
    {"incidents", {"突发事件处置", "Urgent incidents"}},
    {"handled", {"处置情况", "Status"}},
    {"hours", {"处置用时（小时）", "Hours to resolution"}},
    {"indicator", {"指标", "Indicator"}},
    {"unit", {"单位", "Unit"}},
    {"value", {"本期", "Period"}},
    {"year_to_date", {"年累计", "Year to date"}},
    {"ranking", {"全区排名", "District ranking"}},
    {"subdistrict", {"街道", "Sub-district"}},
    {"ranked_by", {"排名依据（年累计、时点或比率）", "Ranked by (year to date, latest or rate)"}},
    {"rank", {"名次", "Rank"}},
    {"previous", {"上期", "Previous"}},
    {"change", {"增减", "Change"}},
    {"case_no", {"信访编号", "Case"}},
    {"category", {"类别", "Category"}},
    {"deadline", {"期限", "Deadline"}},
    {"due", {"到期日", "Due"}},
    {"days_overdue", {"超期天数", "Days overdue"}},
    {"period", {"期间", "Period"}},
    {"count", {"件数", "Count"}},
    {"residents", {"居民", "Residents"}},
    {"organisations", {"单位", "Organisations"}},
    {"area_km2", {"辖区面积（平方公里）", "Area (km²)"}},
    {"report", {"月报", "monthly report"}},
    {"population", {"人口", "Population"}},
    {"population_source", {"人口来源", "Population source"}},
    {"indicator_kind", {"口径", "Kind"}},
    {"notes", {"说明", "Notes"}},
  };
  return k_headings;
}

// The petition clocks are named as `petition show` names them.
std::optional<std::string> deadline_label(const std::string& code, Lang lang)
{
  using petition::DeadlineKind;
  static const std::map<DeadlineKind, const char*> k_english = {
    {DeadlineKind::acceptance, "acceptance notice"},    {DeadlineKind::handling, "handling"},
    {DeadlineKind::review_request, "review request"},   {DeadlineKind::review, "review opinion"},
    {DeadlineKind::recheck_request, "recheck request"}, {DeadlineKind::recheck, "recheck opinion"}};
  for (const auto& [kind, english] : k_english) {
    if (petition::code(kind) == code) {
      return lang == Lang::zh ? petition::label(kind) : english;
    }
  }
  return std::nullopt;
}

} // namespace

std::string label(const std::string& code, Lang lang)
{
  // Stage and project kind labels have one home, the project rules; in English the code is
  // the label.
  if (const auto stage = project::stage_from_code(code)) {
    return lang == Lang::zh ? project::stage_label(*stage) : code;
  }
  if (const auto kind = project::kind_label(code); kind != code) {
    return lang == Lang::zh ? kind : code;
  }
  if (auto deadline = deadline_label(code, lang)) {
    return *deadline;
  }
  const auto it = codes().find(code);
  if (it == codes().end()) {
    return code;
  }
  return lang == Lang::zh ? it->second.first : it->second.second;
}

std::string heading(const std::string& key, Lang lang)
{
  const auto it = headings().find(key);
  if (it == headings().end()) {
    return key;
  }
  return lang == Lang::zh ? it->second.first : it->second.second;
}

} // namespace dongmao::report
