#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/figures/indicator.hpp>
#include <dongmao/import/record.hpp>
#include <dongmao/store/audit.hpp>
#include <dongmao/store/references.hpp>
#include <dongmao/store/upsert.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// What every entity writer shares during one import run.
struct WriterContext
{
  db::Connection& db;
  store::AuditLog& audit;
  store::References& references;
  std::optional<std::int64_t> run_id; // none for a change made by a command, not an import
  std::string now;
  domain::Date today;
  std::optional<std::string> project; // --project
  std::optional<std::string> month;   // --month, wide metrics
  std::vector<std::string>* warnings = nullptr;
  std::string source; // "FILE" or "FILE: sheet S", for warnings
  const figures::IndicatorRegister* indicators = nullptr; // dongmao.toml [indicators], for metrics
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

// Upserts through `upserter` and logs an update's changes in the audit log.
store::Outcome upsert_audited(WriterContext& context, store::Upserter& upserter, const std::string& entity,
                              const std::string& key_text, const std::vector<domain::Value>& key,
                              const std::vector<std::optional<domain::Value>>& values, std::int64_t* id = nullptr);

} // namespace dongmao::import
