#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/project/consent.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/store/actor.hpp>
#include <dongmao/store/household.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// `household stage CODE --project P STAGE`: move one household to a stage as of a date.
struct StageChange
{
  std::string household;
  std::string project; // code or name
  project::Stage stage = project::Stage::surveyed;
  domain::Date date;
  std::optional<std::string> note;
  bool force = false; // allow skipping, moving back, re-dating: corrections (needs a note)
};

// What a stage change did.
struct StageChangeResult
{
  std::string household;
  std::string project; // the project's code
  project::Stage from = project::Stage::surveyed;
  project::Stage to = project::Stage::surveyed;
  std::optional<std::string> previous_date;
  domain::Date date;
  project::Step step = project::Step::next;
};

// Checks the move against the stage and date rules and, in one transaction, updates the
// enrollment, adds a stage event and an audit entry. DataError (nothing written) for an
// unknown household or project, a household not enrolled, an impossible date, or a move
// that needs --force; UsageError for --force without a note.
StageChangeResult change_stage(db::Connection& db, const StageChange& change, const Actor& actor);

// `household consent CODE --project P VALUE`: a resident's answer in a renovation project.
struct ConsentChange
{
  std::string household;
  std::string project;
  project::Consent consent = project::Consent::pending;
  std::optional<std::string> note;
};

// What a consent change did.
struct ConsentChangeResult
{
  std::string household;
  std::string project;
  project::Consent from = project::Consent::pending;
  project::Consent to = project::Consent::pending;
  bool changed = false;
};

// Records the answer with an audit entry, in one transaction. DataError for an unknown
// household or project, a household not enrolled, or a project that is not a renovation.
ConsentChangeResult change_consent(db::Connection& db, const ConsentChange& change, const Actor& actor);

// `project enroll P …`: which households to put into a project.
struct EnrollRequest
{
  std::string project;
  std::vector<std::string> codes;        // from the command line and --file, in order
  std::optional<HouseholdFilter> filter; // every household matching it, too
  bool skip_enrolled = false;            // leave households already enrolled alone instead of failing
  domain::Date date;                     // the survey date of the first stage event
  std::optional<std::string> note;
};

// What an enrollment did.
struct EnrollResult
{
  std::string project; // the project's code
  std::int64_t enrolled = 0;
  std::int64_t skipped = 0; // already enrolled (with skip_enrolled)
};

// Enrolls every listed and matching household at stage surveyed as of `date` (renovation
// projects: consent pending), each with a stage event and an audit entry, all in one
// transaction. DataError, nothing written, for an unknown code, a code listed twice, a
// household already enrolled (unless skip_enrolled), a date after today, or nothing to enroll.
EnrollResult enroll(db::Connection& db, const EnrollRequest& request, const Actor& actor);

} // namespace dongmao::store
