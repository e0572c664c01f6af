#include <dongmao/error.hpp>
#include <dongmao/read/encoding.hpp>

#include <doctest/doctest.h>

#include <string>

using dongmao::read::DecodeError;
using dongmao::read::detect_encoding;
using dongmao::read::Encoding;
using dongmao::read::TextDecoder;

namespace {

// 东茅岭 in GBK, UTF-8, UTF-16LE and UTF-16BE; 𠮷 (U+20BB7) in GB18030 and UTF-16.
const std::string k_gbk = "\xB6\xAB\xC3\xA9\xC1\xEB";
const std::string k_utf8 = "东茅岭";
const std::string k_utf16le = "\x1C\x4E\x05\x83\xAD\x5C";
const std::string k_utf16be = "\x4E\x1C\x83\x05\x5C\xAD";
const std::string k_rare_gb18030 = "\x95\x34\xB2\x35";
const std::string k_rare_utf16le = "\x42\xD8\xB7\xDF";

// Decodes `input` fed in pieces of `piece` bytes.
std::string decode_in_pieces(Encoding encoding, const std::string& input, std::size_t piece, bool fallback = false)
{
  TextDecoder decoder(encoding, "t.csv", 0, fallback);
  std::string out;
  for (std::size_t pos = 0; pos < input.size(); pos += piece) {
    decoder.decode(std::string_view(input).substr(pos, piece), out);
  }
  decoder.finish();
  return out;
}

// The DecodeError message for `input`, and what was decoded before it.
std::pair<std::string, std::string> decode_error(Encoding encoding, const std::string& input, std::size_t piece,
                                                 std::uint64_t start_offset = 0)
{
  TextDecoder decoder(encoding, "t.csv", start_offset);
  std::string out;
  try {
    for (std::size_t pos = 0; pos < input.size(); pos += piece) {
      decoder.decode(std::string_view(input).substr(pos, piece), out);
    }
    decoder.finish();
  } catch (const DecodeError& error) {
    return {error.what(), out};
  }
  return {"", out};
}

std::string detect_error(const std::string& head)
{
  try {
    detect_encoding(head, "t.csv");
  } catch (const dongmao::DataError& error) {
    return error.what();
  }
  return "";
}

} // namespace

TEST_CASE("read::parse_encoding_name")
{
  using dongmao::read::encoding_name;
  using dongmao::read::parse_encoding_name;
  for (const auto encoding :
       {Encoding::utf8, Encoding::utf8_bom, Encoding::gb18030, Encoding::utf16le, Encoding::utf16be}) {
    CHECK(parse_encoding_name(encoding_name(encoding)) == encoding);
  }
  CHECK(encoding_name(Encoding::gb18030) == "gb18030");
  CHECK(parse_encoding_name("UTF-8") == Encoding::utf8);
  CHECK(parse_encoding_name("utf8") == Encoding::utf8);
  CHECK(parse_encoding_name("utf-8-sig") == Encoding::utf8_bom);
  CHECK(parse_encoding_name("GBK") == Encoding::gb18030);
  CHECK(parse_encoding_name("gb2312") == Encoding::gb18030);
  CHECK(parse_encoding_name("CP936") == Encoding::gb18030);
  CHECK(parse_encoding_name("utf-16") == Encoding::utf16le);
  CHECK(parse_encoding_name("UTF_16BE") == Encoding::utf16be);
  CHECK(parse_encoding_name("latin1") == std::nullopt);
  CHECK(parse_encoding_name("") == std::nullopt);
}

