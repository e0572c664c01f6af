#include <dongmao/import/record.hpp>

namespace dongmao::import {

namespace {
const Value k_null{};
}

bool Record::has(std::string_view name) const
{
  const auto index = mapping->find(name);
  return index && present[*index];
}

const Value& Record::get(std::string_view name) const
{
  const auto index = mapping->find(name);
  return index && present[*index] ? values[*index] : k_null;
}

std::optional<Value> Record::column(std::string_view name) const
{
  const auto index = mapping->find(name);
  if (!index || !present[*index]) {
    return std::nullopt;
  }
  return values[*index];
}

const Value* Record::lend(std::string_view name) const
{
  const auto index = mapping->find(name);
  return index && present[*index] ? &values[*index] : nullptr;
}

std::optional<std::string> Record::text(std::string_view name) const
{
  const auto& value = get(name);
  if (const auto* s = std::get_if<std::string>(&value)) {
    return *s;
  }
  return std::nullopt;
}

} // namespace dongmao::import
