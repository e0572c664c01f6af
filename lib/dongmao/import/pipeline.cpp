#include <dongmao/db/transaction.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/columns.hpp>
#include <dongmao/import/fingerprint.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/normalize.hpp>
#include <dongmao/import/pipeline.hpp>
#include <dongmao/import/prefetch.hpp>
#include <dongmao/import/prepare.hpp>
#include <dongmao/import/rows_ahead.hpp>
#include <dongmao/import/sha256.hpp>
#include <dongmao/import/sheets.hpp>
#include <dongmao/import/writer.hpp>
#include <dongmao/read/spool.hpp>
#include <dongmao/store/import_run.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <future>
#include <iterator>

namespace dongmao::import {

namespace {

constexpr std::size_t k_batch_rows = 256;
constexpr std::size_t k_batches_ahead = 8;
// A batch is also cut at this much cell text, so rows near the row budget are not held
// 256 × 8 ahead of the writer.
constexpr std::size_t k_batch_bytes = 1 << 20;
// A message longer than this is cut: whatever quotes a cell, stderr stays readable.
constexpr std::size_t k_message_chars = 300;
// A row whose storage grew past this is freed once written rather than recycled.
constexpr std::size_t k_recycled_row_bytes = 64 << 10;

// Rows handed from the reading thread to the writing one; the rows are reused batch after batch.
struct PreparedBatch
{
  std::vector<PreparedRow> rows;
  std::size_t size = 0;
  std::optional<double> share; // of the file read once the batch was filled
};

// The row's cells, as read, under the columns the errors file repeats (not an errors file's
// own 行号 and 错误原因): `width` of them.
std::vector<std::string> raw_cells(const read::Row& row, const Header& header, std::size_t width)
{
  std::vector<std::string> cells;
  for (std::size_t c = 0; c < row.cells.size() && cells.size() < width; ++c) {
    if (c >= header.columns.size() || !header.columns[c].skipped) {
      cells.push_back(row.cells[c].text);
    }
  }
  cells.resize(width);
  return cells;
}

// The cells of rows `rows` (ascending) of `sheet`, read again: the rows a writer refused only
// once every row was written, for the errors file. One entry a row, in the order given.
std::vector<std::vector<std::string>> cells_of_rows(const ImportRequest& request, const std::string& sheet,
                                                    const Header& header, std::size_t width,
                                                    const std::vector<std::size_t>& rows)
{
  auto options = request.reader;
  if (!sheet.empty()) {
    options.sheet = sheet;
  }
  const auto reader = read::open_reader(request.file, options);
  std::vector<std::vector<std::string>> cells(rows.size(), std::vector<std::string>(width));
  read::Row row;
  for (std::size_t i = 0; i < rows.size() && reader->next(row);) {
    for (; i < rows.size() && rows[i] <= row.number; ++i) {
      if (rows[i] == row.number) {
        cells[i] = raw_cells(row, header, width);
      }
    }
  }
  return cells;
}

// "F (身份证号): message; G (电话): message": the problems of one row, for the errors file.
std::string reasons(const std::vector<RowError>& problems)
{
  std::string text;
  for (const auto& e : problems) {
    text += (text.empty() ? "" : text::format(text::k_reason_separator)) +
            (e.column.empty() ? e.message : text::format(text::k_reason, e.column, e.message));
  }
  return text;
}

// The bad row a row over the budget is: it names the cell that went over.
RowError oversize_error(const read::Row& row, const Header& header, std::size_t budget)
{
  const auto& over = *row.oversize;
  const auto& text = over.column < row.cells.size() ? row.cells[over.column].text : std::string();
  return RowError{row.number, column_label(header, over.column),
                  text::format(text::k_row_over_budget, budget, over.bytes, quote_cell(text))};
}

// Where the summary lists the skipped rows of `kind` (not a record).
std::vector<std::size_t>& skipped_rows(ImportSummary& summary, RowKind kind)
{
  return kind == RowKind::total  ? summary.total_rows
         : kind == RowKind::note ? summary.note_rows
                                 : summary.unfilled_rows;
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
      aliases += (i ? text::format(text::k_list_separator) : "") + field.aliases[i];
    }
    throw DataError(text::format(text::k_no_column_for, where(summary), header.first_row, field_label(field), aliases));
  }
  if (!layout.problem.empty()) {
    throw DataError(text::format(text::k_row_problem, where(summary), header.first_row, layout.problem));
  }
}

