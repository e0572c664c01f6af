#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/import/record.hpp>
#include <dongmao/store/references.hpp>
#include <dongmao/store/upsert.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// What every entity writer shares during one import run (or one command's edit).
struct WriterContext
{
  store::WriteContext& store; // the connection, audit log, import run and timestamp of the writes
  store::References& references;
  domain::Date today;
  std::optional<std::string> project; // --project
  std::optional<std::string> month;   // --month, wide metrics
  std::vector<std::string>* warnings = nullptr;
  std::string source; // "FILE" or "FILE: sheet S", for warnings
};

// Writes the records of one entity; throws RowProblem for a bad row before writing it.
class Writer
{
public:
  virtual ~Writer() = default;

  // Validates and writes one record.
  virtual store::Outcome write(const Record& record) = 0;

  // The natural key of `record` for duplicate detection within one file.
  virtual std::string key(const Record& record) const = 0;
};

// The writer of `mapping.entity`.
std::unique_ptr<Writer> make_writer(const Mapping& mapping, WriterContext& context);

} // namespace dongmao::import
