#include <dongmao/db/statement.hpp>
#include <dongmao/store/indicator.hpp>

namespace dongmao::store {

namespace {

constexpr const char* k_columns = "SELECT id, name, IFNULL(unit, ''), kind FROM indicator ";

IndicatorRecord read_record(const db::Statement& row)
{
  IndicatorRecord record{row.column_int64(0), row.column_text(1), row.column_text(2), std::nullopt};
  if (const auto kind = row.column_optional_text(3)) {
    record.kind = figures::parse_kind(*kind);
  }
  return record;
}

} // namespace

std::vector<IndicatorRecord> indicators(db::Connection& db)
{
  db::Statement query(db, std::string(k_columns) + "ORDER BY name");
  std::vector<IndicatorRecord> records;
  while (query.step()) {
    records.push_back(read_record(query));
  }
  return records;
}

std::optional<IndicatorRecord> find_indicator(db::Connection& db, const std::string& name)
{
  db::Statement query(db, std::string(k_columns) + "WHERE name = ?");
  query.bind(1, name);
  if (!query.step()) {
    return std::nullopt;
  }
  return read_record(query);
}

} // namespace dongmao::store
