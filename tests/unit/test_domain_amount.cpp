#include <dongmao/domain/amount.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

using namespace dongmao::domain;

namespace {

template <typename T>
std::string show(const std::optional<T>& value)
{
  return value ? std::to_string(*value) : "none";
}

} // namespace

// Expected 分 were computed with Python's Decimal (ROUND_HALF_UP), not with this code.
TEST_CASE("domain::parse_amount")
{
  SUBCASE("yuan")
  {
    CHECK(show(parse_amount("12345")) == "1234500");
    CHECK(show(parse_amount("12,345.67")) == "1234567");
    CHECK(show(parse_amount("12345.67元")) == "1234567");
    CHECK(show(parse_amount("12345.67 元")) == "1234567");
    CHECK(show(parse_amount("￥1,000")) == "100000");
    CHECK(show(parse_amount("¥1000")) == "100000");
    CHECK(show(parse_amount("¥ 1,234,567.8")) == "123456780");
    CHECK(show(parse_amount("１２３４５．６７")) == "1234567");
    CHECK(show(parse_amount("１２，３４５元")) == "1234500");
    CHECK(show(parse_amount("0")) == "0");
  }
  SUBCASE("wan and yi")
  {
    CHECK(show(parse_amount("541万元")) == "541000000");
    CHECK(show(parse_amount("541万")) == "541000000");
    CHECK(show(parse_amount("541 万元")) == "541000000");
    CHECK(show(parse_amount("1.4亿")) == "14000000000");
    CHECK(show(parse_amount("1.4亿元")) == "14000000000");
    CHECK(show(parse_amount("1.23456789万")) == "1234568");
    CHECK(show(parse_amount("0.0000005万")) == "1");
  }
  SUBCASE("default unit")
  {
    CHECK(show(parse_amount("541", AmountUnit::wan)) == "541000000");
    CHECK(show(parse_amount("1.4", AmountUnit::yi)) == "14000000000");
    CHECK(show(parse_amount("541元", AmountUnit::wan)) == "54100");
    CHECK(show(parse_amount("2万", AmountUnit::yi)) == "2000000");
  }
  SUBCASE("sign and rounding")
  {
    CHECK(show(parse_amount("-5")) == "-500");
    CHECK(show(parse_amount("+5")) == "500");
    CHECK(show(parse_amount("-¥5")) == "-500");
    CHECK(show(parse_amount("¥-5")) == "-500");
    CHECK(show(parse_amount("\xE2\x88\x92"
                            "5")) == "-500"); // U+2212 minus sign
    CHECK(show(parse_amount("-2.5")) == "-250");
    CHECK(show(parse_amount("0.005")) == "1");
    CHECK(show(parse_amount("-0.005")) == "-1");
    CHECK(show(parse_amount("0.004")) == "0");
    CHECK(show(parse_amount("12.345")) == "1235");
    CHECK(show(parse_amount("12.3449999")) == "1234");
    CHECK(show(parse_amount("0.995")) == "100");
  }
  SUBCASE("limits")
  {
    CHECK(show(parse_amount("92233720368547758.07")) == "9223372036854775807");
    CHECK(show(parse_amount("-92233720368547758.07")) == "-9223372036854775807");
    CHECK(show(parse_amount("92233720368547758.08")) == "none");
    CHECK(show(parse_amount("92233720368547758.065")) == "9223372036854775807");
    CHECK(show(parse_amount("92233720368547758.075")) == "none");
    CHECK(show(parse_amount("1000000亿")) == "10000000000000000");
    CHECK(show(parse_amount("1000000000亿")) == "none");
    CHECK(show(parse_amount("99999999999999999999999")) == "none");
  }
  SUBCASE("rejected")
  {
    CHECK(show(parse_amount("")) == "none");
    CHECK(show(parse_amount("abc")) == "none");
    CHECK(show(parse_amount("五百元")) == "none");
    CHECK(show(parse_amount("5万万")) == "none");
    CHECK(show(parse_amount("5万元元")) == "none");
    CHECK(show(parse_amount("5元万")) == "none");
    CHECK(show(parse_amount("5亿万")) == "none");
    CHECK(show(parse_amount("1,23")) == "none");
    CHECK(show(parse_amount("12,3456")) == "none");
    CHECK(show(parse_amount("1234,567")) == "none");
    CHECK(show(parse_amount(",123")) == "none");
    CHECK(show(parse_amount("1.2.3")) == "none");
    CHECK(show(parse_amount("5.")) == "none");
    CHECK(show(parse_amount(".5")) == "none");
    CHECK(show(parse_amount("5 5")) == "none");
    CHECK(show(parse_amount("¥")) == "none");
    CHECK(show(parse_amount("-")) == "none");
    CHECK(show(parse_amount("--5")) == "none");
    CHECK(show(parse_amount("5美元")) == "none");
    CHECK(show(parse_amount("12%")) == "none");
  }
}

