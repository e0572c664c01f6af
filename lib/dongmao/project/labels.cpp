#include <dongmao/project/labels.hpp>

#include <array>
#include <utility>

namespace dongmao::project {

namespace {

template <std::size_t N>
std::string lookup(const std::array<std::pair<const char*, const char*>, N>& table, std::string_view code)
{
  for (const auto& [key, label] : table) {
    if (code == key) {
      return label;
    }
  }
  return std::string(code);
}

} // namespace

std::string kind_label(std::string_view code)
{
  static constexpr std::array<std::pair<const char*, const char*>, 6> k_labels = {{
    {"expropriation", "征拆"},
    {"shantytown", "棚改"},
    {"buyout", "收购"},
    {"renovation", "老旧小区改造"},
    {"construction", "建设"},
    {"remediation", "整治"},
  }};
  return lookup(k_labels, code);
}

std::string status_label(std::string_view code)
{
  static constexpr std::array<std::pair<const char*, const char*>, 4> k_labels = {{
    {"planned", "计划"},
    {"active", "进行中"},
    {"completed", "已完成"},
    {"suspended", "暂停"},
  }};
  return lookup(k_labels, code);
}

std::string housing_type_label(std::string_view code)
{
  static constexpr std::array<std::pair<const char*, const char*>, 4> k_labels = {{
    {"private", "私产"},
    {"public", "公产"},
    {"shop", "门面"},
    {"other", "其他"},
  }};
  return lookup(k_labels, code);
}

} // namespace dongmao::project
