#include <dongmao/error.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/settings.hpp>
#include <dongmao/workspace/settings.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <sstream>

namespace dongmao::workspace {

namespace {

// True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours.
bool one_edit_apart(std::string_view a, std::string_view b)
{
  if (a.size() > b.size()) {
    std::swap(a, b);
  }
  if (b.size() - a.size() > 1) {
    return false;
  }
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) {
    ++i;
  }
  if (i == a.size()) {
    return true;
  }
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) {
      return true;
    }
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);
}

// A value as the file has it, for "expected …, not …": strings quoted, the rest as TOML writes them.
std::string given(const toml::node* node)
{
  if (!node) {
    return {};
  }
  if (const auto* text = node->as_string()) {
    return text::format(text::k_settings_quoted, text->get());
  }
  std::ostringstream out;
  out << toml::node_view<const toml::node>(node);
  return out.str();
}

// Reads one table of settings, remembering the file so every error names file, line and key.
class Reader
{
public:
  Reader(const std::filesystem::path& path, const toml::table& root) : m_path(path), m_root(root) {}

  [[noreturn]] void fail(const toml::node* node, std::string_view key, std::string_view why) const
  {
    const auto line = node ? node->source().begin.line : 0;
    throw ConfigError(text::format(text::k_settings_at, m_path.string(), line, text::settings_key(key), why));
  }

  const toml::node* find(std::string_view key) const { return m_root.at_path(key).node(); }

  void get(std::string_view key, std::string& out) const
  {
    if (const auto* node = find(key)) {
      const auto value = node->value<std::string>();
      if (!value || !node->is_string()) {
        fail(node, key, text::format(text::k_settings_string, given(node)));
      }
      out = *value;
    }
  }

  void get(std::string_view key, int& out, int min, int max) const
  {
    if (const auto* node = find(key)) {
      if (!node->is_integer()) {
        fail(node, key, text::format(text::k_settings_whole, given(node)));
      }
      const auto value = *node->value<std::int64_t>();
      if (value < min || value > max) {
        fail(node, key, text::format(text::k_settings_range, value, min, max));
      }
      out = static_cast<int>(value);
    }
  }

  // A ratio is a number in (0, 1] or a fraction string "2/3".
  void get_ratio(std::string_view key, double& out) const
  {
    const auto* node = find(key);
    if (!node) {
      return;
    }
    double value = -1;
    if (node->is_number()) {
      value = *node->value<double>();
    } else if (node->is_string()) {
      const auto text = *node->value<std::string>();
      int numerator = 0;
      int denominator = 0;
      char slash = 0;
      if (std::sscanf(text.c_str(), "%d %c %d", &numerator, &slash, &denominator) == 3 && slash == '/' &&
          denominator > 0) {
        value = static_cast<double>(numerator) / denominator;
      } else {
        fail(node, key, text::format(text::k_settings_fraction, text));
      }
    } else {
      fail(node, key, text::format(text::k_settings_number_or_ratio, given(node)));
    }
    if (!(value > 0.0 && value <= 1.0)) {
      fail(node, key, text::format(text::k_settings_ratio_range, given(node)));
    }
    out = value;
  }

  domain::Date date(const toml::node& node, std::string_view key) const
  {
    if (const auto* d = node.as_date()) {
      const auto& v = d->get();
      if (domain::is_valid_date(v.year, v.month, v.day)) {
        return domain::Date{v.year, v.month, v.day};
      }
    }
    if (const auto* s = node.as_string()) {
      if (auto parsed = domain::parse_iso_date(s->get())) {
        return *parsed;
      }
    }
    fail(&node, key, text::format(text::k_settings_date, given(&node)));
  }

  void get_dates(std::string_view key, std::vector<domain::Date>& out) const
  {
    if (const auto* node = find(key)) {
      const auto* array = node->as_array();
      if (!array) {
        fail(node, key, text::format(text::k_settings_dates));
      }
      out.clear();
      for (const auto& item : *array) {
        out.push_back(date(item, key));
      }
    }
  }

