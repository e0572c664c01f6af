#include <dongmao/store/report_queries.hpp>

#include <dongmao/db/statement.hpp>

#include <map>

namespace dongmao::store {

std::vector<figures::Overview> overview(db::Connection& db)
{
  std::vector<figures::Overview> rows;
  std::map<std::int64_t, std::size_t> index;
  db::Statement communities(db, "SELECT id, name FROM community ORDER BY IFNULL(code, name), id");
  while (communities.step()) {
    index[communities.column_int64(0)] = rows.size();
    rows.push_back(figures::Overview{communities.column_text(1), 0, 0, {}, {}});
  }
  figures::Overview total;
  total.residents = {{"registered", 0}, {"resident", 0}, {"floating", 0}};
  total.organisations = {{"institution", 0}, {"market", 0}, {"enterprise", 0}, {"individual", 0}};
  for (auto& row : rows) {
    row.residents = total.residents;
    row.organisations = total.organisations;
  }
  const auto add = [&](std::optional<std::int64_t> community, auto member, const std::string& key, std::int64_t n) {
    auto apply = [&](figures::Overview& o) {
      if constexpr (std::is_same_v<decltype(member), std::int64_t figures::Overview::*>) {
        o.*member += n;
      } else {
        (o.*member)[key] += n;
      }
    };
    apply(total);
    if (community) {
      if (const auto it = index.find(*community); it != index.end()) {
        apply(rows[it->second]);
      }
    }
  };
  db::Statement grids(db, "SELECT community_id, count(*) FROM grid GROUP BY community_id");
  while (grids.step()) {
    add(grids.column_optional_int64(0), &figures::Overview::grids, "", grids.column_int64(1));
  }
  db::Statement households(db, "SELECT community_id, count(*) FROM household GROUP BY community_id");
  while (households.step()) {
    add(households.column_optional_int64(0), &figures::Overview::households, "", households.column_int64(1));
  }
  db::Statement persons(db, "SELECT IFNULL(p.community_id, h.community_id), p.residence_type, count(*) FROM person p "
                            "LEFT JOIN household h ON h.id = p.household_id "
                            "WHERE p.residence_type IS NOT NULL GROUP BY 1, 2");
  while (persons.step()) {
    add(persons.column_optional_int64(0), &figures::Overview::residents, persons.column_text(1), persons.column_int64(2));
  }
  db::Statement organisations(db, "SELECT community_id, kind, count(*) FROM organisation GROUP BY 1, 2");
  while (organisations.step()) {
    add(organisations.column_optional_int64(0), &figures::Overview::organisations, organisations.column_text(1),
        organisations.column_int64(2));
  }
  rows.push_back(std::move(total));
  return rows;
}

} // namespace dongmao::store
