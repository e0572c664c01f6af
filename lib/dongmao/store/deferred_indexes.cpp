#include <dongmao/db/statement.hpp>
#include <dongmao/store/deferred_indexes.hpp>

#include <fmt/format.h>

namespace dongmao::store {

namespace {
constexpr int k_sort_cache_kib = -2048; // PRAGMA cache_size: negative is KiB
}

DeferredIndexes::DeferredIndexes(db::Connection& db, const std::string& table) : m_db(db)
{
  std::vector<std::string> names;
  db::Statement indexes(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT "
                            "NULL ORDER BY name");
  indexes.bind(1, table);
  while (indexes.step()) {
    names.push_back(indexes.column_text(0));
    m_definitions.push_back(indexes.column_text(1));
  }
  for (const auto& name : names) {
    m_db.exec(fmt::format("DROP INDEX \"{}\"", name));
  }
}

void DeferredIndexes::rebuild()
{
  // SQLite sorts in runs the size of the page cache: runs that fit the CPU's own caches sort
  // a million keys in half the time a 16 MiB cache's do (tests/bench/scale_bench.sh).
  db::Statement cache_size(m_db, "PRAGMA cache_size");
  const auto kept = cache_size.step() ? cache_size.column_int64(0) : 0;
  m_db.exec(fmt::format("PRAGMA cache_size = {}", k_sort_cache_kib));
  for (const auto& definition : m_definitions) {
    m_db.exec(definition);
  }
  m_definitions.clear();
  if (kept != 0) {
    m_db.exec(fmt::format("PRAGMA cache_size = {}", kept));
  }
}

} // namespace dongmao::store
