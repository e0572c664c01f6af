// libFuzzer target for the CSV reader and the text decoder.
//
// The first input byte chooses the options (encoding, delimiter, tight limits, a small chunk
// size); the rest is the file. Besides crashes and sanitizer reports, it checks properties:
// reading in small chunks gives exactly what reading in 1 MiB chunks gives, rows and error
// alike; cells are valid UTF-8 within the limits; row numbers increase; decoding in pieces
// equals decoding whole.

#include <dongmao/error.hpp>
#include <dongmao/read/csv_reader.hpp>
#include <dongmao/read/encoding.hpp>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <sys/mman.h>

#include <iconv.h>
#include <unistd.h>

namespace {

using dongmao::read::Encoding;

void check(bool condition)
{
  if (!condition) {
    std::abort();
  }
}

bool is_utf8(std::string_view text)
{
  dongmao::read::TextDecoder decoder(Encoding::utf8, "cell");
  std::string out;
  try {
    decoder.decode(text, out);
    decoder.finish();
  } catch (const dongmao::DataError&) {
    return false;
  }
  return out == text;
}

// Every row and the final error, if any, as one string to compare runs by.
std::string read_all(const std::string& path, const dongmao::read::ReaderOptions& options, std::size_t chunk_bytes)
{
  std::string out;
  try {
    dongmao::read::CsvReader reader(path, options, chunk_bytes);
    dongmao::read::Row row;
    std::size_t last_number = 0;
    while (reader.next(row)) {
      check(row.number > last_number);
      check(!row.cells.empty() && row.cells.size() <= options.limits.max_columns);
      last_number = row.number;
      out += std::to_string(row.number);
      bool has_text = false;
      for (const auto& cell : row.cells) {
        check(cell.type == (cell.text.empty() ? dongmao::read::CellType::empty : dongmao::read::CellType::text));
        check(cell.text.size() <= options.limits.max_cell_bytes);
        check(is_utf8(cell.text));
        check(cell.text.find('\0') == std::string::npos);
        has_text = has_text || !cell.text.empty();
        out += '\x1F';
        out += cell.text;
      }
      check(has_text);
      out += '\x1E';
    }
    check(!reader.next(row));
    out += reader.describe();
  } catch (const dongmao::Error& error) {
    out += "error: ";
    out += error.what();
  }
  return out;
}

// Decoder output and error for `input` fed in pieces of `piece` bytes.
std::string decode_all(Encoding encoding, std::string_view input, std::size_t piece)
{
  dongmao::read::TextDecoder decoder(encoding, "input", 0, encoding == Encoding::utf8);
  std::string out;
  try {
    for (std::size_t pos = 0; pos < input.size(); pos += piece) {
      decoder.decode(input.substr(pos, piece), out);
    }
    decoder.finish();
    check(is_utf8(out));
  } catch (const dongmao::read::DecodeError& error) {
    out += "error: ";
    out += error.what();
  }
  return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  // glibc unloads a gconv module when its last descriptor closes; holding one of each open
  // keeps every decoder from loading it again, which would dominate the run time.
  static const std::array<iconv_t, 3> k_keep_loaded{iconv_open("UTF-8", "GB18030"), iconv_open("UTF-8", "UTF-16LE"),
                                                    iconv_open("UTF-8", "UTF-16BE")};
  static_cast<void>(k_keep_loaded);
  if (size == 0) {
    return 0;
  }
  const unsigned control = data[0];
  const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);

  // A memory file keeps the disk out of the loop; the reader opens it by path.
  static const int fd = memfd_create("fuzz_csv", 0);
  check(fd >= 0);
  check(ftruncate(fd, 0) == 0);
  check(pwrite(fd, body.data(), body.size(), 0) == static_cast<ssize_t>(body.size()));
  const std::string path = "/proc/self/fd/" + std::to_string(fd);

  static constexpr std::array<const char*, 4> k_encodings{nullptr, "gb18030", "utf-16le", "utf-8"};
  static constexpr std::array<char, 4> k_delimiters{'\0', ';', '\t', '|'};
  dongmao::read::ReaderOptions options;
  if (const char* encoding = k_encodings[control & 3]) {
    options.encoding = encoding;
  }
  if (const char delimiter = k_delimiters[(control >> 2) & 3]) {
    options.delimiter = delimiter;
  }
  if ((control & 0x10) != 0) {
    options.limits.max_columns = 8;
    options.limits.max_cell_bytes = 64;
  }
  const std::size_t chunk = 1 + (control >> 5);

  check(read_all(path, options, dongmao::read::k_csv_chunk_bytes) == read_all(path, options, chunk));

  for (const auto encoding : {Encoding::utf8, Encoding::gb18030, Encoding::utf16le, Encoding::utf16be}) {
    check(decode_all(encoding, body, body.size() + 1) == decode_all(encoding, body, chunk));
  }
  try {
    dongmao::read::detect_encoding(body, "input");
  } catch (const dongmao::DataError&) {
  }
  return 0;
}
