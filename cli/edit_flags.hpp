#pragma once

#include "commands.hpp"

#include <string>
#include <vector>

namespace dongmao::cli {

// One command-line flag standing for a field of an import mapping.
struct FieldFlag
{
  const char* flag;  // "--id-number"
  const char* field; // "head_id_number"
  text::Message help;
};

// What `household|project add|update` edit.
struct EditSpec
{
  const char* entity;                  // "households" or "projects"
  text::Message code_help;             // help of the CODE positional
  const std::vector<FieldFlag>* flags; // the entity's fields as flags
  std::vector<std::string> required;   // fields an add cannot do without
  text::Message footer;
};

// Registers CODE and the field flags of `spec` on `sub` for `add`; the action writes a new
// record through the import's mapping and writer (import::edit_record).
Action setup_field_add(App& sub, Session& session, const EditSpec& spec);

// Likewise for `update`, which changes the fields given of a record that exists.
Action setup_field_update(App& sub, Session& session, const EditSpec& spec);

} // namespace dongmao::cli