  void get_strings(std::string_view key, std::vector<std::string>& out) const
  {
    if (const auto* node = find(key)) {
      const auto* array = node->as_array();
      if (!array) {
        fail(node, key, text::format(text::k_settings_strings));
      }
      out.clear();
      for (const auto& item : *array) {
        if (!item.is_string()) {
          fail(&item, key, text::format(text::k_settings_strings));
        }
        out.push_back(*item.value<std::string>());
      }
    }
  }

  void get_periods(std::string_view key, std::vector<petition::SensitivePeriod>& out) const
  {
    const auto* node = find(key);
    if (!node) {
      return;
    }
    const auto* array = node->as_array();
    if (!array) {
      fail(node, key, text::format(text::k_settings_periods));
    }
    for (const auto& item : *array) {
      const auto* table = item.as_table();
      if (!table) {
        fail(&item, key, text::format(text::k_settings_period_table));
      }
      petition::SensitivePeriod period;
      const auto* name = table->get("name");
      if (!name || !name->is_string() || name->value<std::string>()->empty()) {
        fail(&item, fmt::format("{}.name", key), text::format(text::k_settings_missing));
      }
      period.name = *name->value<std::string>();
      const auto* from = table->get("from");
      const auto* to = table->get("to");
      if (!from || !to) {
        fail(&item, fmt::format("{}.{}", key, from ? "to" : "from"), text::format(text::k_settings_missing));
      }
      period.from = date(*from, fmt::format("{}.from", key));
      period.to = date(*to, fmt::format("{}.to", key));
      if (period.to < period.from) {
        fail(to, fmt::format("{}.to", key),
             text::format(text::k_settings_before_from, period.to.iso(), period.from.iso()));
      }
      out.push_back(period);
    }
  }

  // [indicators]: "常住人口" = "stock", or a table { kind = "rate", unit = "%", weight = "常住人口" }.
  void get_indicators(std::string_view key, figures::IndicatorRegister& out) const
  {
    const auto* node = find(key);
    if (!node) {
      return;
    }
    const auto* table = node->as_table();
    if (!table) {
      fail(node, key, text::format(text::k_settings_indicators));
    }
    for (const auto& [name_key, item] : *table) {
      const std::string name(name_key.str());
      const auto where = fmt::format("{}.{}", key, name);
      figures::IndicatorSetting setting;
      const auto read_kind = [&](const toml::node& kind_node, const std::string& kind_key) {
        const auto text = kind_node.value<std::string>();
        const auto kind = text && kind_node.is_string() ? figures::parse_kind(*text) : std::nullopt;
        if (!kind) {
          fail(&kind_node, kind_key, text::format(text::k_settings_kind, text.value_or("")));
        }
        setting.kind = kind;
      };
      if (item.is_string()) {
        read_kind(item, where);
      } else if (const auto* fields = item.as_table()) {
        for (const auto& [field_key, field] : *fields) {
          const std::string field_name(field_key.str());
          const auto field_where = where + "." + field_name;
          if (field_name == "kind") {
            read_kind(field, field_where);
          } else if (field_name == "unit" || field_name == "weight") {
            if (!field.is_string()) {
              fail(&field, field_where, text::format(text::k_settings_string, given(&field)));
            }
            (field_name == "unit" ? setting.unit : setting.weight) = *field.value<std::string>();
          } else {
            fail(&field, field_where, text::format(text::k_settings_indicator_field));
          }
        }
      } else {
        fail(&item, where, text::format(text::k_settings_indicator_value));
      }
      out[name] = std::move(setting);
    }
  }

