#include "temp_dir.hpp"

#include <dongmao/db/statement.hpp>
#include <dongmao/store/audit.hpp>
#include <dongmao/store/enrollment_write.hpp>
#include <dongmao/store/household_detail.hpp>
#include <dongmao/store/household_write.hpp>
#include <dongmao/store/import_run.hpp>
#include <dongmao/store/indicator_write.hpp>
#include <dongmao/store/metric_write.hpp>
#include <dongmao/store/organisation_write.hpp>
#include <dongmao/store/petition_ledger_write.hpp>
#include <dongmao/store/project_write.hpp>
#include <dongmao/store/reference_write.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace store = dongmao::store;
namespace workspace = dongmao::workspace;
using dongmao::db::Statement;
using dongmao::domain::Value;

namespace {

constexpr const char* k_now = "2026-11-27T09:30:00+08:00";

// `dir` made a workspace as `dongmao init` makes it.
const fs::path& init_workspace(const fs::path& dir)
{
  workspace::init(workspace::InitOptions{dir, "测试街道", "430602001", false});
  return dir;
}

// One import run's writing context on a fresh workspace.
class Run
{
public:
  Run()
    : m_ws(init_workspace(m_dir.path()), workspace::Workspace::Access::write),
      m_audit(m_ws.db(), "tester", k_now),
      m_context{m_ws.db(), m_audit, store::begin_import_run(m_ws.db(), "households", "台账.xlsx", "", "tester", k_now),
                k_now}
  {
  }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  store::WriteContext& context() { return m_context; }
  dongmao::db::Connection& db() { return m_ws.db(); }
  std::int64_t run_id() const { return *m_context.import_run_id; }

  // The columns of the first row `sql` returns, with `key` bound to its one parameter.
  std::vector<Value> row(const std::string& sql, const Value& key)
  {
    Statement statement(db(), sql);
    statement.bind(1, key);
    REQUIRE(statement.step());
    std::vector<Value> values;
    for (int c = 0; c < statement.column_count(); ++c) {
      values.push_back(statement.column_value(c));
    }
    return values;
  }

  // Every audit entry of `entity`: action, key, changes and import run.
  std::vector<std::vector<Value>> audits(const std::string& entity)
  {
    Statement statement(db(), "SELECT action, entity_key, changes, import_run_id, operator, at FROM audit_log "
                              "WHERE entity = ? ORDER BY id");
    statement.bind(1, entity);
    std::vector<std::vector<Value>> entries;
    while (statement.step()) {
      entries.push_back({statement.column_value(0), statement.column_value(1), statement.column_value(2),
                         statement.column_value(3), statement.column_value(4), statement.column_value(5)});
    }
    return entries;
  }

  std::int64_t count(const std::string& sql)
  {
    Statement statement(db(), sql);
    REQUIRE(statement.step());
    return statement.column_int64(0);
  }

private:
  dongmao::test::TempDir m_dir;
  workspace::Workspace m_ws;
  store::AuditLog m_audit;
  store::WriteContext m_context;
};

std::int64_t add_community(Run& run, const std::string& name)
{
  store::CommunityWriter writer(run.context());
  return writer.write(store::CommunityFields{name, Value{}, Value{}, std::nullopt}).id;
}

// Project JHS2 (九华山二期, a shantytown project); returns its id.
std::int64_t add_project(Run& run)
{
  store::ProjectFields project;
  project.code = "JHS2";
  project.name = "九华山二期";
  project.kind = "shantytown";
  return store::ProjectWriter(run.context()).write(project).id;
}

// Household H001 with the values its fields lend, kept in place.
struct Household
{
  Household(std::int64_t community, double area, std::int64_t people)
    : community_id{community}, floor_area{area}, members{people}
  {
    fields.code = "H001";
    fields.community_id = &community_id;
    fields.head_name = &head_name;
    fields.members = &members;
    fields.floor_area = &floor_area;
    fields.extra = &extra;
  }
  Household(const Household&) = delete;
  Household& operator=(const Household&) = delete;

  Value community_id;
  Value floor_area;
  Value members;
  Value head_name{std::string("张三")};
  Value extra{std::string(R"({"楼栋":"1栋"})")};
  Value phone;
  store::HouseholdFields fields;
};

constexpr const char* k_household_sql =
  "SELECT id, community_id, head_name, members, floor_area, phone, extra, created_at, updated_at FROM household "
  "WHERE code = ?";

} // namespace

