#include <dongmao/db/statement.hpp>
#include <dongmao/error.hpp>
#include <dongmao/petition/on_day.hpp>
#include <dongmao/store/petition.hpp>
#include <dongmao/store/references.hpp>
#include <dongmao/text/petition.hpp>

namespace dongmao::store {

namespace {

// Every column a PetitionRecord is read from, in the order read_record expects.
constexpr const char* k_select = R"sql(
SELECT p.id, p.case_no, p.received_date, p.channel, p.people_count, p.category, p.summary,
       c.name, pr.code, pr.name, h.code, r.case_no, p.escalated, p.assignee, p.reported_at, p.handled_at,
       p.status, p.accepted_date, p.declined_date, p.extension_days, p.answered_date, p.outcome,
       p.review_requested_date, p.review_answered_date, p.review_outcome,
       p.recheck_requested_date, p.recheck_answered_date, p.recheck_outcome, p.closed_date,
       (SELECT max(e.event_date) FROM petition_event e WHERE e.petition_id = p.id),
       p.repeat_of IS NOT NULL OR p.repeated = 1, p.subject, p.households, p.households_approx
FROM petition p
LEFT JOIN community c ON c.id = p.community_id
LEFT JOIN project pr ON pr.id = p.project_id
LEFT JOIN household h ON h.id = p.household_id
LEFT JOIN petition r ON r.id = p.repeat_of
)sql";

// The database holds only what dongmao wrote, but a hand-edited file should fail loudly.
[[noreturn]] void corrupt(const std::string& case_no, const char* column, const std::string& value)
{
  throw DataError(text::format(text::k_case_corrupt, case_no, column, value));
}

std::optional<domain::Date> date_column(const db::Statement& row, int index, const std::string& case_no,
                                        const char* column)
{
  const auto text = row.column_optional_text(index);
  if (!text) {
    return std::nullopt;
  }
  const auto date = domain::parse_iso_date(*text);
  if (!date) {
    corrupt(case_no, column, *text);
  }
  return date;
}

std::optional<petition::Outcome> outcome_column(const db::Statement& row, int index, const std::string& case_no,
                                                const char* column)
{
  const auto text = row.column_optional_text(index);
  if (!text) {
    return std::nullopt;
  }
  const auto outcome = petition::parse_outcome(*text);
  if (!outcome) {
    corrupt(case_no, column, *text);
  }
  return outcome;
}

std::optional<petition::LocalTime> time_column(const db::Statement& row, int index, const std::string& case_no,
                                               const char* column)
{
  const auto text = row.column_optional_text(index);
  if (!text) {
    return std::nullopt;
  }
  const auto time = petition::parse_local_time(*text);
  if (!time) {
    corrupt(case_no, column, *text);
  }
  return time;
}

PetitionRecord read_record(const db::Statement& row)
{
  PetitionRecord record;
  record.id = row.column_int64(0);
  record.case_no = row.column_text(1);
  const auto& key = record.case_no;
  const auto received = date_column(row, 2, key, "received_date");
  if (!received) {
    corrupt(key, "received_date", "");
  }
  const auto channel = petition::parse_channel(row.column_text(3));
  if (!channel) {
    corrupt(key, "channel", row.column_text(3));
  }
  record.channel = *channel;
  record.people_count = static_cast<int>(row.column_int64(4));
  record.category = row.column_text(5);
  record.summary = row.column_optional_text(6);
  record.community = row.column_optional_text(7);
  record.project_code = row.column_optional_text(8);
  record.project_name = row.column_optional_text(9);
  record.household = row.column_optional_text(10);
  record.repeat_of = row.column_optional_text(11);
  record.escalated = row.column_int64(12) != 0;
  record.assignee = row.column_optional_text(13);
  record.reported_at = time_column(row, 14, key, "reported_at");
  record.handled_at = time_column(row, 15, key, "handled_at");
  record.subject = row.column_optional_text(31);
  if (const auto households = row.column_optional_int64(32)) {
    record.households = petition::Households{*households, row.column_int64(33) == 1};
  }

  auto& facts = record.facts;
  const auto status = petition::parse_status(row.column_text(16));
  if (!status) {
    corrupt(key, "status", row.column_text(16));
  }
  facts.status = *status;
  facts.received = *received;
  facts.accepted = date_column(row, 17, key, "accepted_date");
  facts.declined = date_column(row, 18, key, "declined_date");
  facts.extension_days = static_cast<int>(row.column_int64(19));
  facts.answered = date_column(row, 20, key, "answered_date");
  facts.outcome = outcome_column(row, 21, key, "outcome");
  facts.review_requested = date_column(row, 22, key, "review_requested_date");
  facts.review_answered = date_column(row, 23, key, "review_answered_date");
  facts.review_outcome = outcome_column(row, 24, key, "review_outcome");
  facts.recheck_requested = date_column(row, 25, key, "recheck_requested_date");
  facts.recheck_answered = date_column(row, 26, key, "recheck_answered_date");
  facts.recheck_outcome = outcome_column(row, 27, key, "recheck_outcome");
  facts.closed = date_column(row, 28, key, "closed_date");
  facts.latest_event = date_column(row, 29, key, "event_date");
  record.repeated = row.column_int64(30) != 0;
  return record;
}

std::int64_t resolve(References& references, const std::string& text, bool community)
{
  try {
    return community ? references.community(text) : references.project(text);
  } catch (const ReferenceError& error) {
    throw DataError(error.what());
  }
}

} // namespace

