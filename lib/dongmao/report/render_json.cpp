#include <dongmao/report/render.hpp>

#include <nlohmann/json.hpp>

namespace dongmao::report {

namespace {

nlohmann::json optional_json(const std::optional<std::string>& value)
{
  return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json optional_json(std::optional<double> value)
{
  return value ? nlohmann::json(*value) : nlohmann::json();
}

// Each of `keys` with its count, null for what was never imported.
nlohmann::json counts_json(const std::map<std::string, std::int64_t>& counts, std::initializer_list<const char*> keys)
{
  auto j = nlohmann::json::object();
  for (const char* key : keys) {
    const auto it = counts.find(key);
    j[key] = it != counts.end() ? nlohmann::json(it->second) : nlohmann::json();
  }
  return j;
}

// The drafted document, block by block; written only when a template made one.
void add_draft(nlohmann::json& j, const Report& report)
{
  if (report.draft.empty()) {
    return;
  }
  auto& draft = j["draft"] = nlohmann::json::array();
  for (const auto& block : report.draft) {
    draft.push_back({{"kind", block.heading ? "heading" : "paragraph"}, {"text", block.text}});
  }
}

// A sub-district-wide indicator's place among its peers, when peers were given.
void add_rank(nlohmann::json& item, const MetricFigure& m)
{
  if (m.rank_of) {
    item["rank"] = m.rank ? nlohmann::json(*m.rank) : nlohmann::json();
    item["rank_of"] = *m.rank_of;
  }
}

// A rollup's ranking of its sub-districts per indicator.
void add_ranking(nlohmann::json& j, const Report& report)
{
  if (report.ranking.empty()) {
    return;
  }
  auto& ranking = j["ranking"] = nlohmann::json::array();
  for (const auto& row : report.ranking) {
    ranking.push_back({{"indicator", row.indicator},
                       {"unit", row.unit},
                       {"kind", figures::kind_code(row.kind)},
                       {"subdistrict", row.subdistrict},
                       {"value", row.value},
                       {"rank", row.rank},
                       {"rank_of", row.rank_of}});
  }
}

nlohmann::json overview_json(const Overview& o)
{
  return {{"grids", o.grids},
          {"households", o.households},
          {"population", o.population ? nlohmann::json(*o.population) : nlohmann::json()},
          {"residents", counts_json(o.residents, {"registered", "resident", "floating"})},
          {"organisations", counts_json(o.organisations, {"institution", "market", "enterprise", "individual"})}};
}

nlohmann::json optional_json(std::optional<int> value)
{
  return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json unit_tally_json(const UnitTally& t)
{
  return {{"count", t.count},
          {"households", t.households},
          {"investment_yuan", static_cast<double>(t.investment_cents) / 100.0},
          {"accepted", t.accepted},
          {"accepted_in_period", t.accepted_in_period}};
}

// A renovation project's units in all and by kind, every kind present (zero when none).
nlohmann::json units_json(const std::optional<UnitFigures>& units)
{
  if (!units) {
    return nullptr;
  }
  auto j = nlohmann::json::object();
  j["total"] = unit_tally_json(units->total);
  for (const char* kind : {"compound", "courtyard", "area"}) {
    const auto it = units->by_kind.find(kind);
    j[kind] = unit_tally_json(it != units->by_kind.end() ? it->second : UnitTally{});
  }
  return j;
}

nlohmann::json registered_json(const std::optional<RegisteredOrganisations>& registered)
{
  if (!registered) {
    return nullptr;
  }
  return {{"total", registered->total}, {"key_taxpayers", registered->key_taxpayers}, {"by_kind", registered->by_kind}};
}

} // namespace

const std::vector<std::string>& section_names()
{
  static const std::vector<std::string> k_sections = {"narrative", "overview", "projects",
                                                      "petitions", "overdue",  "metrics"};
  return k_sections;
}

nlohmann::json to_json(const Report& report)
{
  nlohmann::json j;
  j["schema_version"] = k_report_schema_version;
  j["period"] = {{"from", report.period.from.iso()}, {"to", report.period.to.iso()}, {"label", report.period.label}};
  auto subdistrict = overview_json(report.total);
  subdistrict["name"] = report.subdistrict;
  subdistrict["division_code"] = report.division_code;
  subdistrict["area_km2"] = report.area_km2 > 0 ? nlohmann::json(report.area_km2) : nlohmann::json();
  subdistrict["communities"] = report.communities.size();
  subdistrict["population_source"] = figures::population_source_code(report.population_source);
  subdistrict["notes"] = report.overview_notes;
  subdistrict["organisations_registered"] = registered_json(report.organisations_registered);
  j["subdistrict"] = subdistrict;
  j["communities"] = nlohmann::json::array();
  for (const auto& c : report.communities) {
    auto item = overview_json(c);
    item["name"] = c.community;
    j["communities"].push_back(item);
  }
  j["projects"] = nlohmann::json::array();
  for (const auto& p : report.projects) {
    j["projects"].push_back({
      {"subdistrict", p.subdistrict.empty() ? nlohmann::json() : nlohmann::json(p.subdistrict)},
      {"code", p.code},
      {"name", p.name},
      {"kind", p.kind},
      {"enrolled", p.enrolled},
      {"by_stage", p.by_stage},
      {"signed_in_period", p.signed_in_period},
      {"signed_total", p.signed_total},
      {"cleared", p.cleared},
      {"cleared_on", optional_json(p.cleared_on)},
      {"due_date", optional_json(p.due_date)},
      {"days_left", p.days_left ? nlohmann::json(*p.days_left) : nlohmann::json()},
      {"target_households", p.target_households ? nlohmann::json(*p.target_households) : nlohmann::json()},
      {"investment_yuan",
       p.investment_cents ? nlohmann::json(static_cast<double>(*p.investment_cents) / 100.0) : nlohmann::json()},
      {"milestones_done", p.milestones_done},
      {"start_date", optional_json(p.start_date)},
      {"ahead_days", optional_json(p.ahead_days)},
      {"cleared_position", optional_json(p.cleared_position)},
      {"remediated_total", p.remediated_total},
      {"remediated_in_period", p.remediated_in_period},
      {"last_remediated_on", optional_json(p.last_remediated_on)},
      {"remediation_days", optional_json(p.remediation_days)},
      {"units", units_json(p.units)},
    });
  }
  const auto& f = report.petitions;
  auto overdue = nlohmann::json::array();
  for (const auto& c : f.overdue_cases) {
    overdue.push_back({{"case_no", c.case_no},
                       {"category", c.category},
                       {"community", c.community},
                       {"deadline", c.deadline},
                       {"due", c.due},
                       {"days_overdue", c.days_overdue}});
  }
  auto sensitive = nlohmann::json::array();
  for (const auto& s : f.in_sensitive_periods) {
    sensitive.push_back({{"name", s.name}, {"from", s.from}, {"to", s.to}, {"received", s.received}});
  }
  auto incidents = nlohmann::json::array();
  for (const auto& i : f.incidents) {
    incidents.push_back({{"case_no", i.case_no},
                         {"category", i.category},
                         {"handled", i.handled},
                         {"hours", i.hours ? nlohmann::json(*i.hours) : nlohmann::json()}});
  }
  auto disputes = nlohmann::json::array();
  for (const auto& d : f.disputes) {
    disputes.push_back({{"case_no", d.case_no},
                        {"subject", d.subject},
                        {"category", d.category},
                        {"households", d.households ? nlohmann::json(*d.households) : nlohmann::json()},
                        {"households_approx", d.households_approx},
                        {"people", d.people},
                        {"status", d.status}});
  }
  j["petitions"] = {
    {"received", f.received},
    {"by_channel", f.by_channel},
    {"by_category", f.by_category},
    {"by_community", f.by_community},
    {"group", f.group},
    {"group_people", f.group_people},
    {"repeat", f.repeat},
    {"escalated", f.escalated},
    {"accepted", f.accepted},
    {"answered", f.answered},
    {"on_time", f.on_time},
    {"late", f.late},
    {"closed", f.closed},
    {"open", f.open},
    {"overdue", f.overdue},
    {"overdue_cases", overdue},
    {"in_sensitive_periods", sensitive},
    {"incidents", incidents},
    {"disputes", disputes},
  };
  j["metrics"] = nlohmann::json::array();
  for (const auto& m : report.metrics) {
    j["metrics"].push_back({
      {"indicator", m.indicator},
      {"unit", m.unit},
      {"kind", figures::kind_code(m.kind)},
      {"community", m.community.empty() ? nlohmann::json() : nlohmann::json(m.community)},
      {"value", optional_json(m.value)},
      {"year_to_date", optional_json(m.year_to_date)},
      {"previous", optional_json(m.previous)},
      {"change", optional_json(m.change)},
    });
    add_rank(j["metrics"].back(), m);
  }
  j["narrative"] = report.narrative;
  add_draft(j, report);
  add_ranking(j, report);
  if (!report.parts.empty()) {
    j["subdistricts"] = nlohmann::json::array();
    for (const auto& part : report.parts) {
      auto item = to_json(part);
      j["subdistricts"].push_back({{"name", part.subdistrict},
                                   {"division_code", part.division_code},
                                   {"overview", item["subdistrict"]},
                                   {"projects", item["projects"]},
                                   {"petitions", item["petitions"]},
                                   {"metrics", item["metrics"]}});
    }
  }
  return j;
}

} // namespace dongmao::report
