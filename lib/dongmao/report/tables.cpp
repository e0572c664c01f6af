#include <dongmao/project/progress.hpp>
#include <dongmao/report/tables.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dongmao::report {

namespace {

// What a cell shows for "no data", never 0.
constexpr std::string_view k_missing = "—";

out::Column col(const std::string& key, Lang lang, bool numeric = false)
{
  return out::Column{heading(key, lang), key, numeric};
}

out::Column code_col(const std::string& code, Lang lang)
{
  return out::Column{label(code, lang), code, true};
}

// The stage columns: a remediation's two only when the report has a remediation project.
std::vector<std::string> stages(const Report& report)
{
  std::vector<std::string> stages = {"surveyed", "assessed", "negotiating", "signed", "vacated", "demolished"};
  const bool remediation = std::any_of(report.projects.begin(), report.projects.end(),
                                       [](const ProjectFigures& p) { return p.kind == "remediation"; });
  if (remediation) {
    stages.insert(stages.end(), {"remediating", "remediated"});
  }
  stages.emplace_back("withdrawn");
  return stages;
}

// The units (小区, 院落, 片区) of the renovation projects that have any, a row per project and kind.
out::Table unit_table(const Report& report, Lang lang)
{
  const bool zh = lang == Lang::zh;
  out::Table t;
  t.columns = {col("code", lang),
               col("name", lang),
               col("kind", lang),
               out::Column{zh ? "数量" : "Units", "count", true},
               col("households", lang, true),
               out::Column{zh ? "投资(万元)" : "Investment (10k yuan)", "investment", true},
               out::Column{zh ? "已验收" : "Accepted", "accepted", true},
               out::Column{zh ? "本期验收" : "Accepted in period", "accepted_in_period", true}};
  static const std::map<std::string, std::pair<const char*, const char*>> k_kinds = {
    {"area", {"片区", "area"}}, {"compound", {"小区", "compound"}}, {"courtyard", {"院落", "courtyard"}}};
  for (const auto& p : report.projects) {
    if (!p.units) {
      continue;
    }
    for (const auto& [kind, tally] : p.units->by_kind) {
      const auto name = k_kinds.find(kind);
      t.rows.push_back({p.code, p.name, name == k_kinds.end() ? kind : (zh ? name->second.first : name->second.second),
                        std::to_string(tally.count), std::to_string(tally.households),
                        format_number(static_cast<double>(tally.investment_cents) / 1e6),
                        std::to_string(tally.accepted), std::to_string(tally.accepted_in_period)});
    }
  }
  return t;
}

// A count of a map that leaves out what was never imported.
std::string count_cell(const std::map<std::string, std::int64_t>& counts, const std::string& key)
{
  const auto it = counts.find(key);
  return it != counts.end() ? std::to_string(it->second) : std::string(k_missing);
}

std::vector<NamedTable> overview_tables(const Report& report, Lang lang)
{
  out::Table t;
  t.columns = {col("community", lang), col("grids", lang, true), col("households", lang, true),
               col("population", lang, true)};
  for (const char* r : {"registered", "resident", "floating"}) {
    t.columns.push_back(code_col(r, lang));
  }
  for (const char* o : {"institution", "market", "enterprise", "individual"}) {
    t.columns.push_back(code_col(o, lang));
  }
  const auto row = [&](const Overview& o, const std::string& name) {
    std::vector<std::string> cells{name, std::to_string(o.grids), std::to_string(o.households),
                                   o.population ? std::to_string(*o.population) : std::string(k_missing)};
    for (const char* r : {"registered", "resident", "floating"}) {
      cells.push_back(count_cell(o.residents, r));
    }
    for (const char* k : {"institution", "market", "enterprise", "individual"}) {
      cells.push_back(count_cell(o.organisations, k));
    }
    return cells;
  };
  for (const auto& c : report.communities) {
    t.rows.push_back(row(c, c.community));
  }
  t.rows.push_back(row(report.total, heading("total", lang)));
  std::vector<NamedTable> tables = {{heading("overview", lang), std::move(t)}};
  out::Table notes;
  notes.columns = {col("notes", lang)};
  notes.rows.push_back({heading("population_source", lang) + ": " +
                        label(figures::population_source_code(report.population_source), lang)});
  for (const auto& note : report.overview_notes) {
    notes.rows.push_back({note});
  }
  tables.push_back({heading("notes", lang), std::move(notes)});
  return tables;
}

std::vector<NamedTable> project_tables(const Report& report, Lang lang)
{
  out::Table t;
  t.columns = {col("code", lang), col("name", lang), col("kind", lang), col("enrolled", lang, true)};
  const auto stage_columns = stages(report);
  for (const auto& s : stage_columns) {
    t.columns.push_back(code_col(s, lang));
  }
  for (const char* key : {"signed_in_period", "signed_total", "signed_pct"}) {
    t.columns.push_back(col(key, lang, true));
  }
  t.columns.push_back(col("cleared_on", lang));
  t.columns.push_back(col("due_date", lang));
  t.columns.push_back(col("days_left", lang, true));
  t.columns.push_back(col("milestones_done", lang));
  const bool rollup = !report.parts.empty();
  if (rollup) {
    t.columns.insert(t.columns.begin(), out::Column{lang == Lang::zh ? "街道" : "Sub-district", "subdistrict", false});
  }
  for (const auto& p : report.projects) {
    std::vector<std::string> cells{p.code, p.name, label(p.kind, lang), std::to_string(p.enrolled)};
    if (rollup) {
      cells.insert(cells.begin(), p.subdistrict);
    }
    for (const auto& s : stage_columns) {
      cells.push_back(std::to_string(p.by_stage.count(s) ? p.by_stage.at(s) : 0));
    }
    cells.push_back(std::to_string(p.signed_in_period));
    cells.push_back(std::to_string(p.signed_total));
    const auto share = signed_share(p);
    cells.push_back(share ? format_percent(*share) : std::string(k_missing));
    cells.push_back(p.cleared_on.value_or(p.cleared ? "?" : ""));
    cells.push_back(p.due_date.value_or(""));
    // A cleared project has no days left to count, and is not overdue.
    cells.push_back(p.days_left && !p.cleared ? std::to_string(*p.days_left) : std::string());
    std::string milestones;
    for (const auto& m : p.milestones_done) {
      milestones += (milestones.empty() ? "" : "、") + m;
    }
    cells.push_back(milestones);
    t.rows.push_back(std::move(cells));
  }
  std::vector<NamedTable> tables = {{heading("projects", lang), std::move(t)}};
  if (auto units = unit_table(report, lang); !units.rows.empty()) {
    tables.push_back({lang == Lang::zh ? "改造单元" : "Renovation units", std::move(units)});
  }
  return tables;
}

out::Table counts(const std::string& key_header, const std::map<std::string, std::int64_t>& values, Lang lang,
                  bool translate)
{
  out::Table t;
  t.columns = {out::Column{key_header, "key", false}, col("count", lang, true)};
  for (const auto& [key, n] : values) {
    t.rows.push_back({translate ? label(key, lang) : (key.empty() ? "—" : key), std::to_string(n)});
  }
  return t;
}

std::vector<NamedTable> petition_tables(const Report& report, Lang lang)
{
  const auto& f = report.petitions;
  out::Table summary;
  summary.columns = {out::Column{heading("petitions", lang), "item", false}, col("count", lang, true)};
  const std::vector<std::pair<std::string, std::int64_t>> items = {
    {"received", f.received}, {"group", f.group},         {"group_people", f.group_people},
    {"repeat", f.repeat},     {"escalated", f.escalated}, {"accepted", f.accepted},
    {"answered", f.answered}, {"on_time", f.on_time},     {"late", f.late},
    {"closed", f.closed},     {"open", f.open},           {"overdue", f.overdue}};
  for (const auto& [key, n] : items) {
    summary.rows.push_back({heading(key, lang), std::to_string(n)});
  }
  std::vector<NamedTable> tables = {
    {heading("petitions", lang), std::move(summary)},
    {heading("by_channel", lang), counts(heading("by_channel", lang), f.by_channel, lang, true)},
    {heading("by_category", lang), counts(heading("category", lang), f.by_category, lang, false)},
    {heading("by_community", lang), counts(heading("community", lang), f.by_community, lang, false)},
  };
  if (!f.in_sensitive_periods.empty()) {
    out::Table s;
    s.columns = {out::Column{heading("in_sensitive_periods", lang), "name", false}, col("period", lang),
                 col("received", lang, true)};
    for (const auto& p : f.in_sensitive_periods) {
      s.rows.push_back({p.name, p.from + "~" + p.to, std::to_string(p.received)});
    }
    tables.push_back({heading("in_sensitive_periods", lang), std::move(s)});
  }
  if (!f.incidents.empty()) {
    out::Table s;
    s.columns = {col("case_no", lang), col("category", lang), col("handled", lang), col("hours", lang, true)};
    for (const auto& i : f.incidents) {
      const auto* handled =
        i.handled ? (lang == Lang::zh ? "已处置" : "handled") : (lang == Lang::zh ? "正在处置" : "in progress");
      s.rows.push_back({i.case_no, i.category, handled, i.hours ? format_number(*i.hours) : std::string()});
    }
    tables.push_back({heading("incidents", lang), std::move(s)});
  }
  return tables;
}

std::vector<NamedTable> overdue_tables(const Report& report, Lang lang)
{
  out::Table t;
  t.columns = {col("case_no", lang),  col("category", lang), col("community", lang),
               col("deadline", lang), col("due", lang),      col("days_overdue", lang, true)};
  for (const auto& c : report.petitions.overdue_cases) {
    t.rows.push_back(
      {c.case_no, c.category, c.community, label(c.deadline, lang), c.due, std::to_string(c.days_overdue)});
  }
  return {{heading("overdue", lang), std::move(t)}};
}

std::vector<NamedTable> metric_tables(const Report& report, Lang lang)
{
  out::Table t;
  t.columns = {col("indicator", lang),      col("unit", lang),        col("indicator_kind", lang),
               col("community", lang),      col("value", lang, true), col("year_to_date", lang, true),
               col("previous", lang, true), col("change", lang, true)};
  for (const auto& m : report.metrics) {
    t.rows.push_back({m.indicator, m.unit, label(std::string(figures::kind_code(m.kind)), lang),
                      m.community.empty() ? heading("total", lang) : m.community, format_metric(m.value, m.kind),
                      format_metric(m.year_to_date, m.kind), format_metric(m.previous, m.kind),
                      format_metric(m.change, m.kind)});
  }
  std::vector<NamedTable> tables = {{heading("metrics", lang), std::move(t)}};
  if (!report.ranking.empty()) {
    out::Table r;
    r.columns = {col("indicator", lang),       col("unit", lang),
                 col("indicator_kind", lang),  col("subdistrict", lang),
                 col("ranked_by", lang, true), col("rank", lang, true)};
    for (const auto& row : report.ranking) {
      r.rows.push_back({row.indicator, row.unit, label(std::string(figures::kind_code(row.kind)), lang),
                        row.subdistrict, format_metric(row.value, row.kind),
                        fmt::format("{}/{}", row.rank, row.rank_of)});
    }
    tables.push_back({heading("ranking", lang), std::move(r)});
  }
  return tables;
}

} // namespace

