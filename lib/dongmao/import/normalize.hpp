#pragma once

#include <dongmao/domain/value.hpp>
#include <dongmao/import/header.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/read/cell.hpp>

#include <string>
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

// Reads `cell` as `field` (trim, NFKC, dates, amounts, enumerations, checks). Reference
// fields (community, grid, project, household) stay text: the store resolves them.
std::variant<Normalized, CellProblem> normalize(const read::Cell& cell, const Field& field,
                                                const ColumnBinding& column);

} // namespace dongmao::import
