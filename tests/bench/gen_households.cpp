// gen_households — synthetic household ledger (户台账) for the import benchmark.
//
// Build (from the repository root; import_bench.sh does this for you):
//
//   g++ -std=c++20 -O2 -Wall -Wextra -o build-bench/gen_households tests/bench/gen_households.cpp -lxlsxwriter
//
// Usage:
//
//   gen_households [--rows N] [--seed S] [--no-xlsx] [--xlsx-parts K] OUTDIR
//
// Writes into OUTDIR (created if missing):
//   communities.csv              UTF-8, header 社区名称,社区代码, the 6 communities
//   households.csv               UTF-8 (no BOM, LF line ends), header + N data rows
//   households-gb18030.csv       the same text converted to GB18030 with iconv(3)
//   households.xlsx              the same rows, one sheet, libxlsxwriter constant_memory mode
//   households-1.xlsx … -K.xlsx  instead, with --xlsx-parts K: the rows in K workbooks of
//                                N/K rows each, for more rows than one sheet holds
//
// The output is a pure function of (N, seed): the generator uses its own splitmix64 stream
// and its own range reduction, never <random> distributions (whose results differ between
// standard libraries). Every 身份证号 is valid under GB 11643-1999 with a real birth date,
// and no two rows share one.
// Default N is 1,000,000; an XLSX sheet holds at most 1,048,575 data rows.

#include <xlsxwriter.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <iconv.h>

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

struct Rng
{
  std::uint64_t state;
  std::uint64_t next()
  {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); multiply-shift reduction, bias far below anything measurable here.
  std::uint32_t below(std::uint32_t n)
  {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
  }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1))); }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& a)
  {
    return a[below(N)];
  }
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

constexpr std::array<std::string_view, 6> kCommunities = {"东茅岭社区", "柴家山社区", "青年巷社区",
                                                          "先锋路社区", "冷水铺社区", "梅溪桥社区"};
constexpr std::array<std::string_view, 6> kCommunityCodes = {"430602001001", "430602001002", "430602001003",
                                                             "430602001004", "430602001005", "430602001006"};

constexpr std::array<std::string_view, 64> kSurnames = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",   "郭",
  "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭",   "曾",
  "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕",   "丁",
  "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "欧阳", "司马"};

constexpr std::array<std::string_view, 96> kGiven = {
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
  "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "建", "国", "文", "红", "志", "辉",
  "春", "梅", "海", "燕", "鹏", "飞", "波", "宇", "浩", "凯", "俊", "婷", "雪", "琳", "慧", "颖",
  "佳", "欣", "子", "涵", "晨", "阳", "宏", "林", "荣", "新", "德", "福", "生", "清", "金", "云",
  "湘", "岳", "楚", "湖", "江", "永", "长", "庆", "和", "顺", "爱", "青", "松", "峰", "琴", "萍",
  "淑", "珍", "素", "凤", "翠", "莲", "秋", "冬", "东", "茅", "岭", "亮", "成", "宝", "仁", "义"};

constexpr std::array<std::string_view, 10> kRoads = {"东茅岭路", "巴陵中路", "五里牌路", "梅溪路", "先锋路",
                                                     "青年中路", "冷水铺路", "柴家山路", "站前路", "洞庭南路"};

constexpr std::array<std::string_view, 3> kHousing = {"私产", "公产", "门面"};

// The one with an ASCII comma makes a quoted CSV field; the one with an ASCII double quote
// makes a field with an escaped quote — both occur in real exports.
constexpr std::array<std::string_view, 16> kNotes = {"独居老人",
                                                     "低保户",
                                                     "空巢老人",
                                                     "房屋已出租",
                                                     "残疾人家庭",
                                                     "军属",
                                                     "待核实",
                                                     "户主长期外出",
                                                     "重点关注户",
                                                     "已搬离",
                                                     "特困供养",
                                                     "租户居住",
                                                     "独居老人,需定期走访",
                                                     "门面出租给\"湘味粉店\"",
                                                     "二楼为自住",
                                                     "联系电话为子女"};

// ---------------------------------------------------------------------------------------------
// Field generators

// Days since 1970-01-01 ⇄ civil date (H. Hinnant's algorithms), proleptic Gregorian.
constexpr int days_from_civil(int y, int m, int d)
{
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int z, int& y, int& m, int& d)
{
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = yoe + era * 400 + (m <= 2);
}

// GB 11643-1999 check character of the first 17 digits.
char id_check_char(const char* first17)
{
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i)
    sum += (first17[i] - '0') * kWeights[i];
  return "10X98765432"[sum % 11];
}