TEST_CASE("read::detect_encoding")
{
  SUBCASE("byte order marks come first")
  {
    CHECK(detect_encoding("\xEF\xBB\xBF"
                          "a,b",
                          "t.csv") == Encoding::utf8_bom);
    CHECK(detect_encoding("\xFF\xFE"
                          "a\0",
                          "t.csv") == Encoding::utf16le);
    CHECK(detect_encoding("\xFE\xFF"
                          "\0a",
                          "t.csv") == Encoding::utf16be);
  }
  SUBCASE("UTF-16 without a byte order mark by its NUL bytes")
  {
    CHECK(detect_encoding(std::string("a\0,\0b\0\n\0", 8) + k_utf16le, "t.csv") == Encoding::utf16le);
    CHECK(detect_encoding(std::string("\0a\0,\0b\0\n", 8) + k_utf16be, "t.csv") == Encoding::utf16be);
  }
  SUBCASE("UTF-8 before GB18030")
  {
    CHECK(detect_encoding("", "t.csv") == Encoding::utf8);
    CHECK(detect_encoding("a,b\n", "t.csv") == Encoding::utf8);
    CHECK(detect_encoding(k_utf8 + ",1\n", "t.csv") == Encoding::utf8);
    CHECK(detect_encoding(k_gbk + ",1\n", "t.csv") == Encoding::gb18030);
    CHECK(detect_encoding(k_rare_gb18030, "t.csv") == Encoding::gb18030);
  }
  SUBCASE("a character cut off at the end of the window is tolerated")
  {
    CHECK(detect_encoding("a," + k_utf8.substr(0, 7), "t.csv") == Encoding::utf8);
    CHECK(detect_encoding(k_gbk + k_rare_gb18030.substr(0, 3), "t.csv") == Encoding::gb18030);
    CHECK(detect_encoding(k_gbk + "\xB6", "t.csv") == Encoding::gb18030);
  }
  SUBCASE("only the first 64 KiB count")
  {
    const std::string ascii(dongmao::read::k_detect_bytes, 'a');
    CHECK(detect_encoding(ascii + "\xFF", "t.csv") == Encoding::utf8);
  }
  SUBCASE("neither: the offset where the likelier encoding broke down")
  {
    CHECK(detect_error("a,b\n\xFF") == "t.csv：不是UTF-8、GB18030或UTF-16文本（偏移4处的字节0xFF无效）");
    // UTF-8 breaks at offset 0, GB18030 only at the 0x80.
    CHECK(detect_error(k_gbk + ",\x80") == "t.csv：不是UTF-8、GB18030或UTF-16文本（偏移7处的字节0x80无效）");
    // UTF-8 gets further than GB18030, which pairs the bytes differently and stops at 0xAD 0xFF.
    CHECK(detect_error(k_utf8 + "\xFF") == "t.csv：不是UTF-8、GB18030或UTF-16文本（偏移9处的字节0xFF无效）");
    // Four-byte codes glibc does not map.
    CHECK(detect_error("\x84\x31\xA5\x30") == "t.csv：不是UTF-8、GB18030或UTF-16文本（偏移0处的字节0x84无效）");
    CHECK(detect_error("\x82\x35\x90\x37") == "t.csv：不是UTF-8、GB18030或UTF-16文本（偏移0处的字节0x82无效）");
  }
}

TEST_CASE("read::TextDecoder carries characters across chunks")
{
  for (std::size_t piece = 1; piece <= 9; ++piece) {
    CAPTURE(piece);
    CHECK(decode_in_pieces(Encoding::utf8, "a" + k_utf8 + "𠮷,b", piece) == "a" + k_utf8 + "𠮷,b");
    CHECK(decode_in_pieces(Encoding::gb18030, "a" + k_gbk + k_rare_gb18030 + ",b", piece) == "a" + k_utf8 + "𠮷,b");
    CHECK(decode_in_pieces(Encoding::utf16le, std::string("a\0", 2) + k_utf16le + k_rare_utf16le, piece) ==
          "a" + k_utf8 + "𠮷");
    CHECK(decode_in_pieces(Encoding::utf16be, std::string("\0a", 2) + k_utf16be, piece) == "a" + k_utf8);
  }
}

