#pragma once

#include <dongmao/import/header.hpp>
#include <dongmao/import/record.hpp>
#include <dongmao/store/identity.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dongmao::import {

struct WriterContext;
struct SheetLayout;

// What identifies a ledger row's household (--match).
enum class MatchBy
{
  code,    // 户编号: the workspace's own code
  id,      // the head's 身份证号, whatever the ledger's own numbering
  address, // 楼栋/单元/房号 or 地址, among the households of the project
};

// The MatchBy named `name` (code, id, address), or nullopt.
std::optional<MatchBy> match_from_name(std::string_view name);

// "code", "id" or "address".
std::string match_name(MatchBy match);

// How the households of a sheet of `mapping` with `header` are matched: `requested`, else
// code when it has a 户号 column, else id when it has a 身份证号 column, else address for a
// project ledger with an address. Makes `code` optional in `layout` unless matched by code.
// nullopt for entities without households. UsageError for --match address outside a project
// ledger, DataError (naming `where`) when the sheet lacks the column the match needs.
std::optional<MatchBy> household_match(const Mapping& mapping, const Header& header,
                                       const std::optional<MatchBy>& requested, SheetLayout& layout,
                                       const std::string& where);

// Finds the household a row is about, by the run's MatchBy; one ID number is never the
// head's of two households.
class HouseholdIdentity
{
public:
  explicit HouseholdIdentity(WriterContext& context);

  // The key of `record` among the file's rows, to catch a household listed twice.
  std::string key(const Record& record) const;

  // The code of the household `record` is about; a generated PREFIX-NNN for a new one (the
  // project's code in a project ledger, else H). RowProblem when the row cannot be matched or
  // its ID number is the head's of another household (naming both codes).
  std::string code(const Record& record, std::optional<std::int64_t> project_id);

  // The address for the store, lent: the 地址 column's value, else `composed` set to the one
  // 楼栋/单元/房号 compose; nullptr when the file has neither.
  // An address that found a stored household is kept as stored (it may say more).
  const Value* address(const Record& record, Value& composed) const;

  // Every code this run finds is new (a households import into a table that was empty, whose
  // file's codes are checked unique): no stored household can already hold its ID number.
  void codes_all_new() { m_codes_all_new = true; }

  // The head ID numbers of this run (a load by code) are checked once all its rows are in, not
  // row by row (HouseholdPart::finish): a load into an empty table builds their index only then.
  void check_id_numbers_later() { m_id_numbers_later = true; }

private:
  MatchBy match() const;
  std::string prefix(std::optional<std::int64_t> project_id);
  std::string typed_address(const Record& record) const;

  WriterContext& m_context;
  store::HouseholdIdentities m_identities;
  std::map<std::int64_t, std::string> m_project_codes;
  bool m_found_by_address = false; // the last code() found a stored household by its address
  bool m_codes_all_new = false;
  bool m_id_numbers_later = false;
};

// The code of the project a projects ledger row is about: its 项目编号, else the code of the
// project of that name (exactly, after normalisation), else a new one (store::next_project_code).
std::string project_code(const Record& record, WriterContext& context);

// The key of a projects ledger row among the file's rows: its code, else its name.
std::string project_key(const Record& record);

} // namespace dongmao::import
