#pragma once

#include <dongmao/db/statement.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// Who a ledger row is when its code is not the workspace's: a household by its head's ID
// number or, within a project, by its address; a new one by a generated code.
namespace dongmao::store {

// A household found by what identifies it.
struct KnownHousehold
{
  std::int64_t id = 0;
  std::string code;
};

// The lookups of one import run (or command) by ID number and address.
class HouseholdIdentities
{
public:
  // Prepares the statements of one run.
  explicit HouseholdIdentities(db::Connection& db);

  // The household whose head has ID number `id_number`, other than the one with code
  // `except`, if any.
  std::optional<KnownHousehold> by_id_number(const std::string& id_number, const std::string& except = "");

  // Whether the household with code `code` is stored with head ID number `id_number`. A
  // re-imported row asks this first: its code's own row looked up by code is found where the
  // rows before it were, while a lookup by ID number lands anywhere in the index.
  bool has_id_number(const std::string& code, const std::string& id_number);

  // The households enrolled in `project_id` whose address has key `key` (domain::address_key),
  // or, when either side gives only the building, unit and room, whose tails agree.
  std::vector<KnownHousehold> by_address(std::int64_t project_id, const std::string& key);

  // Adds a household just enrolled in `project_id` at address key `key` to the lookups.
  void add_address(std::int64_t project_id, const std::string& key, const KnownHousehold& household);

  // The next free household code of the form PREFIX-001: one more than the highest number
  // any code of that form has now (at least three digits).
  std::string next_code(const std::string& prefix);

private:
  struct Home
  {
    std::string key;
    std::string tail;
    KnownHousehold household;
  };

  db::Connection& m_db;
  db::Statement m_by_id_number;
  db::Statement m_id_number_of;
  std::map<std::int64_t, std::vector<Home>> m_homes; // by project, loaded once
  std::map<std::string, std::int64_t> m_last_number; // by prefix
};

// A household whose head's ID number a household with a lower id already has.
struct SharedIdNumber
{
  std::int64_t id = 0;
  std::string code;
  std::string first_code; // of the household that had the number first
};

// Every household whose head's ID number an earlier household (a lower id) has, in id order:
// the check of a load that did not look each number up as it wrote the row (a first import
// into an empty table, store/deferred_indexes.hpp), made once its indexes are built.
std::vector<SharedIdNumber> later_holders_of_id_numbers(db::Connection& db);

// The code a project named but not numbered gets: P-001, then one more than the highest
// P-NNN there is.
std::string next_project_code(db::Connection& db);

} // namespace dongmao::store
