#include <dongmao/store/unit_write.hpp>

#include <array>

namespace dongmao::store {

UnitWriter::UnitWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "unit", {"project_id", "name"},
               {"kind", "households", "investment_cents", "start_date", "accepted_date", "extra"})
{
  m_upserter.merge_object("extra");
}

WriteResult UnitWriter::write(UnitFields fields, const std::string& key_text)
{
  const std::array<domain::Value, 2> key{domain::Value{fields.project_id}, domain::Value{std::move(fields.name)}};
  const std::array<Field, 6> values{
    std::move(fields.kind),       std::move(fields.households),    std::move(fields.investment_cents),
    std::move(fields.start_date), std::move(fields.accepted_date), std::move(fields.extra)};
  return upsert_audited(m_context, m_upserter, "unit", key_text, key, values);
}

} // namespace dongmao::store
