#include <dongmao/db/key_table.hpp>
#include <dongmao/import/key_set.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <string>

using dongmao::import::KeySet;

TEST_CASE("import::KeySet finds repeated keys in memory and beyond it")
{
  // Four keys in memory, the rest in the temporary database on disk.
  KeySet keys(4);
  for (std::uint32_t row = 2; row < 2002; ++row) {
    CHECK_FALSE(keys.insert("H" + std::to_string(row), row).has_value());
  }
  CHECK(keys.insert("H2", 9000) == std::optional<std::uint32_t>(2)); // first in memory
  CHECK(keys.insert("H5", 9001) == std::optional<std::uint32_t>(5)); // last in memory
  CHECK(keys.insert("H6", 9002) == std::optional<std::uint32_t>(6)); // first spilled
  CHECK(keys.insert("H2001", 9003) == std::optional<std::uint32_t>(2001));
  CHECK_FALSE(keys.insert("H9999", 9004).has_value());
  CHECK(keys.insert("H9999", 9005) == std::optional<std::uint32_t>(9004));
  CHECK_FALSE(keys.insert("", 9006).has_value());
  CHECK(keys.insert("", 9007) == std::optional<std::uint32_t>(9006));
}

TEST_CASE("import::KeySet fills its last table four fifths full, then spills")
{
  // 3,000 keys in memory take 4,096 slots, the table they reach without doubling again; the
  // rest spill. Every key is found again with its row, on both sides of the line.
  KeySet keys(3000);
  for (std::uint32_t row = 0; row < 5000; ++row) {
    REQUIRE_FALSE(keys.insert("K" + std::to_string(row), row).has_value());
  }
  for (std::uint32_t row = 0; row < 5000; row += 7) {
    REQUIRE(keys.insert("K" + std::to_string(row), 99999) == std::optional<std::uint32_t>(row));
  }
  CHECK(keys.insert("K2999", 1) == std::optional<std::uint32_t>(2999)); // the last in memory
  CHECK(keys.insert("K3000", 1) == std::optional<std::uint32_t>(3000)); // the first spilled
  CHECK_FALSE(keys.insert("K5000", 1).has_value());
}

TEST_CASE("import::KeySet finds a repeat among 100,000 keys with its default table")
{
  KeySet keys;
  for (std::uint32_t row = 0; row < 100000; ++row) {
    REQUIRE_FALSE(keys.insert(std::to_string(row), row).has_value());
  }
  CHECK(keys.insert("77777", 1) == std::optional<std::uint32_t>(77777));
}

TEST_CASE("db::KeyTable keeps the first row of each key, compared byte for byte")
{
  dongmao::db::KeyTable table;
  const std::string with_nul("H1\0x", 4);
  CHECK_FALSE(table.insert("H1", 10).has_value());
  CHECK_FALSE(table.insert(with_nul, 11).has_value());
  CHECK_FALSE(table.insert("h1", 12).has_value());
  CHECK_FALSE(table.insert("", 13).has_value());
  CHECK(table.insert("H1", 20) == std::optional<std::uint32_t>(10));
  CHECK(table.insert(with_nul, 21) == std::optional<std::uint32_t>(11));
  CHECK(table.insert("h1", 22) == std::optional<std::uint32_t>(12));
  CHECK(table.insert("", 23) == std::optional<std::uint32_t>(13));
  CHECK(table.insert("H1", 30) == std::optional<std::uint32_t>(10));
}

TEST_CASE("db::KeyTable holds a million keys in order and finds the first and the last")
{
  dongmao::db::KeyTable table;
  for (std::uint32_t row = 0; row < 1000000; ++row) {
    REQUIRE_FALSE(table.insert(fmt::format("H{:07}", row), row).has_value());
  }
  CHECK(table.insert("H0000000", 1) == std::optional<std::uint32_t>(0));
  CHECK(table.insert("H0999999", 2) == std::optional<std::uint32_t>(999999));
}
