#include "commands.hpp"
#include "json.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/store/summary.hpp>
#include <dongmao/text/cli.hpp>

#include <ostream>

namespace dongmao::cli {

namespace {

// What `ws` holds: its settings' names, schema version, counts and last import.
int show_status(const Terminal& term, workspace::Workspace& ws)
{
  const auto summary = store::summarize(ws.db());
  const auto& settings = ws.settings();
  if (term.json) {
    Json last_import;
    if (const auto& last = summary.last_import) {
      last_import = Json::object({{"entity", last->entity}, {"file", last->file}, {"finished_at", last->finished_at}});
    }
    auto counts = Json::object();
    for (const auto& [name, count] : summary.counts) {
      counts.set(name, count);
    }
    print_json(term.out, Json::object({{"workspace", ws.dir().string()},
                                       {"subdistrict", settings.name},
                                       {"division_code", settings.division_code},
                                       {"schema_version", summary.schema_version},
                                       {"last_import", last_import},
                                       {"counts", counts}}));
    return 0;
  }
  auto& out = term.out;
  out << settings.name;
  if (!settings.division_code.empty()) {
    out << " (" << settings.division_code << ")";
  }
  out << '\n'
      << text::format(text::k_status_workspace, ws.dir().string()) << '\n'
      << text::format(text::k_status_schema, summary.schema_version) << '\n';
  for (const auto& [name, count] : summary.counts) {
    out << domain::pad_right(text::count_label(name), 15) << count << '\n';
  }
  const auto last = summary.last_import
                      ? text::format(text::k_last_import, text::count_label(summary.last_import->entity),
                                     domain::visible_text(summary.last_import->file), summary.last_import->finished_at)
                      : text::format(text::k_status_none);
  out << text::format(text::k_status_last_import, last) << '\n';
  return 0;
}

} // namespace

Action setup_status(App&, Session& session)
{
  return [&session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return show_status(session.terminal(), ws);
  };
}

} // namespace dongmao::cli
