#pragma once

#include <string>
#include <string_view>

// Text from data made safe to show: a ledger may hold escape sequences (ESC, BEL, `_x001B_`
// in an .xlsx) or bidi overrides that would drive a terminal or disguise a file's text. The
// database keeps them as typed; every output shows them visibly instead.
namespace dongmao::domain {

// The character shown in place of a control or bidi character: U+FFFD.
inline constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// True when `text` holds a character visible_text would replace.
bool has_invisible(std::string_view text);

// `text` with every C0 control but tab and line feed, DEL, every C1 control (U+0080–U+009F)
// and the bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
// replaced by U+FFFD; invalid UTF-8 bytes are kept.
std::string visible_text(std::string_view text);

// JSON text (as a serialiser wrote it) with the C1 and bidi controls it left raw written as
// \uXXXX escapes: the same strings to a JSON reader, inert on a terminal. C0 controls are
// escaped by every serialiser already; outside strings JSON holds none of these characters.
std::string escape_invisible_json(std::string_view json);

} // namespace dongmao::domain
