#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/store/milestone.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// Which projects `project list` shows.
struct ProjectFilter
{
  std::optional<std::string> kind;      // stored code: renovation, …
  std::optional<std::string> status;    // stored code: active, …
  std::optional<std::string> community; // name or code, as staff type it
  bool overdue = false;                 // only projects past their due date (see project::is_overdue)
};

// One project with its headline counts.
struct ProjectRow
{
  std::int64_t id = 0;
  std::string code;
  std::string name;
  std::string kind;
  std::optional<std::string> mode;
  std::string status;
  std::optional<std::string> community;
  std::optional<std::string> start_date;
  std::optional<std::string> due_date;
  std::optional<std::int64_t> target_households;
  std::optional<std::int64_t> investment_cents;
  std::optional<std::string> note;
  std::int64_t enrolled = 0;     // households not withdrawn
  std::int64_t signed_total = 0; // households at signed or beyond
  bool overdue = false;
};

// The projects matching `filter`, by code; overdue is judged against `today`.
std::vector<ProjectRow> list_projects(db::Connection& db, const ProjectFilter& filter, domain::Date today);

// Everything `project show` prints.
struct ProjectDetail
{
  ProjectRow project;
  std::optional<std::string> extra;
  std::string created_at;
  std::string updated_at;
  std::vector<MilestoneRow> milestones;
};

// The project with code or name `text` and its milestones; DataError when unknown.
ProjectDetail project_detail(db::Connection& db, const std::string& text, domain::Date today);

// The stored texts of the fields an update must re-check (name, kind, start_date, due_date)
// of the project with `code`, as field → text; nullopt when there is no such project.
std::optional<std::vector<std::pair<std::string, std::string>>> project_fields(db::Connection& db,
                                                                               const std::string& code);

} // namespace dongmao::store
