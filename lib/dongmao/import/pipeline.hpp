#pragma once

#include <dongmao/import/identity.hpp>
#include <dongmao/import/writer.hpp>
#include <dongmao/read/reader.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// What to do with bad rows.
enum class OnError
{
  abort, // write nothing
  skip,  // import the good rows
};

// One `dongmao import` request.
struct ImportRequest
{
  std::string entity;
  std::filesystem::path file;
  read::ReaderOptions reader;
  std::optional<std::filesystem::path> mapping_file;
  bool dry_run = false;
  OnError on_error = OnError::abort;
  bool clear_empty = false; // an empty cell clears the stored value (else it keeps it)
  bool create_missing = false;
  bool force = false;                               // with create_missing: even a name one edit from a known one
  std::optional<MatchBy> match;                     // households: --match; none: by the columns there are
  bool strict = false;                              // a column no field claims is an error, not extra data
  std::optional<std::string> project;               // enrollments: the project of every row
  std::optional<std::string> month;                 // metrics: the month of a wide sheet
  std::optional<std::filesystem::path> errors_file; // where the rejected rows go, as they are found
  std::string operator_name;
  std::string now;
  domain::Date today;
  bool show_pii = false; // --show-pii: ID and phone numbers in errors unmasked
  bool bulk = false;     // --bulk: a rollback journal for this run; readers wait until it ends
  // Called every batch of rows with the rows read so far and, when the reader can tell, the
  // share of the file read (progress display).
  std::function<void(std::int64_t rows, std::optional<double> share)> progress;
};

// A rejected row: where and why.
struct RowError
{
  std::size_t row = 0;
  std::string column; // "F (身份证号)", or "" for the whole row
  std::string message;
  std::string sheet = {}; // the sheet of the row, when the import read several
};

// Errors an import keeps for its summary; the rest are counted (and all are in the errors file).
inline constexpr std::size_t k_errors_kept = 100;

// A column no field claims: kept as extra data, and named so nobody misses it.
struct UnmappedColumn
{
  std::string column;                   // F
  std::string header;                   // 所在网格
  std::optional<std::string> resembles; // the field it looks most like, when one is close
  std::string resembles_label;          // that field as people call it (户主姓名; head_name in English)
};

// What an import did.
struct ImportSummary
{
  std::string entity;
  std::string file;
  std::string sheet;
  std::string sheet_searched; // the first sheet, when it had no header and `sheet` was found after it
  std::string format;         // the reader's describe()
  std::string sha256;
  std::size_t header_row = 0;
  std::string match; // how households were found: code, id or address; "" for other entities
  std::int64_t rows_read = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t unchanged = 0;
  std::int64_t passed_over = 0; // of the unchanged: rows as the last import wrote them, not read again
  std::int64_t rejected = 0;
  std::vector<std::string> unknown_columns;
  std::vector<UnmappedColumn> unmapped;
  std::vector<std::string> context;       // what was taken from around the table: a title's year, a sheet's community
  std::vector<std::size_t> total_rows;    // 合计/小计 rows, skipped
  std::vector<std::size_t> note_rows;     // 填表人：/审核人：/注： lines, skipped
  std::vector<std::size_t> unfilled_rows; // rows with no field's column filled, skipped
  std::vector<std::string> warnings;      // the first k_errors_kept of the rows', and the writers'
  std::int64_t warnings_omitted = 0;      // rows' warnings after those
  std::vector<KeptNewer> kept_newer;      // rows behind the workspace, kept as it has them
  std::vector<RowError> errors;           // the first k_errors_kept
  std::int64_t errors_omitted = 0;        // errors after those
  std::vector<std::string> header;        // the header cells, for the errors file
  bool committed = false;
  bool bulk = false; // written under a rollback journal (--bulk, when no other program had the workspace open)
  std::optional<std::int64_t> import_run_id;
};

// Imports `request.file` into the workspace in one transaction: commits when there is no bad
// row (or --on-error skip) and not a dry run. Bad rows are returned in the summary (the
// first k_errors_kept) and written to `request.errors_file`, not thrown; a file that cannot be read at all throws
// DataError / InputMissing.
ImportSummary run_import(workspace::Workspace& ws, const ImportRequest& request);

// "file: sheet S, row R, column C: message" for one bad row.
std::string describe_error(const ImportSummary& summary, const RowError& error);

// "file" or "file: sheet S": where the import read, for messages.
std::string where(const ImportSummary& summary);

// The rejected rows — 行号, the original cells, 错误原因 — written to disk as they are found,
// so staff can fix them and import the file again; only the current row is in memory.
class ErrorsFile
{
public:
  virtual ~ErrorsFile() = default;

  // Appends rejected row `row`: its cells, one per header column, and why it was refused.
  virtual void add(std::size_t row, const std::vector<std::string>& cells, const std::string& reasons) = 0;

  // Puts the file in place; without it, nothing is left at the path.
  virtual void commit() = 0;
};

// Starts an errors file at `path` (never `input`, see check_output_path) for a sheet whose
// header cells are `header`: .xlsx (every cell text, so ID numbers survive Excel; a cell
// over Excel's 32,767 characters is a DataError naming CSV as the way out) or else a UTF-8
// CSV with BOM; atomically.
std::unique_ptr<ErrorsFile> open_errors_file(const std::filesystem::path& path, const std::vector<std::string>& header,
                                             const std::filesystem::path& input);

} // namespace dongmao::import
