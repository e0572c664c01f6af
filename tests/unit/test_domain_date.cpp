#include "lang_scope.hpp"

#include <dongmao/domain/date.hpp>
#include <dongmao/error.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

using namespace dongmao::domain;

namespace {

std::string show(const std::optional<Date>& date)
{
  return date ? date->iso() : "none";
}

std::string show(const std::optional<YearMonth>& month)
{
  return month ? month->iso() : "none";
}

// The next day by the calendar rules alone, to check to_days/from_days against.
Date next_day(Date date)
{
  if (date.day < days_in_month(date.year, date.month)) {
    return {date.year, date.month, date.day + 1};
  }
  if (date.month < 12) {
    return {date.year, date.month + 1, 1};
  }
  return {date.year + 1, 1, 1};
}

} // namespace

// Expected values were computed with Python's datetime, not with this code.
TEST_CASE("domain::is_valid_date and days_in_month")
{
  CHECK(is_valid_date(2024, 2, 29));
  CHECK_FALSE(is_valid_date(2026, 2, 29));
  CHECK_FALSE(is_valid_date(1900, 2, 29));
  CHECK(is_valid_date(2000, 2, 29));
  CHECK_FALSE(is_valid_date(2026, 4, 31));
  CHECK(is_valid_date(2026, 12, 31));
  CHECK_FALSE(is_valid_date(2026, 13, 1));
  CHECK_FALSE(is_valid_date(2026, 0, 10));
  CHECK_FALSE(is_valid_date(2026, 1, 0));
  CHECK_FALSE(is_valid_date(0, 1, 1));
  CHECK_FALSE(is_valid_date(10000, 1, 1));

  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2026, 2) == 28);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2026, 4) == 30);
  CHECK(days_in_month(2026, 12) == 31);
  CHECK(days_in_month(2026, 13) == 0);
  CHECK(days_in_month(2026, 0) == 0);
}

TEST_CASE("domain::Date")
{
  CHECK(Date{2026, 3, 5}.iso() == "2026-03-05");
  CHECK(Date{33, 1, 1}.iso() == "0033-01-01");
  CHECK(Date{2026, 3, 5} < Date{2026, 3, 6});
  CHECK(Date{2025, 12, 31} < Date{2026, 1, 1});
  CHECK(Date{2026, 2, 1} > Date{2026, 1, 31});
  CHECK(Date{2026, 3, 5} == Date{2026, 3, 5});
  CHECK(Date{2026, 3, 5} != Date{2026, 5, 3});
}

TEST_CASE("domain::to_days and from_days")
{
  CHECK(to_days({1970, 1, 1}) == 0);
  CHECK(to_days({1969, 12, 31}) == -1);
  CHECK(to_days({2026, 3, 5}) == 20517);
  CHECK(to_days({2000, 2, 29}) == 11016);
  CHECK(to_days({1900, 3, 1}) == -25508);
  CHECK(to_days({1, 1, 1}) == -719162);
  CHECK(to_days({9999, 12, 31}) == 2932896);

  CHECK(from_days(0) == Date{1970, 1, 1});
  CHECK(from_days(-1) == Date{1969, 12, 31});
  CHECK(from_days(20517) == Date{2026, 3, 5});
  CHECK(from_days(11016) == Date{2000, 2, 29});
  CHECK(from_days(-719162) == Date{1, 1, 1});
  CHECK(from_days(2932896) == Date{9999, 12, 31});

  // Every day from 1899 to 2101 follows its predecessor.
  Date date{1899, 1, 1};
  auto days = to_days(date);
  bool consistent = true;
  while (date.year <= 2100) {
    const auto next = next_day(date);
    consistent = consistent && to_days(next) == days + 1 && from_days(days + 1) == next;
    date = next;
    ++days;
  }
  CHECK(consistent);
}

TEST_CASE("domain::add_days and days_between")
{
  CHECK(add_days({2026, 12, 25}, 10) == Date{2027, 1, 4});
  CHECK(add_days({2024, 3, 1}, -1) == Date{2024, 2, 29});
  CHECK(add_days({2026, 3, 5}, 60) == Date{2026, 5, 4});
  CHECK(add_days({2026, 3, 5}, 15) == Date{2026, 3, 20});
  CHECK(add_days({2026, 3, 5}, 0) == Date{2026, 3, 5});
  CHECK(days_between({2026, 1, 1}, {2026, 12, 31}) == 364);
  CHECK(days_between({2026, 12, 31}, {2026, 1, 1}) == -364);
  CHECK(days_between({2024, 2, 28}, {2024, 3, 1}) == 2);
  CHECK(days_between({2026, 2, 28}, {2026, 3, 1}) == 1);
}

