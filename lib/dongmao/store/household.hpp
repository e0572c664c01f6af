#pragma once

#include <dongmao/db/statement.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/project/stage.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// Households that reached `stage` (signed, vacated, demolished) on a date inside a range, as
// project::stage_reached_on dates it: for signed, the signing in force that signed_in_period
// counts, whatever the household's stage now (vacated and demolished included).
struct StageDateRange
{
  project::Stage stage = project::Stage::signed_;
  std::optional<domain::Date> from; // inclusive; none: open
  std::optional<domain::Date> to;   // inclusive; none: open
};

// Which households a listing shows. Community, grid and project are names or codes as staff
// type them; stage and date filters apply to the project when given, else to any project.
struct HouseholdFilter
{
  std::optional<std::string> community;
  std::optional<std::string> grid;
  std::optional<std::string> project;
  std::optional<project::Stage> stage;
  std::vector<StageDateRange> dates;
  std::optional<std::string> search; // part of the head's name, the address or the code
};

// The order of a listing: one of household_sort_keys(), ties broken by code.
struct HouseholdOrder
{
  std::string key = "code";
  bool descending = false;
};

// The keys --sort accepts: code, name, address, community, grid, members, area, stage_date.
const std::vector<std::string>& household_sort_keys();

// One household as listed; the stage columns are filled when the filter names a project.
struct HouseholdRow
{
  std::int64_t id = 0;
  std::string code;
  std::optional<std::string> head_name;
  std::optional<std::string> head_id_number;
  std::optional<std::string> phone;
  std::optional<std::string> community;
  std::optional<std::string> grid;
  std::optional<std::string> address;
  std::optional<std::int64_t> members;
  std::optional<std::string> housing_type;
  std::optional<double> floor_area;
  std::optional<std::string> note;
  std::optional<project::Stage> stage;
  std::optional<std::string> stage_date;
  std::optional<std::string> consent;
};

// Steps through the households matching a filter straight from one statement, so a million
// rows stream in constant memory and the first arrives at once (in code order: the index).
class HouseholdCursor
{
public:
  // Resolves the filter's names (DataError naming the closest known one) and prepares the
  // query; `limit` caps the rows.
  HouseholdCursor(db::Connection& db, const HouseholdFilter& filter, const HouseholdOrder& order,
                  std::optional<std::int64_t> limit = std::nullopt);

  // Reads the next household into `row`; false when there are no more.
  bool next(HouseholdRow& row);

  // Whether rows carry a project's stage columns.
  bool with_project() const noexcept { return m_with_project; }

private:
  // Whether the household of the current row meets every date range.
  bool dates_match(std::int64_t household_id);

  bool m_with_project = false;
  std::optional<db::Statement> m_statement;
  std::vector<StageDateRange> m_dates;
  std::optional<db::Statement> m_events; // a household's enrollments and their events, for m_dates
  std::optional<std::int64_t> m_limit;   // applied here when m_dates filters after the query
  std::int64_t m_returned = 0;
};

// The household columns of a query over `household h` left-joined to `community c` and
// `grid g`, in the order read_household reads them (12 columns).
extern const char* const k_household_columns;

// Reads the k_household_columns of the current row into `row` (its stage columns untouched).
void read_household(const db::Statement& statement, HouseholdRow& row);

// The id of the household with `code`, or nullopt.
std::optional<std::int64_t> find_household(db::Connection& db, const std::string& code);

// The id of the household with `code`; DataError "unknown household" otherwise.
std::int64_t require_household(db::Connection& db, const std::string& code);

// The name of the community a household belongs to, if any.
std::optional<std::string> household_community(db::Connection& db, const std::string& code);

} // namespace dongmao::store
