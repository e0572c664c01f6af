#include "app.hpp"

#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <ostream>

namespace dongmao::cli {

namespace {

constexpr const char* k_prog = "dongmao";

void print_error(std::ostream& err, const std::string& message)
{
  err << k_prog << ": error: " << message << '\n';
}

// The first word that is not a global option or its value: the subcommand the user meant.
const char* find_command_word(int argc, char** argv)
{
  for (int i = 1; i < argc; ++i) {
    const char* word = argv[i];
    if (std::strcmp(word, "--") == 0) {
      return i + 1 < argc ? argv[i + 1] : nullptr;
    }
    if (word[0] != '-') {
      return word;
    }
    const bool takes_value = std::strcmp(word, "-w") == 0 || std::strcmp(word, "--workspace") == 0 ||
                             std::strcmp(word, "--operator") == 0 || std::strcmp(word, "--today") == 0;
    if (takes_value) {
      ++i;
    }
  }
  return nullptr;
}

std::string nearest_command(const std::string& word)
{
  std::string best;
  std::size_t best_distance = std::string::npos;
  for (const auto& command : commands()) {
    const auto distance = domain::edit_distance(word, command.name);
    if (distance < best_distance) {
      best_distance = distance;
      best = command.name;
    }
  }
  return best_distance <= std::max<std::size_t>(2, word.size() / 2) ? best : std::string();
}

} // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err)
{
  Session session(out, err);
  auto& options = session.options;

  CLI::App app("dongmao: the ledgers of a sub-district office (街道办事处) as one SQLite workspace.", k_prog);
  app.set_version_flag("--version", std::string(k_prog) + " " + k_version);
  app.add_option("-w,--workspace", options.workspace, "Workspace directory (default: $DONGMAO_WORKSPACE, else search upwards)");
  app.add_flag("--json", options.json, "Machine-readable JSON output");
  app.add_flag("-q,--quiet", options.quiet, "Print only results and errors");
  app.add_option("--operator", options.operator_name, "Who is acting, for the audit log (default: $DONGMAO_OPERATOR, else login name)");
  app.add_option("--today", options.today, "Pretend today is YYYY-MM-DD (default: $DONGMAO_TODAY, else the real date)");
  app.add_flag("--show-pii", options.show_pii, "Show ID and phone numbers unmasked");
  app.fallthrough();
  app.footer("Exit status: 0 ok, 64 usage (also a bad date, month, range or word after a flag), 65 bad input\n"
             "data (also an unknown household, project or case code), 66 input missing, 73 cannot create output,\n"
             "75 workspace busy (retry later), 78 bad settings, 1 other error.");
  const auto action = add_commands(app, commands(), session);

  const auto known = [](const char* word) {
    return std::any_of(commands().begin(), commands().end(),
                       [word](const Command& command) { return std::strcmp(command.name, word) == 0; });
  };
  if (const char* word = find_command_word(argc, argv); word && !known(word)) {
    std::string message = fmt::format("unknown command '{}'", word);
    if (const auto guess = nearest_command(word); !guess.empty()) {
      message += fmt::format("; did you mean '{}'?", guess);
    }
    print_error(err, message + " (see 'dongmao --help')");
    return static_cast<int>(ExitStatus::usage);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    out << k_prog << ' ' << k_version << '\n';
    return 0;
  } catch (const CLI::ParseError& error) {
    // Sub-subcommand help arrives as CallForHelp from the sub-app; others are usage errors.
    if (error.get_exit_code() == 0) {
      out << app.help();
      return 0;
    }
    print_error(err, fmt::format("{} (see 'dongmao --help')", error.what()));
    return static_cast<int>(ExitStatus::usage);
  } catch (const Error& error) {
    print_error(err, error.what());
    return static_cast<int>(error.status());
  }

  try {
    session.pin_today();
    return action();
  } catch (const Error& error) {
    print_error(err, error.what());
    return static_cast<int>(error.status());
  } catch (const std::exception& error) {
    print_error(err, error.what());
    return static_cast<int>(ExitStatus::failure);
  }
}

} // namespace dongmao::cli
