#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/store/audit.hpp>
#include <dongmao/store/household.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// A resident registered in the household.
struct PersonRow
{
  std::string name;
  std::string id_number;
  std::optional<std::string> relation;
  std::optional<std::string> residence_type;
  std::optional<std::string> gender;
  std::optional<std::string> birth_date;
  std::optional<std::string> phone;
  std::optional<std::string> tags; // JSON array text
};

// The household's place in one project.
struct EnrollmentRow
{
  std::string project_code;
  std::string project_name;
  std::string project_kind;
  project::Stage stage = project::Stage::surveyed;
  std::optional<std::string> stage_date;
  std::optional<std::string> consent;
  std::optional<std::int64_t> compensation_cents;
  std::optional<std::string> agreement_no;
};

// A petition case linked to the household.
struct PetitionRow
{
  std::string case_no;
  std::string received_date;
  std::string channel;
  std::string category;
  std::string status;
  std::optional<std::string> summary;
  std::optional<std::string> project_code;
};

// Everything `household show` prints.
struct HouseholdDetail
{
  HouseholdRow household;
  std::optional<std::string> extra; // JSON object text of unmapped ledger columns
  std::string created_at;
  std::string updated_at;
  std::vector<PersonRow> persons;
  std::vector<EnrollmentRow> enrollments;
  std::vector<PetitionRow> petitions;
};

// The household with `code` and what hangs off it; DataError when there is none.
HouseholdDetail household_detail(db::Connection& db, const std::string& code);

// One line of a household's history: a stage event, or an audited change.
struct HistoryEntry
{
  std::string date;        // effective date of a stage event; the day of an audited change
  std::string recorded_at; // when it was written
  std::string kind;        // "stage" for stage events, else the audit action (insert, update, enroll, consent, …)
  std::string project;     // the project code (stage events, enrollments), "" for the household itself
  std::optional<project::Stage> stage;
  std::string operator_name;
  std::optional<std::string> note;
  FieldChanges changes;  // the fields of an audited change, none for a stage event
  bool imported = false; // written by an import run
};

// Every stage event of the household's enrollments and every audited change of the
// household and its enrollments, ordered by date, then by when it was written. The audit
// entries of stage changes and enrollments are left out: their stage events say the same.
// DataError when the household does not exist.
std::vector<HistoryEntry> household_history(db::Connection& db, const std::string& code);

} // namespace dongmao::store
