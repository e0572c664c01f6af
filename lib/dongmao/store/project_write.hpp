#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/store/upsert.hpp>

#include <string>

// Writing projects as ledgers and `project add/update` give them.
namespace dongmao::store {

// A project as a ledger row gives it; its community is resolved to an id.
struct ProjectFields
{
  std::string code;
  std::string name;
  std::string kind; // expropriation, renovation, … (the kind's code)
  Field mode;
  Field community_id;
  Field start_date;
  Field due_date;
  Field target_households;
  Field investment_cents;
  Field status; // a new project without one is active
  Field note;
  Field extra; // JSON object text of the ledger's unknown columns
};

// Inserts or updates projects by code; an update is audited. A new renovation project gets
// the standard milestones (政策宣传 … 竣工验收).
class ProjectWriter
{
public:
  // Prepares the statements of one import run.
  explicit ProjectWriter(WriteContext& context);

  // Writes the project with `fields.code`.
  WriteResult write(ProjectFields fields);

private:
  WriteContext& m_context;
  Upserter m_upserter;
  db::Statement m_add_milestone;
};

} // namespace dongmao::store
