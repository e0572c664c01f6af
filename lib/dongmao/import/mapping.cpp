#include <dongmao/domain/text.hpp>
#include <dongmao/embedded.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/text/message.hpp>
#include <dongmao/text/settings.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

namespace dongmao::import {

namespace {

const std::map<std::string, FieldType>& type_names()
{
  static const std::map<std::string, FieldType> k_types = {
    {"text", FieldType::text},           {"id_card", FieldType::id_card},  {"credit_code", FieldType::credit_code},
    {"phone", FieldType::phone},         {"date", FieldType::date},        {"month", FieldType::month},
    {"amount", FieldType::amount},       {"number", FieldType::number},    {"count", FieldType::count},
    {"bool", FieldType::boolean},        {"enum", FieldType::enumeration}, {"tags", FieldType::tags},
    {"community", FieldType::community}, {"grid", FieldType::grid},        {"project", FieldType::project},
    {"household", FieldType::household},
  };
  return k_types;
}

[[noreturn]] void fail(const std::string& source, const toml::node* node, const std::string& key,
                       const std::string& why)
{
  throw ConfigError(
    text::format(text::k_settings_at, source, node ? node->source().begin.line : 0, text::settings_key(key), why));
}

std::vector<std::string> string_list(const std::string& source, const toml::node* node, const std::string& key)
{
  std::vector<std::string> out;
  if (!node) {
    return out;
  }
  const auto* array = node->as_array();
  if (!array) {
    fail(source, node, key, text::format(text::k_settings_strings));
  }
  for (const auto& item : *array) {
    if (!item.is_string()) {
      fail(source, &item, key, text::format(text::k_settings_strings));
    }
    out.push_back(*item.value<std::string>());
  }
  return out;
}

// Reads the [[field]] tables of one mapping document. With `extending`, fields must exist in
// `mapping` already and only gain aliases and labels.
void read_fields(Mapping& mapping, const toml::table& root, const std::string& source, bool extending)
{
  const auto* fields = root.get("field");
  if (!fields) {
    return;
  }
  const auto* array = fields->as_array();
  if (!array) {
    fail(source, fields, "field", text::format(text::k_mapping_fields));
  }
  for (const auto& node : *array) {
    const auto* table = node.as_table();
    if (!table) {
      fail(source, &node, "field", text::format(text::k_mapping_table));
    }
    const auto* name_node = table->get("name");
    if (!name_node || !name_node->is_string()) {
      fail(source, &node, "field.name", text::format(text::k_settings_missing));
    }
    const auto name = *name_node->value<std::string>();
    Field* field = nullptr;
    if (const auto index = mapping.find(name)) {
      field = &mapping.fields[*index];
    } else if (extending) {
      fail(source, name_node, "field.name",
           text::format(text::k_mapping_not_field, name, mapping.entity, mapping.label));
    } else {
      mapping.fields.push_back(Field{name, FieldType::text, false, {}, {}, {}});
      field = &mapping.fields.back();
    }
    if (const auto* type = table->get("type"); type && !extending) {
      const auto text = type->value<std::string>().value_or("");
      const auto it = type_names().find(text);
      if (it == type_names().end()) {
        fail(source, type, "field.type", text::format(text::k_mapping_type, text));
      }
      field->type = it->second;
    }
    if (const auto* needs = table->get("needs"); needs && !extending) {
      field->needs = needs->value<std::string>().value_or("");
    }
    if (const auto* required = table->get("required"); required && !extending) {
      field->required = required->value<bool>().value_or(false);
    }
    for (auto& alias : string_list(source, table->get("aliases"), "field.aliases")) {
      field->aliases.push_back(std::move(alias));
    }
    if (const auto* labels = table->get("labels")) {
      const auto* label_table = labels->as_table();
      if (!label_table) {
        fail(source, labels, "field.labels", text::format(text::k_mapping_labels));
      }
      for (const auto& [code, list] : *label_table) {
        for (const auto& label : string_list(source, &list, "field.labels." + std::string(code.str()))) {
          field->labels[normalize_key(label)] = std::string(code.str());
        }
        field->labels[normalize_key(code.str())] = std::string(code.str());
      }
    }
  }
}

toml::table parse(std::string_view text, const std::string& source)
{
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& error) {
    throw ConfigError(text::format(text::k_settings_syntax, source, error.source().begin.line, error.description()));
  }
}

const EmbeddedFile* find_embedded(const std::string& entity)
{
  for (const auto& file : embedded_mappings::files()) {
    if (file.name == entity + ".toml") {
      return &file;
    }
  }
  return nullptr;
}

constexpr std::size_t k_slots = 256; // at most half full: a mapping of up to 128 fields is indexed

std::size_t slot_of(std::string_view name)
{
  const auto first = static_cast<unsigned char>(name.front());
  const auto last = static_cast<unsigned char>(name.back());
  return (name.size() * 31 + first * 7 + last) % k_slots;
}

} // namespace

