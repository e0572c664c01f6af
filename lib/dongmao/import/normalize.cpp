#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/credit_code.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/label.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/import/normalize.hpp>
#include <dongmao/project/stage.hpp>
#include <dongmao/text/import.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <bitset>
#include <cctype>
#include <cmath>
#include <set>

namespace dongmao::import {

namespace {

using Result = std::variant<Normalized, CellProblem>;

Result problem(std::string message)
{
  return CellProblem{std::move(message)};
}

// Built as the result's alternative, with one move of the value: a row hands a million
// cells through here.
template <typename T>
Result ok(T&& value, std::string warning = {})
{
  return Result(std::in_place_index<0>, Normalized{Value(std::forward<T>(value)), std::move(warning)});
}

// Cells of plain ASCII or common CJK need no NFKC; skipping it keeps large imports fast.
bool needs_nfkc(std::string_view text)
{
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xE4 && c <= 0xE9 && i + 2 < text.size()) {
      i += 3; // U+4E00–U+9FFF: CJK unified ideographs, unchanged by NFKC
      continue;
    }
    return true;
  }
  return false;
}

std::string clean(const std::string& text)
{
  if (needs_nfkc(text)) {
    return domain::normalize_cell(text);
  }
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) {
    ++begin;
  }
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) {
    --end;
  }
  return text.substr(begin, end - begin);
}

// What staff type to say "nothing here": in a column of numbers, dates, IDs, phones, labels
// or names of places it is an empty cell, not a bad value.
bool is_placeholder(const std::string& text)
{
  static const std::set<std::string> k_placeholders = {"无", "暂无", "没有", "不详", "空",   "/",
                                                       "-",  "--",   "—",    "——",   "－",   "／",
                                                       "\\", "n/a",  "N/A",  "NA",   "null", "NULL"};
  // The bytes one of them starts with.
  static const std::bitset<256> k_first = [] {
    std::bitset<256> first;
    for (const auto& placeholder : k_placeholders) {
      first.set(static_cast<unsigned char>(placeholder.front()));
    }
    return first;
  }();
  // None is longer than six bytes, and none starts with a digit: a date, number or ID number
  // is rejected without a lookup.
  return text.size() <= 6 && k_first.test(static_cast<unsigned char>(text.front())) && k_placeholders.count(text) > 0;
}

// A number cell in a date column that Excel made of a typed "3.1": it cannot tell 3月1日 from
// 3月10日, whose trailing zero it dropped. "3.5" is safe: there is no 50th day.
bool ambiguous_month_day(const read::Cell& cell)
{
  const auto point = cell.text.find('.');
  return cell.type == read::CellType::number && cell.number < 13 && point != std::string::npos &&
         cell.text.size() == point + 2 && cell.text[point + 1] >= '1' && cell.text[point + 1] <= '3';
}

Result read_date(const read::Cell& cell, const std::string& text, const ValueContext& context)
{
  if (cell.type == read::CellType::date) {
    return ok(text.substr(0, 10));
  }
  if (context.default_year && ambiguous_month_day(cell)) {
    const auto point = cell.text.find('.');
    const auto month = cell.text.substr(0, point);
    const auto day = cell.text.substr(point + 1);
    return problem(text::format(text::k_ambiguous_month_day, quote_cell(cell.text), month, day, month, day));
  }
  if (const auto date = domain::parse_date_or_serial(text, context.default_year)) {
    return ok(date->iso());
  }
  return problem(text::format(text::k_not_a_date, quote_cell(cell.text)));
}

Result read_enum(const read::Cell& cell, const Field& field, const std::string& text)
{
  // A stage cell may list the steps done (已签约已腾房): it stands at the last of them.
  static const std::vector<std::string> k_steps = [] {
    std::vector<std::string> steps;
    for (const auto stage : project::k_stages) {
      if (stage != project::Stage::withdrawn) {
        steps.emplace_back(project::stage_code(stage));
      }
    }
    return steps;
  }();
  const auto key = normalize_key(text);
  auto read = field.name == "stage" ? domain::match_furthest_label(key, field.labels, k_steps)
                                    : domain::match_label(key, field.labels);
  if (read) {
    return ok(std::move(*read));
  }
  std::string accepted;
  std::set<std::string> seen;
  for (const auto& [label, code] : field.labels) {
    (void)code;
    if (static_cast<unsigned char>(label[0]) >= 0x80 && seen.insert(label).second) {
      accepted += (accepted.empty() ? "" : text::format(text::k_list_separator)) + label;
    }
  }
  return problem(text::format(text::k_not_one_of, quote_cell(cell.text), accepted));
}

// A figure for a number field: an area takes area units (108.2㎡, 0.8平方公里 in a ㎢ column),
// any other figure a percentage (71% is 0.71) or the word it counts in (5人).
Result read_figure(const read::Cell& cell, const Field& field, const std::string& text)
{
  using domain::FigureUnit;
  const auto figure = domain::parse_figure(text);
  if (!figure) {
    return problem(text::format(text::k_not_a_number, quote_cell(cell.text)));
  }
  const bool area = field.name.find("area") != std::string::npos;
  const bool square_km = area && field.name.ends_with("km2");
  switch (figure->unit) {
  case FigureUnit::none:
    return ok(figure->value);
  case FigureUnit::square_metre:
  case FigureUnit::square_kilometre:
    if (area) {
      const bool typed_km = figure->unit == FigureUnit::square_kilometre;
      return ok(typed_km == square_km ? figure->value : typed_km ? figure->value * 1e6 : figure->value / 1e6);
    }
    break;
  case FigureUnit::percent:
  case FigureUnit::per_mille:
    if (!area) {
      return ok(figure->value / (figure->unit == FigureUnit::percent ? 100.0 : 1000.0));
    }
    break;
  case FigureUnit::word:
    if (!area) {
      return ok(figure->value);
    }
    break;
  }
  const auto& kind = square_km ? text::k_kind_square_km : area ? text::k_kind_square_m : text::k_kind_other;
  return problem(text::format(text::k_figure_unit, quote_cell(cell.text), text::format(kind), figure->word));
}