// With --strict, a column no field claims stops the import before anything is written.
void check_strict(const ImportRequest& request, const Header& header, const ImportSummary& summary)
{
  if (!request.strict || summary.unmapped.empty()) {
    return;
  }
  std::string names;
  for (const auto& column : summary.unmapped) {
    names += (names.empty() ? "" : text::format(text::k_list_separator)) +
             text::format(text::k_strict_column, column.column,
                          column.header.empty() ? text::format(text::k_no_header_word) : column.header,
                          column.resembles ? text::format(text::k_strict_resembles, column.resembles_label) : "");
  }
  throw DataError(text::format(text::k_strict_unmapped, where(summary), header.first_row, names,
                               text::plural(static_cast<long long>(summary.unmapped.size()))));
}

// Keeps `error` in the summary, or counts it once k_errors_kept are kept.
void keep_error(ImportSummary& summary, RowError error)
{
  if (summary.errors.size() < k_errors_kept) {
    summary.errors.push_back(std::move(error));
  } else {
    ++summary.errors_omitted;
  }
}

// Refuses the rows a writer refused only once every row was written (a first load's head ID
// numbers, checked after it): counted inserted until now, they are refused as any other row,
// in row order among the errors, and go to the errors file with their cells read again.
void refuse_late(const std::vector<LateRejection>& late, const ImportRequest& request, const Mapping& mapping,
                 const Header& header, ErrorsFile* errors_file, ImportSummary& summary)
{
  if (late.empty()) {
    return;
  }
  std::vector<std::size_t> rows;
  for (const auto& refused : late) {
    rows.push_back(refused.row);
  }
  const auto cells = errors_file ? cells_of_rows(request, summary.sheet, header, summary.header.size(), rows)
                                 : std::vector<std::vector<std::string>>{};
  for (std::size_t i = 0; i < late.size(); ++i) {
    --summary.inserted;
    ++summary.rejected;
    RowError error{late[i].row, problem_column(mapping, header, late[i].problem),
                   cut_text(late[i].problem.what(), k_message_chars)};
    if (errors_file) {
      errors_file->add(error.row, cells[i], reasons({error}));
    }
    keep_error(summary, std::move(error));
  }
  std::stable_sort(summary.errors.begin(), summary.errors.end(),
                   [](const RowError& a, const RowError& b) { return a.row < b.row; });
}

// The file's bytes, or "" when it cannot be read.
std::string file_bytes(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What a row's cells are read under, for its fingerprint: the program's reading of cells,
// the entity, the options that change what a row writes, the columns as bound, and the
// settings and mapping files that extend the fields.
std::uint64_t row_fingerprint_seed(workspace::Workspace& ws, const ImportRequest& request, const Mapping& mapping,
                                   const Header& header, std::optional<MatchBy> match)
{
  std::vector<std::string> parts{fmt::format("normalize {}", k_normalize_version),
                                 request.entity,
                                 match ? match_name(*match) : "",
                                 request.clear_empty ? "clear-empty" : "",
                                 request.project.value_or(""),
                                 request.month.value_or("")};
  for (const auto& column : header.columns) {
    parts.push_back(fmt::format("{}\t{}\t{}\t{}\t{}", column.header,
                                column.field ? mapping.fields[*column.field].name : "", static_cast<int>(column.unit),
                                column.default_year.value_or(0), column.skipped));
  }
  parts.push_back(file_bytes(ws.dir() / workspace::k_settings_file));
  parts.push_back(request.mapping_file ? file_bytes(*request.mapping_file) : "");
  return fingerprint_seed(parts);
}

} // namespace