std::optional<PetitionRecord> find_petition(db::Connection& db, const std::string& case_no)
{
  db::Statement select(db, std::string(k_select) + "WHERE p.case_no = ?");
  select.bind(1, case_no);
  if (!select.step()) {
    return std::nullopt;
  }
  return read_record(select);
}

std::vector<PetitionRecord> list_petitions(db::Connection& db, const PetitionFilter& filter)
{
  std::vector<PetitionRecord> records;
  each_petition(db, filter, [&](PetitionRecord&& record) { records.push_back(std::move(record)); });
  return records;
}

void each_petition(db::Connection& db, const PetitionFilter& filter, const std::function<void(PetitionRecord&&)>& visit)
{
  // The conditions are fixed text; only their values come from the user, as parameters.
  std::string where = "WHERE 1";
  std::vector<domain::Value> values;
  const auto add = [&](const char* condition, domain::Value value) {
    where += condition;
    values.push_back(std::move(value));
  };
  if (filter.status) {
    add(" AND p.status = ?", domain::Value{petition::code(*filter.status)});
  }
  if (filter.open_only) {
    where += " AND p.status NOT IN ('closed', 'declined')";
  }
  if (filter.channel) {
    add(" AND p.channel = ?", domain::Value{petition::code(*filter.channel)});
  }
  if (!filter.categories.empty()) {
    where += " AND p.category IN (";
    for (std::size_t i = 0; i < filter.categories.size(); ++i) {
      where += i ? ", ?" : "?";
      values.push_back(domain::Value{filter.categories[i]});
    }
    where += ")";
  }
  if (filter.community || filter.project) {
    References references(db, false, "");
    if (filter.community) {
      add(" AND p.community_id = ?", domain::Value{resolve(references, *filter.community, true)});
    }
    if (filter.project) {
      add(" AND p.project_id = ?", domain::Value{resolve(references, *filter.project, false)});
    }
  }
  if (filter.min_people) {
    add(" AND p.people_count >= ?", domain::Value{std::int64_t{*filter.min_people}});
  }
  if (filter.repeat_only) {
    where += " AND (p.repeat_of IS NOT NULL OR p.repeated = 1)";
  }
  if (filter.escalated_only) {
    where += " AND p.escalated = 1";
  }
  if (filter.received_from) {
    add(" AND p.received_date >= ?", domain::Value{filter.received_from->iso()});
  }
  if (filter.received_to) {
    add(" AND p.received_date <= ?", domain::Value{filter.received_to->iso()});
  }
  db::Statement select(db, std::string(k_select) + where + " ORDER BY p.received_date, p.case_no");
  for (std::size_t i = 0; i < values.size(); ++i) {
    select.bind(static_cast<int>(i + 1), values[i]);
  }
  while (select.step()) {
    visit(read_record(select));
  }
}

