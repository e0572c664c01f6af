#pragma once

#include <dongmao/domain/date.hpp>
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
};

// What a subcommand needs from the run: the flags, the streams, and ways to reach the
// workspace and the clock.
class Context
{
public:
  Context(std::ostream& out, std::ostream& err) : m_out(out), m_err(err) {}

  GlobalOptions options;

  // Standard output: results.
  std::ostream& out() { return m_out; }
  // Standard error: progress and warnings (silent under -q).
  std::ostream& err() { return m_err; }

  // Whether standard output / error is a terminal.
  bool stdout_is_tty() const;
  bool stderr_is_tty() const;

  // Finds and opens the workspace from -w, $DONGMAO_WORKSPACE or the current directory.
  workspace::Workspace open_workspace(workspace::Workspace::Access access) const;

  // The run's clock in `zone`, pinned by --today or $DONGMAO_TODAY when given.
  workspace::Clock clock(const std::string& zone) const;

  // The acting operator: --operator, $DONGMAO_OPERATOR, else the login name.
  std::string operator_name() const;

private:
  std::ostream& m_out;
  std::ostream& m_err;
};

} // namespace dongmao::cli
