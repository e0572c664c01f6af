#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

// Registering subcommands, options and flags without CLI11's templates: only options.cpp
// and app.cpp compile <CLI/CLI.hpp>, whose inline functions cost seconds in every file that
// includes it.
namespace dongmao::cli {

// A command or subcommand of the command line.
using App = CLI::App;

// An option just added, to refine in a chain: add_option(…).required().
class Opt
{
public:
  explicit Opt(CLI::Option* option) : m_option(option) {}

  // The option must be given.
  Opt& required();
  // The value must be one of `names`.
  Opt& choices(const std::vector<std::string>& names);
  // The value must be a number from `min` to `max`.
  Opt& range(int min, int max);
  // The value must be a number at or above zero.
  Opt& non_negative();
  // `--help` shows the value the option starts with.
  Opt& show_default();

private:
  CLI::Option* m_option;
};

// Adds an option (or a positional argument when `name` has no leading dash) storing its
// value in `value`, which keeps its initial value when the option is not given.
Opt add_option(App& app, const std::string& name, std::string& value, const std::string& help);
Opt add_option(App& app, const std::string& name, std::optional<std::string>& value, const std::string& help);
Opt add_option(App& app, const std::string& name, int& value, const std::string& help);
Opt add_option(App& app, const std::string& name, std::optional<int>& value, const std::string& help);
Opt add_option(App& app, const std::string& name, std::optional<std::int64_t>& value, const std::string& help);
Opt add_option(App& app, const std::string& name, std::vector<std::string>& values, const std::string& help);
Opt add_option(App& app, const std::string& name, std::optional<std::filesystem::path>& value,
               const std::string& help);

// Adds a flag that sets `value` when given.
void add_flag(App& app, const std::string& name, bool& value, const std::string& help);

// Sets the text `--help` prints after the options.
void set_footer(App& app, const std::string& text);

// Adds subcommand `name` to `parent`; options after it that it does not know go to the
// parent, so global flags may come last.
App& add_subcommand(App& parent, const std::string& name, const std::string& description);

// Makes `app` need exactly one of its subcommands.
void require_subcommand(App& app);

// Runs `chosen` once the command line is parsed, when `app` is the subcommand given.
void on_chosen(App& app, std::function<void()> chosen);

} // namespace dongmao::cli
