#include <dongmao/store/report_queries.hpp>

#include <dongmao/db/statement.hpp>

#include <fmt/format.h>

#include <map>

namespace dongmao::store {

namespace {

std::string month_of(domain::Date date)
{
  return fmt::format("{:04}-{:02}", date.year, date.month);
}

} // namespace

std::vector<figures::MetricFigure> metric_figures(db::Connection& db, const figures::Period& period,
                                                  const figures::Period& previous)
{
  // Monthly values add up over the months a period touches; the year to date runs from
  // January of the period's last month.
  db::Statement query(db,
                      "SELECT i.name, IFNULL(i.unit, ''), IFNULL(c.name, ''), "
                      "  SUM(CASE WHEN m.month BETWEEN ?1 AND ?2 THEN m.value END), "
                      "  SUM(CASE WHEN m.month BETWEEN ?3 AND ?2 THEN m.value END), "
                      "  SUM(CASE WHEN m.month BETWEEN ?4 AND ?5 THEN m.value END) "
                      "FROM metric_value m JOIN indicator i ON i.id = m.indicator_id "
                      "LEFT JOIN community c ON c.id = m.community_id "
                      "GROUP BY i.id, m.community_id "
                      "HAVING SUM(CASE WHEN m.month BETWEEN ?1 AND ?2 THEN 1 END) > 0 "
                      "ORDER BY i.name, m.community_id IS NULL, IFNULL(c.code, c.name)");
  query.bind(1, month_of(period.from)).bind(2, month_of(period.to));
  query.bind(3, fmt::format("{:04}-01", period.to.year));
  query.bind(4, month_of(previous.from)).bind(5, month_of(previous.to));
  std::vector<figures::MetricFigure> rows;
  while (query.step()) {
    figures::MetricFigure f;
    f.indicator = query.column_text(0);
    f.unit = query.column_text(1);
    f.community = query.column_text(2);
    f.value = query.column_double(3);
    f.year_to_date = query.column_double(4);
    if (!query.is_null(5)) {
      f.previous = query.column_double(5);
    }
    rows.push_back(std::move(f));
  }
  // A total per indicator: the sub-district's own figure when given, else the communities' sum.
  std::vector<figures::MetricFigure> out;
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i;
    figures::MetricFigure total{rows[i].indicator, rows[i].unit, "", 0, 0, std::nullopt};
    bool has_own_total = false;
    for (; j < rows.size() && rows[j].indicator == rows[i].indicator; ++j) {
      if (rows[j].community.empty()) {
        total = rows[j];
        has_own_total = true;
      }
    }
    for (std::size_t k = i; k < j; ++k) {
      if (rows[k].community.empty()) {
        continue;
      }
      if (!has_own_total) {
        total.value += rows[k].value;
        total.year_to_date += rows[k].year_to_date;
        if (rows[k].previous) {
          total.previous = total.previous.value_or(0) + *rows[k].previous;
        }
      }
      out.push_back(rows[k]);
    }
    out.push_back(total);
    i = j;
  }
  return out;
}

} // namespace dongmao::store
