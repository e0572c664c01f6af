#pragma once

#include <dongmao/store/upsert.hpp>

#include <cstdint>
#include <string>

// Writing the units of renovation projects (小区, 院落, 片区) as ledgers give them.
namespace dongmao::store {

// A unit as a ledger row gives it; its project is resolved to an id.
struct UnitFields
{
  std::int64_t project_id = 0;
  std::string name;
  Field kind; // compound, courtyard or area
  Field households;
  Field investment_cents;
  Field start_date;
  Field accepted_date;
  Field extra; // JSON object text of the ledger's unknown columns
};

// Inserts or updates units by (project, name); an update is audited.
class UnitWriter
{
public:
  // Prepares the statements of one import run.
  explicit UnitWriter(WriteContext& context);

  // Writes the unit `fields.name` of project `fields.project_id`; `key_text` names it in the audit log.
  WriteResult write(UnitFields fields, const std::string& key_text);

private:
  WriteContext& m_context;
  Upserter m_upserter;
};

} // namespace dongmao::store
