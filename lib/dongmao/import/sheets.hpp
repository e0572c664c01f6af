#pragma once

#include <dongmao/db/connection.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/pipeline.hpp>
#include <dongmao/read/reader.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// A sheet whose header was found, with its first rows.
struct LedgerSheet
{
  std::unique_ptr<read::RowReader> reader;
  std::vector<read::Row> head;
  Header header;
};

// The first rows of a sheet, where its header is.
std::vector<read::Row> read_head(read::RowReader& reader);

// The first visible worksheet besides `first` whose header names a column of `mapping`.
std::optional<LedgerSheet> find_ledger_sheet(const ImportRequest& request, const Mapping& mapping,
                                             const read::RowReader& first);

// The other sheets of a workbook kept one sheet per community (东风社区, 南湖社区, …): without
// --sheet, when `header` has no community column, the visible sheets besides `first` whose
// header names the same columns.
std::vector<LedgerSheet> community_sheets(const ImportRequest& request, const Mapping& mapping,
                                          const read::RowReader& first, const Header& header);

// Whether every one of `names` is a community of the workspace: sheets named 1月, 2月 or
// 汇总 are no community's.
bool all_communities(db::Connection& db, const std::vector<std::string>& names, const std::string& now);

} // namespace dongmao::import
