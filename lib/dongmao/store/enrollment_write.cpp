#include <dongmao/store/enrollment_write.hpp>

#include <array>

namespace dongmao::store {

EnrollmentWriter::EnrollmentWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "enrollment", {"project_id", "household_id"},
               {"stage", "stage_date", "compensation_cents", "agreement_no", "consent", "extra"}),
    m_stored(context.db, "SELECT h.code, e.stage, e.consent, (SELECT s.import_run_id IS NULL FROM stage_event s "
                         "WHERE s.enrollment_id = e.id AND s.stage = e.stage ORDER BY s.id DESC LIMIT 1), "
                         "l.stage, l.effective_date FROM enrollment e JOIN household h ON h.id = e.household_id "
                         "LEFT JOIN stage_event l ON l.id = (SELECT s.id FROM stage_event s WHERE s.enrollment_id = "
                         "e.id ORDER BY s.effective_date DESC, s.id DESC LIMIT 1) "
                         "WHERE e.project_id = ? AND e.household_id = ?"),
    m_find_event(context.db, "SELECT id, effective_date, import_run_id IS NOT NULL FROM stage_event "
                             "WHERE enrollment_id = ? AND stage = ? ORDER BY id DESC LIMIT 1"),
    m_fix_event(context.db,
                "UPDATE stage_event SET effective_date = ?, import_run_id = ?, recorded_at = ? WHERE id = ?"),
    m_add_event(context.db, "INSERT INTO stage_event (enrollment_id, stage, effective_date, operator, import_run_id, "
                            "recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
{
  m_upserter.set_insert_default("stage", domain::Value{std::string("surveyed")});
  m_upserter.merge_object("extra");
}

std::optional<StoredEnrollment> EnrollmentWriter::stored(std::int64_t project_id, std::int64_t household_id)
{
  m_stored.reset();
  m_stored.bind(1, project_id).bind(2, household_id);
  std::optional<StoredEnrollment> stored;
  if (m_stored.step()) {
    stored = StoredEnrollment{m_stored.column_text(0), m_stored.column_text(1), m_stored.column_optional_text(2),
                              m_stored.column_int64(3) != 0, std::nullopt};
    if (!m_stored.is_null(4)) {
      stored->last_event = StageDate{m_stored.column_text(4), m_stored.column_text(5)};
    }
  }
  m_stored.reset();
  return stored;
}

WriteResult EnrollmentWriter::write(EnrollmentFields fields, const std::string& key_text)
{
  const std::array<domain::Value, 2> key{fields.project_id, fields.household_id};
  const std::array<Field, 6> values{
    std::move(fields.stage),        std::move(fields.stage_date), std::move(fields.compensation_cents),
    std::move(fields.agreement_no), std::move(fields.consent),    std::move(fields.extra)};
  auto result = upsert_audited(m_context, m_upserter, "enrollment", key_text, key, values);
  bool events = false;
  for (const auto& dated : fields.stage_dates) {
    events = ensure_stage_event(result.id, dated) || events;
  }
  if (result.outcome == Outcome::unchanged && events) {
    result.outcome = Outcome::updated;
  }
  return result;
}

// Makes sure the enrollment has an event of the stage effective on its date. An event of that
// stage recorded by an earlier import with another date is corrected instead of duplicated;
// one recorded with a command stands. Returns whether something was written.
bool EnrollmentWriter::ensure_stage_event(std::int64_t enrollment_id, const StageDate& dated)
{
  m_find_event.reset();
  m_find_event.bind(1, enrollment_id).bind(2, dated.stage);
  if (!dated.anew && m_find_event.step()) {
    const bool same_date = m_find_event.column_text(1) == dated.date;
    const bool imported = m_find_event.column_int64(2) != 0;
    const auto id = m_find_event.column_int64(0);
    m_find_event.reset();
    if (same_date || !imported) {
      return false;
    }
    m_fix_event.bind(1, dated.date).bind(2, m_context.import_run_id).bind(3, m_context.now).bind(4, id).run();
    return true;
  }
  m_find_event.reset();
  m_add_event.bind(1, enrollment_id).bind(2, dated.stage).bind(3, dated.date).bind(4, m_context.audit.operator_name());
  m_add_event.bind(5, m_context.import_run_id).bind(6, m_context.now).run();
  return true;
}

} // namespace dongmao::store
