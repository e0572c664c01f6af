#include <dongmao/read/encoding.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include <iconv.h>

namespace dongmao::read {

namespace {

// How far a prefix of bytes is valid in an encoding.
enum class ScanStatus
{
  complete,   // every byte belongs to a valid character
  incomplete, // valid, but the last character is cut off at `end`
  invalid,    // the character starting at `end` is invalid
};

struct Scan
{
  std::size_t end = 0; // where the valid characters end
  ScanStatus status = ScanStatus::complete;
  bool non_ascii = false; // a valid character above U+007F was seen before `end`
};

constexpr std::uint64_t k_high_bits = 0x8080808080808080ULL;

// Skips ASCII eight bytes at a time: most of a CSV file is digits, commas and newlines.
std::size_t skip_ascii(const unsigned char* data, std::size_t i, std::size_t size)
{
  while (i + 8 <= size) {
    std::uint64_t word;
    std::memcpy(&word, data + i, sizeof word);
    if ((word & k_high_bits) != 0) {
      break;
    }
    i += 8;
  }
  while (i < size && data[i] < 0x80) {
    ++i;
  }
  return i;
}

// Validates UTF-8 per Unicode table 3-7: no overlong forms, surrogates or code points above
// U+10FFFF, which SQLite and the mapping layer would otherwise carry along as garbage.
Scan scan_utf8(std::string_view text)
{
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  Scan scan;
  std::size_t i = 0;
  for (;;) {
    i = skip_ascii(data, i, size);
    if (i >= size) {
      break;
    }
    const unsigned char lead = data[i];
    // Chinese text is mostly three-byte characters without special cases: check those first.
    if (lead >= 0xE1 && lead != 0xED && lead <= 0xEF && i + 2 < size && (data[i + 1] & 0xC0) == 0x80 &&
        (data[i + 2] & 0xC0) == 0x80) {
      i += 3;
      scan.non_ascii = true;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead == 0xE0) {
      length = 3;
      low = 0xA0;
    } else if (lead == 0xED) {
      length = 3;
      high = 0x9F;
    } else if (lead >= 0xE1 && lead <= 0xEF) {
      length = 3;
    } else if (lead == 0xF0) {
      length = 4;
      low = 0x90;
    } else if (lead == 0xF4) {
      length = 4;
      high = 0x8F;
    } else if (lead >= 0xF1 && lead <= 0xF3) {
      length = 4;
    } else {
      scan.end = i;
      scan.status = ScanStatus::invalid;
      return scan;
    }
    for (std::size_t k = 1; k < length; ++k) {
      if (i + k >= size) {
        scan.end = i;
        scan.status = ScanStatus::incomplete;
        return scan;
      }
      const unsigned char byte = data[i + k];
      if (byte < (k == 1 ? low : 0x80) || byte > (k == 1 ? high : 0xBF)) {
        scan.end = i;
        scan.status = ScanStatus::invalid;
        return scan;
      }
    }
    i += length;
    scan.non_ascii = true;
  }
  scan.end = size;
  return scan;
}

// Four-byte GB18030 sequences as a linear index: glibc maps 0..k_gb_bmp_last to the BMP and
// k_gb_supplementary_first..last to U+10000..U+10FFFF, and rejects the rest.
constexpr std::uint32_t k_gb_bmp_last = 39419;             // 0x84 0x31 0xA4 0x39 = U+FFFF
constexpr std::uint32_t k_gb_supplementary_first = 189000; // 0x90 0x30 0x81 0x30 = U+10000
constexpr std::uint32_t k_gb_supplementary_last = 1237575; // 0xE3 0x32 0x9A 0x35 = U+10FFFF

// Inside the BMP range glibc also rejects two short runs whose characters GB18030-2005 gave
// two-byte codes (0x82 0x35 0x90 0x37-0x82 0x35 0x91 0x34, 0x84 0x31 0x82 0x36-0x84 0x31 0x83 0x35);
// rejecting them here too keeps detection and decoding in agreement.
constexpr bool is_gb_four_byte_code(std::uint32_t linear)
{
  if (linear <= k_gb_bmp_last) {
    return !(linear >= 19057 && linear <= 19064) && !(linear >= 39076 && linear <= 39085);
  }
  return linear >= k_gb_supplementary_first && linear <= k_gb_supplementary_last;
}

// Checks the GB18030 byte structure: ASCII; lead 0x81-0xFE with trail 0x40-0x7E or 0x80-0xFE
// (the GBK part); or lead, 0x30-0x39, 0x81-0xFE, 0x30-0x39 within the ranges glibc maps.
Scan scan_gb18030(std::string_view text)
{
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  Scan scan;
  std::size_t i = 0;
  const auto stop = [&](ScanStatus status) {
    scan.end = i;
    scan.status = status;
    return scan;
  };
  for (;;) {
    i = skip_ascii(data, i, size);
    if (i >= size) {
      break;
    }
    const unsigned char lead = data[i];
    if (lead == 0x80 || lead == 0xFF) {
      return stop(ScanStatus::invalid);
    }
    if (i + 1 >= size) {
      return stop(ScanStatus::incomplete);
    }
    const unsigned char second = data[i + 1];
    if ((second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE)) {
      i += 2;
      scan.non_ascii = true;
      continue;
    }
    if (second < 0x30 || second > 0x39) {
      return stop(ScanStatus::invalid);
    }
    if (i + 2 >= size) {
      return stop(ScanStatus::incomplete);
    }
    const unsigned char third = data[i + 2];
    if (third < 0x81 || third > 0xFE) {
      return stop(ScanStatus::invalid);
    }
    if (i + 3 >= size) {
      return stop(ScanStatus::incomplete);
    }
    const unsigned char fourth = data[i + 3];
    if (fourth < 0x30 || fourth > 0x39) {
      return stop(ScanStatus::invalid);
    }
    const std::uint32_t linear =
      ((static_cast<std::uint32_t>(lead - 0x81) * 10 + (second - 0x30)) * 126 + (third - 0x81)) * 10 + (fourth - 0x30);
    if (!is_gb_four_byte_code(linear)) {
      return stop(ScanStatus::invalid);
    }
    i += 4;
    scan.non_ascii = true;
  }
  scan.end = size;
  return scan;
}

// UTF-16 without a byte order mark shows itself by NUL high bytes of ASCII characters, all in
// the odd (little-endian) or all in the even (big-endian) positions.
std::optional<Encoding> detect_utf16_by_nuls(std::string_view head)
{
  const std::size_t pairs = head.size() / 2;
  std::size_t even_nuls = 0;
  std::size_t odd_nuls = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    even_nuls += head[2 * i] == '\0' ? 1 : 0;
    odd_nuls += head[2 * i + 1] == '\0' ? 1 : 0;
  }
  if (odd_nuls > 0 && odd_nuls * 4 >= pairs && even_nuls * 8 <= odd_nuls) {
    return Encoding::utf16le;
  }
  if (even_nuls > 0 && even_nuls * 4 >= pairs && odd_nuls * 8 <= even_nuls) {
    return Encoding::utf16be;
  }
  return std::nullopt;
}

// The name of an encoding in messages for people.
std::string_view display_name(Encoding encoding) noexcept
{
  switch (encoding) {
  case Encoding::utf8:
  case Encoding::utf8_bom:
    return "UTF-8";
  case Encoding::gb18030:
    return "GB18030";
  case Encoding::utf16le:
    return "UTF-16LE";
  case Encoding::utf16be:
    return "UTF-16BE";
  }
  return "?";
}

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_utf16le_bom = "\xFF\xFE";
constexpr std::string_view k_utf16be_bom = "\xFE\xFF";

} // namespace

