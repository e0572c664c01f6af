#include <dongmao/store/reference_write.hpp>

#include <array>

namespace dongmao::store {

CommunityWriter::CommunityWriter(WriteContext& context)
  : m_context(context), m_upserter(context.db, "community", {"name"}, {"code", "area_km2", "extra"})
{
  m_upserter.merge_object("extra");
}

WriteResult CommunityWriter::write(CommunityFields fields)
{
  const std::array<domain::Value, 1> key{fields.name};
  const std::array<Field, 3> values{std::move(fields.code), std::move(fields.area_km2), std::move(fields.extra)};
  return upsert_audited(m_context, m_upserter, "community", fields.name, key, values);
}

GridWriter::GridWriter(WriteContext& context)
  : m_context(context), m_upserter(context.db, "grid", {"community_id", "name"}, {"code", "extra"})
{
  m_upserter.merge_object("extra");
}

WriteResult GridWriter::write(GridFields fields, const std::string& key_text)
{
  const std::array<domain::Value, 2> key{fields.community_id, std::move(fields.name)};
  const std::array<Field, 2> values{std::move(fields.code), std::move(fields.extra)};
  return upsert_audited(m_context, m_upserter, "grid", key_text, key, values);
}

} // namespace dongmao::store
