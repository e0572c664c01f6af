// A petition ledger (信访台账) row: the case, its petitioner, and its dated events.
#include <dongmao/import/writers.hpp>

#include <dongmao/db/statement.hpp>
#include <dongmao/store/events.hpp>

#include <fmt/format.h>

namespace dongmao::import {

namespace {

// The steps a ledger records, in the order a case takes them.
struct LedgerStep
{
  const char* action;
  const char* field;
  const char* status;
  const char* header;
};
constexpr LedgerStep k_steps[] = {{"accept", "accepted_date", "accepted", "受理日期"},
                                  {"answer", "answered_date", "answered", "答复日期"},
                                  {"close", "closed_date", "closed", "办结日期"}};

// How far a status is along received → accepted → answered → closed; -1 off that path
// (declined, under review or recheck), where only commands move a case.
int plain_rank(const std::string& status)
{
  if (status == "received") {
    return 0;
  }
  for (int i = 0; i < 3; ++i) {
    if (status == k_steps[i].status) {
      return i + 1;
    }
  }
  return -1;
}

// 是 or 否 (and their usual marks) as true or false; nullopt for anything else.
std::optional<bool> yes_or_no(const std::string& text)
{
  if (text == "是" || text == "√" || text == "Y" || text == "y") {
    return true;
  }
  if (text == "否" || text == "×" || text == "N" || text == "n") {
    return false;
  }
  return std::nullopt;
}

// A case already on file, as far as a ledger row may change it.
struct StoredCase
{
  std::string status;
  std::optional<std::string> last_action; // the latest step taken with `dongmao petition`, if any
  std::optional<std::string> last_date;   // and its date
};

class PetitionWriter : public Writer
{
public:
  explicit PetitionWriter(WriterContext& context)
    : m_context(context),
      m_upserter(context.db, "petition", {"case_no"},
                 {"received_date", "channel", "people_count", "category", "summary", "community_id", "project_id",
                  "household_id", "repeat_of", "repeated", "escalated", "status", "accepted_date", "answered_date",
                  "closed_date", "outcome", "assignee", "extra"}),
      m_stored(context.db,
               "SELECT p.status, e.action, e.event_date FROM petition p "
               "LEFT JOIN petition_event e ON e.id = ("
               "  SELECT c.id FROM petition_event c WHERE c.petition_id = p.id AND c.action != 'register' "
               "  AND c.detail IS NOT 'import' ORDER BY c.event_date DESC, c.id DESC LIMIT 1) "
               "WHERE p.case_no = ?")
  {
    m_upserter.set_insert_default("escalated", domain::Value{std::int64_t{0}});
    m_upserter.set_insert_default("repeated", domain::Value{std::int64_t{0}});
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
    for (const auto& step : k_steps) {
      if (const auto date = record.text(step.field)) {
        if (*date < previous) {
          throw RowProblem(step.field, fmt::format("{} is before an earlier step's date {}", *date, previous));
        }
        previous = *date;
      }
    }
    const auto project = project_column(record, m_context);
    const auto household = household_column(record, m_context);
    std::optional<domain::Value> repeat_of;
    auto repeated = record.column("repeated");
    if (repeated && is_null(*repeated)) {
      repeated = domain::Value{std::int64_t{0}};
    }
    if (record.has("repeat_of")) {
      repeat_of = domain::Value{};
      const auto text = record.text("repeat_of");
      // A 重复件 column may hold 是/否 rather than the earlier case's number.
      if (const auto flag = text ? yes_or_no(*text) : std::nullopt) {
        repeated = domain::Value{std::int64_t{*flag ? 1 : 0}};
      } else if (text) {
        const auto id = m_upserter.find({*text});
        if (!id) {
          throw RowProblem("repeat_of", fmt::format("unknown earlier case '{}'", *text));
        }
        repeat_of = domain::Value{*id};
        repeated = domain::Value{std::int64_t{1}};
      }
    }
    auto people = record.column("people_count");
    if (!people || is_null(*people)) {
      people = domain::Value{std::int64_t{1}};
    } else if (std::get<std::int64_t>(*people) < 1) {
      throw RowProblem("people_count", "must be at least 1");
    }
    auto escalated = record.column("escalated");
    if (escalated && is_null(*escalated)) {
      escalated = domain::Value{std::int64_t{0}};
    }
    std::string status = "received";
    if (record.text("closed_date")) {
      status = "closed";
    } else if (record.text("answered_date")) {
      status = "answered";
    } else if (record.text("accepted_date")) {
      status = "accepted";
    }
    const int keep_through = steps_to_keep(record, case_no, status);
    const std::optional<domain::Value> status_column =
      keep_through == 2 ? std::nullopt : std::optional<domain::Value>(domain::Value{status});
    const auto step_column = [&](int step, const char* field) {
      return step <= keep_through ? std::nullopt : record.column(field);
    };
    std::int64_t id = 0;
    auto outcome = upsert_audited(
      m_context, m_upserter, "petition", case_no, {case_no},
      {domain::Value{received}, record.column("channel"), people, record.column("category"), record.column("summary"),
       community_column(record, m_context), project, household, repeat_of, repeated, escalated, status_column,
       step_column(0, "accepted_date"), step_column(1, "answered_date"), step_column(2, "closed_date"),
       step_column(1, "outcome"), record.column("assignee"),
       !record.extra_present ? std::nullopt
                             : std::optional<domain::Value>(record.extra.empty() ? domain::Value{} : domain::Value{record.extra})},
      &id);
    bool changed = write_petitioner(id, record);
    const store::EventSource source{m_context.audit.operator_name(), m_context.now, m_context.run_id};
    changed = store::ensure_petition_event(m_context.db, id, "register", received, source) || changed;
    for (int i = keep_through + 1; i < 3; ++i) {
      if (const auto date = record.text(k_steps[i].field)) {
        changed = store::ensure_petition_event(m_context.db, id, k_steps[i].action, *date, source) || changed;
      }
    }
    if (outcome == store::Outcome::unchanged && changed) {
      outcome = store::Outcome::updated;
    }
    return outcome;
  }

private:
  // The ledger's steps [0, result] that keep their stored columns (-1: none, 2: all, and the
  // stored status too). A case that commands have moved on keeps what they recorded: the
  // ledger may only add the steps after its status along received → accepted → answered →
  // closed, dated no earlier than the last command. A case only ledgers have written
  // follows the ledger.
  int steps_to_keep(const Record& record, const std::string& case_no, const std::string& ledger_status)
  {
    const auto stored = stored_case(case_no);
    if (!stored || !stored->last_date) {
      return -1;
    }
    const int stored_rank = plain_rank(stored->status);
    if (stored_rank < 0 || plain_rank(ledger_status) <= stored_rank) {
      return 2;
    }
    for (int i = stored_rank; i < 3; ++i) {
      const auto date = record.text(k_steps[i].field);
      if (date && *date < *stored->last_date) {
        if (m_context.warnings) {
          m_context.warnings->push_back(fmt::format(
            "{}: row {}: case {}: the ledger's {} {} is before its last step taken with 'dongmao petition' ({} {}); "
            "the case is kept as it is", m_context.source, record.row, case_no, k_steps[i].header, *date,
            *stored->last_action, *stored->last_date));
        }
        return 2;
      }
    }
    return stored_rank - 1;
  }

  std::optional<StoredCase> stored_case(const std::string& case_no)
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
  db::Statement m_stored;
};

} // namespace

std::unique_ptr<Writer> make_petition_writer(WriterContext& context)
{
  return std::make_unique<PetitionWriter>(context);
}

} // namespace dongmao::import
