#pragma once

#include <dongmao/db/connection.hpp>

#include <string>
#include <vector>

namespace dongmao::store {

// One thing wrong in a workspace, as `dongmao check` reports it.
struct Finding
{
  std::string rule;    // what was checked: integrity, foreign_key, stage, petition_status, id_number
  std::string entity;  // the table or entity concerned
  std::string key;     // the entity's key (household code, case no., project/household, …)
  std::string message; // what is wrong, in the language of the run
};

// Checks `db`: SQLite's integrity_check and foreign_key_check, then the domain's own rules
// (each enrollment's stage is its latest stage event's, each petition's status follows its
// latest event and its extension its extend event, no ID number heads two households nor
// belongs to a person of another household). Reads one snapshot; empty when all is well.
std::vector<Finding> check_workspace(db::Connection& db);

// Only SQLite's integrity_check of `db` (page structure, indexes): empty when intact.
std::vector<Finding> check_integrity(db::Connection& db);

} // namespace dongmao::store
