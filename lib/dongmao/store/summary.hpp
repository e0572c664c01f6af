#pragma once

#include <dongmao/db/connection.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dongmao::store {

// The last import that was committed.
struct LastImport
{
  std::string entity;      // households
  std::string file;        // 台账.xlsx
  std::string finished_at; // 2026-11-27T09:30:00+08:00
};

// What a workspace holds, for `dongmao status`.
struct WorkspaceSummary
{
  int schema_version = 0;
  // (table, row count) in a fixed order: communities, grids, households, …
  std::vector<std::pair<std::string, std::int64_t>> counts;
  std::optional<LastImport> last_import;
};

// Counts the rows of every table of the data model.
WorkspaceSummary summarize(db::Connection& db);

} // namespace dongmao::store
