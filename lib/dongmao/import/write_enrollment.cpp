// A project ledger (征拆台账) row: the household, its enrollment in the project, and one
// stage event per filled stage date.
#include <dongmao/import/writers.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/store/enrollment_write.hpp>

#include <fmt/format.h>

#include <array>

namespace dongmao::import {

namespace {

// The date column of each stage that has one (negotiating has none).
constexpr std::array<std::pair<const char*, const char*>, 5> k_stage_dates = {{
  {"surveyed", "surveyed_date"},
  {"assessed", "assessed_date"},
  {"signed", "signed_date"},
  {"vacated", "vacated_date"},
  {"demolished", "demolished_date"},
}};

// Whether stage code `declared` is `dated` or later on the main path.
bool not_behind(const std::string& declared, const std::string& dated)
{
  const auto a = project::stage_from_code(declared);
  const auto b = project::stage_from_code(dated);
  return a && b && project::at_or_beyond(*a, *b);
}

class EnrollmentWriter : public Writer
{
public:
  explicit EnrollmentWriter(WriterContext& context) : m_context(context), m_household(context), m_writer(context.store)
  {
    if (context.project) {
      try {
        m_fixed_project = context.references.project(*context.project);
      } catch (const store::ReferenceError& error) {
        throw DataError(fmt::format("--project: {}", error.what()));
      }
    }
  }

  std::string key(const Record& record) const override
  {
    return record.text("project").value_or(m_context.project.value_or("")) + "/" + m_household.key(record);
  }

  store::Outcome write(const Record& record) override
  {
    const auto project_id = project(record);
    // Stage dates must follow the stages' order and may not lie in the future.
    std::string stage;
    std::string stage_date;
    std::string previous_date;
    const char* previous_field = nullptr;
    for (const auto& [name, field] : k_stage_dates) {
      const auto date = record.text(field);
      if (!date) {
        continue;
      }
      if (*date > m_context.today.iso()) {
        throw RowProblem(field, fmt::format("{} is after today ({})", *date, m_context.today.iso()));
      }
      if (previous_field && *date < previous_date) {
        throw RowProblem(field,
                         fmt::format("{} is before the {} date {}", *date,
                                     std::string(previous_field).substr(0, std::string(previous_field).find('_')),
                                     previous_date));
      }
      previous_date = *date;
      previous_field = field;
      stage = name;
      stage_date = *date;
    }
    if (const auto declared = record.text("stage")) {
      if (*declared == "withdrawn" || stage.empty() || not_behind(*declared, stage)) {
        if (*declared != stage) {
          stage_date.clear();
        }
        stage = *declared;
      } else {
        throw RowProblem("stage", fmt::format("says {} but the {} date {} is filled in", *declared, stage, stage_date));
      }
    }

    std::int64_t household_id = 0;
    const auto household_outcome = m_household.write(record, household_id, project_id);
    store::EnrollmentFields fields;
    fields.project_id = project_id;
    fields.household_id = household_id;
    if (!stage.empty()) {
      fields.stage = domain::Value{stage};
      fields.stage_date = stage_date.empty() ? domain::Value{} : domain::Value{stage_date};
    }
    fields.compensation_cents = record.column("compensation");
    fields.agreement_no = record.column("agreement_no");
    fields.consent = record.column("consent");
    for (const auto& [name, field] : k_stage_dates) {
      if (auto date = record.text(field)) {
        fields.stage_dates.push_back(store::StageDate{name, std::move(*date)});
      }
    }
    auto outcome = m_writer.write(std::move(fields), key(record)).outcome;
    if (outcome == store::Outcome::unchanged && household_outcome != store::Outcome::unchanged) {
      outcome = store::Outcome::updated;
    }
    return outcome;
  }

private:
  std::int64_t project(const Record& record)
  {
    if (const auto project = project_column(record, m_context); project && !is_null(*project)) {
      return std::get<std::int64_t>(*project);
    }
    if (m_fixed_project) {
      return *m_fixed_project;
    }
    throw RowProblem("project", "no project: fill the 项目 column or pass --project CODE");
  }

  WriterContext& m_context;
  HouseholdPart m_household;
  store::EnrollmentWriter m_writer;
  std::optional<std::int64_t> m_fixed_project;
};

} // namespace

std::unique_ptr<Writer> make_enrollment_writer(WriterContext& context)
{
  return std::make_unique<EnrollmentWriter>(context);
}

} // namespace dongmao::import
