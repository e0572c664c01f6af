#pragma once

#include <dongmao/db/connection.hpp>

#include <cstdint>
#include <string>

namespace dongmao::store {

// The stored kind code of project `project_id` (remediation, renovation …); "" when there is none.
std::string project_kind(db::Connection& db, std::int64_t project_id);

} // namespace dongmao::store
