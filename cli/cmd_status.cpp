#include "commands.hpp"
#include "json.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/store/summary.hpp>

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
  out << "\nworkspace: " << ws.dir().string() << "\nschema version: " << summary.schema_version << '\n';
  for (const auto& [name, count] : summary.counts) {
    out << domain::pad_right(name, 15) << count << '\n';
  }
  if (const auto& last = summary.last_import) {
    out << "last import: " << last->entity << ' ' << domain::visible_text(last->file) << " at " << last->finished_at
        << '\n';
  } else {
    out << "last import: none\n";
  }
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
