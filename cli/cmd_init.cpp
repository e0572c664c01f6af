#include "commands.hpp"

#include <dongmao/workspace/workspace.hpp>

#include <nlohmann/json.hpp>

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

} // namespace

Action setup_init(CLI::App& sub, Context& context)
{
  auto flags = std::make_shared<InitFlags>();
  sub.add_option("DIR", flags->dir, "Directory of the new workspace (created if missing)")->capture_default_str();
  sub.add_option("--name", flags->name, "Name of the sub-district, e.g. 东茅岭街道")->required();
  sub.add_option("--division-code", flags->division_code, "行政区划代码 of the sub-district, e.g. 430602001");
  sub.add_flag("--force", flags->force, "Complete an existing workspace (never overwrites a file)");
  return [flags, &context] {
    workspace::InitOptions options;
    options.dir = flags->dir;
    options.name = flags->name;
    options.division_code = flags->division_code;
    options.force = flags->force;
    const auto result = workspace::init(options);
    const auto dir = std::filesystem::absolute(options.dir).lexically_normal();
    if (context.options.json) {
      nlohmann::json json = {{"workspace", dir.string()},
                             {"created_settings", result.created_settings},
                             {"created_database", result.created_database},
                             {"schema_version", result.schema_version}};
      context.out() << json.dump(2) << '\n';
    } else if (!context.options.quiet) {
      context.out() << "Initialised workspace " << flags->name << " in " << dir.string() << '\n';
      if (!result.created_settings) {
        context.out() << "  kept existing " << workspace::k_settings_file << '\n';
      }
      if (!result.created_database) {
        context.out() << "  kept existing " << workspace::k_database_file << '\n';
      }
    }
    return 0;
  };
}

} // namespace dongmao::cli
