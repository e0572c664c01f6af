#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace dongmao::domain {

// A normalised field value, typed as it will be stored: NULL, integer, real or text.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

// Whether `value` is NULL.
inline bool is_null(const Value& value)
{
  return std::holds_alternative<std::monostate>(value);
}

// `value` as display text ("" for NULL).
std::string to_text(const Value& value);

} // namespace dongmao::domain