TEST_CASE("domain::weekday")
{
  CHECK(weekday({1970, 1, 1}) == 4);
  CHECK(weekday({1969, 12, 31}) == 3);
  CHECK(weekday({2026, 3, 5}) == 4);
  CHECK(weekday({2026, 11, 30}) == 1);
  CHECK(weekday({2024, 12, 29}) == 7);
  CHECK(weekday({2000, 2, 29}) == 2);
  CHECK(weekday({1, 1, 1}) == 1);
}

TEST_CASE("domain::add_months")
{
  CHECK(add_months({2026, 1, 31}, 1) == Date{2026, 2, 28});
  CHECK(add_months({2024, 1, 31}, 1) == Date{2024, 2, 29});
  CHECK(add_months({2026, 3, 31}, -1) == Date{2026, 2, 28});
  CHECK(add_months({2026, 12, 15}, 1) == Date{2027, 1, 15});
  CHECK(add_months({2026, 1, 15}, -1) == Date{2025, 12, 15});
  CHECK(add_months({2026, 5, 31}, 13) == Date{2027, 6, 30});
  CHECK(add_months({2026, 5, 31}, -25) == Date{2024, 4, 30});
  CHECK(add_months({2026, 5, 31}, 0) == Date{2026, 5, 31});
}

TEST_CASE("domain::parse_date")
{
  SUBCASE("every written form")
  {
    CHECK(show(parse_date("2026-03-05")) == "2026-03-05");
    CHECK(show(parse_date("2026-3-5")) == "2026-03-05");
    CHECK(show(parse_date("2026/3/5")) == "2026-03-05");
    CHECK(show(parse_date("2026/03/05")) == "2026-03-05");
    CHECK(show(parse_date("2026.3.5")) == "2026-03-05");
    CHECK(show(parse_date("2026年3月5日")) == "2026-03-05");
    CHECK(show(parse_date("2026年3月5号")) == "2026-03-05");
    CHECK(show(parse_date("2026年03月05日")) == "2026-03-05");
    CHECK(show(parse_date("2026 年 3 月 5 日")) == "2026-03-05");
    CHECK(show(parse_date("20260305")) == "2026-03-05");
    CHECK(show(parse_date("  2026-03-05\xE3\x80\x80")) == "2026-03-05");
  }
  SUBCASE("full-width")
  {
    CHECK(show(parse_date("２０２６年３月５日")) == "2026-03-05");
    CHECK(show(parse_date("２０２６－０３－０５")) == "2026-03-05");
    CHECK(show(parse_date("２０２６／３／５　１４：３０")) == "2026-03-05");
  }
  SUBCASE("with a time")
  {
    CHECK(show(parse_date("2026/3/5 14:30")) == "2026-03-05");
    CHECK(show(parse_date("2026-03-05T14:30:00")) == "2026-03-05");
    CHECK(show(parse_date("2026-03-05 14:30:00")) == "2026-03-05");
    CHECK(show(parse_date("2026-03-05 9:05:07.250")) == "2026-03-05");
    CHECK(show(parse_date("2026年3月5日 08:00")) == "2026-03-05");
    CHECK(show(parse_date("20260305 23:59:59")) == "2026-03-05");
    CHECK(show(parse_date("2026-03-05 24:00")) == "none");
    CHECK(show(parse_date("2026-03-05 14:60")) == "none");
    CHECK(show(parse_date("2026-03-05 14:30:60")) == "none");
    CHECK(show(parse_date("2026-03-05 14")) == "none");
    CHECK(show(parse_date("2026-03-05 14:3")) == "none");
    CHECK(show(parse_date("2026-03-05 14:30 下午")) == "none");
  }
  SUBCASE("with a part of the day or a time in words, as a visit is logged")
  {
    CHECK(show(parse_date("2026年11月3日上午")) == "2026-11-03");
    CHECK(show(parse_date("2026年11月3日 下午")) == "2026-11-03");
    CHECK(show(parse_date("2026年11月3日下午3:30")) == "2026-11-03");
    CHECK(show(parse_date("2026年11月3日上午9时30分")) == "2026-11-03");
    CHECK(show(parse_date("2026年11月3日 9点")) == "2026-11-03");
    CHECK(show(parse_date("2026.11.3 9时许")) == "2026-11-03");
    CHECK(show(parse_date("11月3日晚上", 2026)) == "2026-11-03");
    CHECK(show(parse_date("2026年11月3日上午25点")) == "none");
    CHECK(show(parse_date("2026年11月3日9点")) == "none");
    CHECK(show(parse_date("2026年11月3日 9时61分")) == "none");
    CHECK(show(parse_date("2026年11月3日下午三点")) == "none");
    CHECK(show(parse_date("2026年11月3日前")) == "none");
  }
  SUBCASE("leap years")
  {
    CHECK(show(parse_date("2024-02-29")) == "2024-02-29");
    CHECK(show(parse_date("2000-02-29")) == "2000-02-29");
    CHECK(show(parse_date("2026-02-29")) == "none");
    CHECK(show(parse_date("1900-02-29")) == "none");
  }
  SUBCASE("rejected")
  {
    CHECK(show(parse_date("2026-02-30")) == "none");
    CHECK(show(parse_date("2026-04-31")) == "none");
    CHECK(show(parse_date("2026-13-01")) == "none");
    CHECK(show(parse_date("2026-00-10")) == "none");
    CHECK(show(parse_date("26-3-5")) == "none");
    CHECK(show(parse_date("26/3/5")) == "none");
    CHECK(show(parse_date("26年3月5日")) == "none");
    CHECK(show(parse_date("0202-03-05")) == "none");
    CHECK(show(parse_date("2026-3/5")) == "none");
    CHECK(show(parse_date("2026-003-05")) == "none");
    CHECK(show(parse_date("202603051")) == "none");
    CHECK(show(parse_date("2026年3月")) == "none");
    CHECK(show(parse_date("2026")) == "none");
    CHECK(show(parse_date("45996")) == "none");
    CHECK(show(parse_date("2026-03-05x")) == "none");
    CHECK(show(parse_date("")) == "none");
    CHECK(show(parse_date("三月五日")) == "none");
  }
}

