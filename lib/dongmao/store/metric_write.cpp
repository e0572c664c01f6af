#include <dongmao/store/metric_write.hpp>

#include <fmt/format.h>

#include <array>

namespace dongmao::store {

MetricWriter::MetricWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "metric_value", {"indicator_id", "community_id", "month"}, {"value"}),
    m_add_indicator(context.db, "INSERT INTO indicator (name, unit) VALUES (?, ?)")
{
}

IndicatorRecord MetricWriter::indicator(const std::string& name, const std::optional<std::string>& unit)
{
  if (auto stored = find_indicator(m_context.db, name)) {
    return std::move(*stored);
  }
  m_add_indicator.bind(1, name).bind(2, unit).run();
  return IndicatorRecord{m_context.db.last_insert_rowid(), name, unit.value_or(""), std::nullopt};
}

WriteResult MetricWriter::write(const MetricValue& value)
{
  const domain::Value community = value.community_id ? domain::Value{*value.community_id} : domain::Value{};
  const std::array<domain::Value, 3> key{value.indicator_id, community, value.month};
  const std::array<Field, 1> values{domain::Value{value.value}};
  const auto key_text = fmt::format("{}/{}/{}", value.indicator, domain::to_text(community), value.month);
  return upsert_audited(m_context, m_upserter, "metric_value", key_text, key, values);
}

} // namespace dongmao::store
