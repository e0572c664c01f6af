// A project ledger (征拆台账) row: the household, its enrollment in the project, and one
// stage event per filled stage date.
#include <dongmao/import/writers.hpp>
#include <dongmao/project/labels.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/store/enrollment_write.hpp>
#include <dongmao/store/project_kind.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/rows.hpp>
#include <dongmao/text/unit.hpp>

#include <fmt/format.h>

#include <array>
#include <map>

namespace dongmao::import {

namespace {

// A stage code as people read it: 已签约 in Chinese, the code in English.
std::string stage_in_message(const std::string& code)
{
  const auto stage = project::stage_from_code(code);
  return stage && text::lang() == text::Lang::zh ? project::stage_label(*stage) : code;
}

// The date column of each stage that has one (negotiating has none).
constexpr std::array<std::pair<const char*, const char*>, 7> k_stage_dates = {{
  {"surveyed", "surveyed_date"},
  {"assessed", "assessed_date"},
  {"signed", "signed_date"},
  {"vacated", "vacated_date"},
  {"demolished", "demolished_date"},
  {"remediating", "remediating_date"},
  {"remediated", "remediated_date"},
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
        throw RowProblem(field, text::format(text::k_row_after_today, *date, m_context.today.iso()));
      }
      if (previous_field && *date < previous_date) {
        const auto earlier = std::string(previous_field).substr(0, std::string(previous_field).find('_'));
        throw RowProblem(field,
                         text::format(text::k_row_before_stage, *date, stage_in_message(earlier), previous_date));
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
        throw RowProblem("stage", text::format(text::k_row_stage_contradicted, stage_in_message(*declared),
                                               stage_in_message(stage), stage_date));
      }
    }

    check_kind(record, project_id, stage);

    std::int64_t household_id = 0;
    const auto household_outcome = m_household.write(record, household_id, project_id);
    store::EnrollmentFields fields;
    fields.project_id = project_id;
    fields.household_id = household_id;
    fields.compensation_cents = record.column("compensation");
    fields.agreement_no = record.column("agreement_no");
    fields.consent = record.column("consent");
    const auto stored = m_writer.stored(project_id, household_id);
    if (stored) {
      merge_with_stored(record, *stored, stage, stage_date, fields);
    } else if (!stage.empty()) {
      fields.stage = domain::Value{stage};
      fields.stage_date = stage_date.empty() ? domain::Value{} : domain::Value{stage_date};
      fields.stage_dates = dated_stages(record, std::nullopt, stage);
    }
    fields.extra = extra_column(record, m_context);
    auto outcome = m_writer.write(std::move(fields), audit_key(record)).outcome;
    if (outcome == store::Outcome::unchanged && household_outcome != store::Outcome::unchanged) {
      outcome = store::Outcome::updated;
    }
    return outcome;
  }

private:
  // A remediation's stages on a remediation project only, the expropriation path's elsewhere;
  // the problem is named against the column that gave the stage.
  void check_kind(const Record& record, std::int64_t project_id, const std::string& stage)
  {
    const auto found = project::stage_from_code(stage);
    if (!found) {
      return;
    }
    auto kind = m_kinds.find(project_id);
    if (kind == m_kinds.end()) {
      kind = m_kinds.emplace(project_id, store::project_kind(m_context.store.db, project_id)).first;
    }
    if (project::stage_fits_kind(*found, kind->second)) {
      return;
    }
    std::string field = "stage";
    if (!record.text("stage")) {
      for (const auto& [name, date_field] : k_stage_dates) {
        if (stage == name) {
          field = date_field;
        }
      }
    }
    const auto text = record.text("project").value_or(m_context.project.value_or(""));
    const auto known = m_context.references.find_project(text);
    throw RowProblem(field, text::format(text::k_stage_not_of_kind, stage_in_message(stage), known ? known->code : text,
                                         project::kind_label(kind->second)));
  }

  // The enrollment as the audit log and the commands name it: project code / household code,
  // however the ledger named the project and found the household.
  std::string audit_key(const Record& record)
  {
    const auto text = record.text("project").value_or(m_context.project.value_or(""));
    const auto found = m_context.references.find_project(text);
    return (found ? found->code : text) + "/" + m_household.last_code();
  }

  std::int64_t project(const Record& record)
  {
    if (const auto project = project_column(record, m_context); project && !is_null(*project)) {
      return std::get<std::int64_t>(*project);
    }
    if (m_fixed_project) {
      return *m_fixed_project;
    }
    throw RowProblem("project", text::format(text::k_row_no_project));
  }

