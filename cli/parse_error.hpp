#pragma once

#include <string>

namespace dongmao::cli {

// CLI11's English usage error `what` in the language of the run: as CLI11 says it in
// English, in Chinese by the catalogue's patterns (a message none matches stays as it is).
std::string parse_error_text(const std::string& what);

} // namespace dongmao::cli