  // Every key dongmao.toml may hold, so a misspelt one is refused rather than silently ignored.
  void check_known_keys() const
  {
    static const std::vector<std::string_view> k_tables = {"subdistrict",       "workspace", "petition", "renovation",
                                                           "sensitive_periods", "import",    "report",   "indicators"};
    static const std::map<std::string_view, std::vector<std::string_view>> k_keys = {
      {"subdistrict", {"name", "division_code", "timezone", "area_km2"}},
      {"workspace", {"busy_timeout_ms"}},
      {"petition",
       {"group_threshold", "dispute_households", "acceptance_days", "handling_days", "extension_max_days",
        "review_request_days", "review_days", "recheck_request_days", "recheck_days", "day_mode", "holidays",
        "extra_workdays", "categories", "urgent_categories"}},
      {"renovation", {"quorum_ratio", "rebuild_ratio"}},
      {"report", {"templates", "file_mode", "template", "peers"}},
    };
    for (const auto& [key, node] : m_root) {
      const std::string name(key.str());
      check_key(&node, "", name, k_tables);
      if (const auto keys = k_keys.find(name); keys != k_keys.end()) {
        if (const auto* table = node.as_table()) {
          for (const auto& [inner, inner_node] : *table) {
            check_key(&inner_node, name + ".", std::string(inner.str()), keys->second);
          }
        }
      } else if (name == "sensitive_periods") {
        check_array_tables(node, name + ".", {"name", "from", "to"});
      } else if (name == "import") {
        check_import(node);
      }
    }
  }

private:
  // Fails on `key` unless it is one of `known`, suggesting the one a single edit away.
  void check_key(const toml::node* node, const std::string& prefix, const std::string& key,
                 const std::vector<std::string_view>& known) const
  {
    if (std::find(known.begin(), known.end(), key) != known.end()) {
      return;
    }
    for (const auto candidate : known) {
      if (one_edit_apart(key, candidate)) {
        fail(node, prefix + key,
             text::format(text::k_settings_did_you_mean, prefix + std::string(candidate), candidate));
      }
    }
    std::string list;
    for (const auto candidate : known) {
      list += fmt::format("{}{}", list.empty() ? "" : text::format(text::k_list_separator), candidate);
    }
    fail(node, prefix + key, text::format(text::k_settings_unknown, list));
  }

  void check_array_tables(const toml::node& node, const std::string& prefix,
                          const std::vector<std::string_view>& known) const
  {
    if (const auto* array = node.as_array()) {
      for (const auto& item : *array) {
        if (const auto* table = item.as_table()) {
          for (const auto& [key, value] : *table) {
            check_key(&value, prefix, std::string(key.str()), known);
          }
        }
      }
    }
  }

  // [import.<entity>] holds only [[field]] tables of name, aliases and labels.
  void check_import(const toml::node& node) const
  {
    static const std::vector<std::string_view> k_entities = {"communities",   "grids",     "households",  "persons",
                                                             "organisations", "projects",  "enrollments", "petitions",
                                                             "metrics",       "indicators"};
    const auto* table = node.as_table();
    if (!table) {
      return;
    }
    for (const auto& [entity, entity_node] : *table) {
      const std::string name(entity.str());
      check_key(&entity_node, "import.", name, k_entities);
      if (const auto* fields = entity_node.as_table()) {
        for (const auto& [key, value] : *fields) {
          check_key(&value, "import." + name + ".", std::string(key.str()), {"field"});
          check_array_tables(value, "import." + name + ".field.", {"name", "aliases", "labels"});
        }
      }
    }
  }

  const std::filesystem::path& m_path;
  const toml::table& m_root;
};

// "0644": the permissions of report files. Never executable, always readable and writable by the owner.
unsigned parse_file_mode(const Reader& reader, const toml::node* node)
{
  const auto text = node->value<std::string>();
  unsigned mode = 0;
  const bool octal = text && node->is_string() && text->size() >= 3 && text->size() <= 4 &&
                     std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '7'; });
  if (octal) {
    mode = static_cast<unsigned>(std::stoul(*text, nullptr, 8));
  }
  if (!octal || (mode & ~0666U) != 0 || (mode & 0600U) != 0600U) {
    reader.fail(node, "report.file_mode", text::format(text::k_settings_file_mode, given(node)));
  }
  return mode;
}

bool valid_division_code(const std::string& code)
{
  const bool digits = std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isdigit(c); });
  return digits && (code.size() == 6 || code.size() == 9 || code.size() == 12);
}

