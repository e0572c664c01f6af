#pragma once

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace dongmao::cli {

// A subcommand: registers its options on `app` and returns the action to run when chosen.
using Action = std::function<int()>;

// One row of the subcommand table.
struct Command
{
  const char* name;
  const char* description;
  // Adds the subcommand's own options to `sub`; returns what to run.
  Action (*setup)(CLI::App& sub, Context& context);
};

// Every subcommand, in the order `--help` lists them.
const std::vector<Command>& commands();

// Per-subcommand setup functions, one file each.
Action setup_init(CLI::App& sub, Context& context);
Action setup_status(CLI::App& sub, Context& context);
Action setup_import(CLI::App& sub, Context& context);
Action setup_household(CLI::App& sub, Context& context);
Action setup_project(CLI::App& sub, Context& context);
Action setup_petition(CLI::App& sub, Context& context);
Action setup_report(CLI::App& sub, Context& context);

} // namespace dongmao::cli
