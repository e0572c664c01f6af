#pragma once

#include <optional>
#include <string>

namespace dongmao::workspace {

// Who is acting, for the audit log: `flag` (--operator), else $DONGMAO_OPERATOR, else the
// login name, else "unknown".
std::string resolve_operator(const std::optional<std::string>& flag);

} // namespace dongmao::workspace
