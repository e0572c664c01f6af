#include <dongmao/import/writer.hpp>

#include <dongmao/import/writers.hpp>

#include <fmt/format.h>

namespace dongmao::import {

store::Outcome upsert_audited(WriterContext& context, store::Upserter& upserter, const std::string& entity,
                              const std::string& key_text, const std::vector<domain::Value>& key,
                              const std::vector<std::optional<domain::Value>>& values, std::int64_t* id)
{
  auto result = upserter.upsert(key, values, context.now);
  if (id) {
    *id = result.id;
  }
  if (result.outcome == store::Outcome::updated) {
    context.audit.record(store::AuditEntry{"update", entity, key_text, std::move(result.changes), context.run_id});
  }
  return result.outcome;
}

std::unique_ptr<Writer> make_writer(const Mapping& mapping, WriterContext& context)
{
  const auto& e = mapping.entity;
  if (e == "communities") {
    return make_community_writer(context);
  }
  if (e == "grids") {
    return make_grid_writer(context);
  }
  if (e == "households") {
    return make_household_writer(context);
  }
  if (e == "persons") {
    return make_person_writer(context);
  }
  if (e == "organisations") {
    return make_organisation_writer(context);
  }
  if (e == "projects") {
    return make_project_writer(context);
  }
  if (e == "enrollments") {
    return make_enrollment_writer(context);
  }
  if (e == "petitions") {
    return make_petition_writer(context);
  }
  if (e == "indicators") {
    return make_indicator_writer(context);
  }
  return make_metric_writer(context);
}

} // namespace dongmao::import
