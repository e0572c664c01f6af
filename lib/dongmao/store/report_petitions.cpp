#include <dongmao/store/report_queries.hpp>

#include <dongmao/db/statement.hpp>
#include <dongmao/petition/days.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace dongmao::store {

namespace {

// The end of a period of `days` from `iso`, counted as the petition rules count (calendar or
// working days): acceptance notice 15 days from receipt, handling 60 (plus an approved
// extension) from acceptance, or from receipt when a ledger never recorded the acceptance.
std::string add(const std::string& iso, int days, const petition::PetitionRules& rules)
{
  const auto date = domain::parse_iso_date(iso);
  return date ? petition::period_end(*date, days, rules).iso() : iso;
}

void count_by(db::Connection& db, const char* sql, const figures::Period& period, std::map<std::string, std::int64_t>& out)
{
  db::Statement statement(db, sql);
  statement.bind(1, period.from.iso()).bind(2, period.to.iso());
  while (statement.step()) {
    out[statement.column_text(0)] = statement.column_int64(1);
  }
}

} // namespace

figures::PetitionFigures petition_figures(db::Connection& db, const figures::Period& period, domain::Date as_of,
                                          const petition::PetitionRules& rules)
{
  figures::PetitionFigures f;
  const auto from = period.from.iso();
  const auto to = period.to.iso();
  for (const char* channel : {"online", "letter", "visit", "phone"}) {
    f.by_channel[channel] = 0;
  }
  {
    db::Statement totals(db, "SELECT count(*), "
                             "  IFNULL(SUM(people_count >= ?3), 0), IFNULL(SUM(CASE WHEN people_count >= ?3 THEN people_count END), 0), "
                             "  IFNULL(SUM(repeat_of IS NOT NULL), 0), IFNULL(SUM(escalated), 0) "
                             "FROM petition WHERE received_date BETWEEN ?1 AND ?2");
    totals.bind(1, from).bind(2, to).bind(3, rules.group_threshold);
    totals.step();
    f.received = totals.column_int64(0);
    f.group = totals.column_int64(1);
    f.group_people = totals.column_int64(2);
    f.repeat = totals.column_int64(3);
    f.escalated = totals.column_int64(4);
  }
  count_by(db, "SELECT channel, count(*) FROM petition WHERE received_date BETWEEN ? AND ? GROUP BY 1", period,
           f.by_channel);
  count_by(db, "SELECT category, count(*) FROM petition WHERE received_date BETWEEN ? AND ? GROUP BY 1", period,
           f.by_category);
  count_by(db, "SELECT IFNULL(c.name, ''), count(*) FROM petition p LEFT JOIN community c ON c.id = p.community_id "
               "WHERE p.received_date BETWEEN ? AND ? GROUP BY 1",
           period, f.by_community);

  db::Statement accepted(db, "SELECT count(*) FROM petition WHERE accepted_date BETWEEN ? AND ?");
  accepted.bind(1, from).bind(2, to);
  accepted.step();
  f.accepted = accepted.column_int64(0);

  // Handled = answered (答复), or closed (办结) when the ledger records no separate answer.
  db::Statement answered(db, "SELECT COALESCE(answered_date, closed_date), accepted_date, received_date, extension_days "
                             "FROM petition WHERE COALESCE(answered_date, closed_date) BETWEEN ? AND ? "
                             "AND status != 'declined'");
  answered.bind(1, from).bind(2, to);
  while (answered.step()) {
    ++f.answered;
    const auto start = answered.column_optional_text(1).value_or(answered.column_text(2));
    const auto due = add(start, rules.handling_days + static_cast<int>(answered.column_int64(3)), rules);
    if (answered.column_text(0) <= due) {
      ++f.on_time;
    } else {
      ++f.late;
    }
  }

  // Open at the end of the period: received by then, and not yet answered, declined or closed.
  const auto end = std::min(period.to, as_of).iso();
  db::Statement open(db, "SELECT p.case_no, p.category, IFNULL(c.name, ''), p.received_date, p.accepted_date, p.extension_days "
                         "FROM petition p LEFT JOIN community c ON c.id = p.community_id "
                         "WHERE p.received_date <= ?1 AND (p.answered_date IS NULL OR p.answered_date > ?1) "
                         "  AND (p.closed_date IS NULL OR p.closed_date > ?1) AND p.status != 'declined' "
                         "ORDER BY p.received_date, p.case_no");
  open.bind(1, end);
  while (open.step()) {
    ++f.open;
    figures::OverdueCase c{open.column_text(0), open.column_text(1), open.column_text(2), "", "", 0};
    const auto accepted_date = open.column_optional_text(4);
    if (!accepted_date) {
      c.deadline = "acceptance";
      c.due = add(open.column_text(3), rules.acceptance_days, rules);
    } else {
      c.deadline = "handling";
      c.due = add(*accepted_date, rules.handling_days + static_cast<int>(open.column_int64(5)), rules);
    }
    if (c.due < end) {
      c.days_overdue = domain::days_between(*domain::parse_iso_date(c.due), *domain::parse_iso_date(end));
      ++f.overdue;
      f.overdue_cases.push_back(std::move(c));
    }
  }

  db::Statement sensitive(db, "SELECT count(*) FROM petition WHERE received_date BETWEEN ? AND ?");
  for (const auto& p : rules.sensitive_periods) {
    const auto lo = std::max(p.from, period.from);
    const auto hi = std::min(p.to, period.to);
    figures::SensitiveCount count{p.name, p.from.iso(), p.to.iso(), 0};
    if (!(hi < lo)) {
      sensitive.reset();
      sensitive.bind(1, lo.iso()).bind(2, hi.iso());
      sensitive.step();
      count.received = sensitive.column_int64(0);
    }
    f.in_sensitive_periods.push_back(count);
  }

  db::Statement incidents(db, "SELECT case_no, category, "
                              "  (julianday(handled_at) - julianday(reported_at)) * 24.0 "
                              "FROM petition WHERE received_date BETWEEN ? AND ? ORDER BY received_date, case_no");
  incidents.bind(1, from).bind(2, to);
  while (incidents.step()) {
    const auto category = incidents.column_text(1);
    if (std::find(rules.urgent_categories.begin(), rules.urgent_categories.end(), category) ==
        rules.urgent_categories.end()) {
      continue;
    }
    figures::Incident incident{incidents.column_text(0), category, std::nullopt};
    if (!incidents.is_null(2)) {
      // julianday differences carry float noise: 9.4999999925 hours is 9.5.
      incident.hours = std::round(incidents.column_double(2) * 100.0) / 100.0;
    }
    f.incidents.push_back(std::move(incident));
  }
  domain::YearMonth month{period.to.year, period.to.month};
  std::vector<domain::YearMonth> months;
  for (int i = 0; i < 12; ++i) {
    months.insert(months.begin(), month);
    month = month.previous();
  }
  db::Statement per_month(db, "SELECT substr(received_date, 1, 7), count(*) FROM petition "
                              "WHERE received_date BETWEEN ? AND ? GROUP BY 1");
  per_month.bind(1, months.front().first_day().iso()).bind(2, months.back().last_day().iso());
  std::map<std::string, std::int64_t> counts;
  while (per_month.step()) {
    counts[per_month.column_text(0)] = per_month.column_int64(1);
  }
  for (const auto& m : months) {
    f.per_month.emplace_back(m.iso(), counts.count(m.iso()) ? counts[m.iso()] : 0);
  }
  return f;
}

} // namespace dongmao::store