// Household heads are born 1930-01-01 … 2008-12-31 (adults in 2026); with the 3-digit order
// code 001…999 that is kIdSpace distinct numbers in region 430602. Row i gets number
// permute(i), a keyed bijection on [0, kIdSpace), so no two rows share an ID and the birth
// dates still look random. (Drawing date and order code at random would repeat ~17,000 IDs
// in a million rows.)
constexpr int kFirstBirthDay = days_from_civil(1930, 1, 1);
constexpr int kBirthDays = days_from_civil(2008, 12, 31) - kFirstBirthDay + 1;
constexpr std::uint32_t kIdSpace = static_cast<std::uint32_t>(kBirthDays) * 999u;
static_assert(kIdSpace == 28855u * 999u && kIdSpace < (1u << 26));

std::uint32_t round_fn(std::uint32_t half, std::uint64_t key, int round)
{
  std::uint64_t z = key + (static_cast<std::uint64_t>(round) << 32) + half + 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return static_cast<std::uint32_t>(z ^ (z >> 31));
}

// Four-round Feistel network on 26 bits, cycle-walked down to [0, kIdSpace).
std::uint32_t permute(std::uint32_t x, std::uint64_t key)
{
  constexpr std::uint32_t kHalfMask = (1u << 13) - 1;
  do {
    std::uint32_t l = x >> 13, r = x & kHalfMask;
    for (int round = 0; round < 4; ++round) {
      const std::uint32_t t = l ^ (round_fn(r, key, round) & kHalfMask);
      l = r;
      r = t;
    }
    x = (l << 13) | r;
  } while (x >= kIdSpace);
  return x;
}

void make_id(std::uint32_t number, char out[19])
{
  int y = 0, m = 0, d = 0;
  civil_from_days(kFirstBirthDay + static_cast<int>(number / 999u), y, m, d);
  const int seq = static_cast<int>(number % 999u) + 1;
  auto put = [&out](int pos, int width, int value) {
    for (int i = pos + width - 1; i >= pos; --i, value /= 10)
      out[i] = static_cast<char>('0' + value % 10);
  };
  std::memcpy(out, "430602", 6);
  put(6, 4, y);
  put(10, 2, m);
  put(12, 2, d);
  put(14, 3, seq);
  out[17] = id_check_char(out);
  out[18] = '\0';
}

struct Row
{
  char code[16];
  std::string name;
  char id[19];
  char phone[12];
  std::string_view community;
  std::string grid;
  std::string address;
  int members;
  std::string_view housing;
  int area_tenths;       // 86.5 m² is 865
  std::string_view note; // empty on most rows
};

void make_row(Rng& rng, std::uint64_t seed, std::uint64_t index, Row& r)
{
  std::snprintf(r.code, sizeof r.code, "H%07llu", static_cast<unsigned long long>(index));

  r.name.assign(rng.pick(kSurnames));
  r.name.append(rng.pick(kGiven));
  if (rng.below(100) < 70)
    r.name.append(rng.pick(kGiven));

  make_id(permute(static_cast<std::uint32_t>(index - 1), seed), r.id);

  std::snprintf(r.phone, sizeof r.phone, "13%09u", rng.below(1000000000u));

  r.community = rng.pick(kCommunities);
  r.grid = "第" + std::to_string(rng.between(1, 8)) + "网格";

  const int number = rng.between(1, 268);
  const int building = rng.between(1, 24);
  const int room = rng.between(1, 18) * 100 + rng.between(1, 4);
  r.address = "岳阳楼区";
  r.address.append(rng.pick(kRoads));
  r.address += std::to_string(number) + "号" + std::to_string(building) + "栋" + std::to_string(room) + "室";

  r.members = rng.between(1, 6);

  const std::uint32_t h = rng.below(100); // 私产 70 %, 公产 22 %, 门面 8 %
  r.housing = kHousing[h < 70 ? 0 : h < 92 ? 1 : 2];
  r.area_tenths = r.housing == kHousing[2] ? rng.between(150, 1200) : rng.between(300, 1800);

  r.note = rng.below(100) < 30 ? rng.pick(kNotes) : std::string_view{};
}

// ---------------------------------------------------------------------------------------------
// Output

constexpr std::array<const char*, 11> kHeader = {"户编号", "户主姓名", "身份证号", "联系电话", "社区", "网格",
                                                 "地址",   "家庭人数", "房屋性质", "建筑面积", "备注"};

[[noreturn]] void die(const std::string& msg)
{
  std::fprintf(stderr, "gen_households: %s\n", msg.c_str());
  std::exit(1);
}

void append_csv_field(std::string& line, std::string_view v)
{
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    line.append(v);
    return;
  }
  line.push_back('"');
  for (char c : v) {
    if (c == '"')
      line.push_back('"');
    line.push_back(c);
  }
  line.push_back('"');
}

