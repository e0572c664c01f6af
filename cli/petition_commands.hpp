#pragma once

#include "commands.hpp"

// The subcommands of `dongmao petition`, one setup function each, registered by
// cmd_petition.cpp.
namespace dongmao::cli::petition_cli {

// `petition add`: register a new case.
Action setup_add(CLI::App& sub, Context& context);
// `petition show CASE`: one case, its petitioners, deadlines and history.
Action setup_show(CLI::App& sub, Context& context);
// `petition list`: cases by filters.
Action setup_list(CLI::App& sub, Context& context);
// `petition overdue`: overdue and soon-due cases, for people and cron.
Action setup_overdue(CLI::App& sub, Context& context);
// `petition periods`: cases received in each sensitive period.
Action setup_periods(CLI::App& sub, Context& context);
// `petition incidents`: urgent cases and their hours from report to handling.
Action setup_incidents(CLI::App& sub, Context& context);
// `petition accept CASE`: 受理, starting the handling clock.
Action setup_accept(CLI::App& sub, Context& context);
// `petition decline CASE --reason`: 不予受理.
Action setup_decline(CLI::App& sub, Context& context);
// `petition extend CASE --days N --reason`: the one extension of Art. 34.
Action setup_extend(CLI::App& sub, Context& context);
// `petition answer CASE --outcome`: the answer, or the 复查/复核 opinion.
Action setup_answer(CLI::App& sub, Context& context);
// `petition review CASE`: the petitioner asked for 复查.
Action setup_review(CLI::App& sub, Context& context);
// `petition recheck CASE`: the petitioner asked for 复核.
Action setup_recheck(CLI::App& sub, Context& context);
// `petition close CASE`: 办结.
Action setup_close(CLI::App& sub, Context& context);
// `petition reopen CASE`: undo a close, or withdraw a decline.
Action setup_reopen(CLI::App& sub, Context& context);

} // namespace dongmao::cli::petition_cli
