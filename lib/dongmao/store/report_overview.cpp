#include <dongmao/db/statement.hpp>
#include <dongmao/store/report_queries.hpp>

#include <map>

namespace dongmao::store {

namespace {

std::int64_t count_rows(db::Connection& db, const char* sql)
{
  db::Statement query(db, sql);
  query.step();
  return query.column_int64(0);
}

} // namespace

figures::OverviewFigures overview(db::Connection& db)
{
  figures::OverviewFigures result;
  auto& rows = result.communities;
  auto& total = result.total;
  std::map<std::int64_t, std::size_t> index;
  db::Statement communities(db, "SELECT id, name FROM community ORDER BY IFNULL(code, name), id");
  while (communities.step()) {
    index[communities.column_int64(0)] = rows.size();
    figures::Overview row;
    row.community = communities.column_text(1);
    rows.push_back(std::move(row));
  }
  // Residents and organisations are "no data" until their ledger was imported; from then on
  // every type counts, 0 included.
  if (count_rows(db, "SELECT EXISTS (SELECT 1 FROM person)") != 0) {
    result.population_source = figures::PopulationSource::persons;
  } else if (count_rows(db, "SELECT EXISTS (SELECT 1 FROM household WHERE members IS NOT NULL)") != 0) {
    result.population_source = figures::PopulationSource::household_members;
  }
  result.organisations_imported = count_rows(db, "SELECT EXISTS (SELECT 1 FROM organisation)") != 0;
  const auto each = [&](std::optional<std::int64_t> community, auto apply) {
    apply(total);
    if (community) {
      if (const auto it = index.find(*community); it != index.end()) {
        apply(rows[it->second]);
      }
    }
  };
  const auto start = [&](figures::Overview& o) {
    // Persons count as 0 where none live; a household without a member count is unknown.
    if (result.population_source == figures::PopulationSource::persons) {
      o.population = 0;
      o.residents = {{"registered", 0}, {"resident", 0}, {"floating", 0}};
    }
    if (result.organisations_imported) {
      o.organisations = {{"institution", 0}, {"market", 0}, {"enterprise", 0}, {"individual", 0}};
    }
  };
  start(total);
  for (auto& row : rows) {
    start(row);
  }
  db::Statement grids(db, "SELECT community_id, count(*) FROM grid GROUP BY community_id");
  while (grids.step()) {
    const auto n = grids.column_int64(1);
    each(grids.column_optional_int64(0), [&](figures::Overview& o) { o.grids += n; });
  }
  db::Statement households(db, "SELECT community_id, count(*), SUM(members) FROM household GROUP BY community_id");
  while (households.step()) {
    const auto n = households.column_int64(1);
    const auto members = households.column_optional_int64(2);
    const bool by_members = result.population_source == figures::PopulationSource::household_members;
    each(households.column_optional_int64(0), [&](figures::Overview& o) {
      o.households += n;
      if (by_members && members) {
        o.population = o.population.value_or(0) + *members;
      }
    });
  }
  if (result.population_source == figures::PopulationSource::persons) {
    db::Statement persons(db, "SELECT IFNULL(p.community_id, h.community_id), p.residence_type, count(*) FROM person p "
                              "LEFT JOIN household h ON h.id = p.household_id GROUP BY 1, 2");
    while (persons.step()) {
      const auto type = persons.column_optional_text(1);
      const auto n = persons.column_int64(2);
      each(persons.column_optional_int64(0), [&](figures::Overview& o) {
        *o.population += n;
        if (type) {
          o.residents[*type] += n;
        }
      });
    }
  }
  db::Statement organisations(db, "SELECT community_id, kind, count(*) FROM organisation GROUP BY 1, 2");
  while (organisations.step()) {
    const auto kind = organisations.column_text(1);
    const auto n = organisations.column_int64(2);
    each(organisations.column_optional_int64(0), [&](figures::Overview& o) { o.organisations[kind] += n; });
  }
  return result;
}

} // namespace dongmao::store
