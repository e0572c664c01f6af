#include <dongmao/store/indicator_write.hpp>

#include <array>

namespace dongmao::store {

IndicatorWriter::IndicatorWriter(WriteContext& context)
  : m_context(context), m_upserter(context.db, "indicator", {"name"}, {"unit", "kind"})
{
}

WriteResult IndicatorWriter::write(IndicatorFields fields)
{
  const std::array<domain::Value, 1> key{fields.name};
  const std::array<Field, 2> values{std::move(fields.unit), std::move(fields.kind)};
  return upsert_audited(m_context, m_upserter, "indicator", fields.name, key, values);
}

} // namespace dongmao::store
