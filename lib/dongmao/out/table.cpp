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

void write_aligned(std::ostream& out, const Table& table)
{
  std::vector<std::size_t> widths(table.columns.size(), 0);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    widths[c] = domain::display_width(table.columns[c].header);
  }
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], domain::display_width(domain::visible_text(row[c])));
    }
  }
  const auto write_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      // A control character in data must not drive the terminal: it shows as U+FFFD.
      const std::string cell = domain::visible_text(c < cells.size() ? cells[c] : std::string());
      const bool last = c + 1 == table.columns.size();
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
    out << line << '\n';
  };
  std::vector<std::string> headers;
  for (const auto& column : table.columns) {
    headers.push_back(column.header);
  }
  write_line(headers);
  for (const auto& row : table.rows) {
    write_line(row);
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