std::vector<std::string> narrative_paragraphs(const Report& report)
{
  if (report.draft.empty()) {
    return report.narrative;
  }
  std::vector<std::string> paragraphs;
  for (const auto& block : report.draft) {
    paragraphs.push_back(block.text);
  }
  return paragraphs;
}

std::string format_number(double value)
{
  if (value == static_cast<double>(static_cast<long long>(value))) {
    return std::to_string(static_cast<long long>(value));
  }
  auto text = fmt::format("{:.2f}", value);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == '.') { // 687.999… sums of decimals round to a whole number
    text.pop_back();
  }
  return text;
}

std::string format_metric(std::optional<double> value, figures::IndicatorKind kind)
{
  if (!value) {
    return std::string(k_missing);
  }
  if (kind == figures::IndicatorKind::rate) {
    return format_percent(*value);
  }
  return format_number(*value);
}

std::string format_percent(double fraction)
{
  return fmt::format("{:.1f}%", fraction * 100.0);
}

std::optional<double> signed_share(const ProjectFigures& p)
{
  return project::signing_share(p.kind, p.enrolled, p.signed_total);
}

std::vector<NamedTable> section_tables(const Report& report, const std::string& section, Lang lang)
{
  if (section == "overview") {
    return overview_tables(report, lang);
  }
  if (section == "projects") {
    return project_tables(report, lang);
  }
  if (section == "petitions") {
    return petition_tables(report, lang);
  }
  if (section == "overdue") {
    return overdue_tables(report, lang);
  }
  if (section == "metrics") {
    return metric_tables(report, lang);
  }
  out::Table t;
  t.columns = {out::Column{heading("narrative", lang), "paragraph", false}};
  for (const auto& p : narrative_paragraphs(report)) {
    t.rows.push_back({p});
  }
  return {{heading("narrative", lang), std::move(t)}};
}

} // namespace dongmao::report
