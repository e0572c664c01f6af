#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/store/actor.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// One milestone of a project.
struct MilestoneRow
{
  std::string project; // the project's code
  std::string name;
  std::int64_t seq = 0;
  std::optional<std::string> due_date;
  std::optional<std::string> done_date;
  std::optional<std::string> note;
};

// The milestones of the project with code or name `project` in sequence (all projects', by
// project code, when empty); DataError for an unknown project.
std::vector<MilestoneRow> list_milestones(db::Connection& db, const std::string& project);

// `project milestone add`: a new named milestone.
struct MilestoneAdd
{
  std::string project;
  std::string name;
  std::optional<domain::Date> due;
  std::optional<std::int64_t> seq; // default: after the last one
  std::optional<std::string> note;
};

// Adds the milestone with an audit entry. DataError for an unknown project or a name the
// project already has. Returns it as stored.
MilestoneRow add_milestone(db::Connection& db, const MilestoneAdd& request, const Actor& actor);

// `project milestone update` and `done`: a change to an existing milestone. Empty members
// are left alone.
struct MilestoneChange
{
  std::string project;
  std::string name;
  std::optional<domain::Date> due;
  std::optional<domain::Date> done; // must not be after today
  bool force = false;               // re-date a milestone already done
  std::optional<std::string> note;
};

// Applies the change with an audit entry ("done" when it marks the milestone done, else
// "update"). DataError for an unknown project or milestone (naming the closest one), a done
// date after today, or a milestone already done without `force`.
MilestoneRow change_milestone(db::Connection& db, const MilestoneChange& change, const Actor& actor);

} // namespace dongmao::store