TEST_CASE("store::HouseholdWriter inserts, leaves an unchanged household alone and audits a changed floor area")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  store::HouseholdWriter writer(run.context());

  const auto inserted = writer.write(Household(community, 85.5, 3).fields);
  CHECK(inserted.outcome == store::Outcome::inserted);
  CHECK(run.row(k_household_sql, Value{std::string("H001")}) ==
        std::vector<Value>{inserted.id, community, std::string("张三"), std::int64_t{3}, 85.5, Value{},
                           std::string(R"({"楼栋":"1栋"})"), std::string(k_now), std::string(k_now)});
  CHECK(run.audits("household").empty()); // an import audits updates, not inserts

  const auto again = writer.write(Household(community, 85.5, 3).fields);
  CHECK(again.outcome == store::Outcome::unchanged);
  CHECK(again.id == inserted.id);
  CHECK(run.audits("household").empty());

  const auto updated = writer.write(Household(community, 86.25, 4).fields);
  CHECK(updated.outcome == store::Outcome::updated);
  CHECK(updated.id == inserted.id);
  CHECK(run.row("SELECT members, floor_area FROM household WHERE id = ?", Value{inserted.id}) ==
        std::vector<Value>{std::int64_t{4}, 86.25});
  CHECK(run.audits("household") ==
        std::vector<std::vector<Value>>{{std::string("update"), std::string("H001"),
                                         std::string(R"({"floor_area":[85.5,86.25],"members":[3,4]})"), run.run_id(),
                                         std::string("tester"), std::string(k_now)}});
  CHECK(run.count("SELECT count(*) FROM household") == 1);
}

TEST_CASE("store::HouseholdWriter keeps a column the ledger lacks and clears one it leaves empty")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  store::HouseholdWriter writer(run.context());
  Household household(community, 85.5, 3);
  household.phone = Value{std::string("13800000001")};
  household.fields.phone = &household.phone;
  const auto id = writer.write(household.fields).id;

  const Value empty;
  store::HouseholdFields partial;
  partial.code = "H001";
  partial.members = &empty; // the file has the column, this row leaves it empty
  CHECK(writer.write(partial).outcome == store::Outcome::updated);
  CHECK(run.row("SELECT members, floor_area, phone, extra FROM household WHERE id = ?", Value{id}) ==
        std::vector<Value>{Value{}, 85.5, std::string("13800000001"), std::string(R"({"楼栋":"1栋"})")});
  CHECK(run.audits("household").back()[2] == Value{std::string(R"({"members":[3,null]})")});
  CHECK(writer.write(partial).outcome == store::Outcome::unchanged);
}

TEST_CASE("store::HouseholdWriter keeps a stored value where an import's cell is empty")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  run.context().empty_clears = false;
  store::HouseholdWriter writer(run.context());
  const auto id = writer.write(Household(community, 85.5, 3).fields).id;

  const Value empty;
  store::HouseholdFields partial;
  partial.code = "H001";
  partial.members = &empty;
  CHECK(writer.write(partial).outcome == store::Outcome::unchanged);
  CHECK(run.row("SELECT members FROM household WHERE id = ?", Value{id}) == std::vector<Value>{std::int64_t{3}});
  CHECK(run.audits("household").empty());
}

TEST_CASE("store::HouseholdWriter merges extra data key by key")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  store::HouseholdWriter writer(run.context());
  const auto id = writer.write(Household(community, 85.5, 3).fields).id;
  const auto extra_after = [&](const char* json) {
    const Value extra{std::string(json)};
    store::HouseholdFields fields;
    fields.code = "H001";
    fields.extra = &extra;
    writer.write(fields);
    return run.row("SELECT extra FROM household WHERE id = ?", Value{id}).front();
  };

  CHECK(extra_after(R"({"评估":"甲"})") == Value{std::string(R"({"楼栋":"1栋","评估":"甲"})")});
  CHECK(run.audits("household").back()[2] ==
        Value{std::string(R"({"extra":["{\"楼栋\":\"1栋\"}","{\"楼栋\":\"1栋\",\"评估\":\"甲\"}"]})")});
  CHECK(extra_after("{}") == Value{std::string(R"({"楼栋":"1栋","评估":"甲"})")});
  CHECK(extra_after(R"({"楼栋":null})") == Value{std::string(R"({"评估":"甲"})")});
  CHECK(extra_after(R"({"评估":null})") == Value{});
  CHECK(run.audits("household").size() == 3);
}

