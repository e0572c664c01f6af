#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/domain/period.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dongmao::report {

// The dates a report covers, both ends included, and how it names them.
using Period = domain::Period;

// Counts of one community, or of the whole sub-district (基本情况).
struct Overview
{
  std::string community; // "" for the sub-district total
  std::int64_t grids = 0;
  std::int64_t households = 0;
  std::map<std::string, std::int64_t> residents; // registered / resident / floating
  std::map<std::string, std::int64_t> organisations; // institution / market / enterprise / individual
};

// One key project's figures (重点项目).
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
  std::optional<std::string> due_date;
  std::optional<int> days_left; // to the due date from the report's end (or today if earlier)
  std::optional<std::int64_t> target_households;
  std::optional<std::int64_t> investment_cents;
  std::vector<std::string> milestones_done; // done inside the period
};

// A case past its deadline.
struct OverdueCase
{
  std::string case_no;
  std::string category;
  std::string community;
  std::string deadline; // "acceptance" or "handling"
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
  std::optional<double> hours;
};

// Petition work (信访维稳) of the period.
struct PetitionFigures
{
  std::int64_t received = 0;
  std::map<std::string, std::int64_t> by_channel;
  std::map<std::string, std::int64_t> by_category;
  std::map<std::string, std::int64_t> by_community;
  std::int64_t group = 0;        // received with people at or above the threshold
  std::int64_t group_people = 0;
  std::int64_t repeat = 0;
  std::int64_t escalated = 0;
  std::int64_t accepted = 0;     // acceptance events inside the period
  std::int64_t answered = 0;     // answers inside the period
  std::int64_t on_time = 0;      // of those answers, within the handling deadline
  std::int64_t late = 0;
  std::int64_t open = 0;         // not answered, declined or closed at the period's end
  std::int64_t overdue = 0;      // open and past a deadline at the period's end
  std::vector<OverdueCase> overdue_cases;
  std::vector<SensitiveCount> in_sensitive_periods;
  std::vector<Incident> incidents;
  // Received per month for the twelve months ending with the period's last month.
  std::vector<std::pair<std::string, std::int64_t>> per_month;
};

// One indicator's value in the period for one community ("" = the sub-district).
struct MetricFigure
{
  std::string indicator;
  std::string unit;
  std::string community;
  double value = 0;
  double year_to_date = 0;
  std::optional<double> previous; // the same indicator in the previous period
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
  std::vector<ProjectFigures> projects;
  PetitionFigures petitions;
  std::vector<MetricFigure> metrics;
  std::vector<std::string> narrative;
  // A rollup's sub-district reports, each whole; empty for a single workspace.
  std::vector<Report> parts;
};

} // namespace dongmao::report
