#include <dongmao/import/writer.hpp>
#include <dongmao/import/writers.hpp>

namespace dongmao::import {

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

SheetLayout sheet_layout(const Mapping& mapping, const Header& header, const std::optional<std::string>& month)
{
  if (mapping.entity == "metrics") {
    return metric_sheet_layout(mapping, header, month);
  }
  return SheetLayout{};
}

} // namespace dongmao::import
