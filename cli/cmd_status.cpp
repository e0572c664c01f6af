#include "commands.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/store/summary.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace dongmao::cli {

Action setup_status(CLI::App&, Context& context)
{
  return [&context] {
    auto ws = context.open_workspace(workspace::Workspace::Access::read);
    const auto summary = store::summarize(ws.db());
    const auto& settings = ws.settings();
    if (context.options.json) {
      nlohmann::json json = {{"workspace", ws.dir().string()},
                             {"subdistrict", settings.name},
                             {"division_code", settings.division_code},
                             {"schema_version", summary.schema_version},
                             {"last_import", summary.last_import ? nlohmann::json(*summary.last_import) : nlohmann::json()}};
      for (const auto& [name, count] : summary.counts) {
        json["counts"][name] = count;
      }
      context.out() << json.dump(2) << '\n';
      return 0;
    }
    auto& out = context.out();
    out << settings.name;
    if (!settings.division_code.empty()) {
      out << " (" << settings.division_code << ")";
    }
    out << "\nworkspace: " << ws.dir().string() << "\nschema version: " << summary.schema_version << '\n';
    for (const auto& [name, count] : summary.counts) {
      out << domain::pad_right(name, 15) << count << '\n';
    }
    out << "last import: " << summary.last_import.value_or("none") << '\n';
    return 0;
  };
}

} // namespace dongmao::cli
