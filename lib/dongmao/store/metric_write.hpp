#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/store/indicator.hpp>
#include <dongmao/store/upsert.hpp>

#include <cstdint>
#include <optional>
#include <string>

// Writing metric values (指标数据) as ledgers give them, long or wide.
namespace dongmao::store {

// One figure of one indicator, for one community or the whole sub-district, in one month.
struct MetricValue
{
  std::int64_t indicator_id = 0;
  std::string indicator;                    // its name, for the audit log
  std::optional<std::int64_t> community_id; // none: the sub-district as a whole
  std::string month;                        // YYYY-MM
  double value = 0;                         // a rate as a fraction
};

// Inserts or updates metric values by indicator, community and month; an update is audited.
class MetricWriter
{
public:
  // Prepares the statements of one import run.
  explicit MetricWriter(WriteContext& context);

  // The indicator called `name`; one the workspace does not know yet is added with `unit`
  // (and no kind).
  IndicatorRecord indicator(const std::string& name, const std::optional<std::string>& unit);

  // Writes `value`.
  WriteResult write(const MetricValue& value);

private:
  WriteContext& m_context;
  Upserter m_upserter;
  db::Statement m_add_indicator;
};

} // namespace dongmao::store
