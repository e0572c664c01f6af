#pragma once

#include <dongmao/text/message.hpp>

// The messages about the workspace itself: finding, creating, opening, writing it.
namespace dongmao::text {

extern const Message k_not_a_workspace;      // dir, settings file, source
extern const Message k_not_inside_workspace; // cwd
extern const Message k_init_needs_name;
extern const Message k_already_workspace;   // dir, file
extern const Message k_not_a_directory;     // dir
extern const Message k_no_database;         // path, dir
extern const Message k_read_only_workspace; // dir, why
extern const Message k_older_workspace;     // dir
extern const Message k_workspace_busy;      // dir
extern const Message k_disk_full;           // path
extern const Message k_io_error;            // path, message
extern const Message k_initialised;         // name, dir
extern const Message k_kept_existing;       // file

} // namespace dongmao::text
