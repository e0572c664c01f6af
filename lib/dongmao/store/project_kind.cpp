#include <dongmao/db/statement.hpp>
#include <dongmao/store/project_kind.hpp>

namespace dongmao::store {

std::string project_kind(db::Connection& db, std::int64_t project_id)
{
  db::Statement s(db, "SELECT kind FROM project WHERE id = ?");
  s.bind(1, project_id);
  return s.step() ? s.column_text(0) : std::string();
}

} // namespace dongmao::store
