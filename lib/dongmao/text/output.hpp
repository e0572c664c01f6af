#pragma once

#include <dongmao/text/message.hpp>

// Why a file cannot be written, a backup restored, a report's output or roll-up refused,
// and the database not opened.
namespace dongmao::text {

extern const Message k_standard_output; // standard output, as a message names it

extern const Message k_output_failed; // path, what was being done, why
extern const Message k_cannot_create;
extern const Message k_cannot_create_dir;
extern const Message k_cannot_write;
extern const Message k_cannot_access;
extern const Message k_errno_permission;
extern const Message k_errno_read_only;
extern const Message k_errno_no_dir;
extern const Message k_errno_not_dir;
extern const Message k_errno_is_dir;
extern const Message k_errno_disk_full;
extern const Message k_errno_quota;
extern const Message k_errno_too_big;
extern const Message k_errno_io;
extern const Message k_errno_name_too_long;
extern const Message k_errno_exists;
extern const Message k_no_write_permission;
extern const Message k_kind_symlink;
extern const Message k_kind_directory;
extern const Message k_kind_device;
extern const Message k_kind_fifo;
extern const Message k_kind_socket;
extern const Message k_kind_special;
extern const Message k_not_regular_output; // path, kind
extern const Message k_output_is_input;    // path, input
extern const Message k_xlsx_tmpdir;        // path
extern const Message k_xlsx_memory;        // path
extern const Message k_no_gb18030;
extern const Message k_backup_not_regular;   // file
extern const Message k_backup_missing;       // file
extern const Message k_backup_live;          // file
extern const Message k_backup_corrupt;       // file, integrity_check's words
extern const Message k_backup_not_dongmao;   // file
extern const Message k_backup_unusable;      // file, why
extern const Message k_cannot_open_database; // path
extern const Message k_newer_workspace;      // path, its schema version, the newest this dongmao knows
extern const Message k_unknown_section;      // section, sections
extern const Message k_xlsx_needs_output;
extern const Message k_csv_needs_section;
extern const Message k_rollup_missing; // text
extern const Message k_rollup_empty;   // text

} // namespace dongmao::text
