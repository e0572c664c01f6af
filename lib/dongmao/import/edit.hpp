#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/store/upsert.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <string>
#include <vector>

// One record typed on the command line (`household add/update`, `project add/update`),
// read and written exactly as a ledger row of the same entity would be: the same mapping
// (with the workspace's extra labels), normalisation and entity writer.
namespace dongmao::import {

// One field as typed: the mapping's field name, the text as a ledger cell would hold it
// ("" clears the field), and the flag it came from, for messages.
struct FieldValue
{
  std::string field;
  std::string text;
  std::string flag;
};

// Whether the record must be new or must exist.
enum class EditMode
{
  add,
  update,
};

// A change to one household or project.
struct EditRequest
{
  std::string entity; // "households" or "projects"
  std::string code;
  std::vector<FieldValue> fields;
  EditMode mode = EditMode::add;
  std::string operator_name;
  std::string now;
  domain::Date today;
  bool show_pii = false; // --show-pii: ID and phone numbers in errors unmasked
};

// Validates and writes the record in one transaction: an audit entry for an insert (the
// fields given) or an update (the columns changed). DataError, nothing written, for a bad
// value (naming its flag), an existing code on add, an unknown one on update.
store::Outcome edit_record(workspace::Workspace& ws, const EditRequest& request);

// The mapping of `entity` with the labels and aliases the workspace adds in dongmao.toml.
Mapping workspace_mapping(const workspace::Workspace& ws, const std::string& entity);

// `text` read as a label of enumeration field `field` of `mapping` (已签约 → signed, the
// code itself too). DataError naming `flag` and the accepted labels otherwise.
std::string read_label(const Mapping& mapping, const std::string& field, const std::string& text,
                       const std::string& flag);

} // namespace dongmao::import
