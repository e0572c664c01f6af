#pragma once

#include <string>
#include <string_view>

namespace dongmao::read {

// Walks the BIFF5/8 records of a Workbook stream and checks what libfreexl 1.0.6 takes on
// trust: a record's length, and the strings of BOUNDSHEET, FORMAT and LABEL against it.
// Says (in Chinese, for the user) what is wrong, or nothing. A stream cut short is left to
// libfreexl, which stops at it.
std::string check_biff(std::string_view stream);

} // namespace dongmao::read