std::string where(const ImportSummary& summary)
{
  return summary.sheet.empty() ? summary.file : text::format(text::k_file_sheet, summary.file, summary.sheet);
}

std::string describe_error(const ImportSummary& summary, const RowError& error)
{
  const auto place = error.sheet.empty() ? where(summary) : text::format(text::k_file_sheet, summary.file, error.sheet);
  if (error.column.empty()) {
    return text::format(text::k_row_at, place, error.row, error.message);
  }
  return text::format(text::k_cell_at, place, error.row, error.column, error.message);
}

ImportSummary run_import(workspace::Workspace& ws, const ImportRequest& given)
{
  // Standard input, a pipe or a FIFO is read once, into a private file the readers reopen.
  const read::SpooledInput input(given.file);
  ImportRequest request = given;
  request.file = input.path();
  request.reader.display = given.file == "-" ? text::format(text::k_standard_input) : given.file.string();

  Mapping mapping = builtin_mapping(request.entity);
  extend_mapping_from_settings(mapping, ws.dir() / workspace::k_settings_file);
  if (request.mapping_file) {
    extend_mapping(mapping, *request.mapping_file);
  }

  ImportSummary summary;
  summary.entity = request.entity;
  summary.file = given.file == "-" ? text::format(text::k_standard_input) : given.file.string();
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
    throw DataError(text::format(summary.sheet.empty() ? text::k_empty_file : text::k_empty_sheet, where(summary)));
  }
  if (!header) {
    throw DataError(text::format(search_sheets ? text::k_no_header_any : text::k_no_header, where(summary), head.size(),
                                 entity_label(mapping)));
  }
  summary.header_row = header->first_row;
  auto month = request.month;
  read_around_table(head, mapping, *header, summary, month);
  skip_row_number_columns(*header, summary);
  rebind_numbered_columns(head, mapping, *header, summary);
  auto layout = sheet_layout(mapping, *header, month);
  const auto match = household_match(mapping, *header, request.match, layout, where(summary));
  summary.match = match ? match_name(*match) : "";
  check_required(mapping, *header, layout, summary);
  skip_errors_file_columns(*header, summary);
  name_unmapped_columns(mapping, *header, layout.unknown_columns_are_values, summary);
  check_strict(request, *header, summary);
  for (const auto& column : header->columns) {
    if (!column.skipped) {
      summary.header.push_back(column.name);
    }
  }
  // A workbook kept one sheet per community is read whole, each row of the community its
  // sheet is named after; the errors file then names it in a column of its own.
  auto more_sheets = community_sheets(request, mapping, *reader, *header);
  std::vector<std::string> sheet_names{summary.sheet};
  for (const auto& sheet : more_sheets) {
    sheet_names.push_back(sheet.reader->sheet_name());
  }
  if (!more_sheets.empty() && !all_communities(ws.db(), sheet_names, request.now)) {
    more_sheets.clear();
    sheet_names.resize(1);
  }
  // One sheet named after a community (--sheet 东湖社区) in a ledger without a community
  // column: its rows are that community's, as when the workbook is read whole.
  bool by_sheet_name = !more_sheets.empty();
  if (!by_sheet_name && !summary.sheet.empty()) {
    const auto community = mapping.find("community");
    const bool named = std::any_of(header->columns.begin(), header->columns.end(),
                                   [&](const ColumnBinding& column) { return column.field == community; });
    by_sheet_name = community && !named && all_communities(ws.db(), sheet_names, request.now);
  }
  if (by_sheet_name) {
    for (const auto& name : sheet_names) {
      summary.context.push_back(text::format(text::k_context_community, name));
    }
    summary.header.emplace_back("社区");
  }

  std::unique_ptr<ErrorsFile> errors_file;
  if (request.errors_file) {
    errors_file = open_errors_file(*request.errors_file, summary.header, given.file);
  }

  // The hash is taken alongside the import, once the file has shown it can be imported.
  auto sha256 = std::async(std::launch::async, sha256_file, request.file);

  auto& db = ws.db();
  // --bulk: every page written once, to the workspace itself; readers wait until the run ends.
  std::optional<db::RollbackJournal> journal;
  if (request.bulk) {
    journal.emplace(db);
    summary.bulk = journal->active();
    if (!summary.bulk) {
      summary.warnings.push_back(text::format(text::k_bulk_not_taken));
    }
  }
  db::Transaction transaction(db);
  const auto run_id = store::begin_import_run(db, request.entity, given.file.filename().string(), summary.sheet,
                                              request.operator_name, request.now);
  store::AuditLog audit(db, request.operator_name, request.now);
  store::WriteContext writes{db, audit, run_id, request.now};
  writes.empty_clears = request.clear_empty;
  store::References references(db, store::CreateMissing{request.create_missing, request.force}, request.now);
  WriterContext context{writes, references, request.today, request.project, month, &summary.warnings, where(summary)};
  context.indicators = &ws.settings().indicators;
  context.match = match;
  context.extra_headers = summary.unknown_columns;
  context.kept_newer = &summary.kept_newer;
  context.several_sheets = !more_sheets.empty();
  auto writer = make_writer(mapping, context);

  // Each row's fingerprint is kept with what it wrote; on a re-import, the rows the workspace
  // still holds as they left it are passed over, neither normalised nor looked up.
  // Read after BEGIN IMMEDIATE took the write lock, so that no other writer can change a
  // household between what the fingerprints show and what this run writes. Not under --bulk's
  // rollback journal: the read, on a connection of its own, would hold off this run's commit.
  std::optional<RowFingerprint> fingerprint;
  std::optional<UnchangedRows> unchanged;
  if (writer->fingerprinted()) {
    fingerprint.emplace(row_fingerprint_seed(ws, request, mapping, *header, match));
    if (auto stored = summary.bulk ? nullptr : store::HouseholdFingerprints::open(db.path())) {
      unchanged.emplace(std::move(stored));
    }
  }

  // Reading and normalising run a few batches ahead, on a thread of their own, while this
  // one writes; a workbook's sheet is parsed on a third.
  reader = read_ahead(std::move(reader));
  RowPreparer preparer(mapping, *header, *writer, !summary.unknown_columns.empty(), !layout.unknown_columns_are_values,
                       ValueContext{std::nullopt, request.show_pii});
  if (by_sheet_name) {
    preparer.set_community(sheet_names.front());
  }
  std::size_t next = 0;
  std::size_t sheet = 0;
  std::size_t last_header_row = header->last_row;
  // A row the workspace still holds as it wrote it is passed over; any other is prepared.
  const auto pass_over_or_prepare = [&](PreparedRow& slot) {
    slot.unchanged_id.reset();
    std::optional<std::uint64_t> row_fingerprint;
    if (fingerprint) {
      row_fingerprint = fingerprint->of(slot.row, by_sheet_name ? sheet_names[sheet] : std::string());
      slot.unchanged_id = unchanged ? unchanged->match(*row_fingerprint) : std::nullopt;
    }
    if (!slot.unchanged_id) {
      preparer.prepare(slot);
      slot.record.fingerprint = row_fingerprint;
      return;
    }
    preparer.note_headerless(slot.row);
    slot.kind = RowKind::record;
    slot.problems.clear();
    slot.warnings.clear();
  };
  const auto fill = [&](PreparedBatch& batch) {
    batch.size = 0;
    batch.rows.resize(k_batch_rows);
    std::size_t bytes = 0;
    bool more = true;
    while (batch.size < k_batch_rows && bytes < k_batch_bytes) {
      auto& slot = batch.rows[batch.size];
      if (next < head.size()) {
        slot.row = std::move(head[next++]);
      } else if (!reader->next(slot.row)) {
        if (sheet >= more_sheets.size()) {
          more = false;
          break;
        }
        // The next community's sheet: same columns, its own title rows.
        auto& following = more_sheets[sheet++];
        reader = read_ahead(std::move(following.reader));
        head = std::move(following.head);
        last_header_row = following.header.last_row;
        next = 0;
        preparer.set_community(sheet_names[sheet]);
        continue;
      }
      if (slot.row.number > last_header_row && slot.row.oversize) {
        // A bad row whatever it holds: its cells are not worth normalising.
        slot.sheet = sheet;
        slot.kind = RowKind::record;
        slot.problems.clear();
        slot.warnings.clear();
        bytes += read::text_bytes(slot.row, false);
        ++batch.size;
      } else if (slot.row.number > last_header_row) {
        slot.sheet = sheet;
        pass_over_or_prepare(slot);
        bytes += read::text_bytes(slot.row, false);
        ++batch.size;
      }
    }
    // Slots past the rows filled would keep an earlier batch's rows alive.
    batch.rows.resize(batch.size);
    // Asked here, on the reading thread; sheets read one after another share the bar equally.
    batch.share.reset();
    if (const auto share = reader->share_read()) {
      batch.share = (static_cast<double>(sheet) + *share) / static_cast<double>(more_sheets.size() + 1);
    }
    return more;
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
      const auto& sheet_name = by_sheet_name ? sheet_names[prepared.sheet] : std::string();
      for (auto& warning : prepared.warnings) {
        if (summary.warnings.size() < k_errors_kept) {
          warning.sheet = sheet_name;
          warning.message = cut_text(warning.message, k_message_chars);
          summary.warnings.push_back(describe_error(summary, warning));
        } else {
          ++summary.warnings_omitted;
        }
      }
      auto& problems = prepared.problems;
      if (prepared.row.oversize) {
        problems.assign(1, oversize_error(prepared.row, *header, request.reader.limits.max_row_bytes));
      }
      if (problems.empty()) {
        try {
          if (prepared.unchanged_id) {
            count_outcome(summary, writer->unchanged(*prepared.unchanged_id, prepared.row.number));
            ++summary.passed_over;
          } else {
            count_outcome(summary, writer->write(prepared.record));
          }
        } catch (const RowProblem& problem) {
          problems.push_back(RowError{prepared.row.number, problem_column(mapping, *header, problem), problem.what()});
        }
      }
      if (!problems.empty()) {
        ++summary.rejected;
        for (auto& problem : problems) {
          problem.sheet = sheet_name;
          problem.message = cut_text(problem.message, k_message_chars);
        }
        if (errors_file) {
          // A row of a per-community sheet names its community in a column of its own.
          auto cells = raw_cells(prepared.row, *header, summary.header.size() - (sheet_name.empty() ? 0 : 1));
          if (!sheet_name.empty()) {
            cells.push_back(sheet_name);
          }
          errors_file->add(prepared.row.number, std::move(cells), reasons(problems));
        }
        for (auto& problem : problems) {
          keep_error(summary, std::move(problem));
        }
      }
      if (read::text_bytes(prepared.row, true) > k_recycled_row_bytes) {
        prepared = PreparedRow{};
      }
    }
    if (request.progress) {
      request.progress(summary.rows_read, batch->share);
    }
  }
  // Rows refused only now (a first load's head ID numbers, checked once its rows are in) were
  // counted inserted; they are refused as any other row, in row order among the errors.
  preparer.forget_keys();
  refuse_late(writer->finish(), request, mapping, *header, errors_file.get(), summary);
  summary.sha256 = sha256.get();
  for (const auto c : preparer.headerless_columns()) {
    summary.unmapped.push_back(UnmappedColumn{column_letters(c), "", std::nullopt, {}});
    if (!layout.unknown_columns_are_values) {
      summary.unknown_columns.push_back(column_letters(c));
    }
  }
  check_strict(request, *header, summary);
  if (errors_file && summary.rejected > 0) {
    errors_file->commit();
  }

  const bool commit = !request.dry_run && (summary.rejected == 0 || request.on_error == OnError::skip);
  if (commit) {
    store::finish_import_run(
      writes, request.entity, given.file.filename().string(), summary.sha256,
      store::ImportCounts{summary.rows_read, summary.inserted, summary.updated, summary.unchanged, summary.rejected});
    transaction.commit();
    summary.committed = true;
    summary.import_run_id = run_id;
  }
  return summary;
}

} // namespace dongmao::import
