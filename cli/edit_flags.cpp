#include "edit_flags.hpp"

#include <dongmao/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace dongmao::cli {

std::shared_ptr<FieldFlagValues> add_field_flags(CLI::App& sub, const std::vector<FieldFlag>& flags,
                                                 const std::vector<std::string>& required)
{
  auto values = std::make_shared<FieldFlagValues>();
  for (const auto& flag : flags) {
    auto* option = sub.add_option(flag.flag, (*values)[flag.field], flag.help);
    if (std::find(required.begin(), required.end(), flag.field) != required.end()) {
      option->required();
    }
  }
  return values;
}

std::vector<import::FieldValue> given_fields(const std::vector<FieldFlag>& flags, const FieldFlagValues& values)
{
  std::vector<import::FieldValue> fields;
  for (const auto& flag : flags) {
    if (const auto& value = values.at(flag.field)) {
      fields.push_back(import::FieldValue{flag.field, *value, flag.flag});
    }
  }
  return fields;
}

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

} // namespace dongmao::cli
