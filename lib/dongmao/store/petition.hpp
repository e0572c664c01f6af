#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/petition/facts.hpp>
#include <dongmao/petition/households.hpp>
#include <dongmao/petition/incident.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/petition/rules.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// Reading petition cases (信访件), their petitioners and their history.
namespace dongmao::store {

// One petitioner of a case, as stored (ID and phone normalised, unmasked).
struct Petitioner
{
  std::string name;
  std::optional<std::string> id_number;
  std::optional<std::string> phone;
  bool representative = false;
};

// One petition case with the names of what it links to.
struct PetitionRecord
{
  std::int64_t id = 0;
  std::string case_no;
  petition::Channel channel = petition::Channel::visit;
  int people_count = 1;
  std::string category;
  std::optional<std::string> summary;
  std::optional<std::string> subject;             // the place or object of a dispute (信访对象)
  std::optional<petition::Households> households; // the households it concerns (涉及户数)
  std::optional<std::string> community;           // name
  std::optional<std::string> project_code;
  std::optional<std::string> project_name;
  std::optional<std::string> household; // 户编号
  std::optional<std::string> repeat_of; // the earlier case's number
  bool repeated = false;                // 重复访: marked so, or repeat_of set
  bool escalated = false;               // 越级: went above this level
  std::optional<std::string> assignee;
  std::optional<petition::LocalTime> reported_at;
  std::optional<petition::LocalTime> handled_at;
  petition::PetitionFacts facts;
};

// One step of a case's history.
struct PetitionEvent
{
  petition::Action action = petition::Action::register_case;
  domain::Date date;
  std::string operator_name;
  std::optional<std::string> note;   // the reason of a decline or extension, …
  std::optional<std::string> detail; // JSON with the step's figures, or "import"
  std::string recorded_at;
};

// Which cases `list_petitions` returns; every member left empty matches all.
struct PetitionFilter
{
  std::optional<petition::Status> status;
  bool open_only = false; // neither closed nor declined
  std::optional<petition::Channel> channel;
  std::vector<std::string> categories;  // any of these
  std::optional<std::string> community; // name or code, matched like import does
  std::optional<std::string> project;   // code or name
  std::optional<int> min_people;        // group cases: people_count at or above
  bool repeat_only = false;
  bool escalated_only = false;
  std::optional<domain::Date> received_from;
  std::optional<domain::Date> received_to;
};

// The case numbered `case_no`, or nullopt.
std::optional<PetitionRecord> find_petition(db::Connection& db, const std::string& case_no);

// The cases matching `filter`, by received date then case number. Throws DataError when
// the filter names an unknown community or project.
std::vector<PetitionRecord> list_petitions(db::Connection& db, const PetitionFilter& filter);

// The same cases, handed to `visit` one at a time, in the same order: a report that counts
// every case ever received holds one at a time.
void each_petition(db::Connection& db, const PetitionFilter& filter,
                   const std::function<void(PetitionRecord&&)>& visit);

// The cases the office owed a step on `day`: received by then and with a duty running, each
// as known on that day (steps dated later left out), by received date then case number.
// `petition overdue` and the report's open and overdue cases both come from here.
std::vector<PetitionRecord> petitions_open_on(db::Connection& db, const petition::PetitionRules& rules,
                                              domain::Date day);

// The petitioners of case `petition_id`, representatives first.
std::vector<Petitioner> petitioners_of(db::Connection& db, std::int64_t petition_id);

// The history of case `petition_id`, in the order it happened.
std::vector<PetitionEvent> events_of(db::Connection& db, std::int64_t petition_id);

// How many cases were received inside one sensitive period.
struct PeriodCount
{
  petition::SensitivePeriod period;
  int received = 0;
  int group = 0; // of which group cases
  int people = 0;
};

// Cases received inside each of `periods`, in their order.
std::vector<PeriodCount> count_in_periods(db::Connection& db, const std::vector<petition::SensitivePeriod>& periods,
                                          int group_threshold);

} // namespace dongmao::store
