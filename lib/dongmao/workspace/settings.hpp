#pragma once

#include <dongmao/domain/date.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace dongmao::workspace {

// How petition deadlines count days.
enum class DayMode
{
  calendar,
  working, // Monday–Friday, less `holidays`, plus `extra_workdays` (调休)
};

// A named date range (两会特护期, …) whose petitions the report counts separately.
struct SensitivePeriod
{
  std::string name;
  domain::Date from;
  domain::Date to;
};

// Deadlines of 《信访工作条例》(2022), in days.
struct PetitionRules
{
  int group_threshold = 5;        // people at or above which a case is a group case (集体访)
  int acceptance_days = 15;       // Art. 23: tell the petitioner whether it is accepted
  int handling_days = 60;         // Art. 34: handle from acceptance
  int extension_max_days = 30;    // Art. 34: one extension, with approval
  int review_request_days = 30;   // Art. 35: ask for 复查 after the reply
  int review_days = 30;           // Art. 35: give the 复查 opinion
  int recheck_request_days = 30;  // Art. 36: ask for 复核
  int recheck_days = 30;          // Art. 36: give the 复核 opinion
  DayMode day_mode = DayMode::calendar;
  std::vector<domain::Date> holidays;
  std::vector<domain::Date> extra_workdays;
  std::vector<std::string> categories;
  std::vector<std::string> urgent_categories;
  std::vector<SensitivePeriod> sensitive_periods;
};

// Consent thresholds of 民法典 Art. 278, as fractions in (0, 1].
struct RenovationRules
{
  double quorum_ratio = 2.0 / 3.0;  // participating owners and area, of all
  double rebuild_ratio = 3.0 / 4.0; // agreeing owners and area, of participants
};

// Everything in dongmao.toml.
struct Settings
{
  std::string name;             // 东茅岭街道
  std::string division_code;    // 430602…
  std::string timezone = "Asia/Shanghai";
  double area_km2 = 0.0;        // 0 when unknown
  int busy_timeout_ms = 5000;
  PetitionRules petition;
  RenovationRules renovation;
  // Sentence templates of the drafted narrative, by name ([report.templates]); those not
  // set here use the built-in ones.
  std::map<std::string, std::string> report_templates;
};

// The default petition categories (configurable under [petition] categories).
std::vector<std::string> default_petition_categories();

// Reads and validates `path`. Throws ConfigError naming the file, line and key.
Settings load_settings(const std::filesystem::path& path);

// The dongmao.toml text `init` writes: every setting with its default, commented.
std::string default_settings_text(const std::string& name, const std::string& division_code);

} // namespace dongmao::workspace
