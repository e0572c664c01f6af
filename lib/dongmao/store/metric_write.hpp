#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/store/upsert.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

// Writing metric values (指标数据) as ledgers give them, long or wide.
namespace dongmao::store {

// One figure of one indicator, for one community or the whole sub-district, in one month.
struct MetricValue
{
  std::string indicator;           // its name; an unknown one is added
  std::optional<std::string> unit; // recorded with a new indicator
  std::optional<std::int64_t> community_id; // none: the sub-district as a whole
  std::string month;                        // YYYY-MM
  double value = 0;
};

// Inserts or updates metric values by indicator, community and month; an update is audited.
class MetricWriter
{
public:
  // Prepares the statements of one import run.
  explicit MetricWriter(WriteContext& context);

  // Writes `value`, adding its indicator when the workspace does not know it yet.
  WriteResult write(const MetricValue& value);

private:
  std::int64_t indicator_id(const std::string& name, const std::optional<std::string>& unit);

  WriteContext& m_context;
  Upserter m_upserter;
  db::Statement m_find_indicator;
  db::Statement m_add_indicator;
  std::map<std::string, std::int64_t> m_indicators; // a wide sheet names the same ones on every row
};

} // namespace dongmao::store
