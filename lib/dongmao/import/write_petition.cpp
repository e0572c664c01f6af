// A petition ledger (信访台账) row: the case, its petitioner, and its dated events.
#include <dongmao/import/writers.hpp>
#include <dongmao/petition/households.hpp>
#include <dongmao/store/petition_ledger_write.hpp>
#include <dongmao/text/dispute.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/rows.hpp>

#include <fmt/format.h>

namespace dongmao::import {

namespace {

// The steps a ledger records, in the order a case takes them: the action, its date column,
// the status it leads to and the header staff know the column by.
struct StepColumn
{
  petition::Action action;
  const char* field;
  const char* status;
  const char* header;
};
constexpr StepColumn k_steps[] = {{petition::Action::accept, "accepted_date", "accepted", "受理日期"},
                                  {petition::Action::answer, "answered_date", "answered", "答复日期"},
                                  {petition::Action::close, "closed_date", "closed", "办结日期"}};

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

class PetitionWriter : public Writer
{
public:
  explicit PetitionWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override { return record.text("case_no").value_or(""); }

  store::Outcome write(const Record& record) override
  {
    const auto case_no = required_text(record, "case_no", "信访编号");
    const auto received = required_text(record, "received_date", "登记日期");
    required_text(record, "channel", "信访形式");
    required_text(record, "category", "信访类别");
    if (received > m_context.today.iso()) {
      throw RowProblem("received_date", text::format(text::k_row_after_today, received, m_context.today.iso()));
    }
    std::string previous = received;
    for (const auto& step : k_steps) {
      if (const auto date = record.text(step.field)) {
        if (*date < previous) {
          throw RowProblem(step.field, text::format(text::k_row_before_step, *date, previous));
        }
        previous = *date;
      }
    }
    const auto project = project_column(record, m_context);
    const auto household = household_column(record, m_context);
    std::optional<domain::Value> repeat_of;
    auto repeated = column_or(m_context, record.column("repeated"), domain::Value{std::int64_t{0}});
    if (record.has("repeat_of")) {
      repeat_of = domain::Value{};
      const auto text = record.text("repeat_of");
      // A 重复件 column may hold 是/否 rather than the earlier case's number.
      if (const auto flag = text ? yes_or_no(*text) : std::nullopt) {
        repeated = domain::Value{std::int64_t{*flag ? 1 : 0}};
      } else if (text) {
        const auto id = m_writer.find(*text);
        if (!id) {
          throw RowProblem("repeat_of", text::format(text::k_row_unknown_repeat, *text));
        }
        repeat_of = domain::Value{*id};
        repeated = domain::Value{std::int64_t{1}};
      }
    }
    auto people = column_or(m_context, record.column("people_count"), domain::Value{std::int64_t{1}});
    if (people && std::get<std::int64_t>(*people) < 1) {
      throw RowProblem("people_count", text::format(text::k_row_people_at_least_1));
    }
    auto [households, households_approx] = households_columns(record);
    auto escalated = column_or(m_context, record.column("escalated"), domain::Value{std::int64_t{0}});
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
    std::optional<store::LedgerPetitioner> petitioner;
    if (auto name = record.text("petitioner")) {
      petitioner =
        store::LedgerPetitioner{std::move(*name), record.text("petitioner_id_number"), record.text("petitioner_phone")};
    }
    std::vector<store::LedgerStep> steps;
    for (int i = keep_through + 1; i < 3; ++i) {
      if (auto date = record.text(k_steps[i].field)) {
        steps.push_back(store::LedgerStep{k_steps[i].action, std::move(*date)});
      }
    }
    store::PetitionLedgerFields fields{case_no,
                                       received,
                                       record.column("channel"),
                                       people,
                                       record.column("category"),
                                       record.column("summary"),
                                       community_column(record, m_context),
                                       project,
                                       household,
                                       record.column("subject"),
                                       std::move(households),
                                       std::move(households_approx),
                                       repeat_of,
                                       repeated,
                                       escalated,
                                       status_column,
                                       step_column(0, "accepted_date"),
                                       step_column(1, "answered_date"),
                                       step_column(2, "closed_date"),
                                       step_column(1, "outcome"),
                                       keep_through == 2 ? std::nullopt : record.column("assignee"),
                                       extra_column(record, m_context),
                                       std::move(petitioner),
                                       std::move(steps)};
    return m_writer.write(std::move(fields)).outcome;
  }

private:
  // The 涉及户数 column as a count and its approximation; both absent without the column,
  // both cleared by an empty cell.
  static std::pair<std::optional<domain::Value>, std::optional<domain::Value>> households_columns(const Record& record)
  {
    if (!record.has("households")) {
      return {};
    }
    const auto text = record.text("households");
    if (!text) {
      return {domain::Value{}, domain::Value{std::int64_t{0}}};
    }
    const auto households = petition::parse_households(*text);
    if (!households) {
      throw RowProblem("households", text::format(text::k_households_not_count, *text));
    }
    return {domain::Value{households->count}, domain::Value{std::int64_t{households->approx ? 1 : 0}}};
  }

  // The ledger's steps [0, result] that keep their stored columns (-1: none, 2: all, and the
  // stored status and assignee too). A status never moves back through an import: a row
  // behind the stored status, or any row of a case off the path received → accepted →
  // answered → closed (declined, under review or recheck, where only commands move a case),
  // keeps the case as stored and is named as kept newer. A case that commands have moved on
  // keeps what they recorded: the ledger may only add the steps after its status, dated no
  // earlier than the last command. A case only ledgers have written otherwise follows them.
  int steps_to_keep(const Record& record, const std::string& case_no, const std::string& ledger_status)
  {
    const auto stored = m_writer.stored_case(case_no);
    if (!stored) {
      return -1;
    }
    const int stored_rank = plain_rank(stored->status);
    const int ledger_rank = plain_rank(ledger_status);
    if (stored_rank < 0 || ledger_rank < stored_rank) {
      if (m_context.kept_newer) {
        m_context.kept_newer->push_back(KeptNewer{record.row, case_no, "status", stored->status, ledger_status});
      }
      return 2;
    }
    if (!stored->last_date) {
      return -1;
    }
    if (ledger_rank == stored_rank) {
      return 2;
    }
    for (int i = stored_rank; i < 3; ++i) {
      const auto date = record.text(k_steps[i].field);
      if (date && *date < *stored->last_date) {
        if (m_context.warnings) {
          m_context.warnings->push_back(text::format(text::k_step_dated_before, m_context.source, record.row, case_no,
                                                     k_steps[i].header, *date, *stored->last_action,
                                                     *stored->last_date));
        }
        return 2;
      }
    }
    return stored_rank - 1;
  }

  WriterContext& m_context;
  store::PetitionLedgerWriter m_writer;
};

} // namespace

std::unique_ptr<Writer> make_petition_writer(WriterContext& context)
{
  return std::make_unique<PetitionWriter>(context);
}

} // namespace dongmao::import
