// libFuzzer target for the parsers of ledger values: dates (every form, with and without a
// sheet year), months, Excel serials, amounts, figures and counts. Besides crashes and
// sanitizer reports it checks properties: a parsed date is a real day and reads back from
// its ISO form; an amount in 万 is ten thousand times the same text in 元 or absent.

#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/error.hpp>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {

void check(bool condition)
{
  if (!condition) {
    std::abort();
  }
}

void check_date(const std::optional<dongmao::domain::Date>& date)
{
  if (!date) {
    return;
  }
  check(dongmao::domain::is_valid_date(date->year, date->month, date->day));
  check(dongmao::domain::parse_iso_date(date->iso()) == date);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  if (size == 0) {
    return 0;
  }
  // The first byte picks the sheet's year (none or 1990..2244); the rest is the cell.
  const std::optional<int> year = data[0] == 0 ? std::nullopt : std::optional<int>(1989 + data[0]);
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  check_date(dongmao::domain::parse_date(text));
  check_date(dongmao::domain::parse_date(text, year));
  check_date(dongmao::domain::parse_date_or_serial(text, year));
  check_date(dongmao::domain::parse_iso_date(text));
  if (const auto month = dongmao::domain::parse_year_month(text)) {
    check(month->month >= 1 && month->month <= 12);
  }
  if (const auto number = dongmao::domain::parse_number(text)) {
    try {
      check_date(dongmao::domain::from_excel_serial(*number, (data[0] & 1) != 0));
    } catch (const dongmao::DataError&) {
    }
  }

  const auto yuan = dongmao::domain::parse_amount(text);
  const auto wan = dongmao::domain::parse_amount(text, dongmao::domain::AmountUnit::wan);
  check(yuan.has_value() || !wan.has_value());
  if (yuan) {
    dongmao::domain::format_amount_yuan(*yuan);
    dongmao::domain::format_amount_wan(*yuan, data[0] % 5);
  }
  static_cast<void>(dongmao::domain::parse_figure(text));
  static_cast<void>(dongmao::domain::parse_count(text));
  return 0;
}
