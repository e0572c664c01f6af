// Writers of the reference and register entities: communities, grids, households, persons,
// organisations, projects.
#include <dongmao/db/connection.hpp>
#include <dongmao/domain/id_card.hpp>
#include <dongmao/import/writers.hpp>
#include <dongmao/store/household_fingerprint.hpp>
#include <dongmao/store/organisation_write.hpp>
#include <dongmao/store/project_write.hpp>
#include <dongmao/store/reference_write.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/rows.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace dongmao::import {

std::string required_text(const Record& record, std::string_view field, const char* label)
{
  if (const auto* text = std::get_if<std::string>(&record.get(field))) {
    return *text;
  }
  throw RowProblem(std::string(field), text::format(text::k_row_empty, label));
}

std::optional<domain::Value> community_column(const Record& record, WriterContext& context)
{
  if (!record.has("community")) {
    return std::nullopt;
  }
  const auto text = record.text("community");
  if (!text) {
    return domain::Value{};
  }
  try {
    return domain::Value{context.references.community(*text)};
  } catch (const store::ReferenceError& error) {
    throw RowProblem("community", error.what());
  }
}

std::optional<domain::Value> household_column(const Record& record, WriterContext& context)
{
  if (!record.has("household")) {
    return std::nullopt;
  }
  const auto code = record.text("household");
  if (!code) {
    return domain::Value{};
  }
  try {
    return domain::Value{context.references.require_household(*code)};
  } catch (const store::ReferenceError& error) {
    throw RowProblem("household", error.what());
  }
}

std::optional<domain::Value> project_column(const Record& record, WriterContext& context)
{
  if (!record.has("project")) {
    return std::nullopt;
  }
  const auto text = record.text("project");
  if (!text) {
    return domain::Value{};
  }
  try {
    return domain::Value{context.references.project(*text)};
  } catch (const store::ReferenceError& error) {
    throw RowProblem("project", error.what());
  }
}

std::optional<domain::Value> extra_column(const Record& record, const WriterContext& context)
{
  if (!record.extra_present) {
    return std::nullopt;
  }
  if (!context.store.empty_clears) {
    return domain::Value{record.extra.empty() ? std::string("{}") : record.extra};
  }
  auto extra = record.extra.empty() ? nlohmann::json::object() : nlohmann::json::parse(record.extra);
  for (const auto& header : context.extra_headers) {
    if (!extra.contains(header)) {
      extra[header] = nullptr;
    }
  }
  return domain::Value{extra.dump()};
}

std::optional<domain::Value> column_or(const WriterContext& context, std::optional<domain::Value> column,
                                       domain::Value fallback)
{
  if (column && is_null(*column)) {
    return context.store.empty_clears ? std::optional<domain::Value>(std::move(fallback)) : std::nullopt;
  }
  return column;
}

namespace {

class CommunityWriter : public Writer
{
public:
  explicit CommunityWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override { return record.text("name").value_or(""); }

  store::Outcome write(const Record& record) override
  {
    const auto name = required_text(record, "name", "社区名称");
    const auto result = m_writer.write(
      store::CommunityFields{name, record.column("code"), record.column("area_km2"), extra_column(record, m_context)});
    m_context.references.reload();
    return result.outcome;
  }

private:
  WriterContext& m_context;
  store::CommunityWriter m_writer;
};

class GridWriter : public Writer
{
public:
  explicit GridWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override
  {
    return record.text("community").value_or("") + "/" + record.text("name").value_or("");
  }

  store::Outcome write(const Record& record) override
  {
    const auto name = required_text(record, "name", "网格名称");
    required_text(record, "community", "社区");
    const auto community = community_column(record, m_context);
    const auto result = m_writer.write(store::GridFields{std::get<std::int64_t>(*community), name,
                                                         record.column("code"), extra_column(record, m_context)},
                                       key(record));
    m_context.references.reload();
    return result.outcome;
  }

private:
  WriterContext& m_context;
  store::GridWriter m_writer;
};

class HouseholdWriter : public Writer
{
public:
  explicit HouseholdWriter(WriterContext& context) : m_part(context)
  {
    m_part.load_in_bulk_if_empty();
    m_part.track_written_rows();
  }

