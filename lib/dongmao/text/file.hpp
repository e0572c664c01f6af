#pragma once

#include <dongmao/text/message.hpp>

// Why an input file cannot be read at all.
namespace dongmao::text {

extern const Message k_no_such_file;       // path
extern const Message k_is_a_directory;     // path
extern const Message k_cannot_open;        // path, reason
extern const Message k_not_a_zip_workbook; // path

} // namespace dongmao::text
