#pragma once

#include <dongmao/store/references.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace dongmao::store {

// Resolves what a command names, as References does for an import, but throws DataError
// (exit 65) naming the closest known value: a command has no row to reject.
class Resolver
{
public:
  explicit Resolver(db::Connection& db);

  // The community named or coded `text`.
  std::int64_t community(const std::string& text);

  // The grid named or coded `text`, within `community_id` when given.
  std::int64_t grid(const std::optional<std::int64_t>& community_id, const std::string& text);

  // The project with code or name `text`.
  std::int64_t project(const std::string& text);

private:
  References m_references;
};

} // namespace dongmao::store
