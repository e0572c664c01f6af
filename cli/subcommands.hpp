#pragma once

#include "commands.hpp"
#include "json.hpp"
#include "terminal.hpp"

#include <dongmao/domain/date.hpp>
#include <dongmao/store/household.hpp>
#include <dongmao/store/milestone.hpp>

#include <string>

// The subcommands of `household`, `project` and `petition`, registered by the tables of
// cmd_household.cpp, cmd_project.cpp and cmd_petition.cpp, and what their files share.
namespace dongmao::cli {

// `household` subcommands, by file.
Action setup_household_list(App& sub, Session& session);    // cmd_household_list.cpp
Action setup_household_show(App& sub, Session& session);    // cmd_household_show.cpp
Action setup_household_history(App& sub, Session& session); // cmd_household_show.cpp
Action setup_household_add(App& sub, Session& session);     // cmd_household_edit.cpp
Action setup_household_update(App& sub, Session& session);  // cmd_household_edit.cpp
Action setup_household_stage(App& sub, Session& session);   // cmd_household_stage.cpp
Action setup_household_consent(App& sub, Session& session); // cmd_household_stage.cpp

// `project` subcommands, by file.
Action setup_project_list(App& sub, Session& session);      // cmd_project.cpp
Action setup_project_show(App& sub, Session& session);      // cmd_project.cpp
Action setup_project_add(App& sub, Session& session);       // cmd_project_edit.cpp
Action setup_project_update(App& sub, Session& session);    // cmd_project_edit.cpp
Action setup_project_enroll(App& sub, Session& session);    // cmd_project_enroll.cpp
Action setup_project_progress(App& sub, Session& session);  // cmd_project_progress.cpp
Action setup_project_milestone(App& sub, Session& session); // cmd_project_milestone.cpp

// `petition` subcommands, by file.
Action setup_petition_add(App& sub, Session& session);       // cmd_petition_add.cpp
Action setup_petition_show(App& sub, Session& session);      // cmd_petition_show.cpp
Action setup_petition_list(App& sub, Session& session);      // cmd_petition_list.cpp
Action setup_petition_overdue(App& sub, Session& session);   // cmd_petition_list.cpp
Action setup_petition_periods(App& sub, Session& session);   // cmd_petition_stats.cpp
Action setup_petition_incidents(App& sub, Session& session); // cmd_petition_stats.cpp
Action setup_petition_accept(App& sub, Session& session);    // cmd_petition_step.cpp, as the other steps
Action setup_petition_decline(App& sub, Session& session);
Action setup_petition_extend(App& sub, Session& session);
Action setup_petition_answer(App& sub, Session& session);
Action setup_petition_review(App& sub, Session& session);
Action setup_petition_recheck(App& sub, Session& session);
Action setup_petition_close(App& sub, Session& session);
Action setup_petition_reopen(App& sub, Session& session);

// A household as JSON, personal data masked unless --show-pii; with its stage columns when
// `with_project` (cmd_household_list.cpp).
Json household_json(const Terminal& term, const store::HouseholdRow& row, bool with_project);

// An audit change object {"field": [old, new]} with ID and phone numbers masked unless
// --show-pii (cmd_household_show.cpp).
Json shown_changes(const Terminal& term, const Json& changes);

// A change object of an `entity` audit entry as one line, fields and codes as staff read
// them: "联系电话 138****1234 → 139****5678, 家庭人数 3 → 4" (cmd_household_show.cpp).
std::string describe_changes(const std::string& entity, const Json& changes);

// A milestone as JSON, its status judged on `today` (cmd_project_milestone.cpp).
Json milestone_json(const store::MilestoneRow& milestone, domain::Date today);

// 已完成, 逾期 or 未完成 for a project::milestone_status (cmd_project_milestone.cpp).
std::string milestone_status_label(const std::string& status);

} // namespace dongmao::cli