TEST_CASE("domain::parse_date: forms staff type")
{
  SUBCASE("commas, a closing full stop, spaces after a separator")
  {
    CHECK(show(parse_date("2026.3.5.")) == "2026-03-05");
    CHECK(show(parse_date("2026,3,5")) == "2026-03-05");
    CHECK(show(parse_date("2026，3，5")) == "2026-03-05");
    CHECK(show(parse_date("2026, 3, 5")) == "2026-03-05");
    CHECK(show(parse_date("2026、3、5")) == "2026-03-05");
    CHECK(show(parse_date("2026. 3. 5")) == "2026-03-05");
    CHECK(show(parse_date("2026.03.05. 14:30")) == "2026-03-05");
  }
  SUBCASE("mixed or doubled separators and impossible days stay refused")
  {
    CHECK(show(parse_date("2026,3.5")) == "none");
    CHECK(show(parse_date("2026.3.5..")) == "none");
    CHECK(show(parse_date("2026-3-5.")) == "none");
    CHECK(show(parse_date("2026,,3,5")) == "none");
    CHECK(show(parse_date("2026,2,30")) == "none");
    CHECK(show(parse_date("2026.2.29.")) == "none");
  }
  SUBCASE("without a default year, no year is guessed")
  {
    CHECK(show(parse_date("3月5日")) == "none");
    CHECK(show(parse_date("3.5")) == "none");
    CHECK(show(parse_date("26.3.5")) == "none");
  }
  SUBCASE("a day without its year falls in the default year")
  {
    CHECK(show(parse_date("3月5日", 2026)) == "2026-03-05");
    CHECK(show(parse_date("3月5号", 2026)) == "2026-03-05");
    CHECK(show(parse_date("03月05日", 2026)) == "2026-03-05");
    CHECK(show(parse_date("3 月 5 日", 2026)) == "2026-03-05");
    CHECK(show(parse_date("3月5", 2026)) == "2026-03-05");
    CHECK(show(parse_date("３月５日", 2026)) == "2026-03-05");
    CHECK(show(parse_date("3.5", 2026)) == "2026-03-05");
    CHECK(show(parse_date("3.5.", 2026)) == "2026-03-05");
    CHECK(show(parse_date("12.25", 2026)) == "2026-12-25");
    CHECK(show(parse_date("3-5", 2026)) == "2026-03-05");
    CHECK(show(parse_date("3/5", 2026)) == "2026-03-05");
    CHECK(show(parse_date("2月29日", 2024)) == "2024-02-29");
    CHECK(show(parse_date("2月29日", 2026)) == "none");
    CHECK(show(parse_date("13月5日", 2026)) == "none");
    CHECK(show(parse_date("3月32日", 2026)) == "none");
    CHECK(show(parse_date("3月", 2026)) == "none");
    CHECK(show(parse_date("3", 2026)) == "none");
    CHECK(show(parse_date("3.5.6.7", 2026)) == "none");
    CHECK(show(parse_date("3-5/", 2026)) == "none");
    CHECK(show(parse_date("135", 2026)) == "none");
  }
  SUBCASE("a two-digit year is the nearest one to the default year")
  {
    CHECK(show(parse_date("26.3.5", 2026)) == "2026-03-05");
    CHECK(show(parse_date("26-3-5", 2026)) == "2026-03-05");
    CHECK(show(parse_date("26年3月5日", 2026)) == "2026-03-05");
    CHECK(show(parse_date("25.12.31", 2026)) == "2025-12-31");
    CHECK(show(parse_date("99.1.2", 2026)) == "1999-01-02");
    CHECK(show(parse_date("01.1.2", 2099)) == "2101-01-02");
    CHECK(show(parse_date("26.2.30", 2026)) == "none");
  }
  SUBCASE("a four-digit year wins over the default")
  {
    CHECK(show(parse_date("2025年3月5日", 2026)) == "2025-03-05");
    CHECK(show(parse_date("2025.3.5.", 2026)) == "2025-03-05");
  }
  SUBCASE("Excel serials as before")
  {
    CHECK(show(parse_date_or_serial("45996")) == "2025-12-05");
    CHECK(show(parse_date_or_serial("45996", 2026)) == "2025-12-05");
    CHECK(show(parse_date_or_serial("3.5", 2026)) == "2026-03-05");
  }
}

