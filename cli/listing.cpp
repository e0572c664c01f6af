#include "listing.hpp"

#include "json.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/error.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/out/csv_writer.hpp>
#include <dongmao/out/output_path.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <ostream>

namespace dongmao::cli {

namespace {

std::optional<Format> format_from_name(const std::string& name)
{
  if (name == "table") {
    return Format::table;
  }
  if (name == "csv") {
    return Format::csv;
  }
  if (name == "json") {
    return Format::json;
  }
  if (name == "ndjson" || name == "jsonl") {
    return Format::ndjson;
  }
  return std::nullopt;
}

// `json` pretty-printed as an item of an array printed by nlohmann::json's dump(2).
std::string array_item(const std::string& json)
{
  std::string item = "  ";
  for (const char c : json) {
    item += c;
    if (c == '\n') {
      item += "  ";
    }
  }
  return item;
}

} // namespace

void add_output_options(App& sub, OutputFlags& flags)
{
  add_option(sub, "--format", flags.format,
             {"输出格式：table（对齐的表格，供阅读；默认）、csv（供 Excel）、json（一个数组）或 "
              "ndjson（每行一个对象）；加 -o 时默认按文件扩展名",
              "Output: table (aligned, for reading; the default), csv (for Excel), json (one array) or ndjson (one "
              "object per line); default with -o: from the file's extension"})
    .choices({"table", "csv", "json", "ndjson"});
  add_option(sub, "-o,--output", flags.output,
             {"写入 FILE（新文件或普通文件，只有所有者可读），而不是标准输出",
              "Write to FILE (a new or regular file, readable by its owner only) instead of standard output"});
  add_option(sub, "--encoding", flags.encoding,
             {"CSV 编码：utf-8（写入文件时带 BOM，供 Excel）或 gbk（GB18030，供旧版 Excel）",
              "CSV encoding: utf-8 (a file starts with a BOM for Excel) or gbk (GB18030, for older Excel)"})
    .choices({"utf-8", "utf8", "gbk", "gb18030"})
    .show_default();
}

Format output_format(const Terminal& term, const OutputFlags& flags)
{
  if (term.ndjson) {
    return Format::ndjson;
  }
  if (term.json) {
    return Format::json;
  }
  if (const auto named = format_from_name(flags.format)) {
    return *named;
  }
  if (flags.output && *flags.output != "-") {
    auto extension = std::filesystem::path(*flags.output).extension().string();
    for (auto& c : extension) {
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (const auto by_extension = format_from_name(extension.empty() ? "" : extension.substr(1))) {
      return *by_extension;
    }
  }
  return Format::table;
}

Listing::Listing(const Terminal& term, const OutputFlags& flags, std::vector<out::Column> columns)
  : m_term(term), m_format(output_format(term, flags)), m_columns(std::move(columns)), m_out(&term.out)
{
  if (flags.output && *flags.output != "-") {
    out::check_output_path(*flags.output);
    m_file = std::make_unique<out::AtomicFile>(*flags.output);
    m_out = &m_file->stream();
  }
  if (m_format == Format::csv) {
    const auto encoding = out::csv_encoding_from_name(flags.encoding).value_or(out::CsvEncoding::utf8);
    m_csv = std::make_unique<out::CsvWriter>(*m_out, m_columns, encoding, to_file());
    m_csv->header();
  } else if (m_format == Format::table) {
    m_table.columns = m_columns;
  }
}

Listing::~Listing() = default;

void Listing::add(const std::vector<std::string>& cells, Tone tone)
{
  switch (m_format) {
  case Format::table:
    m_table.rows.push_back(cells);
    m_tones.push_back(tone);
    break;
  case Format::csv:
    m_csv->row(cells);
    break;
  case Format::json:
  case Format::ndjson:
    add(row_json(m_columns, cells));
    break;
  }
}

void Listing::add(const Json& item)
{
  if (m_format == Format::ndjson) {
    *m_out << domain::escape_invisible_json(item.dump(-1)) << '\n';
  } else if (m_format == Format::json) {
    *m_out << (m_items == 0 ? "[\n" : ",\n") << array_item(domain::escape_invisible_json(item.dump(2)));
  }
  ++m_items;
}

void Listing::finish()
{
  switch (m_format) {
  case Format::table: {
    const bool on_terminal = !to_file();
    const auto lines = out::aligned_lines(m_table, on_terminal ? m_term.out_width : 0);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto tone = i == 0 ? Tone::plain : m_tones[i - 1];
      *m_out << paint(lines[i], tone, on_terminal && m_term.out_colour) << '\n';
    }
    break;
  }
  case Format::csv:
  case Format::ndjson:
    break;
  case Format::json:
    *m_out << (m_items == 0 ? "[]\n" : "\n]\n");
    break;
  }
  if (m_file) {
    m_file->commit();
  }
}

void print_listing(const Terminal& term, const OutputFlags& flags, const out::Table& table)
{
  Listing listing(term, flags, table.columns);
  for (const auto& row : table.rows) {
    listing.add(row);
  }
  listing.finish();
}

} // namespace dongmao::cli
