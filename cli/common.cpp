#include "common.hpp"

#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/edit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ostream>

namespace dongmao::cli {

void add_nested(CLI::App& parent, const char* name, const char* description, Setup setup, Context& context,
                const std::shared_ptr<Action>& chosen)
{
  auto* sub = parent.add_subcommand(name, description);
  sub->fallthrough();
  auto action = setup(*sub, context);
  sub->callback([chosen, action] { *chosen = action; });
}

void add_format_option(CLI::App& sub, std::string& format)
{
  sub.add_option("--format", format, "Output: table (aligned, for reading), csv (Excel, UTF-8) or json")
    ->check(CLI::IsMember({"table", "csv", "json"}))
    ->capture_default_str();
}

Format output_format(const Context& context, const std::string& format)
{
  if (context.options.json || format == "json") {
    return Format::json;
  }
  return format == "csv" ? Format::csv : Format::table;
}

void print_table(Context& context, const out::Table& table, Format format)
{
  switch (format) {
  case Format::table:
    out::write_aligned(context.out(), table);
    break;
  case Format::csv:
    out::write_csv(context.out(), table);
    break;
  case Format::json:
    context.out() << out::to_json(table).dump(2) << '\n';
    break;
  }
}

domain::Date parse_date_value(const std::string& flag, const std::string& text)
{
  if (const auto date = domain::parse_iso_date(text)) {
    return *date;
  }
  throw DataError(fmt::format("{}: '{}' is not a date YYYY-MM-DD", flag, text));
}

project::Stage parse_stage(const import::Mapping& enrollments, const std::string& flag, const std::string& text)
{
  const auto code = import::read_label(enrollments, "stage", text, flag);
  if (const auto stage = project::stage_from_code(code)) {
    return *stage;
  }
  throw DataError(fmt::format("{}: '{}' is not a stage", flag, text));
}

std::pair<std::optional<domain::Date>, std::optional<domain::Date>> parse_date_range(const std::string& flag,
                                                                                   const std::string& text)
{
  const auto bad = [&]() {
    return DataError(fmt::format("{}: '{}' is not a date range (D, D1..D2, ..D, D.. or YYYY-MM, dates YYYY-MM-DD)",
                                 flag, text));
  };
  const auto end = [&](const std::string& part) -> std::optional<domain::Date> {
    if (part.empty()) {
      return std::nullopt;
    }
    if (const auto date = domain::parse_iso_date(part)) {
      return date;
    }
    throw bad();
  };
  if (const auto dots = text.find(".."); dots != std::string::npos) {
    auto from = end(text.substr(0, dots));
    auto to = end(text.substr(dots + 2));
    if (!from && !to) {
      throw bad();
    }
    if (from && to && *to < *from) {
      throw DataError(fmt::format("{}: '{}' ends before it starts", flag, text));
    }
    return {from, to};
  }
  if (const auto date = domain::parse_iso_date(text)) {
    return {date, date};
  }
  if (text.size() == 7) {
    if (const auto month = domain::parse_year_month(text)) {
      return {month->first_day(), month->last_day()};
    }
  }
  throw bad();
}

domain::Period resolve_period(const std::optional<std::string>& month, const std::optional<std::string>& from,
                              const std::optional<std::string>& to, domain::Date today)
{
  if (month && (from || to)) {
    throw UsageError("give either --month or --from/--to, not both");
  }
  if (from || to) {
    if (!from || !to) {
      throw UsageError("--from and --to go together");
    }
    return domain::range_period(*from, *to);
  }
  return domain::month_period(month.value_or("this"), today);
}

store::Actor make_actor(const Context& context, const workspace::Workspace& ws)
{
  const auto clock = context.clock(ws.settings().timezone);
  return store::Actor{context.operator_name(), clock.now(), clock.today()};
}

std::string shown_id(const Context& context, const std::optional<std::string>& id)
{
  if (!id) {
    return {};
  }
  return context.options.show_pii ? *id : domain::mask_id_card(*id);
}

std::string shown_phone(const Context& context, const std::optional<std::string>& phone)
{
  if (!phone) {
    return {};
  }
  return context.options.show_pii ? *phone : domain::mask_phone(*phone);
}

nlohmann::json shown_changes(const Context& context, nlohmann::json changes)
{
  if (context.options.show_pii || !changes.is_object()) {
    return changes;
  }
  for (auto& [key, value] : changes.items()) {
    const bool id = key == "head_id_number" || key == "id_number";
    const bool phone = key == "phone";
    if (!(id || phone) || !value.is_array()) {
      continue;
    }
    for (auto& side : value) {
      if (side.is_string()) {
        side = id ? domain::mask_id_card(side.get<std::string>()) : domain::mask_phone(side.get<std::string>());
      }
    }
  }
  return changes;
}

nlohmann::json text_or_null(const std::string& text)
{
  return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

void print_field(std::ostream& out, std::string_view label, const std::string& value, std::size_t width)
{
  out << domain::pad_right(label, width) << value << '\n';
}

std::string wrap_text(std::string_view text, std::size_t width)
{
  std::string wrapped;
  std::size_t column = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find_first_of(" \n", start), text.size());
    const auto word = text.substr(start, end - start);
    const auto word_width = domain::display_width(word);
    if (column > 0 && column + 1 + word_width > width) {
      wrapped += '\n';
      column = 0;
    } else if (column > 0) {
      wrapped += ' ';
      ++column;
    }
    wrapped += word;
    column += word_width;
    if (end < text.size() && text[end] == '\n') {
      wrapped += '\n';
      column = 0;
    }
    start = end + 1;
  }
  return wrapped;
}

std::string format_number(double value, int decimals)
{
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  auto text = fmt::format("{:.{}f}", value, decimals);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == '.') {
    text.pop_back();
  }
  return text;
}

std::string format_share(double share)
{
  return fmt::format("{:.1f}%", share * 100.0);
}

} // namespace dongmao::cli
