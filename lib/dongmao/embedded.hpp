#pragma once

#include <string_view>
#include <vector>

namespace dongmao {

// A text file compiled into the binary (migrations, import mappings).
struct EmbeddedFile
{
  std::string_view name;
  std::string_view text;
};

namespace embedded_migrations {
// SQL migrations from schemas/migrations, sorted by file name.
const std::vector<EmbeddedFile>& files();
} // namespace embedded_migrations

namespace embedded_mappings {
// Import mappings from schemas/mappings, sorted by file name.
const std::vector<EmbeddedFile>& files();
} // namespace embedded_mappings

} // namespace dongmao