TEST_CASE("domain::parse_amount: forms staff type")
{
  SUBCASE("W and k for 万 and 千")
  {
    CHECK(show(parse_amount("12.5W")) == "12500000");
    CHECK(show(parse_amount("12.5w")) == "12500000");
    CHECK(show(parse_amount("12.5 W")) == "12500000");
    CHECK(show(parse_amount("12.5Ｗ")) == "12500000");
    CHECK(show(parse_amount("8k")) == "800000");
    CHECK(show(parse_amount("8千元")) == "800000");
    CHECK(show(parse_amount("1.5百万")) == "150000000");
    CHECK(show(parse_amount("12.5W", AmountUnit::yi)) == "12500000");
  }
  SUBCASE("words around the figure")
  {
    CHECK(show(parse_amount("约12.5万")) == "12500000");
    CHECK(show(parse_amount("大约12.5万元")) == "12500000");
    CHECK(show(parse_amount("约 12.5 万元")) == "12500000");
    CHECK(show(parse_amount("合计125000元")) == "12500000");
    CHECK(show(parse_amount("人民币125,000.00元")) == "12500000");
    CHECK(show(parse_amount("约￥125,000.00")) == "12500000");
    CHECK(show(parse_amount("￥125,000.00")) == "12500000");
    CHECK(show(parse_amount("125000元整")) == "12500000");
    CHECK(show(parse_amount("12万余元")) == "12000000");
    CHECK(show(parse_amount("400多万")) == "400000000");
    CHECK(show(parse_amount("12.5万左右")) == "12500000");
    CHECK(show(parse_amount("1.4亿")) == "14000000000");
    CHECK(show(parse_amount("12.5万元")) == "12500000");
    CHECK(show(parse_amount("125000元")) == "12500000");
    CHECK(show(parse_amount("125000块")) == "12500000");
    CHECK(show(parse_amount("125000", AmountUnit::wan)) == "125000000000");
    CHECK(show(parse_amount("125000元", AmountUnit::wan)) == "12500000");
  }
  SUBCASE("refused")
  {
    CHECK(show(parse_amount("12.5WW")) == "none");
    CHECK(show(parse_amount("12.5万W")) == "none");
    CHECK(show(parse_amount("12.5X")) == "none");
    CHECK(show(parse_amount("约")) == "none");
    CHECK(show(parse_amount("12.5万元/户")) == "none");
    CHECK(show(parse_amount("12.5万美元")) == "none");
    CHECK(show(parse_amount("W12.5")) == "none");
    CHECK(show(parse_amount("12.5元万")) == "none");
  }
}

TEST_CASE("domain::parse_figure")
{
  const auto show_figure = [](std::string_view text) {
    const auto figure = parse_figure(text);
    if (!figure) {
      return std::string("none");
    }
    static const char* const k_units[] = {"", "%", "‰", "m2", "km2", "word:"};
    std::string shown = std::to_string(figure->value);
    shown += k_units[static_cast<int>(figure->unit)];
    if (figure->unit == FigureUnit::word) {
      shown += figure->word;
    }
    return shown;
  };
  CHECK(show_figure("108.2") == "108.200000");
  CHECK(show_figure("108.2㎡") == "108.200000m2");
  CHECK(show_figure("150.5m²") == "150.500000m2");
  CHECK(show_figure("150.5 m2") == "150.500000m2");
  CHECK(show_figure("150.5M2") == "150.500000m2");
  CHECK(show_figure("108.2平方米") == "108.200000m2");
  CHECK(show_figure("108.2平米") == "108.200000m2");
  CHECK(show_figure("1.2平方公里") == "1.200000km2");
  CHECK(show_figure("1.2km²") == "1.200000km2");
  CHECK(show_figure("1.2㎢") == "1.200000km2");
  CHECK(show_figure("71%") == "71.000000%");
  CHECK(show_figure("71％") == "71.000000%");
  CHECK(show_figure("5‰") == "5.000000‰");
  CHECK(show_figure("1,234.5") == "1234.500000");
  CHECK(show_figure("１２３４．５") == "1234.500000");
  CHECK(show_figure("-3.5") == "-3.500000");
  CHECK(show_figure("1.5e3") == "1500.000000");
  CHECK(show_figure("5人") == "5.000000word:人");
  CHECK(show_figure("3户") == "3.000000word:户");
  CHECK(show_figure("约108平米") == "108.000000m2");
  CHECK(show_figure("大约 108 ㎡ 左右") == "108.000000m2");
  CHECK(show_figure("约") == "none");
  CHECK(show_figure("108约") == "108.000000word:约");
  CHECK(show_figure("5万人") == "none");
  CHECK(show_figure("5百") == "none");
  CHECK(show_figure("5 kg") == "none");
  CHECK(show_figure("5%%") == "none");
  CHECK(show_figure("㎡") == "none");
  CHECK(show_figure("12,34") == "none");
  // Plain digits are read on a shorter path, which must agree with the general one.
  CHECK(show_figure("0012.50") == "12.500000");
  CHECK(show_figure("123456789012345") == "123456789012345.000000");
  CHECK(show_figure("1234567890123456") == "1234567890123456.000000");
  CHECK(show_figure("1.2.3") == "none");
  CHECK(show_figure("1.") == "none");
  CHECK(show_figure(".5") == "none");
  CHECK(show_figure("") == "none");
}

