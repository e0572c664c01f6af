#pragma once

#include "commands.hpp"

#include <dongmao/domain/date.hpp>
#include <dongmao/domain/period.hpp>
#include <dongmao/import/mapping.hpp>
#include <dongmao/out/table.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/store/actor.hpp>
#include <dongmao/store/project_progress.hpp>

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

// What the household and project commands share: nested subcommands, output formats, dates
// and ranges typed on the command line, masking.
namespace dongmao::cli {

// A sub-subcommand's setup, like Command::setup.
using Setup = Action (*)(CLI::App& sub, Context& context);

// Adds subcommand `name` under `parent`; when it is the one chosen, its action is stored
// in `chosen` for the parent's action to run.
void add_nested(CLI::App& parent, const char* name, const char* description, Setup setup, Context& context,
                const std::shared_ptr<Action>& chosen);

// How a listing is printed.
enum class Format
{
  table,
  csv,
  json,
};

// Adds --format table|csv|json to `sub`.
void add_format_option(CLI::App& sub, std::string& format);

// The format asked for: --format, or json under the global --json.
Format output_format(const Context& context, const std::string& format);

// Prints a small, fully built table in `format`.
void print_table(Context& context, const out::Table& table, Format format);

// A date typed as a value to record (--date, --due): strictly YYYY-MM-DD, else DataError.
domain::Date parse_date_value(const std::string& flag, const std::string& text);

// The stage `text` names, by code or by any label the enrollments mapping accepts (已签约).
project::Stage parse_stage(const import::Mapping& enrollments, const std::string& flag, const std::string& text);

// A date range typed as D, D1..D2, ..D (on or before), D.. (on or after) or YYYY-MM (that
// month); both ends included. DataError for anything else or an empty range.
std::pair<std::optional<domain::Date>, std::optional<domain::Date>> parse_date_range(const std::string& flag,
                                                                                   const std::string& text);

// The reporting period: --month (YYYY-MM, this or last), or --from and --to, else this month.
domain::Period resolve_period(const std::optional<std::string>& month, const std::optional<std::string>& from,
                              const std::optional<std::string>& to, domain::Date today);

// Who acts and when, for changes.
store::Actor make_actor(const Context& context, const workspace::Workspace& ws);

// An ID number as shown: masked unless --show-pii.
std::string shown_id(const Context& context, const std::optional<std::string>& id);

// A phone number as shown: masked unless --show-pii.
std::string shown_phone(const Context& context, const std::optional<std::string>& phone);

// Masks the personal fields (ID numbers, phones) of an audit change object unless --show-pii.
nlohmann::json shown_changes(const Context& context, nlohmann::json changes);

// An optional as JSON: null when empty.
template <typename T>
nlohmann::json json_or_null(const std::optional<T>& value)
{
  return value ? nlohmann::json(*value) : nlohmann::json();
}

// Text as JSON: null when empty (masked personal data that was never there).
nlohmann::json text_or_null(const std::string& text);

// One "label  value" line of a detail view, the label padded to `width` columns.
void print_field(std::ostream& out, std::string_view label, const std::string& value, std::size_t width = 10);

// `text` folded into lines of at most `width` terminal columns at spaces, for help
// footers; "\n" starts a new paragraph.
std::string wrap_text(std::string_view text, std::size_t width = 100);

// A number for tables: integers without decimals, others with at most `decimals`.
std::string format_number(double value, int decimals = 2);

// A share in [0, 1] as a percentage with one decimal: "66.7%".
std::string format_share(double share);

} // namespace dongmao::cli