TEST_CASE("store::household_history reads an audited update as typed field changes")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  store::HouseholdWriter writer(run.context());
  writer.write(Household(community, 85.5, 3).fields);
  writer.write(Household(community, 86.25, 4).fields);

  const auto history = store::household_history(run.db(), "H001");
  REQUIRE(history.size() == 1);
  CHECK(history[0].kind == "update");
  CHECK(history[0].imported);
  CHECK_FALSE(history[0].note.has_value());
  REQUIRE(history[0].changes.fields.size() == 2);
  CHECK(history[0].changes.fields[0].field == "floor_area");
  CHECK(history[0].changes.fields[0].before == Value{85.5});
  CHECK(history[0].changes.fields[0].after == Value{86.25});
  CHECK(history[0].changes.fields[1].field == "members");
  CHECK(history[0].changes.fields[1].before == Value{std::int64_t{3}});
  CHECK(history[0].changes.fields[1].after == Value{std::int64_t{4}});
}

TEST_CASE("store::PersonWriter audits an update under the masked ID number")
{
  Run run;
  store::PersonWriter writer(run.context());
  store::PersonFields fields;
  fields.id_number = "430602198001011236";
  fields.name = "赵一";
  fields.gender = Value{std::string("male")};
  CHECK(writer.write(fields).outcome == store::Outcome::inserted);
  CHECK(writer.write(fields).outcome == store::Outcome::unchanged);
  fields.name = "赵一鸣";
  CHECK(writer.write(fields).outcome == store::Outcome::updated);
  const auto audits = run.audits("person");
  REQUIRE(audits.size() == 1);
  CHECK(audits[0][1] == Value{std::string("430602********1236")});
  CHECK(audits[0][2] == Value{std::string(R"({"name":["赵一","赵一鸣"]})")});
}

TEST_CASE("store::MetricWriter finds or adds the indicator and audits a changed value")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  store::MetricWriter writer(run.context());

  const auto added = writer.indicator("协税护税", std::string("万元"));
  CHECK(added.name == "协税护税");
  CHECK(added.unit == "万元");
  CHECK_FALSE(added.kind.has_value());
  const auto found = writer.indicator("协税护税", std::nullopt);
  CHECK(found.id == added.id);
  CHECK(found.unit == "万元");
  CHECK(run.count("SELECT count(*) FROM indicator") == 1);

  const auto first = writer.write(store::MetricValue{added.id, "协税护税", community, "2026-09", 10});
  CHECK(first.outcome == store::Outcome::inserted);
  const auto whole = writer.write(store::MetricValue{added.id, "协税护税", std::nullopt, "2026-09", 12.25});
  CHECK(whole.outcome == store::Outcome::inserted);

  CHECK(writer.write(store::MetricValue{added.id, "协税护税", community, "2026-09", 10}).outcome ==
        store::Outcome::unchanged);
  const auto changed = writer.write(store::MetricValue{added.id, "协税护税", community, "2026-09", 11.5});
  CHECK(changed.outcome == store::Outcome::updated);
  CHECK(changed.id == first.id);
  CHECK(run.row("SELECT indicator_id, value, community_id, month FROM metric_value WHERE id = ?", Value{first.id}) ==
        std::vector<Value>{added.id, 11.5, community, std::string("2026-09")});
  const auto key = "协税护税/" + std::to_string(community) + "/2026-09";
  CHECK(run.audits("metric_value") ==
        std::vector<std::vector<Value>>{{std::string("update"), key, std::string(R"({"value":[10.0,11.5]})"),
                                         run.run_id(), std::string("tester"), std::string(k_now)}});

  CHECK(writer.write(store::MetricValue{added.id, "协税护税", std::nullopt, "2026-09", 13}).outcome ==
        store::Outcome::updated);
  CHECK(run.audits("metric_value").back()[1] == Value{std::string("协税护税//2026-09")});
  CHECK(run.count("SELECT count(*) FROM metric_value") == 2);
}

TEST_CASE("store::IndicatorWriter registers an indicator's unit and kind and audits a change")
{
  Run run;
  store::IndicatorWriter writer(run.context());
  const auto inserted = writer.write(store::IndicatorFields{"常住人口", Value{std::string("人")}, std::nullopt});
  CHECK(inserted.outcome == store::Outcome::inserted);
  CHECK(writer.write(store::IndicatorFields{"常住人口", std::nullopt, std::nullopt}).outcome ==
        store::Outcome::unchanged);
  CHECK(writer.write(store::IndicatorFields{"常住人口", std::nullopt, Value{std::string("stock")}}).outcome ==
        store::Outcome::updated);
  const auto stored = store::find_indicator(run.db(), "常住人口");
  REQUIRE(stored.has_value());
  CHECK(stored->id == inserted.id);
  CHECK(stored->unit == "人");
  CHECK(stored->kind == dongmao::figures::IndicatorKind::stock);
  CHECK(run.audits("indicator").back()[2] == Value{std::string(R"({"kind":[null,"stock"]})")});
}

