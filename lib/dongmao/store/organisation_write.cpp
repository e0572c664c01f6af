#include <dongmao/store/organisation_write.hpp>

#include <array>

namespace dongmao::store {

OrganisationWriter::OrganisationWriter(WriteContext& context)
  : m_context(context),
    m_by_code(
      context.db, "organisation", {"credit_code"},
      {"name", "kind", "community_id", "address", "contact", "phone", "key_taxpayer", "registration_date", "extra"}),
    m_by_name(context.db, "organisation", {"credit_code", "name"},
              {"kind", "community_id", "address", "contact", "phone", "key_taxpayer", "registration_date", "extra"})
{
  m_by_code.set_insert_default("key_taxpayer", domain::Value{std::int64_t{0}});
  m_by_name.set_insert_default("key_taxpayer", domain::Value{std::int64_t{0}});
  m_by_code.merge_object("extra");
  m_by_name.merge_object("extra");
}

WriteResult OrganisationWriter::write(OrganisationFields fields)
{
  if (fields.credit_code) {
    const std::array<domain::Value, 1> key{*fields.credit_code};
    const std::array<Field, 9> values{domain::Value{std::move(fields.name)},
                                      std::move(fields.kind),
                                      std::move(fields.community_id),
                                      std::move(fields.address),
                                      std::move(fields.contact),
                                      std::move(fields.phone),
                                      std::move(fields.key_taxpayer),
                                      std::move(fields.registration_date),
                                      std::move(fields.extra)};
    return upsert_audited(m_context, m_by_code, "organisation", *fields.credit_code, key, values);
  }
  // Without a credit code the key is (NULL, name): the name is the natural key.
  const std::array<domain::Value, 2> key{domain::Value{}, fields.name};
  const std::array<Field, 8> values{std::move(fields.kind),
                                    std::move(fields.community_id),
                                    std::move(fields.address),
                                    std::move(fields.contact),
                                    std::move(fields.phone),
                                    std::move(fields.key_taxpayer),
                                    std::move(fields.registration_date),
                                    std::move(fields.extra)};
  return upsert_audited(m_context, m_by_name, "organisation", fields.name, key, values);
}

} // namespace dongmao::store
