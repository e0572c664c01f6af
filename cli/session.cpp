#include "session.hpp"

#include <dongmao/error.hpp>
#include <dongmao/store/audit_query.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/workspace/operator.hpp>

#include <fmt/format.h>

#include <cstdlib>

#include <unistd.h>

namespace dongmao::cli {

Terminal Session::terminal() const
{
  // --ndjson asks for JSON too: a list one object per line, a document one object.
  Terminal term{m_out, m_err, options.json || options.ndjson, options.quiet, options.show_pii};
  term.ndjson = options.ndjson;
  term.out_colour = colour_wanted(STDOUT_FILENO, options.color);
  term.err_colour = colour_wanted(STDERR_FILENO, options.color);
  term.out_width = terminal_width(STDOUT_FILENO);
  return term;
}

workspace::Workspace Session::open_workspace(workspace::Workspace::Access access) const
{
  std::optional<std::filesystem::path> env;
  if (const char* value = std::getenv("DONGMAO_WORKSPACE")) {
    env = value;
  }
  const auto dir = workspace::locate(options.workspace, env, std::filesystem::current_path());
  workspace::Workspace ws(dir, access);
  if (options.show_pii && access != workspace::Workspace::Access::read_only) {
    record_reveal(ws);
  }
  return ws;
}

void Session::record_reveal(workspace::Workspace& ws) const
{
  const auto who = actor(ws);
  const auto space = command.find(' ');
  try {
    store::record_disclosure(ws.db(), who.operator_name, who.now,
                             store::Disclosure{"reveal", command.substr(0, space), command,
                                               "ID and phone numbers (--show-pii)", std::nullopt});
  } catch (const db::SqliteError& error) {
    if (error.status() != ExitStatus::cant_create) {
      throw;
    }
    throw CannotCreate(
      fmt::format("--show-pii 须记入审计日志，但工作区 {} 不可写；请去掉 --show-pii", ws.dir().string()));
  }
}

void Session::pin_today()
{
  std::optional<std::string> pinned = options.today;
  const char* source = "--today";
  if (!pinned) {
    if (const char* env = std::getenv("DONGMAO_TODAY"); env && *env) {
      pinned = env;
      source = "DONGMAO_TODAY";
    }
  }
  if (!pinned) {
    return;
  }
  m_today = domain::parse_iso_date(*pinned);
  if (!m_today) {
    throw UsageError(text::format(text::k_bad_today, source, *pinned));
  }
}

workspace::Clock Session::clock(const std::string& zone) const
{
  return workspace::Clock(zone, m_today);
}

domain::Date Session::today(const workspace::Workspace& ws) const
{
  return clock(ws.settings().timezone).today();
}

store::Actor Session::actor(const workspace::Workspace& ws) const
{
  const auto run_clock = clock(ws.settings().timezone);
  return store::Actor{workspace::resolve_operator(options.operator_name), run_clock.now(), run_clock.today()};
}

} // namespace dongmao::cli
