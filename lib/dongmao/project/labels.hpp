#pragma once

#include <string>
#include <string_view>

// Chinese labels for the English codes the database stores, as staff read them in tables
// and CSV. Each is one of the labels the import mappings accept, so a listing exported as
// CSV imports back unchanged.
namespace dongmao::project {

// 征拆, 棚改, 收购, 老旧小区改造, 建设, 整治; the code itself when unknown.
std::string kind_label(std::string_view code);

// 计划, 进行中, 已完成, 暂停; the code itself when unknown.
std::string status_label(std::string_view code);

// 私产, 公产, 门面, 其他; the code itself when unknown.
std::string housing_type_label(std::string_view code);

} // namespace dongmao::project
