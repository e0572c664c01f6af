#pragma once

#include "common.hpp"

#include <dongmao/store/household.hpp>
#include <dongmao/store/milestone.hpp>

namespace dongmao::cli {

// `household` subcommands, by file.
Action setup_household_list(CLI::App& sub, Context& context);    // cmd_household_list.cpp
Action setup_household_show(CLI::App& sub, Context& context);    // cmd_household_show.cpp
Action setup_household_history(CLI::App& sub, Context& context); // cmd_household_show.cpp
Action setup_household_add(CLI::App& sub, Context& context);     // cmd_household_edit.cpp
Action setup_household_update(CLI::App& sub, Context& context);  // cmd_household_edit.cpp
Action setup_household_stage(CLI::App& sub, Context& context);   // cmd_household_stage.cpp
Action setup_household_consent(CLI::App& sub, Context& context); // cmd_household_stage.cpp

// `project` subcommands, by file.
Action setup_project_list(CLI::App& sub, Context& context);      // cmd_project.cpp
Action setup_project_show(CLI::App& sub, Context& context);      // cmd_project.cpp
Action setup_project_add(CLI::App& sub, Context& context);       // cmd_project_edit.cpp
Action setup_project_update(CLI::App& sub, Context& context);    // cmd_project_edit.cpp
Action setup_project_enroll(CLI::App& sub, Context& context);    // cmd_project_enroll.cpp
Action setup_project_progress(CLI::App& sub, Context& context);  // cmd_project_progress.cpp
Action setup_project_milestone(CLI::App& sub, Context& context); // cmd_project_milestone.cpp

// A household as JSON, personal data masked unless --show-pii; with its stage columns when
// `with_project` (cmd_household_list.cpp).
nlohmann::json household_json(const Context& context, const store::HouseholdRow& row, bool with_project);

// A milestone as JSON, its status judged on `today` (cmd_project_milestone.cpp).
nlohmann::json milestone_json(const store::MilestoneRow& milestone, domain::Date today);

// 已完成, 逾期 or 未完成 for a project::milestone_status (cmd_project_milestone.cpp).
std::string milestone_status_label(const std::string& status);

} // namespace dongmao::cli
