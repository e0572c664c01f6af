#pragma once

#include <dongmao/db/connection.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace dongmao::store {

// Who records an event, when, and from which import run.
struct EventSource
{
  std::string operator_name;
  std::string now;
  std::optional<std::int64_t> import_run_id;
};

// Makes sure the enrollment has a `stage` event effective `date`. An event of that stage
// recorded by an earlier import with another date is corrected instead of duplicated.
// Returns true when something was written.
bool ensure_stage_event(db::Connection& db, std::int64_t enrollment_id, const std::string& stage,
                        const std::string& date, const EventSource& source);

// Makes sure the petition has an `action` event on `date`, correcting an earlier imported one.
// Returns true when something was written.
bool ensure_petition_event(db::Connection& db, std::int64_t petition_id, const std::string& action,
                           const std::string& date, const EventSource& source);

// Inserts the standard milestones of a renovation project (政策宣传 … 竣工验收).
void add_standard_milestones(db::Connection& db, std::int64_t project_id);

} // namespace dongmao::store
