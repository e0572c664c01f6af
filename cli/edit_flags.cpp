#include "edit_flags.hpp"

#include "common.hpp"
#include "json.hpp"

#include <dongmao/error.hpp>
#include <dongmao/import/edit.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>

namespace dongmao::cli {

namespace {

// The values given for a set of field flags, by field.
using FieldFlagValues = std::map<std::string, std::optional<std::string>>;

// Whether a value of `type` that cannot be read is in the wrong form (a usage error), rather
// than one that fails its check as a ledger cell would (an ID number, a phone: bad data).
bool has_form(import::FieldType type)
{
  switch (type) {
  case import::FieldType::date:
  case import::FieldType::month:
  case import::FieldType::amount:
  case import::FieldType::number:
  case import::FieldType::count:
  case import::FieldType::boolean:
  case import::FieldType::enumeration:
    return true;
  default:
    return false;
  }
}

// Writes `fields` of record `code` of `entity` into `ws` as `actor`, as an import would.
int edit(const Terminal& term, workspace::Workspace& ws, const store::Actor& actor, const std::string& entity,
         const std::string& code, std::vector<import::FieldValue> fields, import::EditMode mode)
{
  const char* noun = entity == "households" ? "household" : "project";
  if (mode == import::EditMode::update && fields.empty()) {
    throw UsageError(text::format(text::k_nothing_to_update, noun));
  }
  const auto mapping = import::workspace_mapping(ws, entity);
  for (const auto& value : fields) {
    const auto index = mapping.find(value.field);
    if (index && has_form(mapping.fields[*index].type) && !value.text.empty()) {
      read_flag_value(ws, entity, value.field, value.flag, value.text);
    }
  }
  import::EditRequest request;
  request.entity = entity;
  request.code = code;
  request.fields = std::move(fields);
  request.mode = mode;
  request.operator_name = actor.operator_name;
  request.now = actor.now;
  request.today = actor.today;
  request.show_pii = term.show_pii;
  const auto outcome = import::edit_record(ws, request);
  const char* word = outcome == store::Outcome::inserted  ? "added"
                     : outcome == store::Outcome::updated ? "updated"
                                                          : "unchanged";
  if (term.json) {
    print_json(term, Json::object({{"entity", noun}, {"code", code}, {"outcome", word}}));
  } else if (!term.quiet) {
    const auto& said = outcome == store::Outcome::inserted  ? text::k_record_added
                       : outcome == store::Outcome::updated ? text::k_record_updated
                                                            : text::k_record_unchanged;
    term.out << text::format(said, noun, code, text::count_label(entity)) << '\n';
  }
  return 0;
}

Action setup_field_edit(App& sub, Session& session, const EditSpec& spec, import::EditMode mode)
{
  auto code = std::make_shared<std::string>();
  add_option(sub, "CODE", *code, spec.code_help).required();
  auto values = std::make_shared<FieldFlagValues>();
  for (const auto& flag : *spec.flags) {
    auto option = add_option(sub, flag.flag, (*values)[flag.field], flag.help);
    const bool required = std::find(spec.required.begin(), spec.required.end(), flag.field) != spec.required.end();
    if (required && mode == import::EditMode::add) {
      option.required();
    }
  }
  set_footer(sub, spec.footer);
  const std::string entity = spec.entity;
  const auto* flags = spec.flags;
  return [code, values, flags, entity, mode, &session] {
    std::vector<import::FieldValue> fields;
    for (const auto& flag : *flags) {
      if (const auto& value = values->at(flag.field)) {
        fields.push_back(import::FieldValue{flag.field, *value, flag.flag});
      }
    }
    auto ws = session.open_workspace(workspace::Workspace::Access::write);
    return edit(session.terminal(), ws, session.actor(ws), entity, *code, std::move(fields), mode);
  };
}

} // namespace

Action setup_field_add(App& sub, Session& session, const EditSpec& spec)
{
  return setup_field_edit(sub, session, spec, import::EditMode::add);
}

Action setup_field_update(App& sub, Session& session, const EditSpec& spec)
{
  return setup_field_edit(sub, session, spec, import::EditMode::update);
}

} // namespace dongmao::cli
