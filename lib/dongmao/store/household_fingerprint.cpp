#include <dongmao/store/household_fingerprint.hpp>

namespace dongmao::store {

HouseholdFingerprints::HouseholdFingerprints(const std::filesystem::path& path)
  : m_db(path, db::OpenMode::read_only),
    m_select(m_db, "SELECT id, import_fp FROM household WHERE import_fp IS NOT NULL ORDER BY id")
{
}

std::unique_ptr<HouseholdFingerprints> HouseholdFingerprints::open(const std::filesystem::path& path)
{
  std::unique_ptr<HouseholdFingerprints> rows(new HouseholdFingerprints(path));
  // The first step starts the read: from here on, the import's writes are not seen.
  if (!rows->m_select.step()) {
    return nullptr;
  }
  rows->m_stepped = true;
  return rows;
}

std::optional<HouseholdFingerprint> HouseholdFingerprints::next()
{
  if (m_done) {
    return std::nullopt;
  }
  if (!m_stepped && !m_select.step()) {
    m_done = true;
    return std::nullopt;
  }
  m_stepped = false;
  return HouseholdFingerprint{m_select.column_int64(0), static_cast<std::uint64_t>(m_select.column_int64(1))};
}

std::string household_code(db::Connection& db, std::int64_t id)
{
  db::Statement select(db, "SELECT code FROM household WHERE id = ?1");
  select.bind(1, id);
  return select.step() ? select.column_text(0) : std::string();
}

} // namespace dongmao::store
