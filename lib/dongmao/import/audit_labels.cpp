#include <dongmao/import/audit_labels.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/project/consent.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/text/audit.hpp>
#include <dongmao/text/message.hpp>

#include <map>
#include <mutex>

namespace dongmao::import {

namespace {

// The import mapping whose fields an entity's audit entries record.
std::string mapping_of(const std::string& entity)
{
  static const std::map<std::string, std::string> k_mappings = {
    {"community", "communities"},      {"grid", "grids"},
    {"household", "households"},       {"person", "persons"},
    {"organisation", "organisations"}, {"project", "projects"},
    {"milestone", "projects"},         {"enrollment", "enrollments"},
    {"petition", "petitions"},         {"indicator", "indicators"},
    {"metric_value", "metrics"},
  };
  const auto found = k_mappings.find(entity);
  return found == k_mappings.end() ? std::string() : found->second;
}

// The built-in mappings, read once each.
const Mapping* mapping_for(const std::string& entity)
{
  static std::mutex mutex;
  static std::map<std::string, Mapping> mappings;
  const auto name = mapping_of(entity);
  if (name.empty()) {
    return nullptr;
  }
  const std::lock_guard lock(mutex);
  auto found = mappings.find(name);
  if (found == mappings.end()) {
    found = mappings.emplace(name, builtin_mapping(name)).first;
  }
  return &found->second;
}

} // namespace

std::string audit_action_label(const std::string& action)
{
  if (text::lang() == text::Lang::en) {
    return action;
  }
  if (const auto word = text::audit_action_word(action)) {
    return *word;
  }
  if (const auto step = petition::parse_action(action)) {
    return petition::label(*step);
  }
  return action;
}

std::string audit_field_label(const std::string& entity, const std::string& field)
{
  if (text::lang() == text::Lang::en) {
    return field;
  }
  if (const auto* mapping = mapping_for(entity)) {
    // References are stored as ids (community_id) but imported by name (community).
    const bool reference = field.size() > 3 && field.ends_with("_id");
    const auto name = reference ? field.substr(0, field.size() - 3) : field;
    if (const auto index = mapping->find(name)) {
      return field_label(mapping->fields[*index]);
    }
  }
  return text::audit_field_word(field).value_or(field);
}

std::string audit_value_label(const std::string& entity, const std::string& field, const std::string& value)
{
  if (text::lang() == text::Lang::en) {
    return value;
  }
  if (field == "stage") {
    const auto stage = project::stage_from_code(value);
    return stage ? project::stage_label(*stage) : value;
  }
  if (field == "housing_type") {
    return project::housing_type_label(value);
  }
  if (field == "kind" && entity == "project") {
    return project::kind_label(value);
  }
  if (field == "consent") {
    return project::consent_label(project::consent_from_code(value));
  }
  if (field == "status" && entity == "project") {
    return project::status_label(value);
  }
  if (entity == "petition") {
    if (field == "channel") {
      const auto channel = petition::parse_channel(value);
      return channel ? petition::label(*channel) : value;
    }
    if (field == "status") {
      const auto status = petition::parse_status(value);
      return status ? petition::label(*status) : value;
    }
    if (field == "outcome") {
      const auto outcome = petition::parse_outcome(value);
      return outcome ? petition::label(*outcome) : value;
    }
  }
  return value;
}

std::string audit_entity_label(const std::string& entity)
{
  return text::entity_word(entity);
}

} // namespace dongmao::import