void Mapping::index()
{
  slots.assign(k_slots, 0);
  indexed = 0;
  if (fields.size() > k_slots / 2) {
    return;
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name.empty()) {
      return;
    }
    // A name given twice is found at its first field, which comes first along its slots.
    auto slot = slot_of(fields[i].name);
    while (slots[slot]) {
      slot = (slot + 1) % k_slots;
    }
    slots[slot] = static_cast<std::uint8_t>(i + 1);
  }
  indexed = fields.size();
}

std::optional<std::size_t> Mapping::find(std::string_view name) const
{
  if (indexed == fields.size() && indexed > 0 && !name.empty()) {
    for (auto slot = slot_of(name); slots[slot]; slot = (slot + 1) % k_slots) {
      if (const std::size_t i = slots[slot] - 1U; fields[i].name == name) {
        return i;
      }
    }
    return std::nullopt;
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == name) {
      return i;
    }
  }
  return std::nullopt;
}

const std::vector<std::string>& entity_names()
{
  static const std::vector<std::string> k_names = {"communities",   "grids",      "households",  "persons",
                                                   "organisations", "projects",   "enrollments", "petitions",
                                                   "metrics",       "indicators", "units"};
  return k_names;
}

std::string normalize_key(std::string_view text)
{
  std::string normal = domain::normalize_cell(text);
  std::string out;
  out.reserve(normal.size());
  for (const char c : normal) {
    if (c == ' ' || c == '*' || c == '\n' || c == '\r' || c == '\t') {
      continue;
    }
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; // the C locale's tolower
  }
  return out;
}

Mapping builtin_mapping(const std::string& entity)
{
  const auto* file = find_embedded(entity);
  if (!file) {
    std::string known;
    for (const auto& name : entity_names()) {
      known += (known.empty() ? "" : ", ") + name;
    }
    throw UsageError(text::format(text::k_unknown_entity, entity, known));
  }
  const std::string source = "schemas/mappings/" + std::string(file->name);
  const auto root = parse(file->text, source);
  Mapping mapping;
  if (const auto include = root["include"].value<std::string>()) {
    mapping = builtin_mapping(*include);
  }
  mapping.entity = entity;
  mapping.label = root["label"].value<std::string>().value_or(entity);
  read_fields(mapping, root, source, false);
  mapping.index();
  return mapping;
}

void extend_mapping(Mapping& mapping, const std::filesystem::path& file)
{
  if (!std::filesystem::exists(file)) {
    throw InputMissing(text::format(text::k_settings_no_file, file.string()));
  }
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& error) {
    throw ConfigError(
      text::format(text::k_settings_syntax, file.string(), error.source().begin.line, error.description()));
  }
  read_fields(mapping, root, file.string(), true);
}

} // namespace dongmao::import

namespace dongmao::import {

void extend_mapping_from_settings(Mapping& mapping, const std::filesystem::path& settings_file)
{
  toml::table root;
  try {
    root = toml::parse_file(settings_file.string());
  } catch (const toml::parse_error& error) {
    throw ConfigError(
      text::format(text::k_settings_syntax, settings_file.string(), error.source().begin.line, error.description()));
  }
  if (const auto* table = root.at_path("import." + mapping.entity).as_table()) {
    read_fields(mapping, *table, settings_file.string(), true);
  }
}

std::string field_label(const Field& field)
{
  if (text::lang() == text::Lang::zh) {
    for (const auto& alias : field.aliases) {
      if (!alias.empty() && static_cast<unsigned char>(alias[0]) >= 0x80) {
        return alias;
      }
    }
  }
  return field.name;
}

std::string entity_label(const Mapping& mapping)
{
  return text::lang() == text::Lang::zh ? mapping.label : fmt::format("{} ({})", mapping.label, mapping.entity);
}

} // namespace dongmao::import
