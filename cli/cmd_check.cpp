#include "commands.hpp"
#include "common.hpp"
#include "json.hpp"

#include <dongmao/error.hpp>
#include <dongmao/import/audit_labels.hpp>
#include <dongmao/store/check.hpp>
#include <dongmao/text/cli.hpp>

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
    print_json(term, Json::object({{"workspace", ws.dir().string()}, {"ok", findings.empty()}, {"findings", items}}));
  } else {
    for (const auto& finding : findings) {
      auto message = finding.message;
      std::replace(message.begin(), message.end(), '\n', ' ');
      term.out << import::audit_entity_label(finding.entity) << (finding.key.empty() ? "" : " ") << finding.key << ": "
               << message << " [" << finding.rule << "]\n";
    }
    if (findings.empty() && !term.quiet) {
      term.out << text::format(text::k_check_clean, ws.dir().string()) << '\n';
    }
  }
  if (findings.empty()) {
    return 0;
  }
  term.err << error_prefix(term.err_colour) << ' '
           << text::format(text::k_check_findings, ws.dir().string(), findings.size(),
                           text::plural(static_cast<long long>(findings.size())))
           << '\n';
  return static_cast<int>(ExitStatus::data_error);
}

} // namespace

Action setup_check(App& sub, Session& session)
{
  set_footer(sub, {"检查数据库（SQLite "
                   "integrity_check、foreign_key_"
                   "check）和数据自身的规则：每户在项目中的阶段即其最近一条阶段记录的阶段，每件信访的状态和延期与其办理"
                   "记录一致，同一身份证号不是两户的户主，也不属于另一户的成员。无问题时退出码为0，有任何问题时为65。",
                   "Checks the database (SQLite integrity_check, foreign_key_check) and the data's own "
                   "rules: each enrollment's stage is that of its latest stage event, each petition's "
                   "status and extension follow its events, no ID number heads two households or "
                   "belongs to a person of another household. Exit 0 when clean, 65 when anything is "
                   "wrong."});
  return [&session] {
    auto ws = session.open_workspace(workspace::Workspace::Access::read);
    return check_workspace(session.terminal(), ws);
  };
}

} // namespace dongmao::cli