TEST_CASE("domain::parse_iso_date")
{
  CHECK(show(parse_iso_date("2026-03-05")) == "2026-03-05");
  CHECK(show(parse_iso_date("2024-02-29")) == "2024-02-29");
  CHECK(show(parse_iso_date("2026-02-29")) == "none");
  CHECK(show(parse_iso_date("2026-3-5")) == "none");
  CHECK(show(parse_iso_date(" 2026-03-05")) == "none");
  CHECK(show(parse_iso_date("2026/03/05")) == "none");
  CHECK(show(parse_iso_date("20260305")) == "none");
  CHECK(show(parse_iso_date("２０２６-03-05")) == "none");
  CHECK(show(parse_iso_date("2026-03-05T00:00")) == "none");
  CHECK(show(parse_iso_date("+026-03-05")) == "none");
}

TEST_CASE("domain::from_excel_serial")
{
  SUBCASE("1900 system")
  {
    CHECK(from_excel_serial(1).iso() == "1900-01-01");
    CHECK(from_excel_serial(2).iso() == "1900-01-02");
    CHECK(from_excel_serial(59).iso() == "1900-02-28");
    CHECK(from_excel_serial(61).iso() == "1900-03-01");
    CHECK(from_excel_serial(100).iso() == "1900-04-09");
    CHECK(from_excel_serial(36526).iso() == "2000-01-01");
    CHECK(from_excel_serial(45658).iso() == "2025-01-01");
    CHECK(from_excel_serial(45996).iso() == "2025-12-05");
    CHECK(from_excel_serial(45996.75).iso() == "2025-12-05");
    CHECK(from_excel_serial(2958465).iso() == "9999-12-31");
  }
  SUBCASE("the fictitious 1900-02-29 and out of range")
  {
    CHECK_THROWS_AS(from_excel_serial(60), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(60.5), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(0), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(0.5), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(-1), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(2958466), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(std::nan("")), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(std::numeric_limits<double>::infinity()), dongmao::DataError);
    CHECK_THROWS_WITH(from_excel_serial(60), "Excel 日期序号60是1900-02-29，这一天并不存在");
    {
      const LangScope en(dongmao::text::Lang::en);
      CHECK_THROWS_WITH(from_excel_serial(60), "Excel date serial 60 is 1900-02-29, a day that does not exist");
      CHECK_THROWS_WITH(from_excel_serial(2958466), "Excel date serial 2958466 is outside 1 to 2958465");
    }
  }
  SUBCASE("1904 system")
  {
    CHECK(from_excel_serial(0, true).iso() == "1904-01-01");
    CHECK(from_excel_serial(1, true).iso() == "1904-01-02");
    CHECK(from_excel_serial(60, true).iso() == "1904-03-01");
    CHECK(from_excel_serial(1462, true).iso() == "1908-01-02");
    CHECK(from_excel_serial(44534, true).iso() == "2025-12-05");
    CHECK(from_excel_serial(2957003, true).iso() == "9999-12-31");
    CHECK_THROWS_AS(from_excel_serial(2957004, true), dongmao::DataError);
    CHECK_THROWS_AS(from_excel_serial(-1, true), dongmao::DataError);
  }
}

