// from_excel_serial, declared in date.hpp.
#include <dongmao/domain/date.hpp>
#include <dongmao/error.hpp>
#include <dongmao/text/domain.hpp>

#include <cmath>

namespace dongmao::domain {

namespace {

// 9999-12-31, the last day Excel can show, in each system.
constexpr double k_max_serial_1900 = 2958465;
constexpr double k_max_serial_1904 = 2957003;

// Excel counts serial 60 as 1900-02-29, which did not exist; serials from 61 on are
// therefore one more than the true day count from 1899-12-31.
constexpr double k_fictitious_leap_day = 60;

} // namespace

Date from_excel_serial(double serial, bool date1904)
{
  if (!std::isfinite(serial)) {
    throw DataError(text::format(text::k_serial_nan));
  }
  const double whole = std::floor(serial);
  if (date1904) {
    if (whole < 0 || whole > k_max_serial_1904) {
      throw DataError(text::format(text::k_serial_range_1904, serial, 0, k_max_serial_1904));
    }
    return add_days(Date{1904, 1, 1}, static_cast<int>(whole));
  }
  if (whole < 1 || whole > k_max_serial_1900) {
    throw DataError(text::format(text::k_serial_range, serial, 1, k_max_serial_1900));
  }
  if (whole == k_fictitious_leap_day) {
    throw DataError(text::format(text::k_serial_60));
  }
  const Date epoch = whole < k_fictitious_leap_day ? Date{1899, 12, 31} : Date{1899, 12, 30};
  return add_days(epoch, static_cast<int>(whole));
}

} // namespace dongmao::domain
