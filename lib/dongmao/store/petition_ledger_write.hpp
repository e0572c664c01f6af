#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/store/upsert.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Writing the cases of a petition ledger (信访台账): the case, its petitioner and the events
// its dates record. The steps taken with `dongmao petition` are in petition_write.hpp.
namespace dongmao::store {

// The petitioner a ledger row names.
struct LedgerPetitioner
{
  std::string name;
  std::optional<std::string> id_number;
  std::optional<std::string> phone;
};

// A step a ledger row dates, recorded as the case's event of that action.
struct LedgerStep
{
  petition::Action action = petition::Action::accept;
  std::string date;
};

// A case as a ledger row gives it; community, project, household and earlier case are
// resolved to ids.
struct PetitionLedgerFields
{
  std::string case_no;
  std::string received_date;
  Field channel;
  Field people_count;
  Field category;
  Field summary;
  Field community_id;
  Field project_id;
  Field household_id;
  Field subject;           // the place or object of a dispute (人和春天, 友谊市场)
  Field households;        // the households it concerns
  Field households_approx; // 1 when the ledger wrote the count as approximate (400多户)
  Field repeat_of;
  Field repeated;  // 1 for a repeat petition (重复访), its earlier case known or not; a new case defaults to 0
  Field escalated; // a new case defaults to 0
  Field status;
  Field accepted_date;
  Field answered_date;
  Field closed_date;
  Field outcome;
  Field assignee;
  Field extra; // JSON object text of the ledger's unknown columns
  std::optional<LedgerPetitioner> petitioner;
  std::vector<LedgerStep> steps; // events besides the register event of `received_date`
};

// A case already on file, as far as a ledger row may change it.
struct StoredCase
{
  std::string status;
  std::optional<std::string> last_action; // the latest step taken with `dongmao petition`, if any
  std::optional<std::string> last_date;   // and its date
};

// Inserts or updates cases by case number, with their first petitioner and events; an
// update is audited.
class PetitionLedgerWriter
{
public:
  // Prepares the statements of one import run.
  explicit PetitionLedgerWriter(WriteContext& context);

  // The id of the case `case_no`, if it is on file.
  std::optional<std::int64_t> find(const std::string& case_no);

  // The case `case_no` as stored, if it is on file.
  std::optional<StoredCase> stored_case(const std::string& case_no);

  // Writes the case, makes its petitioner the first one and makes sure of its register
  // event and step events. A changed petitioner or event makes an unchanged case updated.
  WriteResult write(PetitionLedgerFields fields);

private:
  bool write_petitioner(std::int64_t petition_id, const LedgerPetitioner& petitioner);
  bool ensure_event(std::int64_t petition_id, petition::Action action, const std::string& date);

  WriteContext& m_context;
  Upserter m_upserter;
  db::Statement m_stored;
  db::Statement m_find_petitioner;
  db::Statement m_update_petitioner;
  db::Statement m_add_petitioner;
  db::Statement m_find_event;
  db::Statement m_fix_event;
  db::Statement m_add_event;
};

} // namespace dongmao::store
