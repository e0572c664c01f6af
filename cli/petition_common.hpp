#pragma once

#include "context.hpp"

#include <dongmao/domain/date.hpp>
#include <dongmao/out/table.hpp>
#include <dongmao/petition/deadlines.hpp>
#include <dongmao/petition/incident.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/store/petition.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

// What the `petition` subcommands share: flag parsing, wording of deadlines, and the
// shapes a case takes in tables and JSON.
namespace dongmao::cli::petition_cli {

// Output formats of the listings.
enum class Format
{
  table,
  csv,
  json,
};

// Adds `--format table|csv|json` bound to `format`.
void add_format_option(CLI::App& sub, std::string& format);

// The format chosen by `--format`, overridden by the global --json.
Format chosen_format(const std::string& format, const Context& context);

// Writes `table` in `format` (JSON as an array of objects).
void write_table(std::ostream& out, const out::Table& table, Format format);

// `text` as a date, or a UsageError naming `flag`.
domain::Date parse_date_flag(const std::string& flag, const std::string& text);

// `text` as a date, or today when empty.
domain::Date date_or_today(const std::string& flag, const std::optional<std::string>& text, domain::Date today);

// `text` as "YYYY-MM-DD HH:MM", or a UsageError naming `flag`.
petition::LocalTime parse_time_flag(const std::string& flag, const std::string& text);

// How a deadline stands, in words staff read: "剩 3 天", "逾期 2 天", "已于 2026-03-05 完成".
std::string describe(const petition::Deadline& deadline, domain::Date today);

// A deadline as JSON: kind, label, start, due, done, duty, state, days_left / days_late.
nlohmann::json deadline_json(const petition::Deadline& deadline, domain::Date today);

// `text` as a JSON string, or null.
nlohmann::json text_or_null(const std::optional<std::string>& text);

// 集体 / 重复 / 越级, joined by "、", for the flags column.
std::string flags_text(const store::PetitionRecord& record, const petition::PetitionRules& rules);

// The case's fields (no petitioners or history) as JSON, with its deadlines and group flag.
nlohmann::json record_json(const store::PetitionRecord& record, const petition::PetitionRules& rules,
                           domain::Date today);

// The ID number for display: masked unless --show-pii.
std::string shown_id(const std::optional<std::string>& id_number, const Context& context);

// The phone for display: masked unless --show-pii.
std::string shown_phone(const std::optional<std::string>& phone, const Context& context);

} // namespace dongmao::cli::petition_cli
