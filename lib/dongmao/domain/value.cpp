#include <dongmao/domain/value.hpp>

#include <fmt/format.h>

namespace dongmao::domain {

std::string to_text(const Value& value)
{
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    return std::to_string(*i);
  }
  if (const auto* d = std::get_if<double>(&value)) {
    return fmt::format("{}", *d);
  }
  if (const auto* s = std::get_if<std::string>(&value)) {
    return *s;
  }
  return {};
}

} // namespace dongmao::domain
