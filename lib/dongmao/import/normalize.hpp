#pragma once

#include <dongmao/domain/value.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/read/cell.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace dongmao::import {

// Field values are the domain's typed values.
using domain::is_null;
using domain::to_text;
using domain::Value;

// Why a cell could not be read as its field; the message names the value, not the place.
struct CellProblem
{
  std::string message;
};

// A cell read as its field, with an optional warning (an unusual but kept value).
struct Normalized
{
  Value value;
  std::string warning;
};

// How cells are read, as a number: raised whenever a cell would read differently, so that a
// re-import reads again in full each row an earlier version wrote (import/fingerprint.hpp).
inline constexpr int k_normalize_version = 1;

// What is known about a sheet's values from around its table, and how problems show them.
struct ValueContext
{
  std::optional<int> default_year; // the year of a title such as （2026年11月）: for dates typed 3月5日
  bool show_pii = false;           // --show-pii: ID and phone numbers quoted in full, else masked as lists do
};

// Reads `cell` as `field` (trim, NFKC, dates, amounts, figures with units, enumerations,
// checks). Reference fields (community, grid, project, household) stay text: the store
// resolves them. A problem quotes the cell as typed, cut to a readable length; an ID or phone
// number masked unless `context.show_pii`.
std::variant<Normalized, CellProblem> normalize(const read::Cell& cell, const Field& field, const ColumnBinding& column,
                                                const ValueContext& context = {});

// The first `chars` characters of `text` for a message, with … when there is more, line breaks shown as ⏎.
std::string cut_text(std::string_view text, std::size_t chars = 40);

// `text` quoted as typed for a message: 'text', cut after 40 characters with …, line breaks shown as ⏎,
// control and bidi characters as U+FFFD.
std::string quote_cell(std::string_view text);

} // namespace dongmao::import