TEST_CASE("read::TextDecoder errors")
{
  SUBCASE("invalid bytes, with the offset in the file and the text before them decoded")
  {
    for (const std::size_t piece : {1, 2, 100}) {
      CAPTURE(piece);
      CHECK(
        decode_error(Encoding::gb18030,
                     "ab" + k_gbk +
                       "\xFF"
                       "cd",
                     piece, 3) ==
        std::pair<std::string, std::string>("t.csv：不是有效的GB18030文本（偏移11处的字节0xFF无效）", "ab" + k_utf8));
      CHECK(decode_error(Encoding::utf8, "ab\xC3(", piece) ==
            std::pair<std::string, std::string>("t.csv：不是有效的UTF-8文本（偏移2处的字节0xC3无效）", "ab"));
    }
  }
  SUBCASE("UTF-8 overlong forms, surrogates and code points past U+10FFFF")
  {
    CHECK(decode_error(Encoding::utf8, "\xC0\xAF", 10).first == "t.csv：不是有效的UTF-8文本（偏移0处的字节0xC0无效）");
    CHECK(decode_error(Encoding::utf8, "\xED\xA0\x80", 10).first ==
          "t.csv：不是有效的UTF-8文本（偏移0处的字节0xED无效）");
    CHECK(decode_error(Encoding::utf8, "\xF4\x90\x80\x80", 10).first ==
          "t.csv：不是有效的UTF-8文本（偏移0处的字节0xF4无效）");
  }
  SUBCASE("an unpaired UTF-16 surrogate")
  {
    CHECK(decode_error(Encoding::utf16le,
                       std::string("a\0\x42\xD8"
                                   "b\0",
                                   6),
                       1)
            .first == "t.csv：不是有效的UTF-16LE文本（偏移2处的字节0x42无效）");
  }
  SUBCASE("a character cut off at the end of the input")
  {
    CHECK(decode_error(Encoding::gb18030, "a" + k_rare_gb18030.substr(0, 2), 1, 3) ==
          std::pair<std::string, std::string>("t.csv：不是有效的GB18030文本（文件末尾的字符不完整，偏移4）", "a"));
    CHECK(decode_error(Encoding::utf8, "a\xE4\xB8", 5).first ==
          "t.csv：不是有效的UTF-8文本（文件末尾的字符不完整，偏移1）");
    CHECK(decode_error(Encoding::utf16le, "a", 5).first ==
          "t.csv：不是有效的UTF-16LE文本（文件末尾的字符不完整，偏移0）");
  }
  SUBCASE("the reason without the file name, for callers that add a line")
  {
    TextDecoder decoder(Encoding::gb18030, "t.csv", 0);
    std::string out;
    try {
      decoder.decode("\x80", out);
      FAIL("no error");
    } catch (const DecodeError& error) {
      CHECK(error.reason() == "不是有效的GB18030文本（偏移0处的字节0x80无效）");
      CHECK(error.offset() == 0);
      CHECK(error.status() == dongmao::ExitStatus::data_error);
    }
  }
}

TEST_CASE("read::TextDecoder falls back from ASCII to GB18030")
{
  for (std::size_t piece = 1; piece <= 7; ++piece) {
    CAPTURE(piece);
    TextDecoder decoder(Encoding::utf8, "t.csv", 0, true);
    std::string out;
    const std::string input = "a,b\n" + k_gbk + k_rare_gb18030;
    for (std::size_t pos = 0; pos < input.size(); pos += piece) {
      decoder.decode(std::string_view(input).substr(pos, piece), out);
    }
    decoder.finish();
    CHECK(out == "a,b\n" + k_utf8 + "𠮷");
    CHECK(decoder.encoding() == Encoding::gb18030);
  }
  SUBCASE("not once UTF-8 text has been seen")
  {
    TextDecoder decoder(Encoding::utf8, "t.csv", 0, true);
    std::string out;
    CHECK_THROWS_WITH_AS(decoder.decode(k_utf8 + "," + k_gbk, out),
                         "t.csv：不是有效的UTF-8文本（偏移10处的字节0xB6无效）", DecodeError);
    CHECK(decoder.encoding() == Encoding::utf8);
  }
  SUBCASE("not unless asked")
  {
    CHECK(decode_error(Encoding::utf8, k_gbk, 3).first == "t.csv：不是有效的UTF-8文本（偏移0处的字节0xB6无效）");
  }
}
