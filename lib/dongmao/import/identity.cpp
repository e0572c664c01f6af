#include <dongmao/db/statement.hpp>
#include <dongmao/domain/reference.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/identity.hpp>
#include <dongmao/import/writers.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/rows.hpp>

#include <fmt/format.h>

namespace dongmao::import {

namespace {

bool has_column(const Mapping& mapping, const Header& header, const std::string& field)
{
  const auto index = mapping.find(field);
  if (!index) {
    return false;
  }
  for (const auto& column : header.columns) {
    if (column.field == index) {
      return true;
    }
  }
  return false;
}

std::string joined_codes(const std::vector<store::KnownHousehold>& households)
{
  std::string codes;
  for (const auto& household : households) {
    codes += (codes.empty() ? "" : text::format(text::k_list_separator)) + household.code;
  }
  return codes;
}

} // namespace

std::string project_code(const Record& record, WriterContext& context)
{
  if (auto code = record.text("code")) {
    return *code;
  }
  const auto name = required_text(record, "name", "项目名称");
  try {
    if (const auto known = context.references.find_project(name)) {
      return known->code;
    }
  } catch (const store::ReferenceError& error) {
    throw RowProblem("name", error.what());
  }
  return store::next_project_code(context.store.db);
}

std::string project_key(const Record& record)
{
  if (auto code = record.text("code")) {
    return *code;
  }
  return "name " + domain::reference_key(record.text("name").value_or(""), domain::ReferenceKind::name);
}

std::optional<MatchBy> match_from_name(std::string_view name)
{
  if (name == "code") {
    return MatchBy::code;
  }
  if (name == "id") {
    return MatchBy::id;
  }
  if (name == "address") {
    return MatchBy::address;
  }
  return std::nullopt;
}

std::string match_name(MatchBy match)
{
  switch (match) {
  case MatchBy::code:
    return "code";
  case MatchBy::id:
    return "id";
  case MatchBy::address:
    break;
  }
  return "address";
}

std::optional<MatchBy> household_match(const Mapping& mapping, const Header& header,
                                       const std::optional<MatchBy>& requested, SheetLayout& layout,
                                       const std::string& where)
{
  if (mapping.entity != "households" && mapping.entity != "enrollments") {
    if (requested) {
      throw UsageError(text::format(text::k_match_entity, mapping.entity));
    }
    return std::nullopt;
  }
  const bool project_ledger = mapping.entity == "enrollments";
  const bool has_code = has_column(mapping, header, "code");
  const bool has_id = has_column(mapping, header, "head_id_number");
  const bool has_address = has_column(mapping, header, "address") || has_column(mapping, header, "building") ||
                           has_column(mapping, header, "room");
  auto match = requested;
  if (!match) {
    match = has_code                        ? MatchBy::code
            : has_id                        ? MatchBy::id
            : project_ledger && has_address ? MatchBy::address
                                            : MatchBy::code;
  }
  if (*match == MatchBy::address && !project_ledger) {
    throw UsageError(text::format(text::k_match_address_project));
  }
  if (*match == MatchBy::id && !has_id) {
    throw DataError(text::format(text::k_match_id_no_column, where, header.first_row));
  }
  if (*match == MatchBy::address && !has_address) {
    throw DataError(text::format(text::k_match_address_no_column, where, header.first_row));
  }
  if (*match != MatchBy::code) {
    layout.optional_fields.push_back("code");
  }
  return match;
}

HouseholdIdentity::HouseholdIdentity(WriterContext& context) : m_context(context), m_identities(context.store.db) {}

MatchBy HouseholdIdentity::match() const
{
  return m_context.match.value_or(MatchBy::code);
}

std::string HouseholdIdentity::key(const Record& record) const
{
  const auto row = fmt::format("row {}", record.row);
  switch (match()) {
  case MatchBy::code:
    return record.text("code").value_or("");
  case MatchBy::id:
    return record.text("head_id_number").value_or(row);
  case MatchBy::address:
    break;
  }
  const auto address = typed_address(record);
  return address.empty() ? row : domain::address_key(address);
}

std::string HouseholdIdentity::typed_address(const Record& record) const
{
  if (const auto address = record.text("address")) {
    return *address;
  }
  return domain::compose_address(record.text("building").value_or(""), record.text("unit").value_or(""),
                                 record.text("room").value_or(""));
}

const Value* HouseholdIdentity::address(const Record& record, Value& composed) const
{
  if (m_found_by_address) {
    return nullptr;
  }
  if (const auto* address = record.lend("address");
      address || (!record.has("building") && !record.has("unit") && !record.has("room"))) {
    return address;
  }
  const auto address = typed_address(record);
  composed = address.empty() ? Value{} : Value{address};
  return &composed;
}

std::string HouseholdIdentity::prefix(std::optional<std::int64_t> project_id)
{
  if (!project_id) {
    return "H";
  }
  auto [code, fresh] = m_project_codes.try_emplace(*project_id);
  if (fresh) {
    db::Statement project(m_context.store.db, "SELECT code FROM project WHERE id = ?");
    project.bind(1, *project_id);
    code->second = project.step() ? project.column_text(0) : "H";
  }
  return code->second;
}

std::string HouseholdIdentity::code(const Record& record, std::optional<std::int64_t> project_id)
{
  // Not read where the ID number is checked later, nor the address field's name unless a
  // message needs it: a first load asks this of a million rows.
  const auto id_number = m_id_numbers_later ? std::nullopt : record.text("head_id_number");
  const auto address_field = [&record] {
    return record.has("address") ? "address" : record.has("building") ? "building" : "room";
  };
  m_found_by_address = false;
  std::string code;
  switch (match()) {
  case MatchBy::code:
    code = required_text(record, "code", "户编号");
    break;
  case MatchBy::id:
    if (!id_number) {
      throw RowProblem("head_id_number", text::format(text::k_row_id_empty));
    }
    if (const auto known = m_identities.by_id_number(*id_number)) {
      return known->code;
    }
    return m_identities.next_code(prefix(project_id));
  case MatchBy::address: {
    const auto address = typed_address(record);
    if (address.empty()) {
      throw RowProblem(address_field(), text::format(text::k_row_no_address));
    }
    if (!project_id) {
      throw RowProblem("project", text::format(text::k_row_address_needs_project));
    }
    const auto found = m_identities.by_address(*project_id, domain::address_key(address));
    if (found.size() > 1) {
      throw RowProblem(address_field(), text::format(text::k_address_of_several, address, joined_codes(found)));
    }
    code = found.empty() ? m_identities.next_code(prefix(project_id)) : found.front().code;
    m_found_by_address = !found.empty();
    break;
  }
  }
  // A row whose household already has this head ID number changes nothing the check guards.
  if (id_number && (m_codes_all_new || !m_identities.has_id_number(code, *id_number))) {
    if (const auto other = m_identities.by_id_number(*id_number, code)) {
      const bool unknown = m_context.match == MatchBy::code && !m_context.references.household(code);
      throw RowProblem("head_id_number", text::format(text::k_id_number_of_another, other->code, code,
                                                      unknown ? text::format(text::k_id_number_hint) : std::string()));
    }
  }
  return code;
}

} // namespace dongmao::import
