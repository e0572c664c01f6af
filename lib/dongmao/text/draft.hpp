#pragma once

#include <dongmao/text/message.hpp>

// The messages of a drafted document: its template file, its placeholders, and the peers its
// ranks are counted among.
namespace dongmao::text {

extern const Message k_template_missing; // file
// A <!-- note with no -->: file, line where it began.
extern const Message k_template_unclosed_note;
extern const Message k_template_unclosed;   // file, line, text from the open brace
extern const Message k_template_bad_path;   // file, line, placeholder
extern const Message k_template_unknown;    // file, line, placeholder, what is not there
extern const Message k_template_no_data;    // file, line, placeholder
extern const Message k_template_bad_filter; // file, line, placeholder, filter
extern const Message k_template_bad_value;  // file, line, placeholder, filter, value
extern const Message k_peer_not_workspace;  // path
extern const Message k_peers_with_rollup;

} // namespace dongmao::text
