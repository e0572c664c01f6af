#include "commands.hpp"
#include "json.hpp"

#include <dongmao/text/workspace.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

struct InitFlags
{
  std::string dir = ".";
  std::string name;
  std::string division_code;
  bool force = false;
};

// Creates (or completes) the workspace `flags` describe and says what it did.
int init_workspace(const Terminal& term, const InitFlags& flags)
{
  workspace::InitOptions options;
  options.dir = flags.dir;
  options.name = flags.name;
  options.division_code = flags.division_code;
  options.force = flags.force;
  const auto result = workspace::init(options);
  const auto dir = std::filesystem::absolute(options.dir).lexically_normal();
  if (term.json) {
    print_json(term, Json::object({{"workspace", dir.string()},
                                   {"created_settings", result.created_settings},
                                   {"created_database", result.created_database},
                                   {"schema_version", result.schema_version}}));
  } else if (!term.quiet) {
    term.out << text::format(text::k_initialised, flags.name, dir.string()) << '\n';
    if (!result.created_settings) {
      term.out << text::format(text::k_kept_existing, workspace::k_settings_file) << '\n';
    }
    if (!result.created_database) {
      term.out << text::format(text::k_kept_existing, workspace::k_database_file) << '\n';
    }
  }
  return 0;
}

} // namespace

Action setup_init(App& sub, Session& session)
{
  auto flags = std::make_shared<InitFlags>();
  add_option(sub, "DIR", flags->dir,
             {"新工作区的目录（不存在时创建）", "Directory of the new workspace (created if missing)"})
    .show_default();
  add_option(sub, "--name", flags->name, {"街道名称，如 东茅岭街道", "Name of the sub-district, e.g. 东茅岭街道"})
    .required();
  add_option(sub, "--division-code", flags->division_code,
             {"街道的行政区划代码，如 430602001", "行政区划代码 of the sub-district, e.g. 430602001"});
  add_flag(sub, "--force", flags->force,
           {"补全已有的工作区（从不覆盖文件）", "Complete an existing workspace (never overwrites a file)"});
  return [flags, &session] { return init_workspace(session.terminal(), *flags); };
}

} // namespace dongmao::cli
