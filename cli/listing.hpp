#pragma once

#include "options.hpp"
#include "terminal.hpp"

#include <dongmao/out/table.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::out {
class AtomicFile;
class CsvWriter;
} // namespace dongmao::out

// How every listing is printed: one set of output flags (--format, -o, --encoding) and one
// printer, so that tables, CSV files and JSON look alike whatever the command.
namespace dongmao::cli {

class Json;

// How a listing is printed.
enum class Format
{
  table,  // aligned for reading, cut to the terminal's width, coloured on a terminal
  csv,    // for Excel: a UTF-8 BOM in a file, or GB18030 with --encoding gbk
  json,   // one JSON array
  ndjson, // one JSON object per line
};

// The output flags of a listing.
struct OutputFlags
{
  std::string format;                // "": from --json/--ndjson, else -o's extension, else table
  std::optional<std::string> output; // -o FILE; "-" or none: standard output
  std::string encoding = "utf-8";    // of CSV: utf-8 or gbk (GB18030)
};

// Adds --format table|csv|json|ndjson, -o/--output FILE and --encoding to `sub`.
void add_output_options(App& sub, OutputFlags& flags);

// The format `flags` ask for: --ndjson or --json first, then --format, then the extension of
// -o (.csv, .json, .ndjson or .jsonl; anything else is a table), else a table.
Format output_format(const Terminal& term, const OutputFlags& flags);

// One listing being printed. Rows of a table are held to be aligned; CSV and JSON rows are
// written as they come. A file named by -o is checked before anything is written (a new or
// regular file, else 73), written under a temporary name and put in place by finish().
class Listing
{
public:
  Listing(const Terminal& term, const OutputFlags& flags, std::vector<out::Column> columns);
  ~Listing();
  Listing(const Listing&) = delete;
  Listing& operator=(const Listing&) = delete;

  // The format being printed.
  Format format() const { return m_format; }

  // Whether the rows are JSON objects (json or ndjson): add(Json) is then the richer choice.
  bool is_json() const { return m_format == Format::json || m_format == Format::ndjson; }

  // Whether the listing goes to a file (-o), not to standard output.
  bool to_file() const { return m_file != nullptr; }

  // Adds a row of display strings; in JSON, the object of out::row_to_json. On a colour
  // terminal the row's line takes `tone`.
  void add(const std::vector<std::string>& cells, Tone tone = Tone::plain);

  // Adds a row as a JSON object (JSON formats only; ignored otherwise).
  void add(const Json& item);

  // Ends the listing: aligns the table, closes the JSON array, puts the file in place.
  void finish();

private:
  const Terminal& m_term;
  Format m_format;
  std::vector<out::Column> m_columns;
  std::unique_ptr<out::AtomicFile> m_file;
  std::ostream* m_out;
  std::unique_ptr<out::CsvWriter> m_csv;
  out::Table m_table;
  std::vector<Tone> m_tones;
  std::size_t m_items = 0;
};

// Prints `table` as a listing where and how `flags` say (JSON: out::row_to_json of each row).
void print_listing(const Terminal& term, const OutputFlags& flags, const out::Table& table);

} // namespace dongmao::cli