TEST_CASE("domain::parse_date_or_serial")
{
  CHECK(show(parse_date_or_serial("45996")) == "2025-12-05");
  CHECK(show(parse_date_or_serial("45996.5")) == "2025-12-05");
  CHECK(show(parse_date_or_serial(" ４５９９６ ")) == "2025-12-05");
  CHECK(show(parse_date_or_serial("1")) == "1900-01-01");
  CHECK(show(parse_date_or_serial("2958465")) == "9999-12-31");
  CHECK(show(parse_date_or_serial("2026")) == "1905-07-18");
  CHECK(show(parse_date_or_serial("2026-03-05")) == "2026-03-05");
  CHECK(show(parse_date_or_serial("20260305")) == "2026-03-05");
  CHECK(show(parse_date_or_serial("60")) == "none");
  CHECK(show(parse_date_or_serial("60.25")) == "none");
  CHECK(show(parse_date_or_serial("0")) == "none");
  CHECK(show(parse_date_or_serial("2958466")) == "none");
  CHECK(show(parse_date_or_serial("-5")) == "none");
  CHECK(show(parse_date_or_serial("4.5E+4")) == "none");
  CHECK(show(parse_date_or_serial("45996.")) == "none");
  CHECK(show(parse_date_or_serial("abc")) == "none");
  CHECK(show(parse_date_or_serial("")) == "none");
}

TEST_CASE("domain::parse_year_month")
{
  CHECK(show(parse_year_month("2026-11")) == "2026-11");
  CHECK(show(parse_year_month("2026/11")) == "2026-11");
  CHECK(show(parse_year_month("2026.11")) == "2026-11");
  CHECK(show(parse_year_month("2026年11月")) == "2026-11");
  CHECK(show(parse_year_month(" 2026 年 11 月 ")) == "2026-11");
  CHECK(show(parse_year_month("２０２６年１１月")) == "2026-11");
  CHECK(show(parse_year_month("202611")) == "2026-11");
  CHECK(show(parse_year_month("2026-1")) == "2026-01");
  CHECK(show(parse_year_month("2026-13")) == "none");
  CHECK(show(parse_year_month("2026-00")) == "none");
  CHECK(show(parse_year_month("26-11")) == "none");
  CHECK(show(parse_year_month("2026")) == "none");
  CHECK(show(parse_year_month("2026-11-05")) == "none");
  CHECK(show(parse_year_month("2026年11")) == "none");
  CHECK(show(parse_year_month("2026-011")) == "none");
  CHECK(show(parse_year_month("")) == "none");
}

TEST_CASE("domain::YearMonth")
{
  const YearMonth november{2026, 11};
  CHECK(november.iso() == "2026-11");
  CHECK(november.first_day() == Date{2026, 11, 1});
  CHECK(november.last_day() == Date{2026, 11, 30});
  CHECK(YearMonth{2026, 12}.last_day() == Date{2026, 12, 31});
  CHECK(YearMonth{2024, 2}.last_day() == Date{2024, 2, 29});
  CHECK(YearMonth{2026, 2}.last_day() == Date{2026, 2, 28});
  CHECK(YearMonth{1900, 2}.last_day() == Date{1900, 2, 28});
  CHECK(november.previous() == YearMonth{2026, 10});
  CHECK(YearMonth{2026, 1}.previous() == YearMonth{2025, 12});
  CHECK(YearMonth{2025, 12} < YearMonth{2026, 1});
  CHECK(YearMonth{2026, 1}.iso() == "2026-01");
}
