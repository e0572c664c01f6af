#include <dongmao/error.hpp>
#include <dongmao/store/resolve.hpp>

namespace dongmao::store {

Resolver::Resolver(db::Connection& db) : m_references(db, false, std::string()) {}

std::int64_t Resolver::community(const std::string& text)
{
  try {
    return m_references.community(text);
  } catch (const ReferenceError& error) {
    throw DataError(error.what());
  }
}

std::int64_t Resolver::grid(const std::optional<std::int64_t>& community_id, const std::string& text)
{
  try {
    return m_references.grid(community_id, text);
  } catch (const ReferenceError& error) {
    throw DataError(error.what());
  }
}

std::int64_t Resolver::project(const std::string& text)
{
  try {
    return m_references.project(text);
  } catch (const ReferenceError& error) {
    throw DataError(error.what());
  }
}

} // namespace dongmao::store
