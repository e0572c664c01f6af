#pragma once

#include <dongmao/store/deferred_indexes.hpp>
#include <dongmao/store/identity.hpp>
#include <dongmao/store/upsert.hpp>

#include <string>

// Writing households and the persons registered in them, as ledgers and commands give them.
namespace dongmao::store {

// A household as a ledger row gives it, its values lent (FieldRef); community and grid are
// resolved to ids.
struct HouseholdFields
{
  std::string code;
  FieldRef community_id = nullptr;
  FieldRef grid_id = nullptr;
  FieldRef address = nullptr;
  FieldRef head_name = nullptr;
  FieldRef head_id_number = nullptr;
  FieldRef phone = nullptr;
  FieldRef members = nullptr;
  FieldRef housing_type = nullptr;
  FieldRef floor_area = nullptr;
  FieldRef note = nullptr;
  FieldRef extra = nullptr; // JSON object text of the ledger's unknown columns
  // The households import's fingerprint of the row (migration 0010): stored with the row, never
  // compared or audited. nullptr leaves the stored one, which any other change then clears.
  FieldRef import_fp = nullptr;
};

// Inserts or updates households by code; an update is audited.
class HouseholdWriter
{
public:
  // Prepares the statements of one import run.
  explicit HouseholdWriter(WriteContext& context);

  // Skips the lookup of each code while the table was empty when the run began; only for
  // callers that reject a repeated code themselves (the households import).
  void skip_lookups_if_empty() { m_upserter.skip_lookups_if_empty(); }

  // Whether there was no household when the run began.
  bool empty_at_start() const { return m_upserter.empty_at_start(); }

  // For a load into the table while it is empty: drops its secondary indexes, which
  // end_load() builds again (store/deferred_indexes.hpp). Nothing may look a household up by
  // anything but its code or id until then.
  void defer_indexes();

  // Ends a load begun by defer_indexes(): builds the indexes again, then removes and returns
  // each household whose head's ID number an earlier household of the load has.
  std::vector<SharedIdNumber> end_load();

  // Writes the household with `fields.code`.
  WriteResult write(const HouseholdFields& fields);

  // The id of the household with `code`, if any.
  std::optional<std::int64_t> find(const std::string& code);

private:
  WriteContext& m_context;
  Upserter m_upserter;
  std::optional<DeferredIndexes> m_deferred;
};

// A resident as a ledger row gives them; household and community are resolved to ids.
struct PersonFields
{
  std::string id_number;
  std::string name;
  Field household_id;
  Field community_id;
  Field relation;
  Field residence_type;
  Field gender;
  Field birth_date;
  Field phone;
  Field tags;  // JSON array text
  Field extra; // JSON object text of the ledger's unknown columns
};

// Inserts or updates persons by ID number; an update is audited under the masked number.
class PersonWriter
{
public:
  // Prepares the statements of one import run.
  explicit PersonWriter(WriteContext& context);

  // Writes the person with `fields.id_number`.
  WriteResult write(PersonFields fields);

private:
  WriteContext& m_context;
  Upserter m_upserter;
};

} // namespace dongmao::store
