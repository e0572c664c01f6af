#pragma once

#include "options.hpp"
#include "session.hpp"

#include <functional>
#include <vector>

namespace dongmao::cli {

// What runs when a subcommand is chosen; returns the exit status.
using Action = std::function<int()>;

// Registers a subcommand's options on `sub` and returns what runs when it is chosen. The
// action hands the function doing the work only what it needs from `session`.
using Setup = Action (*)(App& sub, Session& session);

// One row of a table of subcommands.
struct Command
{
  const char* name;
  text::Message description;
  Setup setup;
};

// Adds every row of `table` as a subcommand of `parent`, one of which must be given, and
// returns the action that runs the chosen one: how every level of the command line is built.
Action add_commands(App& parent, const std::vector<Command>& table, Session& session);

// The top-level commands, in the order `--help` lists them.
const std::vector<Command>& commands();

// The top-level commands' setups, one file (or group of files) each.
Action setup_init(App& sub, Session& session);
Action setup_status(App& sub, Session& session);
Action setup_import(App& sub, Session& session);
Action setup_household(App& sub, Session& session);
Action setup_project(App& sub, Session& session);
Action setup_petition(App& sub, Session& session);
Action setup_report(App& sub, Session& session);
Action setup_check(App& sub, Session& session);
Action setup_backup(App& sub, Session& session);
Action setup_restore(App& sub, Session& session);
Action setup_audit(App& sub, Session& session); // cmd_audit.cpp

} // namespace dongmao::cli
