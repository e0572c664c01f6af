#include <dongmao/import/pipeline.hpp>

#include <dongmao/db/transaction.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/key_set.hpp>
#include <dongmao/import/normalize.hpp>
#include <dongmao/import/sha256.hpp>
#include <dongmao/import/writer.hpp>
#include <dongmao/store/import_run.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace dongmao::import {

namespace {

constexpr std::size_t k_header_scan_rows = 30;

std::string where(const ImportSummary& summary)
{
  return summary.sheet.empty() ? summary.file : fmt::format("{}: sheet {}", summary.file, summary.sheet);
}

std::string column_label(const Header& header, std::size_t c)
{
  const auto letters = column_letters(c);
  if (c < header.columns.size() && !header.columns[c].header.empty()) {
    return fmt::format("{} ({})", letters, header.columns[c].header);
  }
  return letters;
}

std::vector<std::string> raw_cells(const read::Row& row)
{
  std::vector<std::string> cells;
  for (const auto& cell : row.cells) {
    cells.push_back(cell.text);
  }
  return cells;
}

void check_required(const Mapping& mapping, const Header& header, const ImportRequest& request,
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
    if (!field.required || bound[f]) {
      continue;
    }
    // A wide metrics sheet has no 指标/数值 columns: its other columns are the indicators.
    if (mapping.entity == "metrics" && (field.name == "indicator" || field.name == "value")) {
      continue;
    }
    if (mapping.entity == "metrics" && field.name == "month" && request.month) {
      continue;
    }
    std::string aliases;
    for (std::size_t i = 0; i < field.aliases.size() && i < 4; ++i) {
      aliases += (i ? ", " : "") + field.aliases[i];
    }
    throw DataError(fmt::format("{}: row {}: no column for {} (a header such as {})", where(summary), header.first_row,
                                field.name, aliases));
  }
  if (mapping.entity == "metrics" && bound[*mapping.find("indicator")] != bound[*mapping.find("value")]) {
    throw DataError(fmt::format("{}: row {}: a long metrics sheet needs both 指标 and 数值 columns", where(summary),
                                header.first_row));
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
  summary.sha256 = sha256_file(request.file);

  // The header is among the first rows; the rows after it in that window are data.
  std::vector<read::Row> head;
  read::Row row;
  while (head.size() < k_header_scan_rows && reader->next(row)) {
    head.push_back(row);
  }
  const auto header = detect_header(head, mapping);
  if (!header) {
    throw DataError(fmt::format("{}: no header row: none of the first {} rows names a column of {} ({})",
                                where(summary), head.size(), mapping.label, mapping.entity));
  }
  summary.header_row = header->first_row;
  check_required(mapping, *header, request, summary);
  // In a wide metrics sheet the unmatched columns are the indicators, not leftovers.
  const bool wide_metrics = mapping.entity == "metrics" &&
                            std::none_of(header->columns.begin(), header->columns.end(), [&](const ColumnBinding& c) {
                              return c.field == mapping.find("indicator");
                            });
  for (const auto& column : header->columns) {
    summary.header.push_back(column.header);
    if (!column.field && !column.header.empty() && !wide_metrics) {
      summary.unknown_columns.push_back(column.header);
    }
  }

  auto& db = ws.db();
  db::Transaction transaction(db);
  const auto run_id = store::begin_import_run(db, request.entity, request.file.filename().string(), summary.sha256,
                                              summary.sheet, request.operator_name, request.now);
  store::AuditLog audit(db, request.operator_name, request.now);
  store::References references(db, request.create_missing, request.now);
  WriterContext context{db, audit, references, run_id, request.now, request.today, request.project, request.month,
                        &summary.warnings};
  auto writer = make_writer(mapping, context);

  Record record;
  record.mapping = &mapping;
  record.values.resize(mapping.fields.size());
  record.present.assign(mapping.fields.size(), false);
  record.extra_present = !summary.unknown_columns.empty();
  for (const auto& column : header->columns) {
    if (column.field) {
      record.present[*column.field] = true;
    }
  }
  KeySet seen_keys;
  std::vector<std::pair<std::string, std::string>> extra_cells;
  std::size_t next = 0;

  const auto take_row = [&](read::Row& current) -> bool {
    if (next < head.size()) {
      current = std::move(head[next++]);
      return true;
    }
    return reader->next(current);
  };

  while (take_row(row)) {
    if (row.number <= header->last_row) {
      continue;
    }
    ++summary.rows_read;
    if (request.progress && summary.rows_read % 4096 == 0) {
      request.progress(summary.rows_read);
    }
    record.row = row.number;
    std::fill(record.values.begin(), record.values.end(), Value{});
    extra_cells.clear();
    std::vector<RowError> problems;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const auto& cell = row.cells[c];
      if (c >= header->columns.size()) {
        if (cell.type != read::CellType::empty && !cell.text.empty()) {
          extra_cells.emplace_back(column_letters(c), cell.text);
        }
        continue;
      }
      const auto& binding = header->columns[c];
      if (!binding.field) {
        if (!binding.header.empty() && cell.type != read::CellType::empty && !cell.text.empty()) {
          extra_cells.emplace_back(binding.header, cell.text);
        }
        continue;
      }
      const auto& field = mapping.fields[*binding.field];
      auto result = normalize(cell, field, binding);
      if (auto* bad = std::get_if<CellProblem>(&result)) {
        problems.push_back(RowError{row.number, column_label(*header, c), bad->message, {}});
        continue;
      }
      auto& normalized = std::get<Normalized>(result);
      if (!normalized.warning.empty()) {
        summary.warnings.push_back(
          describe_error(summary, RowError{row.number, column_label(*header, c), normalized.warning, {}}));
      }
      record.values[*binding.field] = std::move(normalized.value);
    }
    record.extra.clear();
    if (!extra_cells.empty()) {
      nlohmann::json extra = nlohmann::json::object();
      for (auto& [name, text] : extra_cells) {
        extra[name] = std::move(text);
      }
      record.extra = extra.dump();
    }
    if (problems.empty()) {
      const auto key = writer->key(record);
      if (const auto earlier = seen_keys.insert(key, static_cast<std::uint32_t>(row.number))) {
        problems.push_back(RowError{row.number, "", fmt::format("same key as row {} ({})", *earlier, key), {}});
      }
    }
    if (problems.empty()) {
      try {
        switch (writer->write(record)) {
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
      } catch (const RowProblem& problem) {
        std::string column;
        if (!problem.field().empty() && problem.field()[0] == '@') {
          for (std::size_t c = 0; c < header->columns.size(); ++c) {
            if (header->columns[c].header == problem.field().substr(1)) {
              column = column_label(*header, c);
            }
          }
        } else if (const auto index = mapping.find(problem.field())) {
          for (std::size_t c = 0; c < header->columns.size(); ++c) {
            if (header->columns[c].field == index) {
              column = column_label(*header, c);
            }
          }
        }
        problems.push_back(RowError{row.number, column, problem.what(), {}});
      }
    }
    if (!problems.empty()) {
      ++summary.rejected;
      problems.front().cells = raw_cells(row);
      for (auto& problem : problems) {
        summary.errors.push_back(std::move(problem));
      }
    }
  }

  const bool commit = !request.dry_run && (summary.errors.empty() || request.on_error == OnError::skip);
  if (commit) {
    store::finish_import_run(db, run_id,
                             store::ImportCounts{summary.rows_read, summary.inserted, summary.updated, summary.unchanged,
                                                 summary.rejected},
                             request.now);
    audit.record(store::AuditEntry{"import", request.entity, request.file.filename().string(),
                                   nlohmann::json{{"inserted", summary.inserted},
                                                  {"updated", summary.updated},
                                                  {"unchanged", summary.unchanged},
                                                  {"rejected", summary.rejected},
                                                  {"sha256", summary.sha256}},
                                   run_id});
    transaction.commit();
    summary.committed = true;
    summary.import_run_id = run_id;
  }
  return summary;
}

} // namespace dongmao::import
