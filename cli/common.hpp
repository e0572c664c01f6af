#pragma once

#include "listing.hpp"
#include "options.hpp"
#include "terminal.hpp"

#include <dongmao/domain/date.hpp>
#include <dongmao/domain/period.hpp>
#include <dongmao/out/table.hpp>
#include <dongmao/project/stage.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dongmao::workspace {
class Workspace;
} // namespace dongmao::workspace

// What every command shares: values typed on the command
// line (dates, ranges, periods, stages), masking of personal data, and text layout.
// A value typed in the wrong form is a UsageError (exit 64) in every command.
namespace dongmao::cli {

// `text` typed after `flag` as a date YYYY-MM-DD; UsageError otherwise.
domain::Date parse_date_flag(const std::string& flag, const std::string& text);

// `text` as a date when given (see parse_date_flag), else `today`.
domain::Date date_or_today(const std::string& flag, const std::optional<std::string>& text, domain::Date today);

// `text` as a date when given (see parse_date_flag).
std::optional<domain::Date> optional_date_flag(const std::string& flag, const std::optional<std::string>& text);

// Both ends of a date range; an open end is empty.
using DateRange = std::pair<std::optional<domain::Date>, std::optional<domain::Date>>;

// A date range typed as D, D1..D2, ..D (on or before), D.. (on or after) or YYYY-MM (that
// month); both ends included. UsageError for anything else or a range that ends before it
// starts.
DateRange parse_date_range(const std::string& flag, const std::string& text);

// The period of --month (this, last, YYYY-MM), or of --from and --to, else this month; read
// by the library's parsers (domain/period.hpp). UsageError for both kinds or a bad value.
domain::Period period_flags(const std::optional<std::string>& month, const std::optional<std::string>& from,
                            const std::optional<std::string>& to, domain::Date today);

// `text` typed after `flag` read as a ledger cell of field `field` of `entity` would be in
// `ws` (已签约 → signed, 2026/3/5 → 2026-03-05, with the labels its settings add), as text;
// UsageError when it is not of the field's form (naming the accepted labels of a list).
std::string read_flag_value(const workspace::Workspace& ws, const std::string& entity, const std::string& field,
                            const std::string& flag, const std::string& text);

// The stage `text` names, by code or by any label of the enrollments ledger (已签约);
// UsageError otherwise.
project::Stage parse_stage(const workspace::Workspace& ws, const std::string& flag, const std::string& text);

// An ID number as shown: masked unless --show-pii; "" when there is none.
std::string shown_id(const Terminal& term, const std::optional<std::string>& id);

// A phone number as shown: masked unless --show-pii; "" when there is none.
std::string shown_phone(const Terminal& term, const std::optional<std::string>& phone);

// One "label  value" line of a detail view, the label padded to `width` columns; control and
// bidi characters in `value` show as U+FFFD.
void print_field(std::ostream& out, std::string_view label, const std::string& value, std::size_t width = 10);

// `text` folded into lines of at most `width` terminal columns at spaces, for help
// footers; "\n" starts a new paragraph.
std::string wrap_text(std::string_view text, std::size_t width = 100);

// A number for tables: integers without decimals, others with at most `decimals`.
std::string format_number(double value, int decimals = 2);

// A share in [0, 1] as a percentage with one decimal, as reports print it: "66.7%", "100.0%".
std::string format_share(double share);

} // namespace dongmao::cli
