#pragma once

#include "common.hpp"

#include <dongmao/import/edit.hpp>

#include <map>
#include <memory>
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

// The values given for a set of field flags.
using FieldFlagValues = std::map<std::string, std::optional<std::string>>;

// Adds every flag of `flags` to `sub`; `required` names the fields an add cannot do without.
std::shared_ptr<FieldFlagValues> add_field_flags(CLI::App& sub, const std::vector<FieldFlag>& flags,
                                                 const std::vector<std::string>& required = {});

// The fields given, as the edit pipeline takes them ("" clears a field).
std::vector<import::FieldValue> given_fields(const std::vector<FieldFlag>& flags, const FieldFlagValues& values);

// Runs `household|project add|update`: writes through the import's mapping and writer and
// reports the outcome.
int run_edit(Context& context, const std::string& entity, const std::string& code,
             std::vector<import::FieldValue> fields, import::EditMode mode);

} // namespace dongmao::cli
