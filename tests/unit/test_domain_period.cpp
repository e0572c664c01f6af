#include <dongmao/domain/period.hpp>
#include <dongmao/error.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;

namespace {

// The message of the UsageError `parse` throws, or "" when it throws none.
template <typename Parse>
std::string usage_message(Parse parse)
{
  try {
    parse();
  } catch (const UsageError& error) {
    return error.what();
  }
  return "";
}

} // namespace

TEST_CASE("domain::month_period")
{
  const domain::Date today{2026, 1, 15};
  auto p = domain::month_period("this", today);
  CHECK(p.from.iso() == "2026-01-01");
  CHECK(p.to.iso() == "2026-01-31");
  CHECK(p.label == "2026-01");
  CHECK(p.is_month);
  p = domain::month_period("last", today);
  CHECK(p.from.iso() == "2025-12-01");
  CHECK(p.to.iso() == "2025-12-31");
  p = domain::month_period("2024-02", today);
  CHECK(p.to.iso() == "2024-02-29");
  p = domain::month_period("2026年11月", today);
  CHECK(p.from.iso() == "2026-11-01");
  CHECK(p.to.iso() == "2026-11-30");
  CHECK(usage_message([&] { domain::month_period("2026-13", today); }) ==
        "--month：“2026-13”不是 this、last 或 YYYY-MM");
  CHECK(usage_message([&] { domain::month_period("十一月", today); }) == "--month：“十一月”不是 this、last 或 YYYY-MM");
}

TEST_CASE("domain::range_period")
{
  const auto p = domain::range_period("2026-01-01", "2026-06-30");
  CHECK(p.from.iso() == "2026-01-01");
  CHECK(p.to.iso() == "2026-06-30");
  CHECK(p.label == "2026-01-01..2026-06-30");
  CHECK_FALSE(p.is_month);
  CHECK(domain::range_period("2026-03-10", "2026-03-10").to.iso() == "2026-03-10");
  CHECK(usage_message([] { domain::range_period("2026-13-01", "2026-12-31"); }) ==
        "--from：“2026-13-01”不是 YYYY-MM-DD 格式的日期");
  CHECK(usage_message([] { domain::range_period("2026-01-01", "2026-02-30"); }) ==
        "--to：“2026-02-30”不是 YYYY-MM-DD 格式的日期");
  CHECK(usage_message([] { domain::range_period("2026-03-10", "2026-03-01"); }) ==
        "--to 2026-03-01早于 --from 2026-03-10");
}

TEST_CASE("domain::previous_period")
{
  auto p = domain::previous_period(domain::month_period("2026-03", {}));
  CHECK(p.from.iso() == "2026-02-01");
  CHECK(p.to.iso() == "2026-02-28");
  CHECK(p.label == "2026-02");
  p = domain::previous_period(domain::month_period("2026-01", {}));
  CHECK(p.label == "2025-12");
  p = domain::previous_period(domain::range_period("2026-03-10", "2026-03-19"));
  CHECK(p.from.iso() == "2026-02-28");
  CHECK(p.to.iso() == "2026-03-09");
  CHECK(p.label == "2026-02-28..2026-03-09");
}
