#include <dongmao/db/transaction.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/edit.hpp>
#include <dongmao/import/normalize.hpp>
#include <dongmao/import/writer.hpp>
#include <dongmao/store/household.hpp>
#include <dongmao/store/project.hpp>
#include <dongmao/text/project.hpp>
#include <dongmao/text/reference.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace dongmao::import {

namespace {

// A field read from the command line, or why not (an ID or phone number in it masked unless `show_pii`).
Value read_field(const Mapping& mapping, const std::string& field, const std::string& text, const std::string& flag,
                 bool show_pii = false)
{
  const auto index = mapping.find(field);
  if (!index) {
    throw Error(ExitStatus::failure, text::format(text::k_flag_no_field, flag, mapping.entity, field));
  }
  const read::Cell cell{read::CellType::text, text, 0.0};
  auto result = normalize(cell, mapping.fields[*index], ColumnBinding{}, ValueContext{std::nullopt, show_pii});
  if (const auto* problem = std::get_if<CellProblem>(&result)) {
    throw DataError(fmt::format("{}: {}", flag, problem->message));
  }
  return std::get<Normalized>(std::move(result)).value;
}

std::string flag_of(const EditRequest& request, const std::string& field)
{
  for (const auto& value : request.fields) {
    if (value.field == field && !value.flag.empty()) {
      return value.flag;
    }
  }
  return "--" + field;
}

// What the writer must see besides the flags: the code, and on update the stored values of
// fields it checks across (a project's name, kind and dates; a household's community, so a
// grid name is looked up there first).
std::vector<FieldValue> complete_fields(db::Connection& db, const EditRequest& request)
{
  std::vector<FieldValue> fields = request.fields;
  fields.push_back(FieldValue{"code", request.code, "CODE"});
  const auto given = [&](const std::string& name) {
    return std::any_of(request.fields.begin(), request.fields.end(),
                       [&](const FieldValue& v) { return v.field == name; });
  };
  if (request.entity == "households") {
    const bool exists = store::find_household(db, request.code).has_value();
    if (request.mode == EditMode::add && exists) {
      throw DataError(text::format(text::k_household_exists, request.code));
    }
    if (request.mode == EditMode::update && !exists) {
      throw DataError(text::format(text::k_no_household, request.code));
    }
    if (request.mode == EditMode::update && given("grid") && !given("community")) {
      if (const auto community = store::household_community(db, request.code)) {
        fields.push_back(FieldValue{"community", *community, "--community"});
      }
    }
    return fields;
  }
  const auto stored = store::project_fields(db, request.code);
  if (request.mode == EditMode::add && stored) {
    throw DataError(text::format(text::k_project_exists, request.code));
  }
  if (request.mode == EditMode::update) {
    if (!stored) {
      throw DataError(text::format(text::k_no_project, request.code));
    }
    for (const auto& [name, text] : *stored) {
      if (!given(name)) {
        fields.push_back(FieldValue{name, text, ""});
      }
    }
  }
  return fields;
}

} // namespace

Mapping workspace_mapping(const workspace::Workspace& ws, const std::string& entity)
{
  auto mapping = builtin_mapping(entity);
  extend_mapping_from_settings(mapping, ws.dir() / workspace::k_settings_file);
  return mapping;
}

std::string read_label(const Mapping& mapping, const std::string& field, const std::string& text,
                       const std::string& flag)
{
  const auto value = read_field(mapping, field, text, flag);
  if (is_null(value)) {
    throw DataError(text::format(text::k_flag_no_value, flag));
  }
  return to_text(value);
}

store::Outcome edit_record(workspace::Workspace& ws, const EditRequest& request)
{
  const auto mapping = workspace_mapping(ws, request.entity);
  auto& db = ws.db();
  db::Transaction transaction(db);
  const auto fields = complete_fields(db, request);

  Record record;
  record.mapping = &mapping;
  record.values.resize(mapping.fields.size());
  record.present.assign(mapping.fields.size(), false);
  store::FieldChanges inserted;
  for (const auto& value : fields) {
    const auto index = *mapping.find(value.field);
    record.values[index] = read_field(mapping, value.field, value.text,
                                      value.flag.empty() ? "--" + value.field : value.flag, request.show_pii);
    record.present[index] = true;
    if (value.field != "code" && !is_null(record.values[index])) {
      inserted.fields.push_back(store::FieldChange{value.field, Value{}, record.values[index]});
    }
  }

  store::AuditLog audit(db, request.operator_name, request.now);
  store::WriteContext writes{db, audit, std::nullopt, request.now};
  store::References references(db, false, request.now);
  WriterContext context{writes, references, request.today, std::nullopt, std::nullopt, nullptr, ""};
  const auto writer = make_writer(mapping, context);
  store::Outcome outcome = store::Outcome::unchanged;
  try {
    outcome = writer->write(record);
  } catch (const RowProblem& problem) {
    throw DataError(fmt::format("{}: {}", flag_of(request, problem.field()), problem.what()));
  }
  if (outcome == store::Outcome::inserted) {
    const auto entity = request.entity == "households" ? "household" : "project";
    audit.record(store::AuditEntry{"insert", entity, request.code, store::changes_text(inserted), std::nullopt});
  }
  transaction.commit();
  return outcome;
}

} // namespace dongmao::import
