#pragma once

#include <dongmao/figures/indicator.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/project/consent.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace dongmao::workspace {

// Everything in dongmao.toml.
struct Settings
{
  std::string name;          // 东茅岭街道
  std::string division_code; // 430602…
  std::string timezone = "Asia/Shanghai";
  double area_km2 = 0.0; // 0 when unknown
  int busy_timeout_ms = 5000;
  petition::PetitionRules petition;
  project::RenovationRules renovation;
  // [indicators]: kind, unit and a rate's weight by indicator name, over the workspace's register.
  figures::IndicatorRegister indicators;
  // Sentence templates of the drafted narrative, by name ([report.templates]); those not
  // set here use the built-in ones.
  std::map<std::string, std::string> report_templates;
  // The document template of `report` ([report] template), made absolute against the
  // workspace; empty for none.
  std::filesystem::path report_template;
  // The workspaces a report's indicators are ranked among ([report] peers), made absolute.
  std::vector<std::filesystem::path> report_peers;
  // Permissions of report files ([report] file_mode); every other output stays 0600.
  unsigned report_file_mode = 0600;
};

// The default petition categories (configurable under [petition] categories).
std::vector<std::string> default_petition_categories();

// Reads and validates `path`. Throws ConfigError naming the file, line and key.
Settings load_settings(const std::filesystem::path& path);

// The dongmao.toml text `init` writes: every setting with its default, commented.
std::string default_settings_text(const std::string& name, const std::string& division_code);

} // namespace dongmao::workspace
