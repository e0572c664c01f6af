// A petition ledger (信访台账) row: the case, its petitioner, and its dated events.
#include <dongmao/import/writers.hpp>

#include <dongmao/db/statement.hpp>
#include <dongmao/store/events.hpp>

#include <fmt/format.h>

namespace dongmao::import {

namespace {

// How far a status is on the way to closing. A ledger row never moves a case back: the
// steps taken with `dongmao petition` after the ledger was last updated stay.
int progress_rank(const std::string& status)
{
  if (status == "received") {
    return 0;
  }
  if (status == "accepted" || status == "declined") {
    return 1;
  }
  if (status == "answered") {
    return 2;
  }
  if (status == "reviewing" || status == "rechecking") {
    return 3;
  }
  return 4; // closed
}

class PetitionWriter : public Writer
{
public:
  explicit PetitionWriter(WriterContext& context)
    : m_context(context),
      m_upserter(context.db, "petition", {"case_no"},
                 {"received_date", "channel", "people_count", "category", "summary", "community_id", "project_id",
                  "household_id", "repeat_of", "escalated", "status", "accepted_date", "answered_date", "closed_date",
                  "outcome", "assignee", "extra"}),
      m_stored_status(context.db, "SELECT status FROM petition WHERE case_no = ?")
  {
    m_upserter.set_insert_default("escalated", db::Value{std::int64_t{0}});
  }

  std::string key(const Record& record) const override { return record.text("case_no").value_or(""); }

  store::Outcome write(const Record& record) override
  {
    const auto case_no = required_text(record, "case_no", "信访编号");
    const auto received = required_text(record, "received_date", "登记日期");
    required_text(record, "channel", "信访形式");
    required_text(record, "category", "信访类别");
    if (received > m_context.today.iso()) {
      throw RowProblem("received_date", fmt::format("{} is after today ({})", received, m_context.today.iso()));
    }
    std::string previous = received;
    for (const char* field : {"accepted_date", "answered_date", "closed_date"}) {
      if (const auto date = record.text(field)) {
        if (*date < previous) {
          throw RowProblem(field, fmt::format("{} is before an earlier step's date {}", *date, previous));
        }
        previous = *date;
      }
    }
    const auto project = project_column(record, m_context);
    const auto household = household_column(record, m_context);
    std::optional<db::Value> repeat_of;
    if (record.has("repeat_of")) {
      repeat_of = db::Value{};
      if (const auto text = record.text("repeat_of")) {
        const auto id = m_upserter.find({*text});
        if (!id) {
          throw RowProblem("repeat_of", fmt::format("unknown earlier case '{}'", *text));
        }
        repeat_of = db::Value{*id};
      }
    }
    auto people = record.column("people_count");
    if (!people || is_null(*people)) {
      people = db::Value{std::int64_t{1}};
    } else if (std::get<std::int64_t>(*people) < 1) {
      throw RowProblem("people_count", "must be at least 1");
    }
    auto escalated = record.column("escalated");
    if (escalated && is_null(*escalated)) {
      escalated = db::Value{std::int64_t{0}};
    }
    std::string status = "received";
    if (record.text("closed_date")) {
      status = "closed";
    } else if (record.text("answered_date")) {
      status = "answered";
    } else if (record.text("accepted_date")) {
      status = "accepted";
    }
    // For a case already on file, an empty step cell keeps the stored step (a command may
    // have recorded it since), and a status no further along keeps the stored one.
    const auto stored = stored_status(case_no);
    const auto step_column = [&](const char* field) {
      auto value = record.column(field);
      return stored && value && is_null(*value) ? std::nullopt : value;
    };
    std::optional<db::Value> status_column;
    if (!stored || progress_rank(status) > progress_rank(*stored)) {
      status_column = db::Value{status};
    }
    std::int64_t id = 0;
    auto outcome = upsert_audited(
      m_context, m_upserter, "petition", case_no, {case_no},
      {db::Value{received}, record.column("channel"), people, record.column("category"), record.column("summary"),
       community_column(record, m_context), project, household, repeat_of, escalated, status_column,
       step_column("accepted_date"), step_column("answered_date"), step_column("closed_date"),
       step_column("outcome"), record.column("assignee"),
       !record.extra_present ? std::nullopt
                             : std::optional<db::Value>(record.extra.empty() ? db::Value{} : db::Value{record.extra})},
      &id);
    bool changed = write_petitioner(id, record);
    const store::EventSource source{m_context.audit.operator_name(), m_context.now, m_context.run_id};
    changed = store::ensure_petition_event(m_context.db, id, "register", received, source) || changed;
    const std::pair<const char*, const char*> k_events[] = {
      {"accept", "accepted_date"}, {"answer", "answered_date"}, {"close", "closed_date"}};
    for (const auto& [action, field] : k_events) {
      if (const auto date = record.text(field)) {
        changed = store::ensure_petition_event(m_context.db, id, action, *date, source) || changed;
      }
    }
    if (outcome == store::Outcome::unchanged && changed) {
      outcome = store::Outcome::updated;
    }
    return outcome;
  }

private:
  std::optional<std::string> stored_status(const std::string& case_no)
  {
    m_stored_status.reset();
    m_stored_status.bind(1, case_no);
    std::optional<std::string> status;
    if (m_stored_status.step()) {
      status = m_stored_status.column_text(0);
    }
    m_stored_status.reset();
    return status;
  }

  // The ledger's petitioner becomes the case's first petitioner; returns whether it changed.
  bool write_petitioner(std::int64_t petition_id, const Record& record)
  {
    const auto name = record.text("petitioner");
    if (!name) {
      return false;
    }
    const auto id_number = record.text("petitioner_id_number");
    const auto phone = record.text("petitioner_phone");
    db::Statement find(m_context.db, "SELECT id, id_number, phone FROM petitioner WHERE petition_id = ? AND name = ?");
    find.bind(1, petition_id).bind(2, *name);
    if (find.step()) {
      if (find.column_optional_text(1) == id_number && find.column_optional_text(2) == phone) {
        return false;
      }
      db::Statement update(m_context.db, "UPDATE petitioner SET id_number = ?, phone = ? WHERE id = ?");
      update.bind(1, id_number).bind(2, phone).bind(3, find.column_int64(0)).run();
      return true;
    }
    db::Statement insert(m_context.db, "INSERT INTO petitioner (petition_id, name, id_number, phone, is_representative) "
                                       "VALUES (?, ?, ?, ?, 1)");
    insert.bind(1, petition_id).bind(2, *name).bind(3, id_number).bind(4, phone).run();
    return true;
  }

  WriterContext& m_context;
  store::Upserter m_upserter;
  db::Statement m_stored_status;
};

} // namespace

std::unique_ptr<Writer> make_petition_writer(WriterContext& context)
{
  return std::make_unique<PetitionWriter>(context);
}

} // namespace dongmao::import
