#pragma once

#include <dongmao/store/upsert.hpp>

#include <string>

// Writing the indicator register (指标, 单位, 口径) as a ledger gives it.
namespace dongmao::store {

// An indicator as a register row gives it.
struct IndicatorFields
{
  std::string name;
  Field unit;
  Field kind; // flow, stock or rate (the kind's code)
};

// Inserts or updates indicators by name; an update is audited.
class IndicatorWriter
{
public:
  // Prepares the statements of one import run.
  explicit IndicatorWriter(WriteContext& context);

  // Writes the indicator called `fields.name`.
  WriteResult write(IndicatorFields fields);

private:
  WriteContext& m_context;
  Upserter m_upserter;
};

} // namespace dongmao::store
