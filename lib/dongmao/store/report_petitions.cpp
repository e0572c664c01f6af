#include <dongmao/db/statement.hpp>
#include <dongmao/petition/on_day.hpp>
#include <dongmao/store/petition.hpp>
#include <dongmao/store/report_queries.hpp>

#include <algorithm>
#include <map>

namespace dongmao::store {

namespace {

void count_by(db::Connection& db, const char* sql, const figures::Period& period,
              std::map<std::string, std::int64_t>& out)
{
  db::Statement statement(db, sql);
  statement.bind(1, period.from.iso()).bind(2, period.to.iso());
  while (statement.step()) {
    out[statement.column_text(0)] = statement.column_int64(1);
  }
}

bool inside(const std::optional<domain::Date>& date, const figures::Period& period)
{
  return date && period.from <= *date && *date <= period.to;
}

// Answers, closings and urgent incidents of the period, from the deadline rules every
// petition command uses.
void count_steps(db::Connection& db, const figures::Period& period, domain::Date as_of,
                 const petition::PetitionRules& rules, figures::PetitionFigures& f)
{
  PetitionFilter filter;
  filter.received_to = period.to;
  each_petition(db, filter, [&](PetitionRecord&& record) {
    const auto& facts = record.facts;
    const auto deadlines = petition::compute_deadlines(facts, rules);
    const auto* handling = deadlines.find(petition::DeadlineKind::handling);
    if (handling && inside(handling->done, period)) {
      ++f.answered;
      ++(petition::standing(*handling, period.to) == petition::Standing::on_time ? f.on_time : f.late);
    }
    if (inside(facts.closed, period)) {
      ++f.closed;
    }
    if (period.from <= facts.received && petition::is_urgent(record.category, rules)) {
      figures::Incident incident{record.case_no, record.category,
                                 petition::incident_handled_on(facts, record.handled_at, as_of), std::nullopt};
      if (incident.handled && record.reported_at && record.handled_at) {
        incident.hours = petition::rounded_hours(petition::minutes_between(*record.reported_at, *record.handled_at));
      }
      f.incidents.push_back(std::move(incident));
    }
  });
}

// The cases received or handled (accepted, answered, closed) in the period that concern at
// least `dispute_households` households or are group cases, in the order received.
void list_disputes(db::Connection& db, const figures::Period& period, const petition::PetitionRules& rules,
                   figures::PetitionFigures& f)
{
  db::Statement disputes(
    db, "SELECT case_no, IFNULL(subject, ''), category, households, households_approx, people_count, status "
        "FROM petition WHERE (households >= ?3 OR people_count >= ?4) AND (received_date BETWEEN ?1 AND ?2 "
        "  OR accepted_date BETWEEN ?1 AND ?2 OR answered_date BETWEEN ?1 AND ?2 OR closed_date BETWEEN ?1 AND ?2) "
        "ORDER BY received_date, case_no");
  disputes.bind(1, period.from.iso()).bind(2, period.to.iso()).bind(3, rules.dispute_households);
  disputes.bind(4, rules.group_threshold);
  while (disputes.step()) {
    figures::Dispute dispute{disputes.column_text(0),
                             disputes.column_text(1),
                             disputes.column_text(2),
                             disputes.column_optional_int64(3),
                             disputes.column_int64(4) == 1,
                             disputes.column_int64(5),
                             "open"};
    const auto status = disputes.column_text(6);
    // A declined case has no duty left, as a closed one.
    if (status == "closed" || status == "declined") {
      dispute.status = "closed";
    } else if (status == "answered") {
      dispute.status = "answered";
    }
    f.disputes.push_back(std::move(dispute));
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
    db::Statement totals(
      db, "SELECT count(*), "
          "  IFNULL(SUM(people_count >= ?3), 0), IFNULL(SUM(CASE WHEN people_count >= ?3 THEN people_count END), 0), "
          "  IFNULL(SUM(repeat_of IS NOT NULL OR repeated = 1), 0), IFNULL(SUM(escalated), 0) "
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
  count_by(db,
           "SELECT IFNULL(c.name, ''), count(*) FROM petition p LEFT JOIN community c ON c.id = p.community_id "
           "WHERE p.received_date BETWEEN ? AND ? GROUP BY 1",
           period, f.by_community);

  db::Statement accepted(db, "SELECT count(*) FROM petition WHERE accepted_date BETWEEN ? AND ?");
  accepted.bind(1, from).bind(2, to);
  accepted.step();
  f.accepted = accepted.column_int64(0);

  count_steps(db, period, as_of, rules, f);
  list_disputes(db, period, rules, f);

  // Open and overdue exactly as `petition overdue --today` lists them on that day.
  const auto end = std::min(period.to, as_of);
  for (const auto& record : petitions_open_on(db, rules, end)) {
    ++f.open;
    const auto duty = petition::open_duty_on(record.facts, rules, end);
    if (duty && petition::overdue_on(*duty, end)) {
      ++f.overdue;
      f.overdue_cases.push_back(figures::OverdueCase{record.case_no, record.category, record.community.value_or(""),
                                                     petition::code(duty->kind), duty->due.iso(),
                                                     domain::days_between(duty->due, end)});
    }
  }

  // Only the sensitive periods this report overlaps, counted over the days they share.
  std::vector<const petition::SensitivePeriod*> overlapping;
  std::vector<petition::SensitivePeriod> shared;
  for (const auto& p : rules.sensitive_periods) {
    const auto lo = std::max(p.from, period.from);
    const auto hi = std::min(p.to, period.to);
    if (!(hi < lo)) {
      overlapping.push_back(&p);
      shared.push_back(petition::SensitivePeriod{p.name, lo, hi});
    }
  }
  const auto in_periods = count_in_periods(db, shared, rules.group_threshold);
  for (std::size_t i = 0; i < in_periods.size(); ++i) {
    const auto& p = *overlapping[i];
    f.in_sensitive_periods.push_back(figures::SensitiveCount{p.name, p.from.iso(), p.to.iso(), in_periods[i].received});
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