  std::string key(const Record& record) const override { return m_part.key(record); }

  store::Outcome write(const Record& record) override
  {
    std::int64_t id = 0;
    return m_part.write(record, id);
  }

  bool fingerprinted() const override { return true; }

  store::Outcome unchanged(std::int64_t id, std::size_t row) override
  {
    m_part.passed_over(id, row);
    return store::Outcome::unchanged;
  }

  std::vector<LateRejection> finish() override { return m_part.finish(); }

  bool refuses_repeated_keys() const override { return m_part.loads_in_bulk(); }

private:
  HouseholdPart m_part;
};

class PersonWriter : public Writer
{
public:
  explicit PersonWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override { return record.text("id_number").value_or(""); }

  store::Outcome write(const Record& record) override
  {
    const auto id_number = required_text(record, "id_number", "身份证号");
    const auto name = required_text(record, "name", "姓名");
    const auto household = household_column(record, m_context);
    // Gender and birth date follow from the ID number when the ledger leaves them out.
    auto gender = record.column("gender");
    if (!gender || is_null(*gender)) {
      const char digit = id_number[16];
      gender = domain::Value{std::string((digit - '0') % 2 == 1 ? "male" : "female")};
    }
    auto birth = record.column("birth_date");
    if (!birth || is_null(*birth)) {
      if (const auto date = domain::id_card_birth_date(id_number)) {
        birth = domain::Value{date->iso()};
      }
    }
    return m_writer
      .write(store::PersonFields{id_number, name, household, community_column(record, m_context),
                                 record.column("relation"), record.column("residence_type"), std::move(gender),
                                 std::move(birth), record.column("phone"), record.column("tags"),
                                 extra_column(record, m_context)})
      .outcome;
  }

private:
  WriterContext& m_context;
  store::PersonWriter m_writer;
};

class OrganisationWriter : public Writer
{
public:
  explicit OrganisationWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override
  {
    return record.text("credit_code").value_or("name:" + record.text("name").value_or(""));
  }

  store::Outcome write(const Record& record) override
  {
    const auto name = required_text(record, "name", "单位名称");
    required_text(record, "kind", "单位类型");
    auto community = community_column(record, m_context);
    auto taxpayer = column_or(m_context, record.column("key_taxpayer"), domain::Value{std::int64_t{0}});
    return m_writer
      .write(store::OrganisationFields{record.text("credit_code"), name, record.column("kind"), std::move(community),
                                       record.column("address"), record.column("contact"), record.column("phone"),
                                       std::move(taxpayer), record.column("registration_date"),
                                       extra_column(record, m_context)})
      .outcome;
  }

private:
  WriterContext& m_context;
  store::OrganisationWriter m_writer;
};

class ProjectWriter : public Writer
{
public:
  explicit ProjectWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override { return project_key(record); }

  store::Outcome write(const Record& record) override
  {
    const auto code = project_code(record, m_context);
    const auto name = required_text(record, "name", "项目名称");
    const auto kind = required_text(record, "kind", "项目类型");
    auto status = column_or(m_context, record.column("status"), domain::Value{std::string("active")});
    const auto start = record.text("start_date");
    const auto due = record.text("due_date");
    if (start && due && *due < *start) {
      throw RowProblem("due_date", text::format(text::k_row_due_before_start, *due, *start));
    }
    const auto result = m_writer.write(store::ProjectFields{
      code, name, kind, record.column("mode"), community_column(record, m_context), record.column("start_date"),
      record.column("due_date"), record.column("target_households"), record.column("investment"), std::move(status),
      record.column("note"), extra_column(record, m_context)});
    m_context.references.reload();
    return result.outcome;
  }

private:
  WriterContext& m_context;
  store::ProjectWriter m_writer;
};

} // namespace

