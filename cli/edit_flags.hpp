#pragma once

#include "commands.hpp"

#include <dongmao/import/edit.hpp>

#include <string>
#include <vector>

namespace dongmao::cli {

// One command-line flag standing for a field of an import mapping.
struct FieldFlag
{
  const char* flag;  // "--id-number"
  const char* field; // "head_id_number"
  const char* help;
};

// What `household|project add|update` edit.
struct EditSpec
{
  const char* entity;                   // "households" or "projects"
  const char* code_help;                // help of the CODE positional
  const std::vector<FieldFlag>* flags;  // the entity's fields as flags
  std::vector<std::string> required;    // fields an add cannot do without
  const char* footer;
};

// Registers CODE and the field flags of `spec` on `sub`; the action writes through the
// import's mapping and writer (import::edit_record) and reports the outcome.
Action setup_field_edit(App& sub, Session& session, const EditSpec& spec, import::EditMode mode);

} // namespace dongmao::cli
