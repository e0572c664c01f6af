#include <dongmao/store/petition_ledger_write.hpp>

#include <array>

namespace dongmao::store {

PetitionLedgerWriter::PetitionLedgerWriter(WriteContext& context)
  : m_context(context),
    m_upserter(context.db, "petition", {"case_no"},
               {"received_date", "channel",      "people_count", "category",      "summary",           "community_id",
                "project_id",    "household_id", "subject",      "households",    "households_approx", "repeat_of",
                "repeated",      "escalated",    "status",       "accepted_date", "answered_date",     "closed_date",
                "outcome",       "assignee",     "extra"}),
    m_stored(context.db, "SELECT p.status, e.action, e.event_date FROM petition p "
                         "LEFT JOIN petition_event e ON e.id = ("
                         "  SELECT c.id FROM petition_event c WHERE c.petition_id = p.id AND c.action != 'register' "
                         "  AND c.detail IS NOT 'import' ORDER BY c.event_date DESC, c.id DESC LIMIT 1) "
                         "WHERE p.case_no = ?"),
    m_find_petitioner(context.db, "SELECT id, id_number, phone FROM petitioner WHERE petition_id = ? AND name = ?"),
    m_update_petitioner(context.db, "UPDATE petitioner SET id_number = ?, phone = ? WHERE id = ?"),
    m_add_petitioner(context.db, "INSERT INTO petitioner (petition_id, name, id_number, phone, is_representative) "
                                 "VALUES (?, ?, ?, ?, 1)"),
    m_find_event(context.db, "SELECT id, event_date, detail FROM petition_event WHERE petition_id = ? AND action = ? "
                             "ORDER BY id DESC LIMIT 1"),
    m_fix_event(context.db, "UPDATE petition_event SET event_date = ?, recorded_at = ? WHERE id = ?"),
    m_add_event(context.db, "INSERT INTO petition_event (petition_id, action, event_date, operator, detail, "
                            "recorded_at) VALUES (?, ?, ?, ?, 'import', ?)")
{
  m_upserter.set_insert_default("escalated", domain::Value{std::int64_t{0}});
  m_upserter.set_insert_default("repeated", domain::Value{std::int64_t{0}});
  m_upserter.set_insert_default("people_count", domain::Value{std::int64_t{1}});
  m_upserter.set_insert_default("households_approx", domain::Value{std::int64_t{0}});
  m_upserter.merge_object("extra");
}

std::optional<std::int64_t> PetitionLedgerWriter::find(const std::string& case_no)
{
  const std::array<domain::Value, 1> key{case_no};
  return m_upserter.find(key);
}

std::optional<StoredCase> PetitionLedgerWriter::stored_case(const std::string& case_no)
{
  m_stored.reset();
  m_stored.bind(1, case_no);
  std::optional<StoredCase> stored;
  if (m_stored.step()) {
    stored = StoredCase{m_stored.column_text(0), m_stored.column_optional_text(1), m_stored.column_optional_text(2)};
  }
  m_stored.reset();
  return stored;
}

WriteResult PetitionLedgerWriter::write(PetitionLedgerFields fields)
{
  const std::array<domain::Value, 1> key{fields.case_no};
  const std::array<Field, 21> values{
    domain::Value{fields.received_date}, std::move(fields.channel),           std::move(fields.people_count),
    std::move(fields.category),          std::move(fields.summary),           std::move(fields.community_id),
    std::move(fields.project_id),        std::move(fields.household_id),      std::move(fields.subject),
    std::move(fields.households),        std::move(fields.households_approx), std::move(fields.repeat_of),
    std::move(fields.repeated),          std::move(fields.escalated),         std::move(fields.status),
    std::move(fields.accepted_date),     std::move(fields.answered_date),     std::move(fields.closed_date),
    std::move(fields.outcome),           std::move(fields.assignee),          std::move(fields.extra)};
  auto result = upsert_audited(m_context, m_upserter, "petition", fields.case_no, key, values);
  bool changed = fields.petitioner && write_petitioner(result.id, *fields.petitioner);
  changed = ensure_event(result.id, petition::Action::register_case, fields.received_date) || changed;
  for (const auto& step : fields.steps) {
    changed = ensure_event(result.id, step.action, step.date) || changed;
  }
  if (result.outcome == Outcome::unchanged && changed) {
    result.outcome = Outcome::updated;
  }
  return result;
}

// Returns whether the petitioner was added or their ID number or phone changed.
bool PetitionLedgerWriter::write_petitioner(std::int64_t petition_id, const LedgerPetitioner& petitioner)
{
  m_find_petitioner.reset();
  m_find_petitioner.bind(1, petition_id).bind(2, petitioner.name);
  if (m_find_petitioner.step()) {
    const bool same = m_find_petitioner.column_optional_text(1) == petitioner.id_number &&
                      m_find_petitioner.column_optional_text(2) == petitioner.phone;
    const auto id = m_find_petitioner.column_int64(0);
    m_find_petitioner.reset();
    if (same) {
      return false;
    }
    m_update_petitioner.bind(1, petitioner.id_number).bind(2, petitioner.phone).bind(3, id).run();
    return true;
  }
  m_find_petitioner.reset();
  m_add_petitioner.bind(1, petition_id).bind(2, petitioner.name).bind(3, petitioner.id_number);
  m_add_petitioner.bind(4, petitioner.phone).run();
  return true;
}

// Makes sure the case has an `action` event on `date`, correcting one an earlier import
// recorded with another date. Returns whether something was written.
bool PetitionLedgerWriter::ensure_event(std::int64_t petition_id, petition::Action action, const std::string& date)
{
  const auto code = petition::code(action);
  m_find_event.reset();
  m_find_event.bind(1, petition_id).bind(2, code);
  if (m_find_event.step()) {
    const bool same_date = m_find_event.column_text(1) == date;
    const bool imported = m_find_event.column_text(2) == "import";
    const auto id = m_find_event.column_int64(0);
    m_find_event.reset();
    if (same_date) {
      return false;
    }
    if (imported) {
      m_fix_event.bind(1, date).bind(2, m_context.now).bind(3, id).run();
      return true;
    }
  }
  m_find_event.reset();
  m_add_event.bind(1, petition_id).bind(2, code).bind(3, date).bind(4, m_context.audit.operator_name());
  m_add_event.bind(5, m_context.now).run();
  return true;
}

} // namespace dongmao::store