TEST_CASE("store::EnrollmentWriter starts a new enrollment surveyed and keeps its stage events")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  const auto household_id = store::HouseholdWriter(run.context()).write(Household(community, 85.5, 3).fields).id;
  const auto project_id = add_project(run);
  store::EnrollmentWriter writer(run.context());

  store::EnrollmentFields fields;
  fields.project_id = project_id;
  fields.household_id = household_id;
  fields.stage_dates = {{"surveyed", "2026-03-01"}};
  const auto inserted = writer.write(fields, "JHS2/H001");
  CHECK(inserted.outcome == store::Outcome::inserted);
  CHECK(run.row("SELECT stage, stage_date FROM enrollment WHERE id = ?", Value{inserted.id}) ==
        std::vector<Value>{std::string("surveyed"), Value{}});
  CHECK(writer.write(fields, "JHS2/H001").outcome == store::Outcome::unchanged);

  // A corrected date moves the imported event instead of adding one; the row itself is unchanged.
  fields.stage_dates = {{"surveyed", "2026-03-02"}};
  CHECK(writer.write(fields, "JHS2/H001").outcome == store::Outcome::updated);
  CHECK(run.count("SELECT count(*) FROM stage_event") == 1);
  CHECK(run.row("SELECT stage, effective_date, operator, import_run_id FROM stage_event WHERE enrollment_id = ?",
                Value{inserted.id}) ==
        std::vector<Value>{std::string("surveyed"), std::string("2026-03-02"), std::string("tester"), run.run_id()});
  CHECK(run.audits("enrollment").empty());

  fields.stage = Value{std::string("signed")};
  fields.stage_date = Value{std::string("2026-05-01")};
  fields.compensation_cents = Value{std::int64_t{12500000}};
  fields.stage_dates.push_back({"signed", "2026-05-01"});
  CHECK(writer.write(fields, "JHS2/H001").outcome == store::Outcome::updated);
  CHECK(run.count("SELECT count(*) FROM stage_event") == 2);
  CHECK(run.audits("enrollment").back()[2] ==
        Value{std::string(R"({"compensation_cents":[null,12500000],"stage":["surveyed","signed"],)"
                          R"("stage_date":[null,"2026-05-01"]})")});
}

TEST_CASE("store::EnrollmentWriter never re-dates nor repeats a stage event recorded with a command")
{
  Run run;
  const auto community = add_community(run, "东茅岭社区");
  const auto household_id = store::HouseholdWriter(run.context()).write(Household(community, 85.5, 3).fields).id;
  const auto project_id = add_project(run);
  store::EnrollmentWriter writer(run.context());
  CHECK_FALSE(writer.stored(project_id, household_id).has_value());

  store::EnrollmentFields fields;
  fields.project_id = project_id;
  fields.household_id = household_id;
  fields.stage = Value{std::string("signed")};
  fields.stage_dates = {{"signed", "2026-11-20"}};
  writer.write(fields, "JHS2/H001");
  CHECK_FALSE(writer.stored(project_id, household_id)->stage_by_command);
  // As `dongmao household stage` records it: no import run.
  Statement(run.db(), "UPDATE stage_event SET import_run_id = NULL").run();
  const auto stored = writer.stored(project_id, household_id);
  REQUIRE(stored.has_value());
  CHECK(stored->household_code == "H001");
  CHECK(stored->stage == "signed");
  CHECK(stored->stage_by_command);

  fields.stage_dates = {{"signed", "2026-11-21"}};
  CHECK(writer.write(fields, "JHS2/H001").outcome == store::Outcome::unchanged);
  CHECK(run.count("SELECT count(*) FROM stage_event") == 1);
  CHECK(run.row("SELECT effective_date FROM stage_event WHERE stage = ?", Value{std::string("signed")}) ==
        std::vector<Value>{std::string("2026-11-20")});
}

