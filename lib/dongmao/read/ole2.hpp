#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dongmao::read {

// What an OLE2 compound file (.xls, .doc, an encrypted .xlsx) holds, as far as telling them apart needs.
struct Ole2Contents
{
  std::vector<std::string> entries; // names in its directory ("Workbook", "EncryptedPackage", …)
  bool workbook_encrypted = false;  // the Workbook stream's BOF is followed by FILEPASS: a password
  std::string damage;               // what libfreexl would trust and must not (empty when nothing)
};

// Lists the directory of the compound file at `path`. A file it cannot follow gives what it
// found so far; the .xls reader then says what is wrong.
Ole2Contents inspect_ole2(const std::filesystem::path& path);

// Whether `contents` has an entry named `name` (case-insensitively, as OLE2 compares names).
bool has_entry(const Ole2Contents& contents, const std::string& name);

} // namespace dongmao::read
