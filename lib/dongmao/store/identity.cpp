#include <dongmao/domain/reference.hpp>
#include <dongmao/store/identity.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace dongmao::store {

namespace {

// Whether `code` is PREFIX-digits; its number then.
std::optional<std::int64_t> sequence_number(const std::string& code, const std::string& prefix)
{
  if (code.size() <= prefix.size() + 1 || !code.starts_with(prefix + "-")) {
    return std::nullopt;
  }
  const auto digits = code.substr(prefix.size() + 1);
  if (digits.size() > 12 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoll(digits);
}

// The highest number of the codes PREFIX-NNN in `table` (household or project), 0 for none.
std::int64_t last_number(db::Connection& db, const char* table, const std::string& prefix)
{
  // Codes PREFIX-… sort between PREFIX- and PREFIX. (the character after '-').
  db::Statement codes(db, fmt::format("SELECT code FROM {} WHERE code >= ? AND code < ?", table));
  codes.bind(1, prefix + "-").bind(2, prefix + ".");
  std::int64_t last = 0;
  while (codes.step()) {
    if (const auto number = sequence_number(codes.column_text(0), prefix)) {
      last = std::max(last, *number);
    }
  }
  return last;
}

} // namespace

HouseholdIdentities::HouseholdIdentities(db::Connection& db)
  : m_db(db),
    m_by_id_number(db, "SELECT id, code FROM household WHERE head_id_number = ? AND code <> ? ORDER BY id"),
    m_id_number_of(db, "SELECT head_id_number FROM household WHERE code = ?")
{
}

bool HouseholdIdentities::has_id_number(const std::string& code, const std::string& id_number)
{
  m_id_number_of.reset();
  m_id_number_of.bind(1, code);
  return m_id_number_of.step() && !m_id_number_of.is_null(0) && m_id_number_of.column_text(0) == id_number;
}

std::optional<KnownHousehold> HouseholdIdentities::by_id_number(const std::string& id_number, const std::string& except)
{
  m_by_id_number.reset();
  m_by_id_number.bind(1, id_number).bind(2, except);
  if (!m_by_id_number.step()) {
    return std::nullopt;
  }
  return KnownHousehold{m_by_id_number.column_int64(0), m_by_id_number.column_text(1)};
}

std::vector<SharedIdNumber> later_holders_of_id_numbers(db::Connection& db)
{
  db::Statement later(db, R"(
    SELECT h.id, h.code, f.code
    FROM household h
    JOIN household f ON f.id = (SELECT min(id) FROM household WHERE head_id_number = h.head_id_number)
    WHERE h.head_id_number IN (SELECT head_id_number FROM household WHERE head_id_number IS NOT NULL
                               GROUP BY head_id_number HAVING count(*) > 1)
      AND h.id <> f.id
    ORDER BY h.id)");
  std::vector<SharedIdNumber> found;
  while (later.step()) {
    found.push_back(SharedIdNumber{later.column_int64(0), later.column_text(1), later.column_text(2)});
  }
  return found;
}

std::vector<KnownHousehold> HouseholdIdentities::by_address(std::int64_t project_id, const std::string& key)
{
  auto [homes, fresh] = m_homes.try_emplace(project_id);
  if (fresh) {
    db::Statement enrolled(m_db, "SELECT h.id, h.code, h.address FROM enrollment e JOIN household h ON h.id = "
                                 "e.household_id WHERE e.project_id = ? AND h.address IS NOT NULL ORDER BY h.id");
    enrolled.bind(1, project_id);
    while (enrolled.step()) {
      const auto home_key = domain::address_key(enrolled.column_text(2));
      homes->second.push_back(
        Home{home_key, domain::address_tail(home_key), {enrolled.column_int64(0), enrolled.column_text(1)}});
    }
  }
  const auto tail = domain::address_tail(key);
  const bool bare = tail == key;
  std::vector<KnownHousehold> found;
  for (const auto& home : homes->second) {
    if (home.key == key || ((bare || home.tail == home.key) && home.tail == tail)) {
      found.push_back(home.household);
    }
  }
  return found;
}

void HouseholdIdentities::add_address(std::int64_t project_id, const std::string& key, const KnownHousehold& household)
{
  by_address(project_id, key); // loads the project's homes first
  m_homes[project_id].push_back(Home{key, domain::address_tail(key), household});
}

std::string HouseholdIdentities::next_code(const std::string& prefix)
{
  auto [last, fresh] = m_last_number.try_emplace(prefix, 0);
  if (fresh) {
    last->second = last_number(m_db, "household", prefix);
  }
  return fmt::format("{}-{:03}", prefix, ++last->second);
}

std::string next_project_code(db::Connection& db)
{
  return fmt::format("P-{:03}", last_number(db, "project", "P") + 1);
}

} // namespace dongmao::store
