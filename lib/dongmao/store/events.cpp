#include <dongmao/store/events.hpp>

#include <dongmao/db/statement.hpp>

#include <array>

namespace dongmao::store {

bool ensure_stage_event(db::Connection& db, std::int64_t enrollment_id, const std::string& stage,
                        const std::string& date, const EventSource& source)
{
  db::Statement find(db, "SELECT id, effective_date, import_run_id IS NOT NULL FROM stage_event "
                         "WHERE enrollment_id = ? AND stage = ? ORDER BY id DESC LIMIT 1");
  find.bind(1, enrollment_id).bind(2, stage);
  if (find.step()) {
    if (find.column_text(1) == date) {
      return false;
    }
    if (find.column_int64(2) != 0) {
      db::Statement fix(db, "UPDATE stage_event SET effective_date = ?, import_run_id = ?, recorded_at = ? WHERE id = ?");
      fix.bind(1, date).bind(2, source.import_run_id).bind(3, source.now).bind(4, find.column_int64(0)).run();
      return true;
    }
  }
  db::Statement insert(db, "INSERT INTO stage_event (enrollment_id, stage, effective_date, operator, import_run_id, recorded_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, enrollment_id).bind(2, stage).bind(3, date).bind(4, source.operator_name);
  insert.bind(5, source.import_run_id).bind(6, source.now).run();
  return true;
}

bool ensure_petition_event(db::Connection& db, std::int64_t petition_id, const std::string& action,
                           const std::string& date, const EventSource& source)
{
  db::Statement find(db, "SELECT id, event_date, detail FROM petition_event WHERE petition_id = ? AND action = ? "
                         "ORDER BY id DESC LIMIT 1");
  find.bind(1, petition_id).bind(2, action);
  if (find.step()) {
    if (find.column_text(1) == date) {
      return false;
    }
    if (find.column_text(2) == "import") {
      db::Statement fix(db, "UPDATE petition_event SET event_date = ?, recorded_at = ? WHERE id = ?");
      fix.bind(1, date).bind(2, source.now).bind(3, find.column_int64(0)).run();
      return true;
    }
  }
  db::Statement insert(db, "INSERT INTO petition_event (petition_id, action, event_date, operator, detail, recorded_at) "
                           "VALUES (?, ?, ?, ?, 'import', ?)");
  insert.bind(1, petition_id).bind(2, action).bind(3, date).bind(4, source.operator_name).bind(5, source.now).run();
  return true;
}

void add_standard_milestones(db::Connection& db, std::int64_t project_id)
{
  static constexpr std::array<const char*, 8> k_names = {"政策宣传", "数据采集", "入户摸底", "意见征求",
                                                         "推选理事会", "规划设计", "施工", "竣工验收"};
  db::Statement insert(db, "INSERT OR IGNORE INTO milestone (project_id, name, seq) VALUES (?, ?, ?)");
  for (std::size_t i = 0; i < k_names.size(); ++i) {
    insert.bind(1, project_id).bind(2, k_names[i]).bind(3, static_cast<std::int64_t>(i + 1)).run();
  }
}

} // namespace dongmao::store
