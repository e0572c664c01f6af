#pragma once

#include <dongmao/domain/value.hpp>
#include <dongmao/import/mapping.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dongmao::import {

// Field values are the domain's typed values.
using domain::is_null;
using domain::to_text;
using domain::Value;

// One data row read through the mapping: a value per field, whether the file has a column
// for it, and the unknown columns as a JSON object.
struct Record
{
  const Mapping* mapping = nullptr;
  std::size_t row = 0;
  std::vector<Value> values;
  std::vector<bool> present;
  std::string extra;          // JSON object text of the row's filled unknown columns, or ""
  bool extra_present = false; // whether the file has unknown columns at all
  // The row's fingerprint (import/fingerprint.hpp), for a writer that keeps it with what it wrote.
  std::optional<std::uint64_t> fingerprint;

  // Whether the file has a column for field `name`.
  bool has(std::string_view name) const;
  // The value of field `name` (NULL when absent).
  const Value& get(std::string_view name) const;
  // The value for the store: nullopt when the file has no such column (keep what is stored).
  std::optional<Value> column(std::string_view name) const;
  // The value of field `name` lent, or nullptr when the file has no such column: a
  // column() that copies nothing, valid while the record is.
  const Value* lend(std::string_view name) const;
  // The text of field `name`, or nullopt when absent or empty.
  std::optional<std::string> text(std::string_view name) const;
};

// A row that cannot be written; `field` names the column to blame ("" for the whole row).
class RowProblem : public std::runtime_error
{
public:
  RowProblem(std::string field, const std::string& message) : std::runtime_error(message), m_field(std::move(field)) {}

  // The field whose column the problem is reported against.
  const std::string& field() const noexcept { return m_field; }

private:
  std::string m_field;
};

} // namespace dongmao::import
