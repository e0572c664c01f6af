#pragma once

#include <dongmao/text/message.hpp>

#include <string>

namespace dongmao::report {

// The language of a report's labels: the language of the run's messages.
using Lang = text::Lang;

// The label of an enumeration code (stage, channel, kind, residence, organisation kind) in
// `lang`; unknown codes are returned as they are.
std::string label(const std::string& code, Lang lang);

// The label of a section or column key ("received", "signed_total", …) in `lang`.
std::string heading(const std::string& key, Lang lang);

} // namespace dongmao::report
