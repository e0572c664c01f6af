#pragma once

#include <dongmao/store/upsert.hpp>

#include <optional>
#include <string>

// Writing organisations (单位) as ledgers give them.
namespace dongmao::store {

// An organisation as a ledger row gives it; its community is resolved to an id.
struct OrganisationFields
{
  std::optional<std::string> credit_code; // none: the organisation is known by its name
  std::string name;
  Field kind;
  Field community_id;
  Field address;
  Field contact;
  Field phone;
  Field key_taxpayer;
  Field registration_date; // 登记日期
  Field extra;             // JSON object text of the ledger's unknown columns
};

// Inserts or updates organisations by credit code or, without one, by name; an update is
// audited.
class OrganisationWriter
{
public:
  // Prepares the statements of one import run.
  explicit OrganisationWriter(WriteContext& context);

  // Writes the organisation; a new one is no key taxpayer unless `fields` says so.
  WriteResult write(OrganisationFields fields);

private:
  WriteContext& m_context;
  Upserter m_by_code;
  Upserter m_by_name;
};

} // namespace dongmao::store