Result read_bool(const std::string& raw, const std::string& text)
{
  static const std::set<std::string> k_true = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "有", "对"};
  static const std::set<std::string> k_false = {"否", "n", "no", "false", "0", "×", "✗", "无", "不是"};
  const auto key = normalize_key(text);
  if (k_true.count(key)) {
    return ok(std::int64_t{1});
  }
  if (k_false.count(key)) {
    return ok(std::int64_t{0});
  }
  return problem(text::format(text::k_not_yes_no, quote_cell(raw)));
}

Result read_tags(const std::string& text)
{
  auto tags = nlohmann::json::array();
  std::string current;
  const auto flush = [&] {
    auto tag = domain::trim(current);
    if (!tag.empty()) {
      tags.push_back(tag);
    }
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest(text.data() + i, text.size() - i);
    if (rest.starts_with("、") || rest.starts_with("，") || rest.starts_with("；")) {
      flush();
      i += 2;
    } else if (text[i] == ',' || text[i] == ';' || text[i] == '/') {
      flush();
    } else {
      current += text[i];
    }
  }
  flush();
  return ok(tags.dump());
}

} // namespace

std::string cut_text(std::string_view text, std::size_t chars)
{
  // Walks only the characters shown: a cell may be a megabyte long.
  std::string shown;
  std::size_t i = 0;
  for (std::size_t n = 0; i < text.size() && n < chars; ++n) {
    std::size_t end = i + 1;
    for (; end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80; ++end) {
    }
    const auto letter = text.substr(i, end - i);
    shown += letter == "\n" || letter == "\r" ? "⏎" : letter;
    i = end;
  }
  return i < text.size() ? shown + "…" : shown;
}

std::string quote_cell(std::string_view text)
{
  return text::format(text::k_quoted, domain::visible_text(cut_text(text)));
}

std::variant<Normalized, CellProblem> normalize(const read::Cell& cell, const Field& field, const ColumnBinding& column,
                                                const ValueContext& context)
{
  if (cell.type == read::CellType::empty) {
    return ok(Value{});
  }
  std::string text = clean(cell.text);
  if (text.empty()) {
    return ok(Value{});
  }
  const bool free_text = field.type == FieldType::text || field.type == FieldType::tags;
  if (!free_text && field.type != FieldType::boolean && is_placeholder(text)) {
    return ok(Value{});
  }
  switch (field.type) {
  case FieldType::text:
  case FieldType::community:
  case FieldType::grid:
  case FieldType::project:
  case FieldType::household:
    return ok(std::move(text));
  case FieldType::id_card: {
    const auto shown = [&] { return quote_cell(context.show_pii ? cell.text : domain::mask_id_card(cell.text)); };
    if (domain::looks_like_excel_mangled_id(text, cell.type == read::CellType::number)) {
      return problem(text::format(text::k_id_number_mangled, shown()));
    }
    auto id = domain::normalize_id_card(text);
    if (const auto why = domain::id_card_problem(id)) {
      return problem(text::format(text::k_not_an_id_number, shown(), *why));
    }
    return ok(std::move(id));
  }
  case FieldType::credit_code: {
    const auto code = domain::normalize_credit_code(text);
    if (const auto why = domain::credit_code_problem(code)) {
      return ok(code, text::format(text::k_credit_code_kept, text, *why));
    }
    return ok(code);
  }
  case FieldType::phone: {
    if (auto phone = domain::normalize_phones(text)) {
      return ok(std::move(*phone));
    }
    return problem(
      text::format(text::k_not_a_phone, quote_cell(context.show_pii ? cell.text : domain::mask_phone(cell.text))));
  }
  case FieldType::date:
    return read_date(cell, text, context);
  case FieldType::month: {
    if (cell.type == read::CellType::date) {
      return ok(text.substr(0, 7));
    }
    if (const auto month = domain::parse_year_month(text)) {
      return ok(month->iso());
    }
    return problem(text::format(text::k_not_a_month, quote_cell(cell.text)));
  }
  case FieldType::amount: {
    if (cell.type == read::CellType::number) {
      const double factor = column.unit == domain::AmountUnit::yi    ? 1e10
                            : column.unit == domain::AmountUnit::wan ? 1e6
                                                                     : 100.0;
      return ok(static_cast<std::int64_t>(std::llround(cell.number * factor)));
    }
    if (const auto cents = domain::parse_amount(text, column.unit)) {
      return ok(*cents);
    }
    return problem(text::format(text::k_not_an_amount, quote_cell(cell.text)));
  }
  case FieldType::number: {
    if (cell.type == read::CellType::number) {
      return ok(cell.number);
    }
    return read_figure(cell, field, text);
  }
  case FieldType::count: {
    if (cell.type == read::CellType::number) {
      if (cell.number < 0 || cell.number != std::floor(cell.number) || cell.number > 1e12) {
        return problem(text::format(text::k_not_a_whole_number, quote_cell(cell.text)));
      }
      return ok(static_cast<std::int64_t>(cell.number));
    }
    if (const auto count = domain::parse_count(text); count && *count >= 0) {
      return ok(*count);
    }
    return problem(text::format(text::k_not_a_whole_number, quote_cell(cell.text)));
  }
  case FieldType::boolean:
    return read_bool(cell.text, text);
  case FieldType::enumeration:
    return read_enum(cell, field, text);
  case FieldType::tags:
    return read_tags(text);
  }
  return ok(text);
}

} // namespace dongmao::import
