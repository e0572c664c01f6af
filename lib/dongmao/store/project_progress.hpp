#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/domain/period.hpp>
#include <dongmao/project/consent.hpp>
#include <dongmao/project/progress.hpp>
#include <dongmao/project/stage.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// What progress is measured against.
struct ProgressOptions
{
  domain::Period period;           // for signed_in_period
  domain::Date today;              // for days left, overdue and the pace window
  int pace_days = 7;               // the pace window: the last N days, today included
  double quorum_ratio = 2.0 / 3.0; // renovation consent thresholds (settings)
  double rebuild_ratio = 3.0 / 4.0;
};

// One project's progress: the figures of the report's `projects` entries and of the morning
// dispatch meeting. Definitions (DESIGN.md): `enrolled` leaves out withdrawn households;
// `signed_total` counts households at signed or beyond; `signed_in_period` counts households
// with a signing event dated inside the period; cleared (清零) means every enrolled household
// has signed, `cleared_on` being the date of the signing that completed it.
struct ProjectProgress
{
  std::string code;
  std::string name;
  std::string kind;
  std::string status;
  std::optional<std::string> start_date;
  std::optional<std::string> due_date;
  std::optional<std::int64_t> target_households;
  std::int64_t enrolled = 0;
  std::int64_t withdrawn = 0;
  std::array<std::int64_t, project::k_stages.size()> by_stage{}; // indexed by project::Stage
  std::int64_t signed_total = 0;
  double signed_percent = 0.0; // of enrolled
  domain::Period period;
  std::int64_t signed_in_period = 0;
  std::optional<int> days_left; // due date − today; negative when past
  bool overdue = false;
  bool cleared = false;
  std::optional<std::string> cleared_on;
  project::Pace pace;
  // Remediation (整治) projects: households or storefronts remediated, in all and with a
  // remediation dated inside the period; the date of the last one and the days it came after
  // the project's start.
  std::int64_t remediated_total = 0;
  std::int64_t remediated_in_period = 0;
  std::optional<std::string> last_remediated_on;
  std::optional<int> remediation_days;
  std::optional<project::ConsentResult> consent; // renovation projects only
};

// The progress of the project with code or name `project`; DataError when unknown.
ProjectProgress project_progress(db::Connection& db, const std::string& project, const ProgressOptions& options);

// The progress of every project, most urgent first (project::more_urgent).
std::vector<ProjectProgress> all_project_progress(db::Connection& db, const ProgressOptions& options);

} // namespace dongmao::store
