#include "commands.hpp"
#include "common.hpp"
#include "json.hpp"

#include <dongmao/error.hpp>
#include <dongmao/import/audit_labels.hpp>
#include <dongmao/store/check.hpp>

#include <algorithm>
#include <ostream>

namespace dongmao::cli {

namespace {

// Prints every finding of the workspace check; 65 when there is any, as for bad input data.
int check_workspace(const Terminal& term, workspace::Workspace& ws)
{
  const auto findings = store::check_workspace(ws.db());
  if (term.json) {
    auto items = Json::array();
    for (const auto& finding : findings) {
      items.push(Json::object(
        {{"rule", finding.rule}, {"entity", finding.entity}, {"key", finding.key}, {"message", finding.message}}));
    }
    print_json(term.out,
               Json::object({{"workspace", ws.dir().string()}, {"ok", findings.empty()}, {"findings", items}}));
  } else {
    for (const auto& finding : findings) {
      auto message = finding.message;
      std::replace(message.begin(), message.end(), '\n', ' ');
      term.out << import::audit_entity_label(finding.entity) << (finding.key.empty() ? "" : " ") << finding.key << ": "
               << message << " [" << finding.rule << "]\n";
    }
    if (findings.empty() && !term.quiet) {
      term.out << ws.dir().string() << ": 检查通过，未发现问题\n";
    }
  }
  if (findings.empty()) {
    return 0;
  }
  term.err << error_prefix(term.err_colour) << ' ' << ws.dir().string() << ": 检查发现 " << findings.size()
           << " 个问题\n";
  return static_cast<int>(ExitStatus::data_error);
}

} // namespace

Action setup_check(App& sub, Session& session)
{
  set_footer(sub, wrap_text("Checks the database (SQLite integrity_check, foreign_key_check) and the data's own "
                            "rules: each enrollment's stage is that of its latest stage event, each petition's "
                            "status and extension follow its events, no ID number heads two households or "
                            "belongs to a person of another household. Exit 0 when clean, 65 when anything is "
                            "wrong."));
  return [&session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return check_workspace(session.terminal(), ws);
  };
}

} // namespace dongmao::cli
