#include "temp_dir.hpp"

#include <dongmao/read/reader.hpp>
#include <dongmao/report/render.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace dongmao;

namespace {

// A small month: two communities, one project with a hostile name, a few petitions.
report::Report sample_report()
{
  report::Report r;
  r.period.from = domain::Date{2026, 11, 1};
  r.period.to = domain::Date{2026, 11, 30};
  r.period.label = "2026-11";
  r.period.is_month = true;
  r.subdistrict = "东茅岭街道";
  r.division_code = "430602001";
  r.today = "2026-12-01";
  report::Overview a;
  a.community = "柴家山社区";
  a.grids = 3;
  a.households = 120;
  report::Overview b;
  b.community = "东茅岭社区";
  b.grids = 2;
  b.households = 80;
  r.communities = {a, b};
  r.total.grids = 5;
  r.total.households = 200;
  report::ProjectFigures p;
  p.code = "JHS2";
  p.name = "=HYPERLINK(\"x\")|<script>";
  p.kind = "expropriation";
  p.enrolled = 91;
  p.by_stage = {{"negotiating", 12}, {"signed", 70}, {"vacated", 9}};
  p.signed_in_period = 5;
  p.signed_total = 79;
  r.projects = {p};
  r.petitions.received = 11;
  r.petitions.by_channel = {{"visit", 6}, {"online", 5}};
  r.petitions.accepted = 10;
  r.petitions.answered = 8;
  r.petitions.on_time = 7;
  r.petitions.late = 1;
  r.petitions.open = 3;
  r.narrative = {"本月共登记信访件11件。"};
  return r;
}

std::vector<std::string> lines(const std::string& text)
{
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    out.push_back(line);
  }
  return out;
}

bool has_line(const std::string& text, const std::string& line)
{
  const auto all = lines(text);
  return std::find(all.begin(), all.end(), line) != all.end();
}

} // namespace

TEST_CASE("report::render_markdown: title, sections, escaped cells")
{
  std::ostringstream out;
  report::render_markdown(out, sample_report(), report::Lang::zh);
  const auto text = out.str();
  CHECK(lines(text).front() == "# 东茅岭街道月报（2026-11-01 至 2026-11-30）");
  CHECK(has_line(text, "本月共登记信访件11件。"));
  // A '|' typed into a name is escaped so it cannot split the table's cell, and '<' cannot open a tag.
  CHECK(text.find("=HYPERLINK(\"x\")\\|\\<script\\>") != std::string::npos);
  CHECK(text.find("| 柴家山社区 | 3 | 120 |") != std::string::npos);
  // No overdue section when nothing is overdue.
  CHECK(text.find("## 逾期未办") == std::string::npos);
  CHECK(text.find("| 逾期未办 | 0 |") != std::string::npos);

  std::ostringstream en;
  report::render_markdown(en, sample_report(), report::Lang::en);
  CHECK(lines(en.str()).front() == "# 东茅岭街道 report, 2026-11-01 to 2026-11-30");
}

TEST_CASE("report::render_csv: one section, formula text neutralised")
{
  std::ostringstream out;
  report::render_csv(out, sample_report(), "projects", report::Lang::zh);
  const auto rows = lines(out.str());
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].rfind("JHS2,\"'=HYPERLINK(\"\"x\"\")|<script>\",", 0) == 0);
}

TEST_CASE("report::to_json: the stable contract's keys and figures")
{
  const auto json = report::to_json(sample_report());
  CHECK(json.at("period").at("from") == "2026-11-01");
  CHECK(json.at("period").at("to") == "2026-11-30");
  CHECK(json.at("subdistrict").at("name") == "东茅岭街道");
  CHECK(json.at("subdistrict").at("households") == 200);
  CHECK(json.at("subdistrict").at("area_km2").is_null());
  REQUIRE(json.at("projects").size() == 1);
  const auto& project = json.at("projects").at(0);
  CHECK(project.at("code") == "JHS2");
  CHECK(project.at("enrolled") == 91);
  CHECK(project.at("signed_in_period") == 5);
  CHECK(project.at("signed_total") == 79);
  CHECK(project.at("by_stage").at("signed") == 70);
  CHECK(json.at("petitions").at("received") == 11);
  CHECK(json.at("petitions").at("by_channel").at("visit") == 6);
  CHECK(json.at("communities").size() == 2);
}

TEST_CASE("report::render_html: one page, text escaped")
{
  std::ostringstream out;
  report::render_html(out, sample_report(), report::Lang::zh);
  const auto html = out.str();
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
}

TEST_CASE("report::render_xlsx: a workbook the readers open, with the figures in it")
{
  test::TempDir dir;
  const auto path = dir.path() / "月报.xlsx";
  report::render_xlsx(path, sample_report(), report::Lang::zh);
  read::ReaderOptions options;
  options.sheet = "2";
  auto reader = read::open_reader(path, options);
  CHECK(reader->sheet_count() >= 5);
  std::vector<std::string> texts;
  read::Row row;
  while (reader->next(row)) {
    for (const auto& cell : row.cells) {
      texts.push_back(cell.text);
    }
  }
  CHECK(std::find(texts.begin(), texts.end(), "柴家山社区") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "120") != texts.end());
}
