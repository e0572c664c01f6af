#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/out/table.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace dongmao::out {

namespace {

bool starts_formula(const std::string& text)
{
  return !text.empty() &&
         (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r');
}

} // namespace

std::string csv_field(const std::string& field, bool neutralise_formula)
{
  const auto shown = domain::visible_text(field);
  std::string text = neutralise_formula && starts_formula(shown) ? "'" + shown : shown;
  if (text.find_first_of(",\"\n\r") == std::string::npos) {
    return text;
  }
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string cut_to_width(const std::string& text, std::size_t width)
{
  if (domain::display_width(text) <= width) {
    return text;
  }
  if (width == 0) {
    return {};
  }
  std::string cut;
  std::size_t used = 0;
  for (const auto& point : domain::split_codepoints(text)) {
    const auto point_width = domain::display_width(point);
    if (used + point_width + 1 > width) {
      break;
    }
    cut += point;
    used += point_width;
  }
  return cut + "…";
}

std::vector<std::string> aligned_lines(const Table& table, std::size_t max_width)
{
  const std::size_t count = table.columns.size();
  std::vector<std::string> headers;
  for (const auto& column : table.columns) {
    headers.push_back(column.header);
  }
  // A control character in data must not drive the terminal: it shows as U+FFFD.
  std::vector<std::vector<std::string>> shown;
  shown.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    auto& cells = shown.emplace_back();
    for (std::size_t c = 0; c < count; ++c) {
      cells.push_back(domain::visible_text(c < row.size() ? row[c] : std::string()));
    }
  }
  std::vector<std::size_t> widths(count, 0);
  for (std::size_t c = 0; c < count; ++c) {
    widths[c] = domain::display_width(headers[c]);
    for (const auto& cells : shown) {
      widths[c] = std::max(widths[c], domain::display_width(cells[c]));
    }
  }
  if (max_width > 0 && count > 0) {
    // Text columns give up a column at a time, the widest first, down to a readable start;
    // if that is not enough, down to a character and …. Numbers and the first column (the
    // code naming the row) are never cut, only their headers.
    std::vector<std::size_t> values(count, 0);
    for (std::size_t c = 0; c < count; ++c) {
      for (const auto& cells : shown) {
        values[c] = std::max(values[c], domain::display_width(cells[c]));
      }
    }
    const auto total = [&]() {
      std::size_t sum = 2 * (count - 1);
      for (const auto width : widths) {
        sum += width;
      }
      return sum;
    };
    for (const std::size_t floor : {std::size_t{6}, std::size_t{3}}) {
      for (auto line = total(); line > max_width; --line) {
        std::size_t widest = count;
        for (std::size_t c = 0; c < count; ++c) {
          const bool whole = table.columns[c].numeric || c == 0;
          const auto least = whole ? std::max<std::size_t>(values[c], floor) : floor;
          if (widths[c] > least && (widest == count || widths[c] > widths[widest])) {
            widest = c;
          }
        }
        if (widest == count) {
          break;
        }
        --widths[widest];
      }
    }
  }
  const auto make_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < count; ++c) {
      const std::string cell = cut_to_width(cells[c], widths[c]);
      const bool last = c + 1 == count;
      if (table.columns[c].numeric) {
        line += domain::pad_left(cell, widths[c]);
      } else {
        line += last ? cell : domain::pad_right(cell, widths[c]);
      }
      if (!last) {
        line += "  ";
      }
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    return line;
  };
  std::vector<std::string> lines;
  lines.reserve(shown.size() + 1);
  lines.push_back(make_line(headers));
  for (const auto& cells : shown) {
    lines.push_back(make_line(cells));
  }
  return lines;
}

void write_aligned(std::ostream& out, const Table& table, std::size_t max_width)
{
  for (const auto& line : aligned_lines(table, max_width)) {
    out << line << '\n';
  }
}

void write_csv_header(std::ostream& out, const std::vector<Column>& columns)
{
  for (std::size_t c = 0; c < columns.size(); ++c) {
    out << (c ? "," : "") << csv_field(columns[c].header, true);
  }
  out << '\n';
}

void write_csv_row(std::ostream& out, const std::vector<Column>& columns, const std::vector<std::string>& row)
{
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const std::string& cell = c < row.size() ? row[c] : std::string();
    out << (c ? "," : "") << csv_field(cell, !columns[c].numeric);
  }
  out << '\n';
}

void write_csv(std::ostream& out, const Table& table)
{
  write_csv_header(out, table.columns);
  for (const auto& row : table.rows) {
    write_csv_row(out, table.columns, row);
  }
}

nlohmann::json row_to_json(const std::vector<Column>& columns, const std::vector<std::string>& row)
{
  auto object = nlohmann::json::object();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const std::string& cell = c < row.size() ? row[c] : std::string();
    if (cell.empty()) {
      object[columns[c].key] = nullptr;
    } else if (columns[c].numeric) {
      char* end = nullptr;
      const long long whole = std::strtoll(cell.c_str(), &end, 10);
      if (end && *end == '\0') {
        object[columns[c].key] = whole;
      } else {
        object[columns[c].key] = std::strtod(cell.c_str(), nullptr);
      }
    } else {
      object[columns[c].key] = cell;
    }
  }
  return object;
}

nlohmann::json to_json(const Table& table)
{
  auto array = nlohmann::json::array();
  for (const auto& row : table.rows) {
    array.push_back(row_to_json(table.columns, row));
  }
  return array;
}

} // namespace dongmao::out
