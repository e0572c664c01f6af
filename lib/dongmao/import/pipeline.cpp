#include <dongmao/db/transaction.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/pipeline.hpp>
#include <dongmao/import/prefetch.hpp>
#include <dongmao/import/prepare.hpp>
#include <dongmao/import/sha256.hpp>
#include <dongmao/import/writer.hpp>
#include <dongmao/store/import_run.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <future>

namespace dongmao::import {

namespace {

constexpr std::size_t k_header_scan_rows = 30;
constexpr std::size_t k_max_sheets_searched = 64;
constexpr std::size_t k_batch_rows = 256;
constexpr std::size_t k_batches_ahead = 8;

// Rows handed from the reading thread to the writing one; the rows are reused batch after batch.
struct PreparedBatch
{
  std::vector<PreparedRow> rows;
  std::size_t size = 0;
};

std::string where(const ImportSummary& summary)
{
  return summary.sheet.empty() ? summary.file : fmt::format("{}: sheet {}", summary.file, summary.sheet);
}

std::vector<std::string> raw_cells(const read::Row& row)
{
  std::vector<std::string> cells;
  for (const auto& cell : row.cells) {
    cells.push_back(cell.text);
  }
  return cells;
}

// The first rows of a sheet, where its header is.
std::vector<read::Row> read_head(read::RowReader& reader)
{
  std::vector<read::Row> head;
  read::Row row;
  while (head.size() < k_header_scan_rows && reader.next(row)) {
    head.push_back(row);
  }
  return head;
}

// Where the summary lists the skipped rows of `kind` (not a record).
std::vector<std::size_t>& skipped_rows(ImportSummary& summary, RowKind kind)
{
  return kind == RowKind::total  ? summary.total_rows
         : kind == RowKind::note ? summary.note_rows
                                 : summary.unfilled_rows;
}

// A sheet whose header was found, with its first rows.
struct LedgerSheet
{
  std::unique_ptr<read::RowReader> reader;
  std::vector<read::Row> head;
  Header header;
};

// The first visible worksheet after `first` whose header names a column of `mapping`.
std::optional<LedgerSheet> find_ledger_sheet(const ImportRequest& request, const Mapping& mapping,
                                             const read::RowReader& first)
{
  const auto sheets = std::min<std::size_t>(first.sheet_count(), k_max_sheets_searched);
  for (std::size_t n = 1; n <= sheets; ++n) {
    auto options = request.reader;
    options.sheet = std::to_string(n);
    std::unique_ptr<read::RowReader> reader;
    try {
      reader = read::open_reader(request.file, options);
    } catch (const DataError&) {
      continue; // a chart sheet
    }
    if (reader->hidden() || reader->sheet_name() == first.sheet_name()) {
      continue;
    }
    auto head = read_head(*reader);
    if (auto header = detect_header(head, mapping)) {
      return LedgerSheet{std::move(reader), std::move(head), std::move(*header)};
    }
  }
  return std::nullopt;
}

void count_outcome(ImportSummary& summary, store::Outcome outcome)
{
  switch (outcome) {
  case store::Outcome::inserted:
    ++summary.inserted;
    break;
  case store::Outcome::updated:
    ++summary.updated;
    break;
  case store::Outcome::unchanged:
    ++summary.unchanged;
    break;
  }
}

// The column a writer's complaint is about: a field of the mapping, or "@header" for a
// column the mapping does not know.
std::string problem_column(const Mapping& mapping, const Header& header, const RowProblem& problem)
{
  const auto& field = problem.field();
  for (std::size_t c = 0; c < header.columns.size(); ++c) {
    const bool match = !field.empty() && field[0] == '@'
                         ? header.columns[c].header == field.substr(1)
                         : header.columns[c].field && header.columns[c].field == mapping.find(field);
    if (match) {
      return column_label(header, c);
    }
  }
  return "";
}

void check_required(const Mapping& mapping, const Header& header, const SheetLayout& layout,
                    const ImportSummary& summary)
{
  std::vector<bool> bound(mapping.fields.size(), false);
  for (const auto& column : header.columns) {
    if (column.field) {
      bound[*column.field] = true;
    }
  }
  for (std::size_t f = 0; f < mapping.fields.size(); ++f) {
    const auto& field = mapping.fields[f];
    const auto& optional = layout.optional_fields;
    if (!field.required || bound[f] || std::find(optional.begin(), optional.end(), field.name) != optional.end()) {
      continue;
    }
    std::string aliases;
    for (std::size_t i = 0; i < field.aliases.size() && i < 4; ++i) {
      aliases += (i ? ", " : "") + field.aliases[i];
    }
    throw DataError(fmt::format("{}: row {}: no column for {} (a header such as {})", where(summary), header.first_row,
                                field.name, aliases));
  }
  if (!layout.problem.empty()) {
    throw DataError(fmt::format("{}: row {}: {}", where(summary), header.first_row, layout.problem));
  }
}

} // namespace

std::string describe_error(const ImportSummary& summary, const RowError& error)
{
  if (error.column.empty()) {
    return fmt::format("{}: row {}: {}", where(summary), error.row, error.message);
  }
  return fmt::format("{}: row {}, column {}: {}", where(summary), error.row, error.column, error.message);
}

ImportSummary run_import(workspace::Workspace& ws, const ImportRequest& request)
{
  Mapping mapping = builtin_mapping(request.entity);
  extend_mapping_from_settings(mapping, ws.dir() / workspace::k_settings_file);
  if (request.mapping_file) {
    extend_mapping(mapping, *request.mapping_file);
  }

  ImportSummary summary;
  summary.entity = request.entity;
  summary.file = request.file.string();
  auto reader = read::open_reader(request.file, request.reader);
  summary.sheet = reader->sheet_name();
  summary.format = reader->describe();

  // The header is among the first rows; the rows after it in that window are data.
  auto head = read_head(*reader);
  auto header = detect_header(head, mapping);
  // A workbook often opens with a cover or 填表说明 sheet: without --sheet, the ledger is the
  // first sheet whose header names the entity's columns.
  const bool search_sheets = !header && !request.reader.sheet && reader->sheet_count() > 1;
  if (search_sheets) {
    if (auto found = find_ledger_sheet(request, mapping, *reader)) {
      summary.sheet_searched = summary.sheet;
      summary.sheet = found->reader->sheet_name();
      reader = std::move(found->reader);
      head = std::move(found->head);
      header = std::move(found->header);
    }
  }
  if (!header && head.empty() && !search_sheets) {
    throw DataError(
      fmt::format("{}: the {} is empty; nothing to import", where(summary), summary.sheet.empty() ? "file" : "sheet"));
  }
  if (!header) {
    throw DataError(fmt::format("{}: no header row: none of the first {} rows{} names a column of {} ({})",
                                where(summary), head.size(), search_sheets ? " of any sheet" : "", mapping.label,
                                mapping.entity));
  }
  summary.header_row = header->first_row;
  auto layout = sheet_layout(mapping, *header, request.month);
  const auto match = household_match(mapping, *header, request.match, layout, where(summary));
  summary.match = match ? match_name(*match) : "";
  check_required(mapping, *header, layout, summary);
  for (const auto& column : header->columns) {
    summary.header.push_back(column.header);
    if (!column.field && !column.header.empty() && !layout.unknown_columns_are_values) {
      summary.unknown_columns.push_back(column.header);
    }
  }

  // The hash is taken alongside the import, once the file has shown it can be imported.
  auto sha256 = std::async(std::launch::async, sha256_file, request.file);

  auto& db = ws.db();
  db::Transaction transaction(db);
  const auto run_id = store::begin_import_run(db, request.entity, request.file.filename().string(), summary.sheet,
                                              request.operator_name, request.now);
  store::AuditLog audit(db, request.operator_name, request.now);
  store::WriteContext writes{db, audit, run_id, request.now};
  writes.empty_clears = request.clear_empty;
  store::References references(db, store::CreateMissing{request.create_missing, request.force}, request.now);
  WriterContext context{writes,        references,        request.today, request.project,
                        request.month, &summary.warnings, where(summary)};
  context.indicators = &ws.settings().indicators;
  context.match = match;
  context.extra_headers = summary.unknown_columns;
  context.kept_newer = &summary.kept_newer;
  auto writer = make_writer(mapping, context);

  // Reading and normalising run a few batches ahead, on a thread of their own, while this
  // one writes.
  RowPreparer preparer(mapping, *header, *writer, !summary.unknown_columns.empty(), !layout.unknown_columns_are_values,
                       ValueContext{std::nullopt, request.show_pii});
  std::size_t next = 0;
  const auto fill = [&](PreparedBatch& batch) {
    batch.size = 0;
    batch.rows.resize(k_batch_rows);
    while (batch.size < k_batch_rows) {
      auto& slot = batch.rows[batch.size];
      if (next < head.size()) {
        slot.row = std::move(head[next++]);
      } else if (!reader->next(slot.row)) {
        return false;
      }
      if (slot.row.number > header->last_row) {
        preparer.prepare(slot);
        ++batch.size;
      }
    }
    return true;
  };
  Prefetcher<PreparedBatch> prefetcher(fill, k_batches_ahead);

  while (auto* batch = prefetcher.next()) {
    for (std::size_t i = 0; i < batch->size; ++i) {
      auto& prepared = batch->rows[i];
      if (prepared.kind != RowKind::record) {
        skipped_rows(summary, prepared.kind).push_back(prepared.row.number);
        continue;
      }
      ++summary.rows_read;
      if (request.progress && summary.rows_read % 4096 == 0) {
        request.progress(summary.rows_read);
      }
      for (const auto& warning : prepared.warnings) {
        summary.warnings.push_back(describe_error(summary, warning));
      }
      auto& problems = prepared.problems;
      if (problems.empty()) {
        try {
          count_outcome(summary, writer->write(prepared.record));
        } catch (const RowProblem& problem) {
          problems.push_back(
            RowError{prepared.row.number, problem_column(mapping, *header, problem), problem.what(), {}});
        }
      }
      if (!problems.empty()) {
        ++summary.rejected;
        problems.front().cells = raw_cells(prepared.row);
        for (auto& problem : problems) {
          summary.errors.push_back(std::move(problem));
        }
      }
    }
  }
  summary.sha256 = sha256.get();

  const bool commit = !request.dry_run && (summary.errors.empty() || request.on_error == OnError::skip);
  if (commit) {
    store::finish_import_run(
      writes, request.entity, request.file.filename().string(), summary.sha256,
      store::ImportCounts{summary.rows_read, summary.inserted, summary.updated, summary.unchanged, summary.rejected});
    transaction.commit();
    summary.committed = true;
    summary.import_run_id = run_id;
  }
  return summary;
}

} // namespace dongmao::import
