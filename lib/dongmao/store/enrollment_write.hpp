#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/store/upsert.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Writing the enrollments of a project ledger (征拆台账): a household's place in a project
// and the stage events its dates record.
namespace dongmao::store {

// A stage a ledger row dates: the stage's code and the day it took effect.
struct StageDate
{
  std::string stage;
  std::string date;
  bool anew = false; // reached again after a move back: an event of its own, never a correction
};

// An enrollment as a ledger row gives it; project and household are resolved to ids.
struct EnrollmentFields
{
  std::int64_t project_id = 0;
  std::int64_t household_id = 0;
  Field stage; // a new enrollment without one is surveyed
  Field stage_date;
  Field compensation_cents;
  Field agreement_no;
  Field consent;
  Field extra;                        // the project ledger's own columns, merged key by key
  std::vector<StageDate> stage_dates; // each makes sure of its stage event
};

// An enrollment on file, as far as a ledger row may move it.
struct StoredEnrollment
{
  std::string household_code;
  std::string stage;
  std::optional<std::string> consent;
  bool stage_by_command = false;       // the latest event of `stage` was recorded with a command
  std::optional<StageDate> last_event; // the latest recorded event, by effective date
};

// Inserts or updates enrollments by project and household, with their stage events; an
// update is audited.
class EnrollmentWriter
{
public:
  // Prepares the statements of one import run.
  explicit EnrollmentWriter(WriteContext& context);

  // The enrollment of `household_id` in `project_id`, if it is on file.
  std::optional<StoredEnrollment> stored(std::int64_t project_id, std::int64_t household_id);

  // Writes the enrollment; `key_text` names it in the audit log as the ledger does
  // ("项目/户编号"). A new or corrected stage event makes an unchanged enrollment updated.
  // A stage event recorded with a command is never re-dated nor repeated.
  WriteResult write(EnrollmentFields fields, const std::string& key_text);

private:
  bool ensure_stage_event(std::int64_t enrollment_id, const StageDate& dated);

  WriteContext& m_context;
  Upserter m_upserter;
  db::Statement m_stored;
  db::Statement m_find_event;
  db::Statement m_fix_event;
  db::Statement m_add_event;
};

} // namespace dongmao::store
