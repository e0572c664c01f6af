#include <dongmao/error.hpp>
#include <dongmao/read/csv_reader.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using dongmao::read::CellType;
using dongmao::read::CsvReader;
using dongmao::read::ReaderOptions;
using dongmao::read::Row;

namespace {

fs::path fixture(const std::string& name)
{
  return fs::path(DONGMAO_FIXTURES) / "csv" / name;
}

// A fresh directory per test, removed afterwards.
class TempDir
{
public:
  TempDir()
  {
    std::string pattern = (fs::temp_directory_path() / "dongmao-csv-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
  }
  ~TempDir()
  {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  fs::path write(const std::string& name, const std::string& bytes) const
  {
    const fs::path path = m_path / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

private:
  fs::path m_path;
};

// Rows as "number: cell|cell|…" lines, control characters escaped, so a failed CHECK shows
// both sides readably. Also checks that only empty fields are empty cells.
std::string dump_rows(CsvReader& reader)
{
  std::string out;
  Row row;
  while (reader.next(row)) {
    out += std::to_string(row.number) + ":";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const auto& cell = row.cells[i];
      CHECK(cell.type == (cell.text.empty() ? CellType::empty : CellType::text));
      out += i == 0 ? " " : "|";
      for (const char c : cell.text) {
        if (c == '\r') {
          out += "\\r";
        } else if (c == '\n') {
          out += "\\n";
        } else if (c == '\t') {
          out += "\\t";
        } else {
          out += c;
        }
      }
    }
    out += "\n";
  }
  return out;
}

std::string read_rows(const fs::path& path, const ReaderOptions& options = {},
                      std::size_t chunk_bytes = dongmao::read::k_csv_chunk_bytes)
{
  CsvReader reader(path, options, chunk_bytes);
  return dump_rows(reader);
}

std::string describe(const fs::path& path, const ReaderOptions& options = {})
{
  return CsvReader(path, options).describe();
}

// The message of the DataError that reading `path` throws, or "" when there is none.
std::string read_error(const fs::path& path, const ReaderOptions& options = {},
                       std::size_t chunk_bytes = dongmao::read::k_csv_chunk_bytes)
{
  try {
    read_rows(path, options, chunk_bytes);
  } catch (const dongmao::DataError& error) {
    return error.what();
  }
  return "";
}

} // namespace

TEST_CASE("read::CsvReader GBK ledger with a title row")
{
  const auto path = fixture("gbk_households.csv");
  CHECK(describe(path) == "csv gb18030 ','");
  // The two all-empty rows at the end are skipped.
  CHECK(read_rows(path) == "1: 东茅岭街道大桥市场片区签约台账|||||\n"
                           "2: 户主姓名|身份证号|联系电话|社区|签约状态|签约日期\n"
                           "3: 张伟|430602198503124518|13807301234|东茅岭社区|已签约|2026/3/5\n"
                           "4: 李秀英|430602196207182028|0730-8223456|柴家山社区|未签约|\n"
                           "5: 王建国|430602197711300032|13973012345|洞庭社区|已签约|2026年3月12日\n");
  CsvReader reader(path, {});
  CHECK(reader.sheet_name() == "");
}

TEST_CASE("read::CsvReader GB18030 characters outside GBK")
{
  const auto path = fixture("gb18030_rare_names.csv");
  CHECK(describe(path) == "csv gb18030 ','");
  CHECK(read_rows(path) == "1: 户主姓名|社区\n"
                           "2: 刘䶮|东茅岭社区\n"
                           "3: 陈㐀|柴家山社区\n"
                           "4: 吉𠮷|洞庭社区\n");
}

TEST_CASE("read::CsvReader UTF-8 with a byte order mark")
{
  const auto path = fixture("utf8_bom.csv");
  CHECK(describe(path) == "csv utf-8-bom ','");
  CHECK(read_rows(path) == "1: 户主姓名|联系电话|社区\n"
                           "2: 赵敏|13807305678|东茅岭社区\n"
                           "4: 孙丽||柴家山社区\n");
}

TEST_CASE("read::CsvReader UTF-16 with byte order marks")
{
  SUBCASE("little-endian, tab-separated, as Excel's Unicode text")
  {
    const auto path = fixture("utf16le_tab.txt");
    CHECK(describe(path) == "csv utf-16le '\\t'");
    CHECK(read_rows(path) == "1: 户主姓名|社区|备注\n"
                             "2: 吉𠮷|洞庭社区|含\\t制表符\n"
                             "3: 周强|东茅岭社区|\n");
  }
  SUBCASE("big-endian")
  {
    const auto path = fixture("utf16be_bom.csv");
    CHECK(describe(path) == "csv utf-16be ','");
    CHECK(read_rows(path) == "1: 户主姓名|社区\n2: 钱芳|东茅岭社区\n");
  }
  SUBCASE("little-endian without a byte order mark")
  {
    TempDir dir;
    const char text[] = "a\0,\0b\0\n\0";
    const auto path = dir.write("a.csv", std::string(text, sizeof text - 1));
    CHECK(describe(path) == "csv utf-16le ','");
    CHECK(read_rows(path) == "1: a|b\n");
  }
  SUBCASE("a byte order mark wins over the encoding option")
  {
    ReaderOptions options;
    options.encoding = "gbk";
    CHECK(describe(fixture("utf16le_tab.txt"), options) == "csv utf-16le '\\t'");
  }
}

TEST_CASE("read::CsvReader semicolons with decimal commas")
{
  const auto path = fixture("semicolon.csv");
  CHECK(describe(path) == "csv utf-8 ';'");
  CHECK(read_rows(path) == "1: 社区|户数|面积\n"
                           "2: 东茅岭社区|268|1234,5\n"
                           "3: 柴家山社区|622|98,75\n");
}

TEST_CASE("read::CsvReader quoting")
{
  // Rows are numbered as a spreadsheet shows them: the field of row 3 spans two lines.
  CHECK(read_rows(fixture("quoted.csv")) == "1: 编号|备注|地址\n"
                                            "2: 1|含逗号,的备注|岳阳楼区\"东茅岭\"街道\n"
                                            "3: 2|第一行\\r\\n第二行|普通\n"
                                            "4: 3|5\" 管道|ab\n"
                                            "5: 4||\n"
                                            "6: 5|引号后\\n换行\n");

  TempDir dir;
  SUBCASE("a quote after leading space is literal")
  {
    CHECK(read_rows(dir.write("a.csv", " \"a\",b\n")) == "1:  \"a\"|b\n");
  }
  SUBCASE("text after a closing quote is kept, later quotes literally")
  {
    CHECK(read_rows(dir.write("a.csv", "\"ab\"c\"d\",e\n")) == "1: abc\"d\"|e\n");
  }
  SUBCASE("an escaped quote at the end of a quoted field")
  {
    CHECK(read_rows(dir.write("a.csv", "\"a\"\"\",\"\"\"\"\n")) == "1: a\"|\"\n");
  }
  SUBCASE("a quoted field at the end of the file without a line end")
  {
    CHECK(read_rows(dir.write("a.csv", "x,\"y\"")) == "1: x|y\n");
  }
}

TEST_CASE("read::CsvReader line ends and empty rows")
{
  SUBCASE("CRLF with blank and all-empty rows; spaces are text")
  {
    CHECK(read_rows(fixture("crlf_blank_rows.csv")) == "1: 社区|户数\n"
                                                       "3: 东茅岭社区|268\n"
                                                       "5:  |\n"
                                                       "6: 柴家山社区|622\n");
  }
  SUBCASE("lone CR")
  {
    CHECK(read_rows(fixture("lone_cr.csv")) == "1: 社区|户数\n2: 东茅岭社区|268\n4: 柴家山社区|622\n");
  }
  TempDir dir;
  SUBCASE("a trailing delimiter at the end of the file is an empty field")
  {
    CHECK(read_rows(dir.write("a.csv", "a,b,")) == "1: a|b|\n");
  }
  SUBCASE("LF CR is two line ends")
  {
    CHECK(read_rows(dir.write("a.csv", "a\n\rb\n")) == "1: a\n3: b\n");
  }
  SUBCASE("an empty file and a file of only a byte order mark have no rows")
  {
    CHECK(read_rows(dir.write("empty.csv", "")).empty());
    CHECK(describe(dir.write("empty.csv", "")) == "csv utf-8 ','");
    CHECK(read_rows(dir.write("bom.csv", "\xEF\xBB\xBF")).empty());
  }
}

TEST_CASE("read::CsvReader reuses the row it is given")
{
  TempDir dir;
  CsvReader reader(dir.write("a.csv", "a,b,c\nd\n\ne,,f,g\n"), {});
  Row row;
  REQUIRE(reader.next(row));
  CHECK(row.number == 1);
  CHECK(row.cells.size() == 3);
  REQUIRE(reader.next(row));
  CHECK(row.number == 2);
  REQUIRE(row.cells.size() == 1);
  CHECK(row.cells[0].text == "d");
  REQUIRE(reader.next(row));
  CHECK(row.number == 4);
  REQUIRE(row.cells.size() == 4);
  CHECK(row.cells[1].type == CellType::empty);
  CHECK(row.cells[1].text.empty());
  CHECK(row.cells[3].text == "g");
  CHECK_FALSE(reader.next(row));
  CHECK_FALSE(reader.next(row));
}

TEST_CASE("read::CsvReader results do not depend on the chunk size")
{
  for (const char* name : {"gbk_households.csv", "gb18030_rare_names.csv", "utf8_bom.csv", "utf16le_tab.txt",
                           "utf16be_bom.csv", "semicolon.csv", "quoted.csv", "crlf_blank_rows.csv", "lone_cr.csv"}) {
    CAPTURE(name);
    const std::string expected = read_rows(fixture(name));
    for (const std::size_t chunk : {1, 2, 3, 5, 7, 64}) {
      CAPTURE(chunk);
      CHECK(read_rows(fixture(name), {}, chunk) == expected);
    }
  }
  const std::string expected = read_error(fixture("unterminated_quote.csv"));
  for (const std::size_t chunk : {1, 2, 3}) {
    CHECK(read_error(fixture("unterminated_quote.csv"), {}, chunk) == expected);
  }
}

TEST_CASE("read::CsvReader errors")
{
  SUBCASE("a byte neither UTF-8 nor GB18030")
  {
    const auto path = fixture("invalid_byte.csv");
    CHECK(read_error(path) == path.string() + "：不是UTF-8、GB18030或UTF-16文本（偏移27处的字节0xFF无效）");
  }
  SUBCASE("the same byte under an explicit encoding names its line, after the rows before it")
  {
    const auto path = fixture("invalid_byte.csv");
    ReaderOptions options;
    options.encoding = "UTF-8";
    CsvReader reader(path, options);
    Row row;
    REQUIRE(reader.next(row));
    CHECK(row.cells[0].text == "户主姓名");
    try {
      reader.next(row);
      FAIL("no error");
    } catch (const dongmao::DataError& error) {
      CHECK(std::string(error.what()) == path.string() + "：第2行：不是有效的UTF-8文本（偏移27处的字节0xFF无效）");
    }
    CHECK_FALSE(reader.next(row));
  }
  SUBCASE("an unterminated quote, after the rows before it")
  {
    const auto path = fixture("unterminated_quote.csv");
    CsvReader reader(path, {});
    Row row;
    REQUIRE(reader.next(row));
    REQUIRE(reader.next(row));
    CHECK(row.number == 2);
    CHECK_THROWS_WITH_AS(reader.next(row), (path.string() + "：第3行第2列：从第3行开始的引号没有闭合").c_str(),
                         dongmao::DataError);
  }
  SUBCASE("a missing file")
  {
    const auto path = fixture("no_such_file.csv");
    CHECK_THROWS_WITH_AS(CsvReader(path, {}), (path.string() + "：文件不存在").c_str(), dongmao::InputMissing);
  }
  SUBCASE("a directory")
  {
    TempDir dir;
    const auto path = dir.write("a.csv", "").parent_path();
    CHECK(read_error(path) == path.string() + "：无法读取（Is a directory）");
  }
  SUBCASE("a NUL character")
  {
    TempDir dir;
    const char text[] = "社区,户数\n东茅岭社区,2\0"
                        "68\n";
    const auto with_nul = dir.write("b.csv", std::string(text, sizeof text - 1));
    CHECK(read_error(with_nul) == with_nul.string() + "：第2行：含有NUL字符（不是文本文件？）");
  }
  SUBCASE("bad options")
  {
    ReaderOptions options;
    options.encoding = "latin1";
    CHECK_THROWS_WITH_AS(CsvReader(fixture("semicolon.csv"), options),
                         "未知的编码“latin1”（可用 utf-8、gb18030、gbk、utf-16le 或 utf-16be）", dongmao::UsageError);
    options.encoding.reset();
    options.delimiter = '"';
    CHECK_THROWS_WITH_AS(CsvReader(fixture("semicolon.csv"), options), "'\"' 不能用作 CSV 分隔符", dongmao::UsageError);
  }
}

TEST_CASE("read::CsvReader limits")
{
  const auto path = fixture("gbk_households.csv");
  ReaderOptions options;
  SUBCASE("columns")
  {
    options.limits.max_columns = 5;
    CHECK(read_error(path, options) == path.string() + "：第1行：超过5列");
  }
  SUBCASE("cell bytes")
  {
    options.limits.max_cell_bytes = 12;
    CHECK(read_error(path, options) == path.string() + "：第1行第1列：超过12字节");
  }
  SUBCASE("a quote left open runs into the cell limit first")
  {
    TempDir dir;
    const auto open = dir.write("a.csv", "a,b\n1,\"x\n2,y\n3,z\n");
    options.limits.max_cell_bytes = 6;
    CHECK(read_error(open, options) ==
          open.string() + "：第2行第2列：从第2行开始的引号内文字超过6字节（是否缺少右引号？）");
  }
}

TEST_CASE("read::CsvReader options")
{
  ReaderOptions options;
  SUBCASE("encoding")
  {
    options.encoding = "GBK";
    CHECK(describe(fixture("gbk_households.csv"), options) == "csv gb18030 ','");
    options.encoding = "utf-8";
    CHECK(describe(fixture("utf8_bom.csv"), options) == "csv utf-8-bom ','");
  }
  SUBCASE("delimiter")
  {
    options.delimiter = ',';
    CHECK(describe(fixture("semicolon.csv"), options) == "csv utf-8 ','");
    CHECK(read_rows(fixture("semicolon.csv"), options) == "1: 社区;户数;面积\n"
                                                          "2: 东茅岭社区;268;1234|5\n"
                                                          "3: 柴家山社区;622;98|75\n");
  }
}

TEST_CASE("read::CsvReader past the detection window")
{
  TempDir dir;
  std::string ascii = "code,name\n";
  std::size_t lines = 1;
  while (ascii.size() < dongmao::read::k_detect_bytes + 100) {
    ascii += "A" + std::to_string(lines) + ",x\n";
    ++lines;
  }
  SUBCASE("a GBK file whose first 64 KiB are ASCII falls back to GB18030")
  {
    // 东茅岭 in GBK.
    const auto path = dir.write("a.csv", ascii + "B1,\xB6\xAB\xC3\xA9\xC1\xEB\n");
    CsvReader reader(path, {});
    CHECK(reader.describe() == "csv utf-8 ','");
    Row row;
    std::string last;
    while (reader.next(row)) {
      last = row.cells[1].text;
    }
    CHECK(last == "东茅岭");
    CHECK(reader.describe() == "csv gb18030 ','");
  }
  SUBCASE("a UTF-8 file with a bad byte far in")
  {
    const auto path = dir.write("a.csv", "社区,x\n" + ascii + "B1,\xFF\n");
    const std::size_t offset = 9 + ascii.size() + 3;
    CHECK(read_error(path) == path.string() + "：第" + std::to_string(lines + 2) + "行：不是有效的UTF-8文本（偏移" +
                                std::to_string(offset) + "处的字节0xFF无效）");
  }
}

TEST_CASE("read::detect_delimiter")
{
  using dongmao::read::detect_delimiter;
  CHECK(detect_delimiter("", true) == ',');
  CHECK(detect_delimiter("标题\n", true) == ',');
  CHECK(detect_delimiter("标题\na,b,c\n1,2,3\n", true) == ',');
  CHECK(detect_delimiter("标题\na;b;c\n1;2,5;3\n", true) == ';');
  CHECK(detect_delimiter("a\tb\n张三, 李四\t2\n王五\t3\n", true) == '\t');
  CHECK(detect_delimiter("a|b\n1|2\n", true) == '|');
  // Delimiters inside quotes do not count.
  CHECK(detect_delimiter("a;b\n\"1,2,3\";4\n\"5,6,7\";8\n", true) == ';');
  // Unless at the end of the file, the last line may be cut off.
  CHECK(detect_delimiter("a;b\n1;2\n3,4,5,6,7,8,9", false) == ';');
}
