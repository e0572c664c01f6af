#pragma once

#include <filesystem>
#include <string>

namespace dongmao::import {

// The SHA-256 of a file's bytes, as lower-case hex; recorded with every import run.
std::string sha256_file(const std::filesystem::path& path);

} // namespace dongmao::import