  // The stage and consent of a row on an enrollment already on file. Neither moves back
  // through an import: a row behind the workspace keeps what it has and is named as kept
  // newer. A move forward records an event of each stage reached that the ledger dates, and
  // of the stage it reaches dated today when the ledger gives that one no date.
  void merge_with_stored(const Record& record, const store::StoredEnrollment& stored, const std::string& stage,
                         const std::string& stage_date, store::EnrollmentFields& fields)
  {
    const auto from = project::stage_from_code(stored.stage);
    const auto to = project::stage_from_code(stage);
    if (from && to) {
      const auto step = project::classify_step(*from, *to);
      const bool behind = step == project::Step::backward || step == project::Step::rejoin ||
                          (step == project::Step::withdraw && project::counts_as_signed(*from));
      if (behind) {
        keep(record, stored, "stage", stored.stage, stage);
      } else if (step == project::Step::same) {
        // The date of a stage a command recorded is the command's.
        if (!stage_date.empty() && !stored.stage_by_command) {
          fields.stage_date = domain::Value{stage_date};
        }
        fields.stage_dates = dated_stages(record, std::nullopt, stage);
      } else if (!dated_before_last_event(record, stored, dated_stages(record, from, stage))) {
        fields.stage = domain::Value{stage};
        const auto date = stage_date.empty() ? m_context.today.iso() : stage_date;
        fields.stage_date = domain::Value{date};
        fields.stage_dates = dated_stages(record, from, stage);
        if (stage_date.empty()) {
          fields.stage_dates.push_back(store::StageDate{stage, date});
        }
        // Each stage reached lies past the stored one: an event of it on record was left
        // behind by a move back, and this one is new, not a correction of it.
        for (auto& dated : fields.stage_dates) {
          dated.anew = true;
        }
      }
    }
    const auto consent = record.text("consent");
    const auto stored_consent = stored.consent.value_or("pending");
    if (consent && consent_rank(*consent) < consent_rank(stored_consent)) {
      keep(record, stored, "consent", stored_consent, *consent);
      fields.consent.reset();
    }
  }

  // Whether a stage the row moves on to is dated before the last event on record (a move
  // back with a command, say): the stage is then kept as it is, with a warning, since the
  // move would leave the events out of order.
  bool dated_before_last_event(const Record& record, const store::StoredEnrollment& stored,
                               const std::vector<store::StageDate>& reached)
  {
    for (const auto& dated : reached) {
      if (stored.last_event && dated.date < stored.last_event->date) {
        if (m_context.warnings) {
          m_context.warnings->push_back(text::format(text::k_stage_dated_before, m_context.source, record.row,
                                                     stored.household_code, stage_in_message(dated.stage), dated.date,
                                                     stage_in_message(stored.last_event->stage),
                                                     stored.last_event->date));
        }
        return true;
      }
    }
    return false;
  }

  // The ledger's dated stages after `after` (all when nullopt) up to and including `upto`.
  static std::vector<store::StageDate> dated_stages(const Record& record, std::optional<project::Stage> after,
                                                    const std::string& upto)
  {
    std::vector<store::StageDate> dates;
    const auto last = project::stage_from_code(upto);
    for (const auto& [name, field] : k_stage_dates) {
      const auto stage = project::stage_from_code(name);
      const bool reached = last && (*last == project::Stage::withdrawn || project::at_or_beyond(*last, *stage));
      const bool new_one = !after || !project::at_or_beyond(*after, *stage);
      if (auto date = record.text(field); date && reached && new_one) {
        dates.push_back(store::StageDate{name, std::move(*date)});
      }
    }
    return dates;
  }

  // How far an answer is along pending → disagree → agree: persuading is the work, so a
  // ledger may move an answer on, never back (a resident's change of mind is a command).
  static int consent_rank(const std::string& code) { return code == "agree" ? 2 : code == "disagree" ? 1 : 0; }

  void keep(const Record& record, const store::StoredEnrollment& stored, const char* field, const std::string& kept,
            const std::string& ledger)
  {
    if (m_context.kept_newer) {
      m_context.kept_newer->push_back(KeptNewer{record.row, stored.household_code, field, kept, ledger});
    }
  }

  WriterContext& m_context;
  HouseholdPart m_household;
  store::EnrollmentWriter m_writer;
  std::optional<std::int64_t> m_fixed_project;
  std::map<std::int64_t, std::string> m_kinds; // project id → kind code
};

} // namespace

std::unique_ptr<Writer> make_enrollment_writer(WriterContext& context)
{
  return std::make_unique<EnrollmentWriter>(context);
}

} // namespace dongmao::import