HouseholdPart::HouseholdPart(WriterContext& context) : m_context(context), m_writer(context.store), m_identity(context)
{
}

namespace {
constexpr std::size_t k_places_kept = 4096;
}

void HouseholdPart::forget_places_if_changed()
{
  if (m_context.references.changes() != m_places_changes) {
    m_places.clear();
    m_places_changes = m_context.references.changes();
  }
}

HouseholdPart::Place HouseholdPart::place(const Record& record)
{
  forget_places_if_changed();
  auto& key = m_place_key;
  key.clear();
  for (const auto* field : {"community", "grid"}) {
    const auto* value = record.lend(field);
    key += value ? '+' : '-';
    if (const auto* text = value ? std::get_if<std::string>(value) : nullptr) {
      key += *text;
    }
    key += '\0';
  }
  if (const auto known = m_places.find(std::string_view(key)); known != m_places.end()) {
    return known->second;
  }
  // Asking References may create a community or grid (--create-missing), which can change
  // what other names match: the answers kept so far are dropped when it did, and bad names
  // are never kept.
  Place found;
  auto& community = found.community;
  community = community_column(record, m_context);
  auto& grid = found.grid;
  if (record.has("grid")) {
    grid = domain::Value{};
    if (const auto name = record.text("grid")) {
      std::optional<std::int64_t> within;
      if (community && !is_null(*community)) {
        within = std::get<std::int64_t>(*community);
      }
      try {
        const auto grid_id = m_context.references.grid(within, *name);
        grid = domain::Value{grid_id};
        if (!within) {
          community = domain::Value{m_context.references.community_of_grid(grid_id)};
        }
      } catch (const store::ReferenceError& error) {
        throw RowProblem("grid", error.what());
      }
    }
  }
  forget_places_if_changed();
  // A ledger of free-text names must not grow it without bound.
  if (m_places.size() < k_places_kept) {
    m_places.emplace(key, found);
  }
  return found;
}

std::uint32_t HouseholdPart::written_by(std::int64_t id) const
{
  const auto at = static_cast<std::size_t>(id);
  const auto page = at / k_written_page;
  return page < m_written_by.size() && m_written_by[page] ? m_written_by[page][at % k_written_page] : 0;
}

void HouseholdPart::mark(std::int64_t id, std::size_t row)
{
  const auto at = static_cast<std::size_t>(id);
  const auto page = at / k_written_page;
  if (page >= m_written_by.size()) {
    m_written_by.resize(page + 1);
  }
  if (!m_written_by[page]) {
    m_written_by[page] = std::make_unique<std::uint32_t[]>(k_written_page); // zeroed: no row
  }
  m_written_by[page][at % k_written_page] = static_cast<std::uint32_t>(row);
}

std::size_t HouseholdPart::loaded_by(std::int64_t id) const
{
  const auto run = std::upper_bound(m_loaded_runs.begin(), m_loaded_runs.end(), id,
                                    [](std::int64_t at, const auto& start) { return at < start.first; });
  if (run == m_loaded_runs.begin()) {
    return 0;
  }
  const auto& [first_id, first_row] = *std::prev(run);
  return first_row + static_cast<std::size_t>(id - first_id);
}

void HouseholdPart::passed_over(std::int64_t id, std::size_t row)
{
  if (m_track_rows) {
    if (const auto earlier = written_by(id)) {
      throw RowProblem("",
                       text::format(text::k_same_key_as_row, earlier, store::household_code(m_context.store.db, id)));
    }
    mark(id, row);
  }
  m_passed_over_any = true;
}

