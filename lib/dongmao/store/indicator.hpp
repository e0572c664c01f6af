#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/figures/indicator.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::store {

// An indicator as the workspace holds it; `kind` is unset when nobody registered one.
struct IndicatorRecord
{
  std::int64_t id = 0;
  std::string name;
  std::string unit;
  std::optional<figures::IndicatorKind> kind;
};

// Every indicator of the workspace, by name.
std::vector<IndicatorRecord> indicators(db::Connection& db);

// The indicator called `name`, if the workspace has it.
std::optional<IndicatorRecord> find_indicator(db::Connection& db, const std::string& name);

} // namespace dongmao::store