std::vector<PetitionRecord> petitions_open_on(db::Connection& db, const petition::PetitionRules& rules,
                                              domain::Date day)
{
  // Closing ends every duty, so a case closed by `day` owes nothing; the rest is decided by
  // the deadline rules on the facts known that day.
  db::Statement select(db, std::string(k_select) + "WHERE p.received_date <= ?1 AND (p.closed_date IS NULL OR "
                                                   "p.closed_date > ?1) ORDER BY p.received_date, p.case_no");
  select.bind(1, day.iso());
  std::vector<PetitionRecord> records;
  while (select.step()) {
    auto record = read_record(select);
    // An urgent incident (非正常死亡 …) runs on its own clock, from report to handling
    // (`petition incidents`), not on the acceptance and handling deadlines of a petition.
    if (petition::is_urgent(record.category, rules)) {
      continue;
    }
    if (petition::open_duty_on(record.facts, rules, day)) {
      record.facts = petition::known_on(record.facts, day);
      records.push_back(std::move(record));
    }
  }
  return records;
}

std::vector<Petitioner> petitioners_of(db::Connection& db, std::int64_t petition_id)
{
  db::Statement select(db, "SELECT name, id_number, phone, is_representative FROM petitioner "
                           "WHERE petition_id = ? ORDER BY is_representative DESC, id");
  select.bind(1, petition_id);
  std::vector<Petitioner> petitioners;
  while (select.step()) {
    petitioners.push_back(Petitioner{select.column_text(0), select.column_optional_text(1),
                                     select.column_optional_text(2), select.column_int64(3) != 0});
  }
  return petitioners;
}

std::vector<PetitionEvent> events_of(db::Connection& db, std::int64_t petition_id)
{
  db::Statement select(db, "SELECT action, event_date, operator, note, detail, recorded_at FROM petition_event "
                           "WHERE petition_id = ? ORDER BY event_date, id");
  select.bind(1, petition_id);
  std::vector<PetitionEvent> events;
  while (select.step()) {
    PetitionEvent event;
    const auto action = petition::parse_action(select.column_text(0));
    const auto date = domain::parse_iso_date(select.column_text(1));
    if (!action || !date) {
      throw DataError(text::format(text::k_event_corrupt, select.column_text(0), select.column_text(1)));
    }
    event.action = *action;
    event.date = *date;
    event.operator_name = select.column_text(2);
    event.note = select.column_optional_text(3);
    event.detail = select.column_optional_text(4);
    event.recorded_at = select.column_text(5);
    events.push_back(std::move(event));
  }
  return events;
}

std::vector<PeriodCount> count_in_periods(db::Connection& db, const std::vector<petition::SensitivePeriod>& periods,
                                          int group_threshold)
{
  db::Statement count(db, "SELECT count(*), IFNULL(sum(people_count >= ?), 0), IFNULL(sum(people_count), 0) "
                          "FROM petition WHERE received_date BETWEEN ? AND ?");
  std::vector<PeriodCount> counts;
  for (const auto& period : periods) {
    count.reset();
    count.bind(1, group_threshold).bind(2, period.from.iso()).bind(3, period.to.iso());
    count.step();
    counts.push_back(PeriodCount{period, static_cast<int>(count.column_int64(0)),
                                 static_cast<int>(count.column_int64(1)), static_cast<int>(count.column_int64(2))});
  }
  return counts;
}

} // namespace dongmao::store
