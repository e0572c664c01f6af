#include <dongmao/error.hpp>
#include <dongmao/import/rows_ahead.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace dongmao;

namespace {

// A workbook sheet of `total` rows numbered from 2, whose first cell says the row; it throws
// DataError after `fail_after` rows, if given.
class FakeSheet : public read::RowReader
{
public:
  FakeSheet(std::size_t total, std::size_t cell_bytes, std::optional<std::size_t> fail_after = std::nullopt)
    : m_total(total), m_cell_bytes(cell_bytes), m_fail_after(fail_after)
  {
  }

  bool next(read::Row& row) override
  {
    if (m_fail_after && m_given == *m_fail_after) {
      throw DataError("sheet.xlsx：第" + std::to_string(m_given + 2) + "行坏了");
    }
    if (m_given == m_total) {
      return false;
    }
    row.number = m_given + 2;
    row.cells.assign(2, read::Cell{});
    row.cells[0].text = "R" + std::to_string(row.number);
    row.cells[1].text.assign(m_cell_bytes, 'x');
    ++m_given;
    return true;
  }
  std::string sheet_name() const override { return "东湖社区"; }
  std::string describe() const override { return "xlsx"; }
  std::size_t sheet_count() const override { return 3; }
  bool hidden() const override { return true; }
  std::optional<double> share_read() const override { return static_cast<double>(m_given) / 1000.0; }

private:
  std::size_t m_total;
  std::size_t m_cell_bytes;
  std::optional<std::size_t> m_fail_after;

public:
  std::atomic<std::size_t> m_given = 0; // read by the test while the reading thread writes it
};

} // namespace

TEST_CASE("import::RowsAhead gives every row of the sheet once, in order, and says what the sheet is")
{
  for (const std::size_t total : {0U, 1U, 255U, 256U, 257U, 1000U}) {
    CAPTURE(total);
    auto reader = import::read_ahead(std::make_unique<FakeSheet>(total, 3));
    CHECK(reader->sheet_name() == "东湖社区");
    CHECK(reader->describe() == "xlsx");
    CHECK(reader->sheet_count() == 3U);
    CHECK(reader->hidden());
    read::Row row;
    std::size_t seen = 0;
    while (reader->next(row)) {
      REQUIRE(row.number == seen + 2);
      REQUIRE(row.cells.size() == 2U);
      CHECK(row.cells[0].text == "R" + std::to_string(seen + 2));
      CHECK(row.cells[1].text == "xxx");
      ++seen;
      // The share read is the reader's after the batch the row came in: never behind the row.
      REQUIRE(reader->share_read());
      CHECK(*reader->share_read() >= static_cast<double>(seen) / 1000.0);
    }
    CHECK(seen == total);
    CHECK_FALSE(reader->next(row));
  }
}

TEST_CASE("import::RowsAhead gives the rows before a broken one, then its error")
{
  auto reader = import::read_ahead(std::make_unique<FakeSheet>(1000, 3, 300));
  read::Row row;
  std::size_t seen = 0;
  CHECK_THROWS_WITH_AS(
    [&] {
      while (reader->next(row)) {
        ++seen;
      }
    }(),
    "sheet.xlsx：第302行坏了", DataError);
  CHECK(seen == 300U);
}

TEST_CASE("import::RowsAhead reads a CSV file on the caller's thread, as it is")
{
  class FakeCsv : public FakeSheet
  {
  public:
    FakeCsv() : FakeSheet(5, 1) {}
    std::size_t sheet_count() const override { return 0; }
  };
  auto csv = std::make_unique<FakeCsv>();
  const auto* given = csv.get();
  const auto reader = import::read_ahead(std::move(csv));
  CHECK(reader.get() == given);
}

TEST_CASE("import::RowsAhead holds few rows near the row budget ahead")
{
  // Rows of half a megabyte: a batch is cut by bytes, not only by rows.
  auto sheet = std::make_unique<FakeSheet>(40, 512 * 1024);
  const auto& given = sheet->m_given;
  auto reader = import::read_ahead(std::move(sheet));
  read::Row row;
  REQUIRE(reader->next(row));
  std::this_thread::sleep_for(std::chrono::milliseconds(200)); // time to read all it may
  CHECK(given.load() <= 12U);                                  // four batches of two rows ahead, and the one being read
  std::size_t seen = 1;
  while (reader->next(row)) {
    CHECK(row.cells[1].text.size() == 512U * 1024U);
    ++seen;
  }
  CHECK(seen == 40U);
}
