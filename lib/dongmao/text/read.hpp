#pragma once

#include <dongmao/text/message.hpp>

// Why a CSV, .xls or .xlsx file cannot be read: its encoding, its bytes, its structure.
namespace dongmao::text {

// A file and what is wrong with it: file, problem.
extern const Message k_read_file_problem;
// What standard input is called where a file name would be.
extern const Message k_standard_input;
// Appended to a refused workbook: how to make it readable.
extern const Message k_save_as_xlsx;

// CSV options and reading.
extern const Message k_unknown_encoding;      // name
extern const Message k_invalid_delimiter;     // quoted delimiter
extern const Message k_cannot_read;           // reason
extern const Message k_line_problem;          // line, problem
extern const Message k_nul_character;         // line
extern const Message k_quote_never_closed;    // row, column, line
extern const Message k_too_many_columns;      // row, limit
extern const Message k_quoted_field_too_long; // row, column, line, limit
extern const Message k_field_too_long;        // row, column, limit

// Encodings.
extern const Message k_not_text;             // file, offset, byte
extern const Message k_invalid_byte;         // encoding, offset, byte
extern const Message k_incomplete_character; // encoding, offset
extern const Message k_iconv_cannot_convert; // encoding, reason

// The child process that reads a legacy workbook first.
extern const Message k_cannot_start_process; // reason
extern const Message k_cannot_wait_process;  // reason

// Office files that are not workbooks dongmao reads: file first.
extern const Message k_encrypted_xlsx;
extern const Message k_encrypted_xls;
extern const Message k_word_document;
extern const Message k_ole2_without_workbook; // file, save-as advice
extern const Message k_old_biff;              // file, Excel version, BIFF version, save-as advice
extern const Message k_xls_is_markup;         // file, what it is, save-as advice
extern const Message k_markup_xml;
extern const Message k_markup_html;
extern const Message k_ods;  // file, save-as advice
extern const Message k_xlsb; // file, save-as advice

// Copying a file or standard input aside before reading it.
extern const Message k_spool_cannot_read;        // file, reason
extern const Message k_spool_cannot_write_temp;  // temporary file, reason
extern const Message k_spool_cannot_create_temp; // temporary file, reason

// Legacy .xls workbooks.
extern const Message k_xls_damaged;          // file, damage
extern const Message k_xls_crashed;          // file
extern const Message k_xls_unparsed;         // file
extern const Message k_xls_unreadable;       // file, why
extern const Message k_xls_not_ole2;         // why
extern const Message k_xls_no_workbook;      // why
extern const Message k_xls_out_of_memory;    // why
extern const Message k_xls_code_page;        // why
extern const Message k_xls_corrupt;          // why: libfreexl error code
extern const Message k_xls_password;         // why
extern const Message k_xls_no_sheet_list;    // why
extern const Message k_xls_sheet_name;       // why
extern const Message k_xls_sheet_name_utf8;  // why
extern const Message k_xls_sheet;            // why: sheet
extern const Message k_xls_cell_unreadable;  // file, sheet, row, column
extern const Message k_xls_cell_not_utf8;    // file, sheet, row, column
extern const Message k_biff_record_too_long; // offset, size, limit
extern const Message k_biff_text_too_long;   // offset, record, length, record size
extern const Message k_ole2_name_too_long;   // entry, length, limit

// .xlsx workbooks.
extern const Message k_xlsx_unreadable;    // file, why
extern const Message k_xlsx_no_workbook;   // file
extern const Message k_xlsx_sheet_where;   // file, sheet
extern const Message k_xlsx_chart_sheet;   // file, sheet
extern const Message k_xlsx_no_sheet_part; // file, sheet, why
extern const Message k_xlsx_no_relationship;
extern const Message k_xlsx_part_missing;      // part
extern const Message k_no_sheets;              // file
extern const Message k_no_such_sheet;          // file, sheet asked for, sheets
extern const Message k_xlsx_member_expands;    // file, member, limit
extern const Message k_xlsx_too_many_members;  // file, members, limit
extern const Message k_xlsx_member_missing;    // file, member
extern const Message k_xlsx_member_declares;   // file, member, bytes, limit
extern const Message k_xlsx_archive_expands;   // file, limit
extern const Message k_xlsx_cell_problem;      // sheet, cell reference, problem
extern const Message k_xlsx_cell_too_long;     // limit
extern const Message k_xlsx_beyond_columns;    // limit
extern const Message k_xlsx_no_shared_string;  // index
extern const Message k_xlsx_too_many_strings;  // part, limit
extern const Message k_xlsx_strings_too_large; // part, limit in MiB
extern const Message k_xlsx_string_too_long;   // part, string number, limit
extern const Message k_xlsx_too_many_styles;   // part, limit
extern const Message k_xml_doctype;            // part
extern const Message k_xml_malformed;          // part, line, expat's reason
extern const Message k_xml_tag_too_long;       // part, limit
extern const Message k_xlsx_not_a_number;      // value

// The --errors workbook: a cell longer than Excel holds: file, row, column, characters, limit.
extern const Message k_errors_cell_too_long;

} // namespace dongmao::text
