#pragma once

#include <dongmao/text/message.hpp>

// Why a value is not of its kind: an ID number (GB 11643), a credit code (GB 32100).
namespace dongmao::text {

extern const Message k_id_empty;
extern const Message k_id_excel_number;
extern const Message k_id_old_format;
extern const Message k_id_length;    // characters
extern const Message k_id_character; // position, character, or-X
extern const Message k_id_or_x;
extern const Message k_id_birth_unreal;
extern const Message k_id_birth_early;
extern const Message k_id_birth_late;
extern const Message k_id_check_digit;
extern const Message k_code_character; // position, character
extern const Message k_code_check;     // found, expected
extern const Message k_to_before_from; // to, from
extern const Message k_serial_nan;
extern const Message k_serial_range;      // serial, first, last
extern const Message k_serial_range_1904; // serial, first, last
extern const Message k_serial_60;

} // namespace dongmao::text
