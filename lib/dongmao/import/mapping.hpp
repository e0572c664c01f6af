#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dongmao::import {

// How a column's cells are read.
enum class FieldType
{
  text,
  id_card,
  credit_code,
  phone,
  date,
  month,
  amount, // money, stored in 分
  number, // real
  count,  // whole number
  boolean,
  enumeration,
  tags,      // a list separated by 、,; stored as a JSON array
  community, // references, resolved against the workspace
  grid,
  project,
  household,
};

// One field of an entity and the headers that name it.
struct Field
{
  std::string name;
  FieldType type = FieldType::text;
  bool required = false;
  std::vector<std::string> aliases; // as written in the mapping; matched after normalisation
  // enumerations: normalised label → code
  std::map<std::string, std::string> labels;
  // A field that means something only beside another one: a unit of measure needs an
  // indicator column; without it, a header both name goes to the other field.
  std::string needs;
};

// The fields of one importable entity (households, petitions, …), from schemas/mappings.
struct Mapping
{
  std::string entity;
  std::string label; // 住户, 信访件, …
  std::vector<Field> fields;
  // Field name → index in `fields`, as builtin_mapping leaves them (index()): a record looks a
  // field up for every cell it hands a writer, by a literal name. An open-addressed table of
  // index + 1 (0: empty) under a hash of the name's length and end letters, which tells a
  // schema's names apart in a probe or two. Ignored once `fields` no longer has its size.
  std::vector<std::uint8_t> slots;
  std::size_t indexed = 0;

  // Builds `slots` for the fields as they are.
  void index();
  // The index of field `name`, or nullopt.
  std::optional<std::size_t> find(std::string_view name) const;
};

// The names of the importable entities, in the order `import --help` lists them.
const std::vector<std::string>& entity_names();

// A field as people call it: its first Chinese alias (户主身份证号 … 身份证号), its name in English.
std::string field_label(const Field& field);

// An entity as people call it: its label (住户), with its name in English ("住户 (households)").
std::string entity_label(const Mapping& mapping);

// The built-in mapping of `entity`, with `include`d mappings' fields first. Throws UsageError
// for an unknown entity.
Mapping builtin_mapping(const std::string& entity);

// Adds the aliases and labels of a workspace mapping file (same format, fields matched by
// name) to `mapping`. Throws ConfigError naming the file, line and key.
void extend_mapping(Mapping& mapping, const std::filesystem::path& file);

// Adds the aliases and labels a workspace keeps in dongmao.toml under [import.ENTITY]
// ([[import.households.field]] tables, as in a mapping file).
void extend_mapping_from_settings(Mapping& mapping, const std::filesystem::path& settings_file);

// Normalises a header or label for matching: NFKC, no spaces, no "*" markers, lower-case ASCII.
std::string normalize_key(std::string_view text);

} // namespace dongmao::import