std::string area_text(int tenths)
{
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

void csv_line(const Row& r, std::string& line)
{
  line.clear();
  const std::string members = std::to_string(r.members);
  const std::string area = area_text(r.area_tenths);
  const std::string_view fields[11] = {r.code,    r.name,  r.id,      r.phone, r.community, r.grid,
                                       r.address, members, r.housing, area,    r.note};
  for (int i = 0; i < 11; ++i) {
    if (i)
      line.push_back(',');
    append_csv_field(line, fields[i]);
  }
  line.push_back('\n');
}

class Gb18030Writer
{
public:
  explicit Gb18030Writer(FILE* f) : file_(f), cd_(iconv_open("GB18030", "UTF-8"))
  {
    if (cd_ == reinterpret_cast<iconv_t>(-1))
      die(std::string("iconv_open(GB18030): ") + std::strerror(errno));
    buf_.resize(1 << 16);
  }
  ~Gb18030Writer() { iconv_close(cd_); }
  Gb18030Writer(const Gb18030Writer&) = delete;
  Gb18030Writer& operator=(const Gb18030Writer&) = delete;

  void write(const std::string& utf8)
  {
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    while (in_left > 0) {
      char* out = buf_.data();
      std::size_t out_left = buf_.size();
      const std::size_t rc = iconv(cd_, &in, &in_left, &out, &out_left);
      if (rc == static_cast<std::size_t>(-1) && errno != E2BIG)
        die(std::string("iconv to GB18030: ") + std::strerror(errno));
      std::fwrite(buf_.data(), 1, buf_.size() - out_left, file_);
    }
  }

private:
  FILE* file_;
  iconv_t cd_;
  std::vector<char> buf_;
};

FILE* open_out(const fs::path& p, std::vector<char>& buffer)
{
  FILE* f = std::fopen(p.c_str(), "wb");
  if (!f)
    die("cannot create " + p.string() + ": " + std::strerror(errno));
  buffer.resize(1 << 20);
  std::setvbuf(f, buffer.data(), _IOFBF, buffer.size());
  return f;
}

void close_out(FILE* f, const fs::path& p)
{
  if (std::ferror(f) || std::fclose(f) != 0)
    die("write error on " + p.string());
}

void check_xlsx(lxw_error err, const char* what)
{
  if (err != LXW_NO_ERROR)
    die(std::string(what) + ": " + lxw_strerror(err));
}

void write_communities(const fs::path& p)
{
  std::vector<char> buffer;
  FILE* f = open_out(p, buffer);
  std::fputs("社区名称,社区代码\n", f);
  for (std::size_t i = 0; i < kCommunities.size(); ++i)
    std::fprintf(f, "%.*s,%.*s\n", static_cast<int>(kCommunities[i].size()), kCommunities[i].data(),
                 static_cast<int>(kCommunityCodes[i].size()), kCommunityCodes[i].data());
  close_out(f, p);
}

struct Options
{
  std::uint64_t rows = 1000000;
  std::uint64_t seed = 20261130;
  bool xlsx = true;
  std::uint64_t xlsx_parts = 1;
  fs::path outdir;
};

Options parse_args(int argc, char** argv)
{
  Options o;
  auto number = [&](int& i) -> std::uint64_t {
    if (i + 1 >= argc)
      die(std::string("missing value after ") + argv[i]);
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(argv[++i], &end, 10);
    if (errno || !end || *end || argv[i][0] == '-')
      die(std::string("not a number: ") + argv[i]);
    return v;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--rows" || a == "-n")
      o.rows = number(i);
    else if (a == "--seed")
      o.seed = number(i);
    else if (a == "--no-xlsx")
      o.xlsx = false;
    else if (a == "--xlsx-parts")
      o.xlsx_parts = number(i);
    else if (a == "-h" || a == "--help") {
      std::puts("usage: gen_households [--rows N] [--seed S] [--no-xlsx] [--xlsx-parts K] OUTDIR");
      std::exit(0);
    } else if (!a.empty() && a[0] == '-')
      die("unknown option " + std::string(a));
    else if (o.outdir.empty())
      o.outdir = a;
    else
      die("more than one OUTDIR given");
  }
  if (o.outdir.empty())
    die("usage: gen_households [--rows N] [--seed S] [--no-xlsx] [--xlsx-parts K] OUTDIR");
  if (o.rows < 1 || o.rows > 9999999)
    die("--rows must be in 1..9999999 (codes are H + 7 digits)");
  if (o.xlsx_parts < 1 || o.rows % o.xlsx_parts != 0)
    die("--xlsx-parts must divide --rows");
  if (o.xlsx && o.rows / o.xlsx_parts > 1048575)
    die("an XLSX sheet holds at most 1048575 data rows; use --no-xlsx or --xlsx-parts");
  return o;
}

} // namespace