store::Outcome HouseholdPart::write(const Record& record, std::int64_t& id, std::optional<std::int64_t> project_id)
{
  const auto code = m_identity.code(record, project_id);
  // A household an earlier row left as it was, written again by this row: the file lists it
  // twice (the duplicate-key check saw only the rows it read in full).
  if (m_passed_over_any) {
    if (const auto stored = m_writer.find(code); stored && written_by(*stored)) {
      throw RowProblem("", text::format(text::k_same_key_as_row, written_by(*stored), code));
    }
  }
  // The schema refuses a negative area; say so as a row problem rather than fail the run.
  if (const auto* area = std::get_if<double>(&record.get("floor_area")); area && *area < 0) {
    throw RowProblem("floor_area", text::format(text::k_row_area_negative, to_text(record.get("floor_area"))));
  }
  const auto [community, grid] = place(record);
  domain::Value composed_address;
  // A project ledger's own columns belong to the enrollment: the household ledger's and
  // every project's extra data then never overwrite each other, even under the same name.
  const auto extra = project_id ? std::nullopt : extra_column(record, m_context);
  const auto fingerprint =
    record.fingerprint ? domain::Value{static_cast<std::int64_t>(*record.fingerprint)} : domain::Value{};
  const auto lent = [](const std::optional<domain::Value>& value) { return value ? &*value : nullptr; };
  const store::HouseholdFields fields{code,
                                      lent(community),
                                      lent(grid),
                                      m_identity.address(record, composed_address),
                                      record.lend("head_name"),
                                      record.lend("head_id_number"),
                                      record.lend("phone"),
                                      record.lend("members"),
                                      record.lend("housing_type"),
                                      record.lend("floor_area"),
                                      record.lend("note"),
                                      lent(extra),
                                      record.fingerprint ? &fingerprint : nullptr};
  store::WriteResult result;
  try {
    result = m_writer.write(fields);
  } catch (const db::SqliteError& error) {
    // In a load into the empty table the file's codes are not kept as they are read: the
    // table's UNIQUE code refuses the second row of one.
    if (!m_bulk || !error.unique_violation()) {
      throw;
    }
    const auto earlier = m_writer.find(code);
    throw RowProblem("", text::format(text::k_same_key_as_row, earlier ? loaded_by(*earlier) : 0, code));
  }
  id = result.id;
  if (m_track_rows) {
    mark(id, record.row);
  }
  if (m_bulk && (m_loaded_runs.empty() || id - m_loaded_runs.back().first !=
                                            static_cast<std::int64_t>(record.row - m_loaded_runs.back().second))) {
    m_loaded_runs.emplace_back(id, record.row);
  }
  m_last_code = code;
  return result.outcome;
}

std::vector<LateRejection> HouseholdPart::finish()
{
  std::vector<LateRejection> refused;
  for (const auto& later : m_writer.end_load()) {
    refused.push_back(
      LateRejection{loaded_by(later.id),
                    RowProblem("head_id_number", text::format(text::k_id_number_of_another, later.first_code,
                                                              later.code, text::format(text::k_id_number_hint)))});
  }
  std::sort(refused.begin(), refused.end(),
            [](const LateRejection& a, const LateRejection& b) { return a.row < b.row; });
  return refused;
}

std::unique_ptr<Writer> make_community_writer(WriterContext& context)
{
  return std::make_unique<CommunityWriter>(context);
}

std::unique_ptr<Writer> make_grid_writer(WriterContext& context)
{
  return std::make_unique<GridWriter>(context);
}

std::unique_ptr<Writer> make_household_writer(WriterContext& context)
{
  return std::make_unique<HouseholdWriter>(context);
}

std::unique_ptr<Writer> make_person_writer(WriterContext& context)
{
  return std::make_unique<PersonWriter>(context);
}

std::unique_ptr<Writer> make_organisation_writer(WriterContext& context)
{
  return std::make_unique<OrganisationWriter>(context);
}

std::unique_ptr<Writer> make_project_writer(WriterContext& context)
{
  return std::make_unique<ProjectWriter>(context);
}

} // namespace dongmao::import