TEST_CASE("store::PetitionLedgerWriter writes the case, its petitioner and its events")
{
  Run run;
  store::PetitionLedgerWriter writer(run.context());
  store::PetitionLedgerFields fields;
  fields.case_no = "XF001";
  fields.received_date = "2026-10-08";
  fields.channel = Value{std::string("visit")};
  fields.people_count = Value{std::int64_t{3}};
  fields.category = Value{std::string("征拆补偿")};
  fields.status = Value{std::string("accepted")};
  fields.accepted_date = Value{std::string("2026-10-09")};
  fields.petitioner = store::LedgerPetitioner{"张伟", std::nullopt, std::string("13800000001")};
  fields.steps = {{dongmao::petition::Action::accept, "2026-10-09"}};

  const auto inserted = writer.write(fields);
  CHECK(inserted.outcome == store::Outcome::inserted);
  CHECK(writer.find("XF001") == std::optional<std::int64_t>(inserted.id));
  CHECK_FALSE(writer.find("XF002").has_value());
  CHECK(run.row("SELECT status, escalated, repeated, people_count FROM petition WHERE id = ?", Value{inserted.id}) ==
        std::vector<Value>{std::string("accepted"), std::int64_t{0}, std::int64_t{0}, std::int64_t{3}});
  CHECK(run.count("SELECT count(*) FROM petition_event WHERE detail = 'import'") == 2);
  const auto stored = writer.stored_case("XF001");
  REQUIRE(stored.has_value());
  CHECK(stored->status == "accepted");
  CHECK_FALSE(stored->last_action.has_value()); // no step taken with `dongmao petition`
  CHECK(writer.write(fields).outcome == store::Outcome::unchanged);

  // A new phone changes the petitioner, not the case: updated, with no audit entry.
  fields.petitioner->phone = "13800000002";
  CHECK(writer.write(fields).outcome == store::Outcome::updated);
  CHECK(run.row("SELECT phone, is_representative FROM petitioner WHERE petition_id = ?", Value{inserted.id}) ==
        std::vector<Value>{std::string("13800000002"), std::int64_t{1}});
  CHECK(run.audits("petition").empty());
}

TEST_CASE("store::ProjectWriter gives a new renovation project its standard milestones, once")
{
  Run run;
  store::ProjectWriter writer(run.context());
  store::ProjectFields fields;
  fields.code = "LJ01";
  fields.name = "老旧小区一期";
  fields.kind = "renovation";
  const auto inserted = writer.write(fields);
  CHECK(inserted.outcome == store::Outcome::inserted);
  CHECK(run.row("SELECT status FROM project WHERE id = ?", Value{inserted.id}) ==
        std::vector<Value>{std::string("active")});
  CHECK(run.count("SELECT count(*) FROM milestone") == 8);
  CHECK(run.row("SELECT name FROM milestone WHERE seq = ?", Value{std::int64_t{8}}) ==
        std::vector<Value>{std::string("竣工验收")});
  fields.target_households = Value{std::int64_t{120}};
  CHECK(writer.write(fields).outcome == store::Outcome::updated);
  CHECK(run.count("SELECT count(*) FROM milestone") == 8);
}

TEST_CASE("store::OrganisationWriter keys an organisation without a credit code by its name")
{
  Run run;
  store::OrganisationWriter writer(run.context());
  store::OrganisationFields fields;
  fields.name = "老王面馆";
  fields.kind = Value{std::string("individual")};
  const auto inserted = writer.write(fields);
  CHECK(inserted.outcome == store::Outcome::inserted);
  CHECK(run.row("SELECT credit_code, key_taxpayer FROM organisation WHERE id = ?", Value{inserted.id}) ==
        std::vector<Value>{Value{}, std::int64_t{0}});
  fields.address = Value{std::string("洞庭路2号")};
  const auto updated = writer.write(fields);
  CHECK(updated.outcome == store::Outcome::updated);
  CHECK(updated.id == inserted.id);
  CHECK(run.audits("organisation").back()[1] == Value{std::string("老王面馆")});
}

TEST_CASE("store::finish_import_run records the counts and the run's audit entry")
{
  Run run;
  store::finish_import_run(run.context(), "households", "台账.xlsx", "abc", store::ImportCounts{5, 2, 1, 1, 1});
  CHECK(run.row("SELECT status, rows_read, inserted, updated, unchanged, rejected, sha256, finished_at FROM import_run "
                "WHERE id = ?",
                Value{run.run_id()}) == std::vector<Value>{std::string("committed"), std::int64_t{5}, std::int64_t{2},
                                                           std::int64_t{1}, std::int64_t{1}, std::int64_t{1},
                                                           std::string("abc"), std::string(k_now)});
  CHECK(run.audits("households") ==
        std::vector<std::vector<Value>>{
          {std::string("import"), std::string("台账.xlsx"),
           std::string(R"({"inserted":2,"rejected":1,"sha256":"abc","unchanged":1,"updated":1})"), run.run_id(),
           std::string("tester"), std::string(k_now)}});
}