int main(int argc, char** argv)
{
  const Options opt = parse_args(argc, argv);
  const auto t0 = std::chrono::steady_clock::now();

  std::error_code ec;
  fs::create_directories(opt.outdir, ec);
  if (ec)
    die("cannot create " + opt.outdir.string() + ": " + ec.message());

  const fs::path communities = opt.outdir / "communities.csv";
  const fs::path utf8_path = opt.outdir / "households.csv";
  const fs::path gb_path = opt.outdir / "households-gb18030.csv";
  const fs::path xlsx_path = opt.outdir / "households.xlsx";

  write_communities(communities);

  std::vector<char> utf8_buf, gb_buf;
  FILE* utf8 = open_out(utf8_path, utf8_buf);
  FILE* gb = open_out(gb_path, gb_buf);
  Gb18030Writer gbw(gb);

  lxw_workbook* wb = nullptr;
  lxw_worksheet* ws = nullptr;
  std::string tmpdir = opt.outdir.string(); // libxlsxwriter keeps its row temp file here
  std::vector<fs::path> xlsx_paths;
  const std::uint64_t part_rows = opt.rows / opt.xlsx_parts;
  // Starts the workbook of the next part (or the only one), its header row written.
  const auto open_xlsx = [&] {
    const auto path =
      opt.xlsx_parts == 1 ? xlsx_path : opt.outdir / ("households-" + std::to_string(xlsx_paths.size() + 1) + ".xlsx");
    xlsx_paths.push_back(path);
    lxw_workbook_options wopt{};
    wopt.constant_memory = LXW_TRUE;
    wopt.tmpdir = tmpdir.data();
    wb = workbook_new_opt(path.c_str(), &wopt);
    if (!wb)
      die("cannot create " + path.string());
    lxw_doc_properties props{};
    props.created = 1796083200; // 2026-12-01T00:00:00Z, fixed so the file is reproducible
    check_xlsx(workbook_set_properties(wb, &props), "xlsx properties");
    ws = workbook_add_worksheet(wb, "户台账");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (lxw_col_t c = 0; c < kHeader.size(); ++c)
      check_xlsx(worksheet_write_string(ws, 0, c, kHeader[c], bold), "xlsx header");
  };

  std::string line;
  for (std::size_t c = 0; c < kHeader.size(); ++c) {
    if (c)
      line.push_back(',');
    line.append(kHeader[c]);
  }
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), utf8);
  gbw.write(line);

  Rng rng{opt.seed};
  Row r;
  for (std::uint64_t i = 1; i <= opt.rows; ++i) {
    make_row(rng, opt.seed, i, r);
    csv_line(r, line);
    std::fwrite(line.data(), 1, line.size(), utf8);
    gbw.write(line);
    if (opt.xlsx) {
      if ((i - 1) % part_rows == 0) {
        if (wb)
          check_xlsx(workbook_close(wb), "writing xlsx");
        open_xlsx();
      }
      const auto row = static_cast<lxw_row_t>((i - 1) % part_rows + 1);
      check_xlsx(worksheet_write_string(ws, row, 0, r.code, nullptr), "xlsx");
      check_xlsx(worksheet_write_string(ws, row, 1, r.name.c_str(), nullptr), "xlsx");
      check_xlsx(worksheet_write_string(ws, row, 2, r.id, nullptr), "xlsx");
      check_xlsx(worksheet_write_string(ws, row, 3, r.phone, nullptr), "xlsx");
      check_xlsx(worksheet_write_string(ws, row, 4, std::string(r.community).c_str(), nullptr), "xlsx");
      check_xlsx(worksheet_write_string(ws, row, 5, r.grid.c_str(), nullptr), "xlsx");
      check_xlsx(worksheet_write_string(ws, row, 6, r.address.c_str(), nullptr), "xlsx");
      check_xlsx(worksheet_write_number(ws, row, 7, r.members, nullptr), "xlsx");
      check_xlsx(worksheet_write_string(ws, row, 8, std::string(r.housing).c_str(), nullptr), "xlsx");
      check_xlsx(worksheet_write_number(ws, row, 9, r.area_tenths / 10.0, nullptr), "xlsx");
      if (!r.note.empty())
        check_xlsx(worksheet_write_string(ws, row, 10, std::string(r.note).c_str(), nullptr), "xlsx");
    }
  }

  close_out(utf8, utf8_path);
  close_out(gb, gb_path);
  if (wb)
    check_xlsx(workbook_close(wb), "writing xlsx");

  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("rows %llu, seed %llu, %.2f s\n", static_cast<unsigned long long>(opt.rows),
              static_cast<unsigned long long>(opt.seed), secs);
  std::vector<fs::path> outputs = {communities, utf8_path, gb_path};
  outputs.insert(outputs.end(), xlsx_paths.begin(), xlsx_paths.end());
  for (const auto& p : outputs)
    std::printf("%12llu  %s\n", static_cast<unsigned long long>(fs::file_size(p)), p.c_str());
  return 0;
}
