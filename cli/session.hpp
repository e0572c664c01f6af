#pragma once

#include "terminal.hpp"

#include <dongmao/domain/date.hpp>
#include <dongmao/store/actor.hpp>
#include <dongmao/workspace/clock.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace dongmao::cli {

// The global flags, shared by every subcommand.
struct GlobalOptions
{
  std::optional<std::filesystem::path> workspace;
  bool json = false;
  bool quiet = false;
  std::optional<std::string> operator_name;
  std::optional<std::string> today;
  bool show_pii = false;
  bool ndjson = false;
  std::string color = "auto";
  std::optional<std::string> lang; // read before parsing, by app.cpp; here so that CLI11 accepts it
};

// The run as the global flags and the environment define it. Setup functions capture it;
// the functions that do a command's work are given only what they need from it: the
// terminal, the workspace, today, the actor.
class Session
{
public:
  Session(std::ostream& out, std::ostream& err) : m_out(out), m_err(err) {}

  // Bound to the command line by app.cpp; read once it is parsed.
  GlobalOptions options;

  // The command being run ("household list"), for the audit log; set by add_commands.
  std::string command;

  // Reads the day --today or $DONGMAO_TODAY pins, once the command line is parsed, so that
  // a bad one is refused (UsageError) by every command, not only by those that need today.
  void pin_today();

  // The streams and output flags.
  Terminal terminal() const;

  // Finds and opens the workspace from -w, $DONGMAO_WORKSPACE or the current directory.
  // Under --show-pii, first records in its audit log that personal data is shown (73 when
  // the log cannot be written: nothing is shown unaudited).
  workspace::Workspace open_workspace(workspace::Workspace::Access access) const;

  // Today in the workspace's time zone, or the day pin_today() read.
  domain::Date today(const workspace::Workspace& ws) const;

  // Who changes `ws`, and when: the operator (--operator, $DONGMAO_OPERATOR, else the login
  // name), now, and today as today() gives it.
  store::Actor actor(const workspace::Workspace& ws) const;

private:
  // Records in `ws`'s audit log that this command shows personal data in full.
  void record_reveal(workspace::Workspace& ws) const;

  // The run's clock in `zone`, pinned to the day pin_today() read, if any.
  workspace::Clock clock(const std::string& zone) const;

  std::ostream& m_out;
  std::ostream& m_err;
  std::optional<domain::Date> m_today;
};

} // namespace dongmao::cli