bool valid_timezone(const std::string& zone)
{
  if (zone.empty() || zone.find("..") != std::string::npos || zone.front() == '/') {
    return false;
  }
  if (zone == "UTC" || zone == "Asia/Shanghai") {
    return true; // the clock knows these without tzdata
  }
  return std::filesystem::exists(std::filesystem::path("/usr/share/zoneinfo") / zone);
}

// A TOML basic string, as staff expect to read it ("东茅岭街道", not a literal '…').
std::string toml_quote(const std::string& text)
{
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      quoted += fmt::format("\\u{:04X}", static_cast<int>(c));
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

} // namespace

std::vector<std::string> default_petition_categories()
{
  return {"租赁纠纷", "征拆补偿", "还建安置", "日照采光", "商业开发", "非正常死亡", "劳动社保", "物业管理", "其他"};
}

Settings load_settings(const std::filesystem::path& path)
{
  if (!std::filesystem::exists(path)) {
    throw InputMissing(text::format(text::k_settings_no_file, path.string()));
  }
  toml::table root;
  try {
    root = toml::parse_file(path.string());
  } catch (const toml::parse_error& error) {
    throw ConfigError(
      text::format(text::k_settings_syntax, path.string(), error.source().begin.line, error.description()));
  }
  Reader reader(path, root);
  reader.check_known_keys();

  Settings settings;
  settings.petition.categories = default_petition_categories();
  settings.petition.urgent_categories = {"非正常死亡"};

  reader.get("subdistrict.name", settings.name);
  if (settings.name.empty()) {
    reader.fail(reader.find("subdistrict"), "subdistrict.name", text::format(text::k_settings_name_missing));
  }
  reader.get("subdistrict.division_code", settings.division_code);
  if (!settings.division_code.empty() && !valid_division_code(settings.division_code)) {
    reader.fail(reader.find("subdistrict.division_code"), "subdistrict.division_code",
                text::format(text::k_settings_division, settings.division_code));
  }
  reader.get("subdistrict.timezone", settings.timezone);
  if (!valid_timezone(settings.timezone)) {
    reader.fail(reader.find("subdistrict.timezone"), "subdistrict.timezone",
                text::format(text::k_settings_timezone, settings.timezone));
  }
  if (const auto* area = reader.find("subdistrict.area_km2")) {
    const auto value = area->value<double>();
    if (!area->is_number() || !value || *value < 0) {
      reader.fail(area, "subdistrict.area_km2", text::format(text::k_settings_positive, given(area)));
    }
    settings.area_km2 = *value;
  }
  reader.get("workspace.busy_timeout_ms", settings.busy_timeout_ms, 0, 600000);

  auto& petition = settings.petition;
  reader.get("petition.group_threshold", petition.group_threshold, 2, 10000);
  reader.get("petition.dispute_households", petition.dispute_households, 1, 1000000);
  reader.get("petition.acceptance_days", petition.acceptance_days, 1, 365);
  reader.get("petition.handling_days", petition.handling_days, 1, 365);
  reader.get("petition.extension_max_days", petition.extension_max_days, 0, 365);
  reader.get("petition.review_request_days", petition.review_request_days, 1, 365);
  reader.get("petition.review_days", petition.review_days, 1, 365);
  reader.get("petition.recheck_request_days", petition.recheck_request_days, 1, 365);
  reader.get("petition.recheck_days", petition.recheck_days, 1, 365);
  std::string mode = "calendar";
  reader.get("petition.day_mode", mode);
  if (mode == "calendar") {
    petition.day_mode = petition::DayMode::calendar;
  } else if (mode == "working") {
    petition.day_mode = petition::DayMode::working;
  } else {
    reader.fail(reader.find("petition.day_mode"), "petition.day_mode", text::format(text::k_settings_day_mode, mode));
  }
  reader.get_dates("petition.holidays", petition.holidays);
  reader.get_dates("petition.extra_workdays", petition.extra_workdays);
  reader.get_strings("petition.categories", petition.categories);
  reader.get_strings("petition.urgent_categories", petition.urgent_categories);
  reader.get_periods("sensitive_periods", petition.sensitive_periods);
  std::sort(petition.holidays.begin(), petition.holidays.end());
  std::sort(petition.extra_workdays.begin(), petition.extra_workdays.end());

  if (const auto* templates = reader.find("report.templates")) {
    const auto* table = templates->as_table();
    if (!table) {
      reader.fail(templates, "report.templates", text::format(text::k_settings_templates));
    }
    for (const auto& [name, value] : *table) {
      if (!value.is_string()) {
        reader.fail(&value, "report.templates." + std::string(name.str()),
                    text::format(text::k_settings_string, given(&value)));
      }
      settings.report_templates[std::string(name.str())] = *value.value<std::string>();
    }
  }
  std::string template_file;
  reader.get("report.template", template_file);
  if (!template_file.empty()) {
    settings.report_template = path.parent_path() / template_file;
  }
  std::vector<std::string> peers;
  reader.get_strings("report.peers", peers);
  for (const auto& peer : peers) {
    settings.report_peers.push_back(path.parent_path() / peer);
  }
  if (const auto* file_mode = reader.find("report.file_mode")) {
    settings.report_file_mode = parse_file_mode(reader, file_mode);
  }
  reader.get_ratio("renovation.quorum_ratio", settings.renovation.quorum_ratio);
  reader.get_ratio("renovation.rebuild_ratio", settings.renovation.rebuild_ratio);
  reader.get_indicators("indicators", settings.indicators);
  return settings;
}

