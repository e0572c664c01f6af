#include <dongmao/domain/amount.hpp>
#include <dongmao/domain/credit_code.hpp>
#include <dongmao/domain/date.hpp>
#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/import/normalize.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

Result ok(Value value, std::string warning = {})
{
  return Normalized{std::move(value), std::move(warning)};
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
  return k_placeholders.count(text) > 0;
}

Result read_date(const read::Cell& cell, const std::string& text)
{
  if (cell.type == read::CellType::date) {
    return ok(text.substr(0, 10));
  }
  if (const auto date = domain::parse_date_or_serial(text)) {
    return ok(date->iso());
  }
  return problem(fmt::format("'{}' is not a date", text));
}

Result read_enum(const Field& field, const std::string& text)
{
  const auto key = normalize_key(text);
  if (const auto it = field.labels.find(key); it != field.labels.end()) {
    return ok(it->second);
  }
  std::string accepted;
  std::set<std::string> seen;
  for (const auto& [label, code] : field.labels) {
    (void)code;
    if (static_cast<unsigned char>(label[0]) >= 0x80 && seen.insert(label).second) {
      accepted += (accepted.empty() ? "" : ", ") + label;
    }
  }
  return problem(fmt::format("'{}' is not one of: {}", text, accepted));
}

Result read_bool(const std::string& text)
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
  return problem(fmt::format("'{}' is not yes or no (是/否)", text));
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

std::variant<Normalized, CellProblem> normalize(const read::Cell& cell, const Field& field, const ColumnBinding& column)
{
  if (cell.type == read::CellType::empty) {
    return ok(Value{});
  }
  const std::string text = clean(cell.text);
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
    return ok(text);
  case FieldType::id_card: {
    if (domain::looks_like_excel_mangled_id(text, cell.type == read::CellType::number)) {
      return problem(fmt::format("'{}': Excel stored this ID number as a number and lost its last digits; "
                                 "format the column as text and enter the number again",
                                 text));
    }
    const auto id = domain::normalize_id_card(text);
    if (const auto why = domain::id_card_problem(id)) {
      return problem(fmt::format("'{}' is not a valid ID number: {}", text, *why));
    }
    return ok(id);
  }
  case FieldType::credit_code: {
    const auto code = domain::normalize_credit_code(text);
    if (const auto why = domain::credit_code_problem(code)) {
      return ok(code, fmt::format("credit code '{}' kept, but {}", text, *why));
    }
    return ok(code);
  }
  case FieldType::phone: {
    if (const auto phone = domain::normalize_phones(text)) {
      return ok(*phone);
    }
    return problem(fmt::format("'{}' is not a phone number", text));
  }
  case FieldType::date:
    return read_date(cell, text);
  case FieldType::month: {
    if (cell.type == read::CellType::date) {
      return ok(text.substr(0, 7));
    }
    if (const auto month = domain::parse_year_month(text)) {
      return ok(month->iso());
    }
    return problem(fmt::format("'{}' is not a month (YYYY-MM)", text));
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
    return problem(fmt::format("'{}' is not an amount", text));
  }
  case FieldType::number: {
    if (cell.type == read::CellType::number) {
      return ok(cell.number);
    }
    if (const auto number = domain::parse_number(text)) {
      return ok(*number);
    }
    return problem(fmt::format("'{}' is not a number", text));
  }
  case FieldType::count: {
    if (cell.type == read::CellType::number) {
      if (cell.number < 0 || cell.number != std::floor(cell.number) || cell.number > 1e12) {
        return problem(fmt::format("'{}' is not a whole number", text));
      }
      return ok(static_cast<std::int64_t>(cell.number));
    }
    if (const auto count = domain::parse_count(text); count && *count >= 0) {
      return ok(*count);
    }
    return problem(fmt::format("'{}' is not a whole number", text));
  }
  case FieldType::boolean:
    return read_bool(text);
  case FieldType::enumeration:
    return read_enum(field, text);
  case FieldType::tags:
    return read_tags(text);
  }
  return ok(text);
}

} // namespace dongmao::import
