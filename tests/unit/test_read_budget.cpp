#include <dongmao/out/xlsx_workbook.hpp>
#include <dongmao/read/cell.hpp>
#include <dongmao/read/csv_reader.hpp>

#include <doctest/doctest.h>

#include <string>

using dongmao::read::Cell;
using dongmao::read::charge_row_budget;
using dongmao::read::Row;

namespace {

std::string repeat(const std::string& text, std::size_t times)
{
  std::string out;
  for (std::size_t i = 0; i < times; ++i) {
    out += text;
  }
  return out;
}

} // namespace

TEST_CASE("read::charge_row_budget: the cell that goes over is named, it and the rest keep 41 characters")
{
  Row row;
  std::size_t used = 0;
  Cell a{dongmao::read::CellType::text, "张伟", 0.0};
  charge_row_budget(row, used, a, 0, 100, a.text.size());
  CHECK(used == 6);
  CHECK(!row.oversize);

  Cell b{dongmao::read::CellType::text, repeat("长", 50), 0.0};
  charge_row_budget(row, used, b, 1, 100, b.text.size());
  REQUIRE(row.oversize);
  CHECK(row.oversize->column == 1);
  CHECK(row.oversize->bytes == 150);
  CHECK(b.text == repeat("长", 41));

  // Past the budget even a short cell is cut; the first one over stays named.
  Cell c{dongmao::read::CellType::text, repeat("x", 60), 0.0};
  charge_row_budget(row, used, c, 2, 100, 6000);
  CHECK(row.oversize->column == 1);
  CHECK(c.text == repeat("x", 41));
  CHECK(used == 6);
}

TEST_CASE("read::unguard_formula: only the ' a CSV listing puts before formula text goes")
{
  const auto unguarded = [](std::string text) {
    dongmao::read::unguard_formula(text);
    return text;
  };
  CHECK(unguarded("'=1+1") == "=1+1");
  CHECK(unguarded("'+86 138") == "+86 138");
  CHECK(unguarded("'-5") == "-5");
  CHECK(unguarded("'@x") == "@x");
  CHECK(unguarded("'\tx") == "\tx");
  CHECK(unguarded("'东茅岭") == "'东茅岭");
  CHECK(unguarded("''=1") == "''=1");
  CHECK(unguarded("'") == "'");
}

TEST_CASE("out::xlsx_cell_text: never over 32,767 characters, and a cut shows")
{
  const auto fits = repeat("户", 32767);
  CHECK(dongmao::out::xlsx_cell_text(fits) == fits);
  const auto cut = dongmao::out::xlsx_cell_text(repeat("户", 32768));
  CHECK(cut == repeat("户", 32762) + "…(截断)");
  CHECK(dongmao::out::xlsx_cell_text(repeat("a", 40000)) == repeat("a", 32762) + "…(截断)");
}
