#include "common.hpp"

#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/import/edit.hpp>
#include <dongmao/report/tables.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <ostream>
#include <vector>

namespace dongmao::cli {

domain::Date parse_date_flag(const std::string& flag, const std::string& text)
{
  if (const auto date = domain::parse_iso_date(text)) {
    return *date;
  }
  throw UsageError(text::format(text::k_flag_not_a_date, flag, text));
}

domain::Date date_or_today(const std::string& flag, const std::optional<std::string>& text, domain::Date today)
{
  return text ? parse_date_flag(flag, *text) : today;
}

std::optional<domain::Date> optional_date_flag(const std::string& flag, const std::optional<std::string>& text)
{
  if (!text) {
    return std::nullopt;
  }
  return parse_date_flag(flag, *text);
}

DateRange parse_date_range(const std::string& flag, const std::string& text)
{
  const auto bad = [&]() { return UsageError(text::format(text::k_bad_date_range, flag, text)); };
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
      throw UsageError(text::format(text::k_range_backwards, flag, text));
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

domain::Period period_flags(const std::optional<std::string>& month, const std::optional<std::string>& from,
                            const std::optional<std::string>& to, domain::Date today)
{
  if (month && (from || to)) {
    throw UsageError(text::format(text::k_month_or_range));
  }
  if (from || to) {
    if (!from || !to) {
      throw UsageError(text::format(text::k_from_and_to));
    }
    return domain::range_period(*from, *to);
  }
  return domain::month_period(month.value_or("this"), today);
}

std::string read_flag_value(const workspace::Workspace& ws, const std::string& entity, const std::string& field,
                            const std::string& flag, const std::string& text)
{
  try {
    return import::read_label(import::workspace_mapping(ws, entity), field, text, flag);
  } catch (const DataError& error) {
    // In a ledger such a cell is bad data; typed after a flag, the command line is wrong.
    throw UsageError(error.what());
  }
}

project::Stage parse_stage(const workspace::Workspace& ws, const std::string& flag, const std::string& text)
{
  if (const auto stage = project::stage_from_code(read_flag_value(ws, "enrollments", "stage", flag, text))) {
    return *stage;
  }
  throw UsageError(text::format(text::k_not_a_stage, flag, text));
}

std::string shown_id(const Terminal& term, const std::optional<std::string>& id)
{
  if (!id) {
    return {};
  }
  return term.show_pii ? *id : domain::mask_id_card(*id);
}

std::string shown_phone(const Terminal& term, const std::optional<std::string>& phone)
{
  if (!phone) {
    return {};
  }
  return term.show_pii ? *phone : domain::mask_phone(*phone);
}

void print_field(std::ostream& out, std::string_view label, const std::string& value, std::size_t width)
{
  out << domain::pad_right(label, width) << domain::visible_text(value) << '\n';
}

namespace {

// Punctuation that closes what precedes it, which never starts a line.
bool closes(std::string_view unit)
{
  static constexpr std::string_view k_closing[] = {"，", "。", "、", "；", "：", "）", "”", "？", "！", "…"};
  return std::find(std::begin(k_closing), std::end(k_closing), unit) != std::end(k_closing) || unit.starts_with(",") ||
         unit.starts_with(".") || unit.starts_with(")") || unit.starts_with(";") || unit.starts_with(":");
}

// Punctuation that opens what follows it, which never ends a line.
bool opens(std::string_view unit)
{
  return unit == "（" || unit == "“" || unit.ends_with("(");
}

// The pieces of a word a line may end between: a run of ASCII, or one other character
// (Chinese has no spaces, so a line breaks between its characters), punctuation kept with
// what it opens or closes.
std::vector<std::string_view> break_units(std::string_view word)
{
  std::vector<std::string_view> units;
  bool glue_next = false;
  std::size_t at = 0;
  while (at < word.size()) {
    std::size_t end = at;
    if (static_cast<unsigned char>(word[at]) < 0x80) {
      while (end < word.size() && static_cast<unsigned char>(word[end]) < 0x80) {
        ++end;
      }
    } else {
      ++end;
      while (end < word.size() && (static_cast<unsigned char>(word[end]) & 0xC0) == 0x80) {
        ++end;
      }
    }
    const auto unit = word.substr(at, end - at);
    if (!units.empty() && (glue_next || closes(unit))) {
      const auto begin = units.back().data() - word.data();
      units.back() = word.substr(static_cast<std::size_t>(begin), end - static_cast<std::size_t>(begin));
    } else {
      units.push_back(unit);
    }
    glue_next = opens(unit);
    at = end;
  }
  return units;
}

} // namespace

std::string wrap_text(std::string_view text, std::size_t width)
{
  std::string wrapped;
  std::size_t column = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find_first_of(" \n", start), text.size());
    bool spaced = column > 0;
    for (const auto unit : break_units(text.substr(start, end - start))) {
      const auto unit_width = domain::display_width(unit);
      if (column > 0 && column + (spaced ? 1 : 0) + unit_width > width) {
        wrapped += '\n';
        column = 0;
        spaced = false;
      }
      if (spaced) {
        wrapped += ' ';
        ++column;
        spaced = false;
      }
      wrapped += unit;
      column += unit_width;
    }
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
  return report::format_percent(share);
}

} // namespace dongmao::cli
