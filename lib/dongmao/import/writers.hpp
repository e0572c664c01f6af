#pragma once

#include <dongmao/import/writer.hpp>
#include <dongmao/store/household_write.hpp>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace dongmao::import {

// One factory per entity; each lives in its own file.
std::unique_ptr<Writer> make_community_writer(WriterContext& context);
std::unique_ptr<Writer> make_grid_writer(WriterContext& context);
std::unique_ptr<Writer> make_household_writer(WriterContext& context);
std::unique_ptr<Writer> make_person_writer(WriterContext& context);
std::unique_ptr<Writer> make_organisation_writer(WriterContext& context);
std::unique_ptr<Writer> make_project_writer(WriterContext& context);
std::unique_ptr<Writer> make_enrollment_writer(WriterContext& context);
std::unique_ptr<Writer> make_petition_writer(WriterContext& context);
std::unique_ptr<Writer> make_metric_writer(WriterContext& context);
std::unique_ptr<Writer> make_indicator_writer(WriterContext& context);
std::unique_ptr<Writer> make_unit_writer(WriterContext& context);

// A metrics sheet is long (指标, 数值 columns) or wide (one column per indicator, unknown to
// the mapping); --month stands for a 月份 column.
SheetLayout metric_sheet_layout(const Mapping& mapping, const Header& header, const std::optional<std::string>& month);

// The household part of a household or project-ledger row; shared by both writers.
class HouseholdPart
{
public:
  explicit HouseholdPart(WriterContext& context);

  // For the households import (one row a key) into an empty table: the store skips its
  // lookups, and a load by code from one sheet builds the table's secondary indexes and checks
  // the head ID numbers once all its rows are in (finish).
  void load_in_bulk_if_empty()
  {
    m_writer.skip_lookups_if_empty();
    if (!m_writer.empty_at_start()) {
      return;
    }
    m_identity.codes_all_new();
    if (m_context.match.value_or(MatchBy::code) == MatchBy::code && !m_context.several_sheets) {
      m_writer.defer_indexes();
      m_identity.check_id_numbers_later();
      m_bulk = true;
    }
  }

  // Ends the run's writes: in a load into the empty table, the rows whose head ID number an
  // earlier row of the file has, taken back (the check write() makes row by row otherwise).
  std::vector<LateRejection> finish();

  // Whether this is such a load, in which the table's own UNIQUE code refuses a repeated code.
  bool loads_in_bulk() const { return m_bulk; }

  // In a workspace that had households, remembers which row of the file wrote each, so that a
  // household written by two rows is caught though one of them was passed over (the
  // households import, whose records carry fingerprints).
  void track_written_rows() { m_track_rows = !m_writer.empty_at_start(); }

  // Row `row` was passed over, its household `id` as it left it; RowProblem when an earlier
  // row wrote `id`.
  void passed_over(std::int64_t id, std::size_t row);

  // Validates and upserts the household of `record` (found as HouseholdIdentity finds it,
  // within `project_id` for a project ledger); returns its id via `id`.
  store::Outcome write(const Record& record, std::int64_t& id, std::optional<std::int64_t> project_id = std::nullopt);

  // The key of `record` among the file's rows.
  std::string key(const Record& record) const { return m_identity.key(record); }

  // The code of the household the last write found or created.
  const std::string& last_code() const { return m_last_code; }

private:
  // The community and grid ids of a row, as References resolves its 社区 and 网格 cells.
  struct Place
  {
    std::optional<domain::Value> community;
    std::optional<domain::Value> grid;
  };

  Place place(const Record& record);
  // Drops the places kept once References has created or reloaded a name since.
  void forget_places_if_changed();

  // The row of the file that wrote household `id` so far; 0 for none.
  std::uint32_t written_by(std::int64_t id) const;
  void mark(std::int64_t id, std::size_t row);
  // The row that wrote household `id` in a load into the empty table.
  std::size_t loaded_by(std::int64_t id) const;

  WriterContext& m_context;
  store::HouseholdWriter m_writer;
  HouseholdIdentity m_identity;
  std::string m_last_code;
  // What References answered for each pair of cells since it was last asked: a ledger names a
  // few dozen grids over and over, and matching a name normalises it (NFKC) every time.
  struct KeyHash
  {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
  };
  std::unordered_map<std::string, Place, KeyHash, std::equal_to<>> m_places;
  std::string m_place_key;          // the key of the row asked last, kept for its capacity
  std::size_t m_places_changes = 0; // References::changes() when m_places was last cleared
  bool m_track_rows = false;
  bool m_passed_over_any = false;
  bool m_bulk = false;
  // By household id, the row that wrote it (0 for none), in pages of k_written_page ids made
  // as ids are marked: a run adding a million households to three million keeps the pages of
  // the new ids and of those it touched, never one array as long as the largest id.
  static constexpr std::size_t k_written_page = std::size_t{1} << 16;
  std::vector<std::unique_ptr<std::uint32_t[]>> m_written_by;
  // In a load into the empty table the ids rise with the rows, mostly one for one: the rows
  // are kept as the runs of ids whose row is id + a constant, each as (first id, its row).
  std::vector<std::pair<std::int64_t, std::size_t>> m_loaded_runs;
};

// The text of a required field, or a RowProblem naming it.
std::string required_text(const Record& record, std::string_view field, const char* label);

// The record's unknown columns as JSON object text for the store, which merges it key by key
// into what is stored: nullopt when the file has none. Where empty cells clear, the file's
// unknown columns this row leaves empty are null keys, which the merge removes.
std::optional<domain::Value> extra_column(const Record& record, const WriterContext& context);

// `column` with an empty cell read as `fallback` where empty cells clear (a command's "",
// --clear-empty); elsewhere an empty cell keeps what is stored and a new row gets the
// store's default.
std::optional<domain::Value> column_or(const WriterContext& context, std::optional<domain::Value> column,
                                       domain::Value fallback);

// The community id of the record's `community` column, if the file has one and it is filled.
std::optional<domain::Value> community_column(const Record& record, WriterContext& context);

// The household id of the record's `household` column (a 户编号 that must exist).
std::optional<domain::Value> household_column(const Record& record, WriterContext& context);

// The project id of the record's `project` column (code or name).
std::optional<domain::Value> project_column(const Record& record, WriterContext& context);

} // namespace dongmao::import
