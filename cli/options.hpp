#pragma once

#include <dongmao/text/message.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

// The command line without CLI11's templates: only options.cpp compiles <CLI/CLI.hpp>,
// whose inline functions cost seconds of compilation in every file that includes it.
namespace dongmao::cli {

// A command or subcommand of the command line.
using App = CLI::App;

// The command words that lead to `app` from the top, without the program: "household list".
std::string command_path(const App& app);

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
Opt add_option(App& app, const std::string& name, std::string& value, const text::Message& help);
Opt add_option(App& app, const std::string& name, std::optional<std::string>& value, const text::Message& help);
Opt add_option(App& app, const std::string& name, int& value, const text::Message& help);
Opt add_option(App& app, const std::string& name, std::optional<int>& value, const text::Message& help);
Opt add_option(App& app, const std::string& name, std::optional<std::int64_t>& value, const text::Message& help);
Opt add_option(App& app, const std::string& name, std::vector<std::string>& values, const text::Message& help);
Opt add_option(App& app, const std::string& name, std::optional<std::filesystem::path>& value,
               const text::Message& help);

// Adds a flag that sets `value` when given.
void add_flag(App& app, const std::string& name, bool& value, const text::Message& help);

// Sets the text `--help` prints after the options, folded at 100 columns.
void set_footer(App& app, const text::Message& text);

// Adds subcommand `name` to `parent`; options after it that it does not know go to the
// parent, so global flags may come last.
App& add_subcommand(App& parent, const std::string& name, const text::Message& description);

// Makes `app` need exactly one of its subcommands.
void require_subcommand(App& app);

// Runs `chosen` once the command line is parsed, when `app` is the subcommand given.
void on_chosen(App& app, std::function<void()> chosen);

// Deletes an App made by make_app.
struct AppDeleter
{
  void operator()(App* app) const;
};

// The top level of program `name`'s command line, with --help, and --version printing
// `version`; its help, and every subcommand's, in the language of the run.
std::unique_ptr<App, AppDeleter> make_app(const text::Message& description, const std::string& name,
                                          const std::string& version);

// How reading the command line ended.
struct Parsed
{
  enum class Outcome
  {
    run,     // run the chosen subcommand
    print,   // print `text` (--help, --version) and stop
    refused, // a usage error: `text` says what is wrong
  };
  Outcome outcome = Outcome::run;
  std::string text;
};

// Reads `argv` into the options registered on `app` and tells each subcommand given.
Parsed parse(App& app, int argc, char** argv);

} // namespace dongmao::cli
