#pragma once

#include <dongmao/error.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace dongmao::read {

// Text encodings the CSV reader accepts; GBK and GB2312 files are read as GB18030, their superset.
enum class Encoding
{
  utf8,
  utf8_bom, // UTF-8 that starts with a byte order mark, as Excel's "CSV UTF-8" writes
  gb18030,
  utf16le,
  utf16be,
};

// How much of a file detect_encoding() looks at.
inline constexpr std::size_t k_detect_bytes = 64 * 1024;

// The canonical lower-case name ("utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be");
// parse_encoding_name() accepts each of them.
std::string_view encoding_name(Encoding encoding) noexcept;

// Maps a user-given name such as "UTF-8", "gbk", "cp936" or "utf-16" to an encoding,
// ignoring case, '-' and '_'; nullopt when the name is unknown.
std::optional<Encoding> parse_encoding_name(std::string_view name) noexcept;

// The length of the byte order mark `encoding` begins with (0 for utf8 and gb18030).
std::size_t bom_length(Encoding encoding) noexcept;

// The encoding announced by a byte order mark at the start of `head`, if any.
std::optional<Encoding> detect_bom(std::string_view head) noexcept;

// Guesses the encoding from the first bytes of a file (up to k_detect_bytes): a byte order
// mark, else UTF-16 by its NUL bytes, else valid UTF-8, else GB18030 by its byte structure.
// An incomplete character cut off at the end of `head` is tolerated. Throws DataError
// "<source>: not UTF-8, GB18030 or UTF-16 text (invalid byte 0xFF at offset N)", naming the
// byte where the likelier of UTF-8 and GB18030 (the one that got further) broke down.
Encoding detect_encoding(std::string_view head, std::string_view source);

// A byte sequence that is not valid in the encoding being decoded. what() is the full message;
// reason() is the part after "<source>: ", so a caller can put a line number in between.
class DecodeError : public DataError
{
public:
  DecodeError(const std::string& source, std::string reason, std::uint64_t offset);

  // "not valid GB18030 text (invalid byte 0xFF at offset 1234)".
  const std::string& reason() const noexcept { return m_reason; }

  // Offset of the offending byte from the start of the file.
  std::uint64_t offset() const noexcept { return m_offset; }

private:
  std::string m_reason;
  std::uint64_t m_offset;
};

// Converts a byte stream to UTF-8 chunk by chunk (glibc iconv for GB18030 and UTF-16; UTF-8 is
// validated and copied). A character split across two chunks is carried over to the next call.
class TextDecoder
{
public:
  // `source` names the file in error messages; `start_offset` is the file offset of the first
  // byte fed (after a byte order mark). With `fallback_to_gb18030`, UTF-8 input that turns out
  // invalid before any non-ASCII character was seen is decoded as GB18030 from there on: a
  // GBK file whose first 64 KiB are ASCII is detected as UTF-8.
  TextDecoder(Encoding encoding, std::string source, std::uint64_t start_offset = 0, bool fallback_to_gb18030 = false);
  ~TextDecoder();
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;

  // Appends the UTF-8 form of `input` to `out`. Throws DecodeError on an invalid sequence,
  // after appending everything decoded before it.
  void decode(std::string_view input, std::string& out);

  // Declares the end of the input; throws DecodeError if a character was left incomplete.
  void finish();

  // The encoding being decoded; changes from utf8 to gb18030 at most once (see constructor).
  Encoding encoding() const noexcept { return m_encoding; }

private:
  struct Iconv;

  void decode_utf8(std::string_view input, std::string& out);
  void decode_iconv(std::string_view input, std::string& out);
  void switch_to_gb18030();
  [[noreturn]] void fail_invalid(std::uint64_t offset, unsigned char byte) const;

  Encoding m_encoding;
  std::string m_source;
  std::uint64_t m_offset; // file offset of m_carry's first byte, or of the next input
  bool m_fallback;
  bool m_seen_non_ascii = false;
  std::string m_carry; // start of a character whose remaining bytes are in the next chunk
  std::unique_ptr<Iconv> m_iconv;
};

} // namespace dongmao::read
