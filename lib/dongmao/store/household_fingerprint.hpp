#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/db/statement.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

// The fingerprints a households import left on the households it wrote (migration 0010).
namespace dongmao::store {

// One household and the fingerprint of the ledger row that last wrote it.
struct HouseholdFingerprint
{
  std::int64_t id = 0;
  std::uint64_t fingerprint = 0;
};

// The households that hold a fingerprint, in id order (the order a first import inserted
// them), read on a connection of its own, so from another thread than the import's, and
// from the workspace as it was before the import began.
class HouseholdFingerprints
{
public:
  // Opens the workspace database `path`; nullptr when no household holds a fingerprint.
  static std::unique_ptr<HouseholdFingerprints> open(const std::filesystem::path& path);

  // The next household; nullopt after the last.
  std::optional<HouseholdFingerprint> next();

private:
  explicit HouseholdFingerprints(const std::filesystem::path& path);

  db::Connection m_db;
  db::Statement m_select;
  bool m_stepped = false; // the first row was stepped to by open()
  bool m_done = false;
};

// The code of household `id`, or "" when there is none.
std::string household_code(db::Connection& db, std::int64_t id);

} // namespace dongmao::store
