#include <dongmao/import/writer.hpp>
#include <dongmao/import/writers.hpp>

#include <algorithm>
#include <stdexcept>

namespace dongmao::import {

store::Outcome Writer::unchanged(std::int64_t, std::size_t)
{
  throw std::logic_error("a row passed over by a writer that keeps no fingerprints");
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
  if (e == "units") {
    return make_unit_writer(context);
  }
  if (e == "indicators") {
    return make_indicator_writer(context);
  }
  return make_metric_writer(context);
}

SheetLayout sheet_layout(const Mapping& mapping, const Header& header, const std::optional<std::string>& month)
{
  if (mapping.entity == "metrics") {
    return metric_sheet_layout(mapping, header, month);
  }
  SheetLayout layout;
  // A list of projects that staff name but do not number is keyed by name.
  const auto code = mapping.find("code");
  const auto numbered = std::any_of(header.columns.begin(), header.columns.end(),
                                    [&](const ColumnBinding& column) { return code && column.field == code; });
  if (mapping.entity == "projects" && !numbered) {
    layout.optional_fields.push_back("code");
  }
  return layout;
}

} // namespace dongmao::import
