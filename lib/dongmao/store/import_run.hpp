#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/store/upsert.hpp>

#include <cstdint>
#include <string>

namespace dongmao::store {

// The counts of one import, as recorded in import_run.
struct ImportCounts
{
  std::int64_t rows_read = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t unchanged = 0;
  std::int64_t rejected = 0;
};

// Records the start of an import; returns its id.
std::int64_t begin_import_run(db::Connection& db, const std::string& entity, const std::string& file_name,
                              const std::string& sheet, const std::string& operator_name, const std::string& now);

// Records the end of the import run of `context`: the file's SHA-256 (taken while it was read)
// and the counts, and the run's `import` audit entry, keyed by the file name.
void finish_import_run(WriteContext& context, const std::string& entity, const std::string& file_name,
                       const std::string& sha256, const ImportCounts& counts);

} // namespace dongmao::store