std::string_view encoding_name(Encoding encoding) noexcept
{
  switch (encoding) {
  case Encoding::utf8:
    return "utf-8";
  case Encoding::utf8_bom:
    return "utf-8-bom";
  case Encoding::gb18030:
    return "gb18030";
  case Encoding::utf16le:
    return "utf-16le";
  case Encoding::utf16be:
    return "utf-16be";
  }
  return "?";
}

std::optional<Encoding> parse_encoding_name(std::string_view name) noexcept
{
  std::string key;
  for (const char c : name) {
    if (c == '-' || c == '_' || c == ' ') {
      continue;
    }
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  struct Alias
  {
    std::string_view key;
    Encoding encoding;
  };
  // "utf-16" alone means little-endian, what Windows writes; a byte order mark overrides it.
  static constexpr std::array<Alias, 14> k_aliases{{
    {"utf8", Encoding::utf8},
    {"utf8bom", Encoding::utf8_bom},
    {"utf8sig", Encoding::utf8_bom},
    {"gb18030", Encoding::gb18030},
    {"gbk", Encoding::gb18030},
    {"gb2312", Encoding::gb18030},
    {"cp936", Encoding::gb18030},
    {"ms936", Encoding::gb18030},
    {"windows936", Encoding::gb18030},
    {"euccn", Encoding::gb18030},
    {"utf16", Encoding::utf16le},
    {"utf16le", Encoding::utf16le},
    {"utf16be", Encoding::utf16be},
    {"ucs2", Encoding::utf16le},
  }};
  for (const auto& alias : k_aliases) {
    if (alias.key == key) {
      return alias.encoding;
    }
  }
  return std::nullopt;
}

std::size_t bom_length(Encoding encoding) noexcept
{
  switch (encoding) {
  case Encoding::utf8_bom:
    return k_utf8_bom.size();
  case Encoding::utf16le:
  case Encoding::utf16be:
    return 2;
  case Encoding::utf8:
  case Encoding::gb18030:
    return 0;
  }
  return 0;
}

std::optional<Encoding> detect_bom(std::string_view head) noexcept
{
  if (head.starts_with(k_utf8_bom)) {
    return Encoding::utf8_bom;
  }
  if (head.starts_with(k_utf16le_bom)) {
    return Encoding::utf16le;
  }
  if (head.starts_with(k_utf16be_bom)) {
    return Encoding::utf16be;
  }
  return std::nullopt;
}

Encoding detect_encoding(std::string_view head, std::string_view source)
{
  head = head.substr(0, std::min(head.size(), k_detect_bytes));
  if (const auto bom = detect_bom(head)) {
    return *bom;
  }
  if (const auto utf16 = detect_utf16_by_nuls(head)) {
    return *utf16;
  }
  const Scan utf8 = scan_utf8(head);
  if (utf8.status != ScanStatus::invalid) {
    return Encoding::utf8;
  }
  const Scan gb = scan_gb18030(head);
  if (gb.status != ScanStatus::invalid) {
    return Encoding::gb18030;
  }
  const std::size_t offset = std::max(utf8.end, gb.end);
  throw DataError(text::format(text::k_not_text, source, offset, static_cast<unsigned char>(head[offset])));
}

DecodeError::DecodeError(const std::string& source, std::string reason, std::uint64_t offset)
  : DataError(text::format(text::k_read_file_problem, source, reason)), m_reason(std::move(reason)), m_offset(offset)
{
}

// Owns the iconv descriptor; iconv_t stays out of the header.
struct TextDecoder::Iconv
{
  explicit Iconv(Encoding encoding)
  {
    const char* from = encoding == Encoding::gb18030   ? "GB18030"
                       : encoding == Encoding::utf16le ? "UTF-16LE"
                                                       : "UTF-16BE";
    descriptor = iconv_open("UTF-8", from);
    if (descriptor == reinterpret_cast<iconv_t>(-1)) {
      throw Error(ExitStatus::failure, text::format(text::k_iconv_cannot_convert, from, std::strerror(errno)));
    }
  }
  ~Iconv() { iconv_close(descriptor); }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;

  // Converts as much of `input` as is complete and valid, appending to `out`; returns the bytes
  // consumed and sets `error` to 0, EINVAL (incomplete at the end) or EILSEQ (invalid next).
  std::size_t convert(std::string_view input, std::string& out, int& error)
  {
    char* in = const_cast<char*>(input.data()); // iconv's signature; it does not write there
    std::size_t in_left = input.size();
    error = 0;
    while (in_left > 0) {
      // UTF-8 needs at most 3 bytes per 2 bytes of GB18030 or UTF-16.
      const std::size_t room = in_left + in_left / 2 + 16;
      const std::size_t old_size = out.size();
      out.resize(old_size + room);
      char* out_ptr = out.data() + old_size;
      std::size_t out_left = room;
      const std::size_t result = iconv(descriptor, &in, &in_left, &out_ptr, &out_left);
      const int saved_errno = errno;
      out.resize(out.size() - out_left);
      if (result == static_cast<std::size_t>(-1)) {
        if (saved_errno == E2BIG) {
          continue;
        }
        error = saved_errno;
        break;
      }
    }
    return input.size() - in_left;
  }

  iconv_t descriptor;
};

TextDecoder::TextDecoder(Encoding encoding, std::string source, std::uint64_t start_offset, bool fallback_to_gb18030)
  : m_encoding(encoding),
    m_source(std::move(source)),
    m_offset(start_offset),
    m_fallback(fallback_to_gb18030 && encoding == Encoding::utf8)
{
  if (encoding != Encoding::utf8 && encoding != Encoding::utf8_bom) {
    m_iconv = std::make_unique<Iconv>(encoding);
  }
}

TextDecoder::~TextDecoder() = default;

void TextDecoder::decode(std::string_view input, std::string& out)
{
  if (m_iconv) {
    decode_iconv(input, out);
  } else {
    decode_utf8(input, out);
  }
}

void TextDecoder::finish()
{
  if (!m_carry.empty()) {
    throw DecodeError(m_source, text::format(text::k_incomplete_character, display_name(m_encoding), m_offset),
                      m_offset);
  }
}

void TextDecoder::decode_utf8(std::string_view input, std::string& out)
{
  const bool can_fall_back = m_fallback && !m_seen_non_ascii;
  std::size_t i = 0;
  if (!m_carry.empty()) {
    while (i < input.size()) {
      m_carry.push_back(input[i++]);
      const Scan scan = scan_utf8(m_carry);
      if (scan.status == ScanStatus::complete) {
        out += m_carry;
        m_offset += m_carry.size();
        m_carry.clear();
        m_seen_non_ascii = true;
        break;
      }
      if (scan.status == ScanStatus::invalid) {
        if (can_fall_back) {
          switch_to_gb18030();
          decode_iconv(input.substr(i), out);
          return;
        }
        fail_invalid(m_offset, static_cast<unsigned char>(m_carry[0]));
      }
    }
    if (!m_carry.empty()) {
      return;
    }
  }
  const std::string_view rest = input.substr(i);
  const Scan scan = scan_utf8(rest);
  out.append(rest.data(), scan.end);
  m_offset += scan.end;
  m_seen_non_ascii = m_seen_non_ascii || scan.non_ascii;
  if (scan.status == ScanStatus::incomplete) {
    m_carry.assign(rest.substr(scan.end));
  } else if (scan.status == ScanStatus::invalid) {
    if (m_fallback && !m_seen_non_ascii) {
      switch_to_gb18030();
      decode_iconv(rest.substr(scan.end), out);
      return;
    }
    fail_invalid(m_offset, static_cast<unsigned char>(rest[scan.end]));
  }
}

void TextDecoder::decode_iconv(std::string_view input, std::string& out)
{
  int error = 0;
  if (!m_carry.empty()) {
    // A character is at most 4 bytes, so 8 more bytes always complete the carried one.
    std::string joined = m_carry;
    joined.append(input.substr(0, 8));
    const std::size_t used = m_iconv->convert(joined, out, error);
    if (error == EILSEQ && used < m_carry.size()) {
      fail_invalid(m_offset + used, static_cast<unsigned char>(joined[used]));
    }
    if (used < m_carry.size()) {
      // Still incomplete: all of `input` is in `joined`.
      m_offset += used;
      m_carry = joined.substr(used);
      return;
    }
    input.remove_prefix(used - m_carry.size());
    m_offset += used;
    m_carry.clear();
  }
  const std::size_t used = m_iconv->convert(input, out, error);
  m_offset += used;
  if (error == EILSEQ) {
    fail_invalid(m_offset, static_cast<unsigned char>(input[used]));
  }
  if (error == EINVAL) {
    m_carry.assign(input.substr(used));
  }
}

void TextDecoder::switch_to_gb18030()
{
  m_encoding = Encoding::gb18030;
  m_fallback = false;
  m_iconv = std::make_unique<Iconv>(Encoding::gb18030);
}

void TextDecoder::fail_invalid(std::uint64_t offset, unsigned char byte) const
{
  throw DecodeError(m_source, text::format(text::k_invalid_byte, display_name(m_encoding), offset, byte), offset);
}

} // namespace dongmao::read
