#pragma once

#include <dongmao/domain/date.hpp>

#include <string>
#include <string_view>
#include <vector>

// The petition rules the [petition] settings configure, and the lookups into them that
// several commands share.
namespace dongmao::petition {

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
  int group_threshold = 5;       // people at or above which a case is a group case (集体访)
  int dispute_households = 50;   // households at or above which a case is a dispute the report lists
  int acceptance_days = 15;      // Art. 23: tell the petitioner whether it is accepted
  int handling_days = 60;        // Art. 34: handle from acceptance
  int extension_max_days = 30;   // Art. 34: one extension, with approval
  int review_request_days = 30;  // Art. 35: ask for 复查 after the reply
  int review_days = 30;          // Art. 35: give the 复查 opinion
  int recheck_request_days = 30; // Art. 36: ask for 复核
  int recheck_days = 30;         // Art. 36: give the 复核 opinion
  DayMode day_mode = DayMode::calendar;
  std::vector<domain::Date> holidays;
  std::vector<domain::Date> extra_workdays;
  std::vector<std::string> categories;
  std::vector<std::string> urgent_categories;
  std::vector<SensitivePeriod> sensitive_periods;
};

// The configured category `text` means: an exact match, else the one category starting
// with or containing it (租赁 → 租赁纠纷). Any text is accepted when no categories are
// configured. Throws DataError naming the closest known category otherwise.
std::string match_category(std::string_view text, const petition::PetitionRules& rules);

// Whether `category` is urgent (非正常死亡 …): its incident times are recorded.
bool is_urgent(std::string_view category, const petition::PetitionRules& rules);

// Whether `people` make a group case (集体访).
bool is_group(int people, const petition::PetitionRules& rules);

// The sensitive period named `name`, matched like a category (两会 → 两会特护期). Throws
// DataError listing the configured periods otherwise, as for an unknown category.
const petition::SensitivePeriod& find_period(std::string_view name, const petition::PetitionRules& rules);

} // namespace dongmao::petition
