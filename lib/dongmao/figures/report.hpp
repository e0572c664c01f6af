#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/domain/period.hpp>
#include <dongmao/figures/indicator.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The report model as plain data: the store fills it, report builds and renders it. It sits
// below the store so that neither has to include the other upwards.
namespace dongmao::figures {

// The dates a report covers, both ends included, and how it names them.
using Period = domain::Period;

// Where 基本情况 takes its population from: the persons ledger, else household members, else
// the 常住人口/户籍人口/流动人口 indicators, else nowhere.
enum class PopulationSource
{
  none,
  persons,
  household_members,
  indicators,
};

// "none", "persons", "household_members" or "indicators", as the JSON says it.
inline const char* population_source_code(PopulationSource source)
{
  switch (source) {
  case PopulationSource::persons:
    return "persons";
  case PopulationSource::household_members:
    return "household_members";
  case PopulationSource::indicators:
    return "indicators";
  case PopulationSource::none:
    break;
  }
  return "none";
}

// Counts of one community, or of the whole sub-district (基本情况). A map leaves out what was
// never imported, so a missing key is "no data", never 0.
struct Overview
{
  std::string community; // "" for the sub-district total
  std::int64_t grids = 0;
  std::int64_t households = 0;
  std::optional<std::int64_t> population;            // from the report's population source
  std::map<std::string, std::int64_t> residents;     // registered / resident / floating
  std::map<std::string, std::int64_t> organisations; // institution / market / enterprise / individual
};

// Resident consent of a renovation project against 民法典 Art. 278; shares are fractions.
struct ConsentFigures
{
  std::int64_t owners = 0; // enrolled households, one owner each
  std::int64_t agree = 0;
  std::int64_t disagree = 0;
  std::int64_t area_unknown = 0; // households without a floor area: no verdict by area
  double area_total = 0.0;
  double area_agree = 0.0;
  double area_disagree = 0.0;
  double quorum_ratio = 0.0;
  double rebuild_ratio = 0.0;
  double participation_by_count = 0.0;
  double participation_by_area = 0.0;
  double agreement_by_count = 0.0;
  double agreement_by_area = 0.0;
  bool quorum_met = false;
  bool agreement_met = false;
  bool may_proceed = false;
};

// 基本情况 of every community (in report order) and of the sub-district.
struct OverviewFigures
{
  std::vector<Overview> communities;
  Overview total;
  PopulationSource population_source = PopulationSource::none;
  bool organisations_imported = false;
};

// The units of a renovation project (小区, 院落, 片区) of one kind, or of all kinds.
struct UnitTally
{
  std::int64_t count = 0;
  std::int64_t households = 0; // of the units that give a number
  std::int64_t investment_cents = 0;
  std::int64_t accepted = 0;           // 竣工验收 by the period's end
  std::int64_t accepted_in_period = 0; // 竣工验收 inside the period
};

// A renovation project's units: in all and by kind (compound, courtyard, area).
struct UnitFigures
{
  UnitTally total;
  std::map<std::string, UnitTally> by_kind;
};

// Organisations registered (登记日期) inside the period.
struct RegisteredOrganisations
{
  std::int64_t total = 0;
  std::int64_t key_taxpayers = 0;
  std::map<std::string, std::int64_t> by_kind;
};

// One key project's figures (重点项目), as project::progress defines them.
struct ProjectFigures
{
  std::string subdistrict; // set in a rollup of several workspaces
  std::string code;
  std::string name;
  std::string kind;
  std::int64_t enrolled = 0; // not withdrawn
  std::map<std::string, std::int64_t> by_stage;
  std::int64_t signed_in_period = 0;
  std::int64_t signed_total = 0; // signed, vacated or demolished
  bool cleared = false;
  std::optional<std::string> cleared_on;
  std::optional<std::string> start_date;
  std::optional<std::string> due_date;
  std::optional<int> days_left;  // to the due date from the report's end (or today if earlier)
  std::optional<int> ahead_days; // due date − cleared_on: negative when late, none when not cleared
  // Among the projects started in the same month, 1 for the first cleared; none when not cleared.
  std::optional<int> cleared_position;
  // Remediation (整治) projects: remediated in all and inside the period, the last one's date
  // and its days after the project's start.
  std::int64_t remediated_total = 0;
  std::int64_t remediated_in_period = 0;
  std::optional<std::string> last_remediated_on;
  std::optional<int> remediation_days;
  std::optional<std::int64_t> target_households;
  std::optional<std::int64_t> investment_cents;
  std::vector<std::string> milestones_done; // done inside the period
  std::optional<ConsentFigures> consent;    // renovation projects only
  std::optional<UnitFigures> units;         // renovation projects with units on file
};

// A case past its deadline.
struct OverdueCase
{
  std::string case_no;
  std::string category;
  std::string community;
  std::string deadline; // the clock: "acceptance", "handling", "review" or "recheck"
  std::string due;
  int days_overdue = 0;
};

// Petitions counted in a sensitive period (两会特护期 …).
struct SensitiveCount
{
  std::string name;
  std::string from;
  std::string to;
  std::int64_t received = 0;
};

// An urgent case (非正常死亡 …) with its hours from report to handling.
struct Incident
{
  std::string case_no;
  std::string category;
  bool handled = false;        // under control by the report's end (or today if earlier)
  std::optional<double> hours; // from report to handling, when both times are recorded
};

// A dispute of the period: a case concerning many households, or a group visit.
struct Dispute
{
  std::string case_no;
  std::string subject; // the place or object (人和春天); "" when the ledger names none
  std::string category;
  std::optional<std::int64_t> households;
  bool households_approx = false; // the ledger wrote 400多户, 300余户, 约120户
  std::int64_t people = 1;
  std::string status; // open, answered or closed
};

// Petition work (信访维稳) of the period.
struct PetitionFigures
{
  std::int64_t received = 0; // 登记: registered inside the period
  std::map<std::string, std::int64_t> by_channel;
  std::map<std::string, std::int64_t> by_category;
  std::map<std::string, std::int64_t> by_community;
  std::int64_t group = 0; // received with people at or above the threshold
  std::int64_t group_people = 0;
  std::int64_t repeat = 0; // 重复访: marked so by the ledger, or naming the earlier case
  std::int64_t escalated = 0;
  std::int64_t accepted = 0; // 受理: accepted inside the period
  std::int64_t answered = 0; // 答复: handling clocks stopped inside the period (by the answer, or by closing
                             // when a ledger recorded no answer)
  std::int64_t on_time = 0;  // of those answers, on or before the handling deadline
  std::int64_t late = 0;
  std::int64_t closed = 0;  // 办结: closed inside the period
  std::int64_t open = 0;    // a duty of the office running at the period's end (or today if earlier)
  std::int64_t overdue = 0; // of those, past the duty's deadline; one due that day is not
  std::vector<OverdueCase> overdue_cases;
  std::vector<SensitiveCount> in_sensitive_periods;
  std::vector<Incident> incidents;
  // Received or handled in the period, concerning petition.dispute_households households or more, or group cases.
  std::vector<Dispute> disputes;
  // Received per month for the twelve months ending with the period's last month.
  std::vector<std::pair<std::string, std::int64_t>> per_month;
};

// One indicator's figures for one community ("" = the sub-district's total); nullopt is
// "no data", never 0. A rate is a fraction (0.71), printed as 71.0%.
struct MetricFigure
{
  std::string indicator;
  std::string unit;
  std::string community;
  IndicatorKind kind = IndicatorKind::flow;
  std::optional<double> value;        // in the period
  std::optional<double> year_to_date; // flow: January to the period's end; stock, rate: the latest value
  std::optional<double> previous;     // the same indicator in the previous period
  std::optional<double> change;       // value − previous, when both exist
  // The sub-district's place among its peers (1 = highest; none when it has no figure) and how
  // many were ranked; both unset unless peers were given.
  std::optional<std::int64_t> rank;
  std::optional<std::int64_t> rank_of;
};

// One sub-district's place on one indicator in a district's ranking.
struct RankingRow
{
  std::string indicator;
  std::string unit;
  IndicatorKind kind = IndicatorKind::flow;
  std::string subdistrict;
  double value = 0;
  std::int64_t rank = 0; // ties share a rank
  std::int64_t rank_of = 0;
};

// One block of a document drafted from a template: a heading or a paragraph.
struct DraftBlock
{
  bool heading = false;
  std::string text;
};

// Everything a 月报 needs, as plain data; renderers turn it into md/html/xlsx/json/csv.
struct Report
{
  Period period;
  std::string subdistrict;
  std::string division_code;
  double area_km2 = 0;
  std::string today;
  Overview total;
  std::vector<Overview> communities;
  PopulationSource population_source = PopulationSource::none;
  std::vector<std::string> overview_notes; // what 基本情况 lacks or where it took a figure from
  // Organisations registered in the period; none when no organisation has a registration date.
  std::optional<RegisteredOrganisations> organisations_registered;
  std::vector<ProjectFigures> projects;
  PetitionFigures petitions;
  std::vector<MetricFigure> metrics;
  std::vector<std::string> narrative;
  std::vector<DraftBlock> draft;   // from a template; empty without one
  std::vector<RankingRow> ranking; // a rollup's sub-districts per indicator
  // A rollup's sub-district reports, each whole; empty for a single workspace.
  std::vector<Report> parts;
};

} // namespace dongmao::figures