std::string default_settings_text(const std::string& name, const std::string& division_code)
{
  // Written by hand rather than serialised so the file keeps its comments for staff.
  return fmt::format(R"toml(# dongmao workspace settings. Dates are YYYY-MM-DD.

[subdistrict]
name = {}
division_code = {}        # 行政区划代码, 6, 9 or 12 digits
timezone = "Asia/Shanghai"  # "today" and "this month" are counted in this zone
# area_km2 = 5.31

[workspace]
busy_timeout_ms = 5000      # wait this long for another writer before giving up (exit 75)

# 《信访工作条例》(2022)
[petition]
group_threshold = 5         # people at or above which a case is a group case (集体访)
dispute_households = 50     # households at or above which the report lists a case among its disputes
acceptance_days = 15        # Art. 23
handling_days = 60          # Art. 34
extension_max_days = 30     # Art. 34
review_request_days = 30    # Art. 35 (复查)
review_days = 30
recheck_request_days = 30   # Art. 36 (复核)
recheck_days = 30
day_mode = "calendar"       # or "working": Monday-Friday less holidays plus extra_workdays
holidays = []               # e.g. [2026-10-01, 2026-10-02]
extra_workdays = []         # 调休 weekend days that are working days
categories = ["租赁纠纷", "征拆补偿", "还建安置", "日照采光", "商业开发", "非正常死亡", "劳动社保", "物业管理", "其他"]
urgent_categories = ["非正常死亡"]

# Named periods whose petitions are counted separately, e.g.
# [[sensitive_periods]]
# name = "两会特护期"
# from = 2026-03-01
# to = 2026-03-15

# 民法典 Art. 278
[renovation]
quorum_ratio = "2/3"        # participation, by owners and by floor area
rebuild_ratio = "3/4"       # agreement among participants

# Report files are created 0600 (owner only): they hold personal data. To let others read them:
# [report]
# file_mode = "0644"

# How each indicator's monthly values combine: "flow" (累计: summed over months), "stock"
# (时点: the latest value, never summed over months) or "rate" (比率: never summed; the total is
# the mean weighted by `weight` when given). Without an entry: …率 or unit % is a rate,
# …人口/户数/人数 a stock, anything else a flow; `import indicators` registers them too.
[indicators]
# "常住人口" = "stock"
# "垃圾分类参与率" = {{ kind = "rate", unit = "%", weight = "常住人口" }}
)toml",
                     toml_quote(name), toml_quote(division_code));
}

} // namespace dongmao::workspace
