#include <dongmao/domain/id_card.hpp>
#include <dongmao/store/household_write.hpp>

#include <array>

namespace dongmao::store {

HouseholdWriter::HouseholdWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "household", {"code"},
               {"community_id", "grid_id", "address", "head_name", "head_id_number", "phone", "members", "housing_type",
                "floor_area", "note", "extra", "import_fp"})
{
  m_upserter.merge_object("extra");
  m_upserter.silent("import_fp");
}

WriteResult HouseholdWriter::write(const HouseholdFields& fields)
{
  const std::array<domain::Value, 1> key{fields.code};
  const std::array<FieldRef, 12> values{fields.community_id,   fields.grid_id, fields.address, fields.head_name,
                                        fields.head_id_number, fields.phone,   fields.members, fields.housing_type,
                                        fields.floor_area,     fields.note,    fields.extra,   fields.import_fp};
  return upsert_audited(m_context, m_upserter, "household", fields.code, key, values);
}

void HouseholdWriter::defer_indexes()
{
  m_deferred.emplace(m_context.db, "household");
}

std::vector<SharedIdNumber> HouseholdWriter::end_load()
{
  if (!m_deferred) {
    return {};
  }
  m_deferred->rebuild();
  m_deferred.reset();
  auto later = later_holders_of_id_numbers(m_context.db);
  db::Statement remove(m_context.db, "DELETE FROM household WHERE id = ?");
  for (const auto& household : later) {
    remove.reset();
    remove.bind(1, household.id);
    remove.run();
  }
  return later;
}

std::optional<std::int64_t> HouseholdWriter::find(const std::string& code)
{
  const std::array<domain::Value, 1> key{code};
  return m_upserter.find(key);
}

PersonWriter::PersonWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "person", {"id_number"},
               {"name", "household_id", "community_id", "relation", "residence_type", "gender", "birth_date", "phone",
                "tags", "extra"})
{
  m_upserter.merge_object("extra");
}

WriteResult PersonWriter::write(PersonFields fields)
{
  const std::array<domain::Value, 1> key{fields.id_number};
  const std::array<Field, 10> values{domain::Value{std::move(fields.name)},
                                     std::move(fields.household_id),
                                     std::move(fields.community_id),
                                     std::move(fields.relation),
                                     std::move(fields.residence_type),
                                     std::move(fields.gender),
                                     std::move(fields.birth_date),
                                     std::move(fields.phone),
                                     std::move(fields.tags),
                                     std::move(fields.extra)};
  return upsert_audited(m_context, m_upserter, "person", domain::mask_id_card(fields.id_number), key, values);
}

} // namespace dongmao::store