TEST_CASE("domain::format_amount_yuan")
{
  CHECK(format_amount_yuan(1234567) == "12345.67");
  CHECK(format_amount_yuan(10000) == "100.00");
  CHECK(format_amount_yuan(0) == "0.00");
  CHECK(format_amount_yuan(5) == "0.05");
  CHECK(format_amount_yuan(-5) == "-0.05");
  CHECK(format_amount_yuan(-123456) == "-1234.56");
  CHECK(format_amount_yuan(541000000) == "5410000.00");
  CHECK(format_amount_yuan(std::numeric_limits<std::int64_t>::max()) == "92233720368547758.07");
  CHECK(format_amount_yuan(std::numeric_limits<std::int64_t>::min()) == "-92233720368547758.08");
}

TEST_CASE("domain::format_amount_wan")
{
  CHECK(format_amount_wan(541000000) == "541.00");
  CHECK(format_amount_wan(14000000000) == "14000.00");
  CHECK(format_amount_wan(123456789, 1) == "123.5");
  CHECK(format_amount_wan(123456789, 0) == "123");
  CHECK(format_amount_wan(-123456789) == "-123.46");
  CHECK(format_amount_wan(5000) == "0.01");
  CHECK(format_amount_wan(-5000) == "-0.01");
  CHECK(format_amount_wan(4999) == "0.00");
  CHECK(format_amount_wan(-4999) == "0.00");
  CHECK(format_amount_wan(999995000) == "1000.00");
  CHECK(format_amount_wan(1, 6) == "0.000001");
  CHECK(format_amount_wan(1, 8) == "0.00000100");
  CHECK(format_amount_wan(0) == "0.00");
  CHECK(format_amount_wan(1500000, -1) == "2");
}

TEST_CASE("domain::parse_number")
{
  CHECK(parse_number("12,345.5") == 12345.5);
  CHECK(parse_number("-3.25") == -3.25);
  CHECK(parse_number("+7") == 7.0);
  CHECK(parse_number("１２３") == 123.0);
  CHECK(parse_number(" 85.5 ") == 85.5);
  CHECK(parse_number("1e3") == 1000.0);
  CHECK(parse_number("4.30602199001011E+17") == 4.30602199001011e17);
  CHECK(parse_number("2.5e-1") == 0.25);
  CHECK_FALSE(parse_number("85.5㎡"));
  CHECK_FALSE(parse_number("12%"));
  CHECK_FALSE(parse_number(""));
  CHECK_FALSE(parse_number("1,2"));
  CHECK_FALSE(parse_number("1e"));
  CHECK_FALSE(parse_number("1e999"));
  CHECK_FALSE(parse_number("abc"));
  CHECK_FALSE(parse_number("--1"));
}

TEST_CASE("domain::parse_count")
{
  CHECK(show(parse_count("622")) == "622");
  CHECK(show(parse_count("622户")) == "622");
  CHECK(show(parse_count("约622户")) == "622");
  CHECK(show(parse_count("622户左右")) == "622");
  CHECK(show(parse_count("3,351人")) == "3351");
  CHECK(show(parse_count("5225")) == "5225");
  CHECK(show(parse_count("5,225户")) == "5225");
  CHECK(show(parse_count("400余户")) == "400");
  CHECK(show(parse_count("12 人次")) == "12");
  CHECK(show(parse_count("１２户")) == "12");
  CHECK(show(parse_count("622.0")) == "622");
  CHECK(show(parse_count("007")) == "7");
  CHECK(show(parse_count("1.2.0")) == "none");
  CHECK(show(parse_count("0")) == "0");
  CHECK(show(parse_count("9223372036854775807")) == "9223372036854775807");
  CHECK(show(parse_count("9223372036854775808")) == "none");
  CHECK(show(parse_count("622.5")) == "none");
  CHECK(show(parse_count("-5")) == "none");
  CHECK(show(parse_count("3万人")) == "none");
  CHECK(show(parse_count("5千户")) == "none");
  CHECK(show(parse_count("622 households")) == "none");
  CHECK(show(parse_count("400+")) == "none");
  CHECK(show(parse_count("户")) == "none");
  CHECK(show(parse_count("")) == "none");
}
