#pragma once

#include <dongmao/text/message.hpp>

#include <string>

// The messages of `dongmao import`: its summary, the reasons a row or a file is refused.
namespace dongmao::text {

// The unit an entity's records are counted in: 户, 件, 个项目 (English: "").
std::string entity_unit(const std::string& entity);

// The summary's counts when the rows were written: file, read, inserted, updated, unchanged, rejected, unit.
extern const Message k_import_written;
// The summary's counts when nothing was written (bad rows, --dry-run): what would have been done.
extern const Message k_import_not_written;
// Appended to the counts when nothing was written: because of bad rows.
extern const Message k_import_nothing_written;
// Appended to the counts when nothing was written: because of --dry-run.
extern const Message k_import_dry_run;
// The ledger was found on a later sheet: sheet, first sheet, entity label.
extern const Message k_import_sheet_searched;
// Households were found by the head's ID number.
extern const Message k_import_match_id;
// Households were found by address within the project.
extern const Message k_import_match_address;
// Columns kept as extra data: names.
extern const Message k_import_unmapped;
// One unmapped column that resembles a field: column letter, field.
extern const Message k_import_unmapped_resembles;
// Column of no header, in the unmapped list: letter.
extern const Message k_import_column_letter;
// Rows kept as the workspace has them: count, keys.
extern const Message k_import_kept_newer;
// What was taken from around the table: one fact.
extern const Message k_import_context;
// Skipped sum rows: rows.
extern const Message k_import_skipped_totals;
// Skipped notes below the table: rows.
extern const Message k_import_skipped_notes;
// Skipped rows with no known column filled: rows.
extern const Message k_import_skipped_unfilled;
// More errors than shown: count, where the rest are.
extern const Message k_import_more_errors;
// Where every rejected row is: the errors file.
extern const Message k_import_errors_in;
// How to get every rejected row.
extern const Message k_import_errors_hint;
// More warnings than shown: count.
extern const Message k_import_more_warnings;
// Separator of listed rows and names.
extern const Message k_list_separator;

// Where a row is: place, row.
extern const Message k_row_at;
// Where a cell is: place, row, column.
extern const Message k_cell_at;
// A column: letter, header.
extern const Message k_column_label;
// A column without header: letter.
extern const Message k_column_letter;
// A sheet of a file: file, sheet.
extern const Message k_file_sheet;
// One problem of a row in the errors file: column, message.
extern const Message k_reason;
// Between the problems of a row in the errors file.
extern const Message k_reason_separator;
// A cell as typed, quoted: text.
extern const Message k_quoted;

// Cell problems: the quoted cell first.
extern const Message k_not_a_date;
extern const Message k_ambiguous_month_day; // cell, month, day, month, day
extern const Message k_not_one_of;          // cell, labels
extern const Message k_figure_unit;         // cell, kind, unit word
extern const Message k_kind_square_km;
extern const Message k_kind_square_m;
extern const Message k_kind_other;
extern const Message k_not_yes_no;
extern const Message k_id_number_mangled;
extern const Message k_not_an_id_number; // cell, why
extern const Message k_credit_code_kept; // code, why
extern const Message k_not_a_phone;
extern const Message k_not_a_month;
extern const Message k_not_an_amount;
extern const Message k_not_a_whole_number;
extern const Message k_not_a_number;
extern const Message k_same_key_as_row; // row, key
extern const Message k_row_over_budget; // budget, bytes, cell

// File problems: where first.
extern const Message k_empty_file;      // where
extern const Message k_empty_sheet;     // where
extern const Message k_no_header;       // where, rows, entity label
extern const Message k_no_header_any;   // where, rows, entity label
extern const Message k_no_column_for;   // where, row, field label, aliases
extern const Message k_row_problem;     // where, row, problem
extern const Message k_strict_unmapped; // where, row, columns
extern const Message k_strict_column;   // letter, header, resembles
extern const Message k_no_header_word;
extern const Message k_strict_resembles; // field

// Finding households (--match).
extern const Message k_match_entity; // entity
extern const Message k_match_address_project;
extern const Message k_match_id_no_column;      // where, row
extern const Message k_match_address_no_column; // where, row
extern const Message k_address_of_several;      // address, codes
extern const Message k_id_number_of_another;    // other code, code, hint
extern const Message k_id_number_hint;

// --bulk asked for while another program had the workspace open.
extern const Message k_bulk_not_taken;

// A ledger's stage date before the last recorded stage: where, row, household, stage, date, last stage, its date.
extern const Message k_stage_dated_before;
// A ledger's petition step before the last command's: where, row, case, column, date, last action, its date.
extern const Message k_step_dated_before;

// What was read around the table.
extern const Message k_context_year;        // year, from
extern const Message k_context_month;       // month, from
extern const Message k_context_title;       // title
extern const Message k_context_sheet_name;  // sheet
extern const Message k_context_errors_file; // row-number column, reason column
extern const Message k_context_row_numbers; // letter, header
extern const Message k_context_community;   // community
extern const Message k_looks_like;          // where, column, field

} // namespace dongmao::text
