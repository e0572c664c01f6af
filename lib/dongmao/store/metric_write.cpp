#include <dongmao/store/metric_write.hpp>

#include <fmt/format.h>

#include <array>

namespace dongmao::store {

MetricWriter::MetricWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "metric_value", {"indicator_id", "community_id", "month"}, {"value"}),
    m_find_indicator(context.db, "SELECT id FROM indicator WHERE name = ?"),
    m_add_indicator(context.db, "INSERT INTO indicator (name, unit) VALUES (?, ?)")
{
}

WriteResult MetricWriter::write(const MetricValue& value)
{
  const domain::Value community = value.community_id ? domain::Value{*value.community_id} : domain::Value{};
  const std::array<domain::Value, 3> key{indicator_id(value.indicator, value.unit), community, value.month};
  const std::array<Field, 1> values{domain::Value{value.value}};
  const auto key_text = fmt::format("{}/{}/{}", value.indicator, domain::to_text(community), value.month);
  return upsert_audited(m_context, m_upserter, "metric_value", key_text, key, values);
}

std::int64_t MetricWriter::indicator_id(const std::string& name, const std::optional<std::string>& unit)
{
  if (const auto it = m_indicators.find(name); it != m_indicators.end()) {
    return it->second;
  }
  m_find_indicator.reset();
  m_find_indicator.bind(1, name);
  std::int64_t id = 0;
  if (m_find_indicator.step()) {
    id = m_find_indicator.column_int64(0);
    m_find_indicator.reset();
  } else {
    m_find_indicator.reset();
    m_add_indicator.bind(1, name).bind(2, unit).run();
    id = m_context.db.last_insert_rowid();
  }
  m_indicators[name] = id;
  return id;
}

} // namespace dongmao::store
