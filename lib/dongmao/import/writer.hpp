#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/figures/indicator.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/identity.hpp>
#include <dongmao/import/record.hpp>
#include <dongmao/store/references.hpp>
#include <dongmao/store/upsert.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// A ledger row that is behind the workspace on a field only commands and later ledgers move
// on (a stage, a consent, a petition's status): the workspace's value is kept.
struct KeptNewer
{
  std::size_t row = 0;
  std::string key;    // the household code, the case number
  std::string field;  // stage, consent or status
  std::string kept;   // the stored code
  std::string ledger; // the code the ledger row gives
};

// What every entity writer shares during one import run (or one command's edit).
struct WriterContext
{
  store::WriteContext& store; // the connection, audit log, import run and timestamp of the writes
  store::References& references;
  domain::Date today;
  std::optional<std::string> project; // --project
  std::optional<std::string> month;   // --month, wide metrics
  std::vector<std::string>* warnings = nullptr;
  std::string source;                                     // "FILE" or "FILE: sheet S", for warnings
  const figures::IndicatorRegister* indicators = nullptr; // dongmao.toml [indicators], for metrics
  std::optional<MatchBy> match = std::nullopt;            // how households are found; none: by code
  std::vector<std::string> extra_headers{};               // the file's columns kept as extra data
  std::vector<KeptNewer>* kept_newer = nullptr;           // rows kept as the workspace has them
  bool several_sheets = false;                            // rows of one number may be on two sheets
};

// A row refused only once every row was written (Writer::finish); what it wrote is gone.
struct LateRejection
{
  std::size_t row = 0;
  RowProblem problem;
};

// Writes the records of one entity; throws RowProblem for a bad row before writing it.
class Writer
{
public:
  virtual ~Writer() = default;

  // Validates and writes one record.
  virtual store::Outcome write(const Record& record) = 0;

  // The natural key of `record` for duplicate detection within one file.
  virtual std::string key(const Record& record) const = 0;

  // Whether the writer keeps each record's fingerprint with the row it writes, so that a
  // re-import may pass over the rows that would change nothing (import/fingerprint.hpp).
  virtual bool fingerprinted() const { return false; }

  // Counts row `row` of the file, passed over because the stored row `id` holds its
  // fingerprint; RowProblem when an earlier row of the file already wrote `id`.
  virtual store::Outcome unchanged(std::int64_t id, std::size_t row);

  // Whether the store itself refuses a row whose key an earlier row of the file wrote, so
  // that the rows' keys need not be kept while the file is read (RowPreparer).
  virtual bool refuses_repeated_keys() const { return false; }

  // Completes the run's writes once every row is written; returns the rows only this refuses,
  // in row order, each an inserted row taken back.
  virtual std::vector<LateRejection> finish() { return {}; }
};

// The writer of `mapping.entity`.
std::unique_ptr<Writer> make_writer(const Mapping& mapping, WriterContext& context);

// How the writer of an entity reads a sheet, as its header shows before any row is read.
struct SheetLayout
{
  std::vector<std::string> optional_fields; // required fields this sheet may leave without a column
  bool unknown_columns_are_values = false;  // the columns no field claims are data, not leftovers
  std::string problem;                      // why the writer cannot use the header; "" when it can
};

// The layout of a sheet of `mapping.entity` with `header`; `month` is --month.
SheetLayout sheet_layout(const Mapping& mapping, const Header& header, const std::optional<std::string>& month);

} // namespace dongmao::import
