#pragma once

#include <dongmao/store/upsert.hpp>

#include <cstdint>
#include <string>

// Writing the reference data ledgers name: communities and their grids.
namespace dongmao::store {

// A community as a ledger row gives it.
struct CommunityFields
{
  std::string name;
  Field code;
  Field area_km2;
  Field extra; // JSON object text of the ledger's unknown columns
};

// Inserts or updates communities by name; an update is audited.
class CommunityWriter
{
public:
  // Prepares the statements of one import run.
  explicit CommunityWriter(WriteContext& context);

  // Writes the community named `fields.name`.
  WriteResult write(CommunityFields fields);

private:
  WriteContext& m_context;
  Upserter m_upserter;
};

// A grid as a ledger row gives it; its community is resolved.
struct GridFields
{
  std::int64_t community_id = 0;
  std::string name;
  Field code;
  Field extra; // JSON object text of the ledger's unknown columns
};

// Inserts or updates grids by community and name; an update is audited.
class GridWriter
{
public:
  // Prepares the statements of one import run.
  explicit GridWriter(WriteContext& context);

  // Writes the grid; `key_text` names it in the audit log as the ledger does ("社区/网格").
  WriteResult write(GridFields fields, const std::string& key_text);

private:
  WriteContext& m_context;
  Upserter m_upserter;
};

} // namespace dongmao::store
