#include <dongmao/db/statement.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/store/check.hpp>
#include <dongmao/text/audit.hpp>

#include <fmt/format.h>

namespace dongmao::store {

namespace {

// A stored code as a finding names it: its label in Chinese, the code in English.
template <typename Parse, typename Label>
std::string shown(const std::string& code, Parse parse, Label label)
{
  const auto parsed = parse(code);
  const bool zh = text::lang() == text::Lang::zh;
  return text::format(text::k_check_quoted, zh && parsed ? std::string(label(*parsed)) : code);
}

std::string stage_shown(const std::string& code)
{
  return shown(code, project::stage_from_code, project::stage_label);
}

// Runs `sql`, whose columns are (entity key, detail…), adding one finding per row made by `describe`.
template <typename Describe>
void collect(db::Connection& db, const char* sql, std::vector<Finding>& findings, Describe describe)
{
  db::Statement s(db, sql);
  while (s.step()) {
    findings.push_back(describe(s));
  }
}

void check_foreign_keys(db::Connection& db, std::vector<Finding>& findings)
{
  collect(db, "PRAGMA foreign_key_check", findings, [](const db::Statement& s) {
    return Finding{"foreign_key", s.column_text(0), fmt::format("rowid {}", s.column_text(1)),
                   text::format(text::k_check_foreign_key, text::entity_word(s.column_text(2)))};
  });
}

// The latest event is the one with the latest effective date, the later recorded on a tie:
// the order every stage figure reads events in. A stage the ledger gave no date (已交房 with
// only the signing dated) has no event to agree with: it is where the household stands, undated.
void check_stages(db::Connection& db, std::vector<Finding>& findings)
{
  collect(db,
          "SELECT p.code || '/' || h.code, e.stage, l.stage, l.effective_date FROM enrollment e "
          "JOIN project p ON p.id = e.project_id JOIN household h ON h.id = e.household_id "
          "JOIN stage_event l ON l.id = (SELECT s.id FROM stage_event s WHERE s.enrollment_id = e.id "
          "ORDER BY s.effective_date DESC, s.id DESC LIMIT 1) "
          "WHERE l.stage != e.stage AND e.stage_date IS NOT NULL ORDER BY p.code, h.code",
          findings, [](const db::Statement& s) {
            return Finding{"stage", "enrollment", s.column_text(0),
                           text::format(text::k_check_stage, stage_shown(s.column_text(1)), s.column_text(3),
                                        stage_shown(s.column_text(2)))};
          });
}

// The status each action leaves a case in; reopen depends on the history and is not checked.
void check_petitions(db::Connection& db, std::vector<Finding>& findings)
{
  collect(db,
          "SELECT p.case_no, p.status, e.action, e.event_date FROM petition p "
          "JOIN petition_event e ON e.id = (SELECT c.id FROM petition_event c WHERE c.petition_id = p.id "
          "AND c.action != 'register' ORDER BY c.event_date DESC, c.id DESC LIMIT 1) "
          "WHERE e.action != 'reopen' AND p.status != CASE e.action WHEN 'accept' THEN 'accepted' "
          "WHEN 'extend' THEN 'accepted' WHEN 'decline' THEN 'declined' WHEN 'answer' THEN 'answered' "
          "WHEN 'review' THEN 'reviewing' WHEN 'recheck' THEN 'rechecking' WHEN 'close' THEN 'closed' END "
          "ORDER BY p.case_no",
          findings, [](const db::Statement& s) {
            return Finding{"petition_status", "petition", s.column_text(0),
                           text::format(text::k_check_petition_status,
                                        shown(s.column_text(1), petition::parse_status,
                                              [](petition::Status status) { return petition::label(status); }),
                                        s.column_text(3),
                                        shown(s.column_text(2), petition::parse_action,
                                              [](petition::Action action) { return petition::label(action); }))};
          });
  collect(db,
          "SELECT p.case_no, p.extension_days FROM petition p WHERE (p.extension_days > 0) != EXISTS "
          "(SELECT 1 FROM petition_event e WHERE e.petition_id = p.id AND e.action = 'extend') "
          "ORDER BY p.case_no",
          findings, [](const db::Statement& s) {
            return Finding{"petition_extension", "petition", s.column_text(0),
                           s.column_int64(1) > 0 ? text::format(text::k_check_extension_no_event, s.column_int64(1))
                                                 : text::format(text::k_check_extension_zero)};
          });
}

// Keys name households by code, never by the ID number itself: a finding is printed.
void check_id_numbers(db::Connection& db, std::vector<Finding>& findings)
{
  collect(db,
          "SELECT group_concat(code, '、') FROM (SELECT code, head_id_number FROM household "
          "WHERE head_id_number IS NOT NULL AND head_id_number != '' ORDER BY code) "
          "GROUP BY head_id_number HAVING count(*) > 1 ORDER BY 1",
          findings, [](const db::Statement& s) {
            return Finding{"id_number", "household", s.column_text(0), text::format(text::k_check_id_heads_several)};
          });
  collect(db,
          "SELECT h.code, o.code FROM household h JOIN person p ON p.id_number = h.head_id_number "
          "JOIN household o ON o.id = p.household_id WHERE o.id != h.id ORDER BY h.code, o.code",
          findings, [](const db::Statement& s) {
            return Finding{"id_number", "household", s.column_text(0) + "、" + s.column_text(1),
                           text::format(text::k_check_id_other_household, s.column_text(0), s.column_text(1))};
          });
}

} // namespace

std::vector<Finding> check_integrity(db::Connection& db)
{
  std::vector<Finding> findings;
  try {
    collect(db, "PRAGMA integrity_check", findings, [](const db::Statement& s) {
      return Finding{"integrity", "database", "", s.column_text(0)};
    });
  } catch (const db::SqliteError& error) {
    // integrity_check itself stops on some damage (a page it cannot even read).
    if (error.status() != ExitStatus::data_error) {
      throw;
    }
    findings.push_back(Finding{"integrity", "database", "", "数据库文件已损坏，无法读完"});
  }
  if (findings.size() == 1 && findings.front().message == "ok") {
    findings.clear();
  }
  return findings;
}

std::vector<Finding> check_workspace(db::Connection& db)
{
  // One read transaction: every query sees the same snapshot while others write. It only
  // read, so ending it cannot lose anything; on a damaged file SQLite may have ended it already.
  db.exec("BEGIN");
  const auto end_read = [&db]() noexcept {
    try {
      db.exec("ROLLBACK");
    } catch (...) {
    }
  };
  try {
    auto findings = check_integrity(db);
    if (findings.empty()) {
      // On a damaged file the other checks would read broken pages: it needs a backup first.
      check_foreign_keys(db, findings);
      check_stages(db, findings);
      check_petitions(db, findings);
      check_id_numbers(db, findings);
    }
    end_read();
    return findings;
  } catch (...) {
    end_read();
    throw;
  }
}

} // namespace dongmao::store
