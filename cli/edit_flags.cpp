#include "edit_flags.hpp"

#include <dongmao/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>

namespace dongmao::cli {

namespace {

// The values given for a set of field flags, by field.
using FieldFlagValues = std::map<std::string, std::optional<std::string>>;

int run_edit(Context& context, const std::string& entity, const std::string& code,
             std::vector<import::FieldValue> fields, import::EditMode mode)
{
  const char* noun = entity == "households" ? "household" : "project";
  if (mode == import::EditMode::update && fields.empty()) {
    throw UsageError(fmt::format("nothing to update: give at least one field (see 'dongmao {} update --help')", noun));
  }
  auto ws = context.open_workspace(workspace::Workspace::Access::write);
  const auto clock = context.clock(ws.settings().timezone);
  import::EditRequest request;
  request.entity = entity;
  request.code = code;
  request.fields = std::move(fields);
  request.mode = mode;
  request.operator_name = context.operator_name();
  request.now = clock.now();
  request.today = clock.today();
  const auto outcome = import::edit_record(ws, request);
  const char* word = outcome == store::Outcome::inserted  ? "added"
                     : outcome == store::Outcome::updated ? "updated"
                                                          : "unchanged";
  if (context.options.json) {
    context.out() << nlohmann::json{{"entity", noun}, {"code", code}, {"outcome", word}}.dump(2) << '\n';
  } else if (!context.options.quiet) {
    context.out() << fmt::format("{} {} {}\n", noun, code, word);
  }
  return 0;
}

} // namespace

Action setup_field_edit(CLI::App& sub, Context& context, const EditSpec& spec, import::EditMode mode)
{
  auto code = std::make_shared<std::string>();
  sub.add_option("CODE", *code, spec.code_help)->required();
  auto values = std::make_shared<FieldFlagValues>();
  for (const auto& flag : *spec.flags) {
    auto* option = sub.add_option(flag.flag, (*values)[flag.field], flag.help);
    const bool required = std::find(spec.required.begin(), spec.required.end(), flag.field) != spec.required.end();
    if (required && mode == import::EditMode::add) {
      option->required();
    }
  }
  sub.footer(wrap_text(spec.footer));
  const std::string entity = spec.entity;
  const auto* flags = spec.flags;
  return [code, values, flags, entity, mode, &context] {
    std::vector<import::FieldValue> fields;
    for (const auto& flag : *flags) {
      if (const auto& value = values->at(flag.field)) {
        fields.push_back(import::FieldValue{flag.field, *value, flag.flag});
      }
    }
    return run_edit(context, entity, *code, std::move(fields), mode);
  };
}

} // namespace dongmao::cli
