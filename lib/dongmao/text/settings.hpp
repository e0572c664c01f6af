#pragma once

#include <dongmao/text/message.hpp>

#include <string>
#include <string_view>

// Why dongmao.toml is refused: the file, the line, the key, and what the key allows.
namespace dongmao::text {

// "petition.accept_days" as a message names it: "[petition] accept_days" in Chinese, unchanged in English.
std::string settings_key(std::string_view key);

extern const Message k_settings_at;              // file, line, key, why
extern const Message k_settings_syntax;          // file, line, parser's words
extern const Message k_settings_no_file;         // file
extern const Message k_settings_quoted;          // text: a string value as the message quotes it
extern const Message k_settings_string;          // given
extern const Message k_settings_whole;           // given
extern const Message k_settings_range;           // value, min, max
extern const Message k_settings_fraction;        // text
extern const Message k_settings_number_or_ratio; // given
extern const Message k_settings_ratio_range;     // value
extern const Message k_settings_date;            // given
extern const Message k_settings_dates;
extern const Message k_settings_strings;
extern const Message k_settings_periods;
extern const Message k_settings_period_table;
extern const Message k_settings_missing;
extern const Message k_settings_before_from; // to, from
extern const Message k_settings_indicators;
extern const Message k_settings_kind; // text
extern const Message k_settings_indicator_field;
extern const Message k_settings_indicator_value;
extern const Message k_settings_did_you_mean; // key with its table, key
extern const Message k_settings_unknown;      // known keys
extern const Message k_settings_file_mode;    // given
extern const Message k_settings_name_missing;
extern const Message k_settings_division; // code
extern const Message k_settings_timezone; // zone
extern const Message k_settings_positive; // given
extern const Message k_settings_day_mode; // mode
extern const Message k_settings_templates;
extern const Message k_mapping_not_field; // name, entity, its label
extern const Message k_mapping_type;      // type
extern const Message k_mapping_fields;
extern const Message k_mapping_table;
extern const Message k_mapping_labels;
extern const Message k_unknown_entity; // entity, known entities

} // namespace dongmao::text
