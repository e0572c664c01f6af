#include <dongmao/error.hpp>
#include <dongmao/read/number_format.hpp>
#include <dongmao/read/reader.hpp>
#include <dongmao/read/xlsx_archive.hpp>
#include <dongmao/read/xlsx_parts.hpp>
#include <dongmao/read/xlsx_prefetch.hpp>
#include <dongmao/read/xlsx_xml.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cstring>
#include <map>
#include <optional>

namespace dongmao::read {

namespace {

unsigned parse_unsigned(const char* text)
{
  unsigned value = 0;
  if (text != nullptr) {
    std::from_chars(text, text + std::strlen(text), value);
  }
  return value;
}

class SharedStringsHandler : public XmlHandler
{
public:
  SharedStringsHandler(SharedStrings& strings, const Limits& limits, const std::string& where)
    : m_strings(strings), m_limits(limits), m_where(where)
  {
  }

  void on_start(std::string_view name, const char**) override
  {
    if (name == "si") {
      m_in_item = true;
      m_current.clear();
    } else if (name == "rPh") {
      ++m_phonetic_depth;
    } else if (name == "t") {
      m_in_text = m_in_item && m_phonetic_depth == 0;
    }
  }

  void on_end(std::string_view name) override
  {
    if (name == "t") {
      m_in_text = false;
    } else if (name == "rPh") {
      m_phonetic_depth -= m_phonetic_depth > 0 ? 1 : 0;
    } else if (name == "si" && m_in_item) {
      decode_ooxml_escapes(m_current);
      // A few bytes of XML per string: without these caps a small file could ask for gigabytes.
      if (m_strings.size() >= m_limits.max_shared_strings) {
        throw DataError(text::format(text::k_xlsx_too_many_strings, m_where, m_limits.max_shared_strings));
      }
      if (m_strings.bytes() + m_current.size() > m_limits.max_shared_string_bytes) {
        throw DataError(text::format(text::k_xlsx_strings_too_large, m_where, m_limits.max_shared_string_bytes >> 20));
      }
      m_strings.add(m_current);
      m_in_item = false;
    }
  }

  void on_text(std::string_view text) override
  {
    if (!m_in_text) {
      return;
    }
    if (m_current.size() + text.size() > m_limits.max_cell_bytes) {
      throw DataError(
        text::format(text::k_xlsx_string_too_long, m_where, m_strings.size() + 1, m_limits.max_cell_bytes));
    }
    m_current.append(text);
  }

private:
  SharedStrings& m_strings;
  const Limits& m_limits;
  const std::string& m_where;
  std::string m_current;
  unsigned m_phonetic_depth = 0;
  bool m_in_item = false;
  bool m_in_text = false;
};

// The built-in number formats 0% and 0.00%.
constexpr unsigned k_builtin_percent = 9;
constexpr unsigned k_builtin_percent_decimals = 10;

class StylesHandler : public XmlHandler
{
public:
  StylesHandler(std::size_t max_styles, std::string where) : m_max_styles(max_styles), m_where(std::move(where)) {}

  std::map<unsigned, bool> custom_date;
  std::map<unsigned, bool> custom_percent;
  std::vector<unsigned> xf_formats;

  void on_start(std::string_view name, const char** attributes) override
  {
    if ((name == "numFmt" || (name == "xf" && m_in_cell_xfs)) && ++m_count > m_max_styles) {
      throw DataError(text::format(text::k_xlsx_too_many_styles, m_where, m_max_styles));
    }
    if (name == "numFmt") {
      const char* code = find_attribute(attributes, "formatCode");
      const auto id = parse_unsigned(find_attribute(attributes, "numFmtId"));
      custom_date[id] = code != nullptr && is_date_format_code(code);
      custom_percent[id] = code != nullptr && is_percent_format_code(code);
    } else if (name == "cellXfs") {
      m_in_cell_xfs = true;
    } else if (name == "xf" && m_in_cell_xfs) {
      xf_formats.push_back(parse_unsigned(find_attribute(attributes, "numFmtId")));
    }
  }

  void on_end(std::string_view name) override
  {
    if (name == "cellXfs") {
      m_in_cell_xfs = false;
    }
  }

  void on_text(std::string_view) override {}

private:
  std::size_t m_max_styles;
  std::string m_where;
  std::size_t m_count = 0; // numFmt and cellXfs entries so far
  bool m_in_cell_xfs = false;
};

} // namespace

SharedStrings load_shared_strings(ZipArchive& archive, const std::string& path, const Limits& limits)
{
  SharedStrings strings;
  ZipEntry entry = archive.open(path);
  std::string where = text::format(text::k_read_file_problem, archive.display(), path);
  SharedStringsHandler handler(strings, limits, where);
  // A ledger of mostly distinct texts has a shared-strings part as large as its sheet.
  std::optional<PrefetchSource> prefetch;
  if (entry.declared_size() >= k_prefetch_min_bytes) {
    prefetch.emplace(entry);
  }
  XmlParser parser(handler, prefetch ? static_cast<ByteSource&>(*prefetch) : entry, where);
  parser.parse_all();
  return strings;
}

StyleTable load_styles(ZipArchive& archive, const std::string& path, const Limits& limits)
{
  StylesHandler handler(limits.max_styles, text::format(text::k_read_file_problem, archive.display(), path));
  {
    ZipEntry entry = archive.open(path);
    XmlParser parser(handler, entry, text::format(text::k_read_file_problem, archive.display(), entry.name()));
    parser.parse_all();
  }
  StyleTable styles;
  for (const unsigned id : handler.xf_formats) {
    // A code defined in the file wins over the built-in meaning of its id.
    const auto custom = handler.custom_date.find(id);
    if (custom != handler.custom_date.end()) {
      styles.add(custom->second, handler.custom_percent[id]);
    } else {
      styles.add(is_builtin_date_format(id), id == k_builtin_percent || id == k_builtin_percent_decimals);
    }
  }
  return styles;
}

} // namespace dongmao::read
