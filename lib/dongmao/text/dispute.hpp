#pragma once

#include <dongmao/text/message.hpp>

// Messages of the disputes petitions concern (households, places), in both languages.
namespace dongmao::text {

// A 涉及户数 cell that is no count of households: the cell.
extern const Message k_households_not_count;

// `petition add --households` that is no count of households: the value.
extern const Message k_households_flag_not_count;

} // namespace dongmao::text
