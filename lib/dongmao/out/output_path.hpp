#pragma once

#include <dongmao/text/message.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace dongmao::out {

// Refuses (CannotCreate) an output path that exists and is not a regular file — a symlink,
// device, FIFO, socket or directory — or that is the same file as one of `inputs`.
void check_output_path(const std::filesystem::path& path, const std::vector<std::filesystem::path>& inputs = {});

// Throws the error for failing to create or write `path` with `error` (an errno value):
// IoError (74) for a full disk or an I/O error, else CannotCreate (73); the message is Chinese.
[[noreturn]] void fail_output(const std::string& path, int error, const text::Message& doing);

// `name` made safe as one file name: no separators, "..", control or bidi characters.
std::string safe_file_name(const std::string& name);

} // namespace dongmao::out
