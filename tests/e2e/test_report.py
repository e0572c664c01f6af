"""report: the figures of a small workspace checked against values worked out by hand, in
every format, parsed back (JSON against the schema, XLSX with openpyxl, HTML with
html.parser); output files, default names, reproducibility and refusals."""

import html.parser
import json
import os
import unittest

import jsonschema
import openpyxl

from dmtest import DongmaoTest

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "schemas", "report.schema.json")

COMMUNITIES = "社区名称,社区代码\n东茅岭社区,A1\n柴家山社区,A2\n"
PROJECTS = ("项目编号,项目名称,项目类型,完成时限\n"
            "P1,九华山二期,棚改,2026-12-31\n"
            "P2,收购<一期>,收购,2026-10-31\n")
# P1: H1 signed in October, H2 in November, H3 negotiating, H4 withdrawn.
# P2: H5 signed in September, H6 in November: every household signed, cleared on 11-10.
LEDGER = ("项目,户编号,户主姓名,社区,网格,签约状态,签约日期\n"
          "P1,H1,张伟,东茅岭社区,第1网格,已签约,2026-10-05\n"
          "P1,H2,王芳,东茅岭社区,第1网格,已签约,2026/11/3\n"
          "P1,H3,李强,柴家山社区,第2网格,谈判中,\n"
          "P1,H4,赵敏,柴家山社区,第2网格,已退出,\n"
          "P2,H5,刘洋,东茅岭社区,第1网格,已签约,2026年9月1日\n"
          "P2,H6,陈静,柴家山社区,第2网格,已签约,2026.11.10\n")
# Received in November: XF1 (group of 6, closed on time), XF2 (no acceptance yet: overdue
# since 11-20), XF4 (urgent, closed next day). XF3 is from August, accepted, never answered:
# handling was due 10-01.
PETITIONS = ("信访编号,登记日期,信访形式,信访人,人数,信访类别,社区,受理日期,办结日期\n"
             "XF1,2026-11-02,来访,甲,6,租赁纠纷,东茅岭社区,2026-11-03,2026-11-20\n"
             "XF2,2026-11-05,来信,乙,1,=HYPERLINK(1),柴家山社区,,\n"
             "XF3,2026-08-01,网上,丙,1,其他,东茅岭社区,2026-08-02,\n"
             "XF4,2026-11-10,来电,丁,2,非正常死亡,柴家山社区,2026-11-10,2026-11-11\n")
METRICS = ("指标,社区,月份,数值,单位\n"
           "协税护税,东茅岭社区,2026-10,100,万元\n"
           "协税护税,东茅岭社区,2026-11,120,万元\n"
           "协税护税,柴家山社区,2026-11,80,万元\n")

TODAY = "2026-11-27"


def import_ledgers(test, metrics):
    """Imports this file's ledgers, with the given metrics ledger, into `test.ws`."""
    for entity, text, extra in [("communities", COMMUNITIES, []), ("projects", PROJECTS, []),
                                ("enrollments", LEDGER, ["--create-missing"]),
                                ("petitions", PETITIONS, []), ("metrics", metrics, [])]:
        name = test.path(entity + ".csv")
        with open(name, "w", encoding="utf-8") as f:
            f.write(text)
        test.ok("-w", test.ws, "--today", TODAY, "-q", "import", entity, name, *extra)


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []
        self.tags = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1

    def handle_data(self, data):
        self.text.append(data)


class ReportTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        with open(os.path.join(self.ws, "dongmao.toml"), "a", encoding="utf-8") as f:
            f.write('\n[[sensitive_periods]]\nname = "两会特护期"\nfrom = 2026-03-01\nto = 2026-03-15\n')
        import_ledgers(self, METRICS)

    def report(self, *args):
        return self.ok("-w", self.ws, "--today", TODAY, "report", "monthly", "--month", "2026-11", *args)

    def test_json_figures_and_schema(self):
        data = json.loads(self.report("--format", "json"))
        with open(SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(data, json.load(f), cls=jsonschema.Draft202012Validator)
        self.assertEqual(data["period"], {"from": "2026-11-01", "to": "2026-11-30", "label": "2026-11"})
        self.assertEqual(data["subdistrict"]["name"], "东茅岭街道")
        self.assertEqual(data["subdistrict"]["households"], 6)
        self.assertEqual(data["subdistrict"]["grids"], 2)
        self.assertEqual([(c["name"], c["households"]) for c in data["communities"]],
                         [("东茅岭社区", 3), ("柴家山社区", 3)])
        p1, p2 = data["projects"]
        self.assertEqual(p1, {
            "subdistrict": None, "code": "P1", "name": "九华山二期", "kind": "shantytown", "enrolled": 3,
            "by_stage": {"surveyed": 0, "assessed": 0, "negotiating": 1, "signed": 2, "vacated": 0,
                         "demolished": 0, "withdrawn": 1},
            "signed_in_period": 1, "signed_total": 2, "cleared": False, "cleared_on": None,
            "due_date": "2026-12-31", "days_left": 34, "target_households": None, "investment_yuan": None,
            "milestones_done": [], "start_date": None, "ahead_days": None, "cleared_position": None,
            "remediated_total": 0, "remediated_in_period": 0, "last_remediated_on": None, "remediation_days": None,
            "units": None})
        self.assertEqual((p2["enrolled"], p2["signed_in_period"], p2["signed_total"], p2["cleared"], p2["cleared_on"],
                          p2["days_left"]), (2, 1, 2, True, "2026-11-10", -27))
        pet = data["petitions"]
        self.assertEqual(pet["received"], 3)
        self.assertEqual(pet["by_channel"], {"online": 0, "letter": 1, "visit": 1, "phone": 1})
        self.assertEqual(pet["by_category"], {"租赁纠纷": 1, "=HYPERLINK(1)": 1, "非正常死亡": 1})
        self.assertEqual(pet["by_community"], {"东茅岭社区": 1, "柴家山社区": 2})
        self.assertEqual((pet["group"], pet["group_people"], pet["repeat"], pet["escalated"]), (1, 6, 0, 0))
        self.assertEqual((pet["accepted"], pet["answered"], pet["on_time"], pet["late"], pet["closed"]), (2, 2, 2, 0, 2))
        self.assertEqual((pet["open"], pet["overdue"]), (2, 2))
        self.assertEqual(pet["overdue_cases"], [
            {"case_no": "XF3", "category": "其他", "community": "东茅岭社区", "deadline": "handling",
             "due": "2026-10-01", "days_overdue": 57},
            {"case_no": "XF2", "category": "=HYPERLINK(1)", "community": "柴家山社区", "deadline": "acceptance",
             "due": "2026-11-20", "days_overdue": 7}])
        # 两会 (March) does not overlap November: no figure, rather than a 0.
        self.assertEqual(pet["in_sensitive_periods"], [])
        self.assertEqual(pet["incidents"], [{"case_no": "XF4", "category": "非正常死亡", "handled": True, "hours": None}])
        self.assertEqual(data["metrics"], [
            {"indicator": "协税护税", "unit": "万元", "kind": "flow", "community": "东茅岭社区", "value": 120.0,
             "year_to_date": 220.0, "previous": 100.0, "change": 20.0},
            {"indicator": "协税护税", "unit": "万元", "kind": "flow", "community": "柴家山社区", "value": 80.0,
             "year_to_date": 80.0, "previous": None, "change": None},
            {"indicator": "协税护税", "unit": "万元", "kind": "flow", "community": None, "value": 200.0,
             "year_to_date": 300.0, "previous": 100.0, "change": 100.0}])

    def test_markdown_narrative_in_the_seed_register(self):
        md = self.report()
        self.assertTrue(md.startswith("# 东茅岭街道月报（2026-11-01 至 2026-11-30）\n"))
        for line in ["本月九华山二期项目新增签约1户，累计签约2户，签约率66.7%，尚有1户未签约。",
                     # A project's name is data: its < > are escaped, so it cannot open an HTML tag.
                     "本月收购\\<一期\\>项目新增签约1户，累计签约2户，签约率100.0%，已于11月10日清零。",
                     "本月共登记信访件3件，其中来访1件、来信1件、来电1件；集体访1批6人次；受理2件；"
                     "答复2件，均按期答复；办结2件；逾期未办2件。",
                     "处置非正常死亡事件1起。"]:
            self.assertIn("\n" + line + "\n", md)
        self.assertNotIn("两会", md)
        self.assertIn("| P2 | 收购\\<一期\\> | 收购 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 1 | 2 | 100.0% | 2026-11-10 | 2026-10-31 |  |  |", md)
        # Cleared, it has no days left to count and is not shown overdue.

    def test_english_labels(self):
        md = self.report("--lang", "en")
        self.assertIn("## Key projects", md)
        self.assertIn("| Code | Project | Kind | Enrolled |", md)

    def test_html_parses_escapes_and_has_charts(self):
        page = self.report("--format", "html")
        self.assertNotIn("收购<一期>", page)
        self.assertIn("收购&lt;一期&gt;", page)
        parser = TextOf()
        parser.feed(page)
        text = "".join(parser.text)
        self.assertIn("收购<一期>", text)
        self.assertGreaterEqual(parser.tags["svg"], 3)
        self.assertGreaterEqual(parser.tags["table"], 5)
        self.assertIn("本月收购<一期>项目新增签约1户", text)

    def test_xlsx_read_back(self):
        self.report("--format", "xlsx", "-o", self.path("out") + "/")
        path = self.path("out", "东茅岭街道-2026-11-月报.xlsx")
        book = openpyxl.load_workbook(path)
        self.assertEqual(book.sheetnames, ["情况汇报", "基本情况", "重点项目", "信访维稳", "超期件", "指标"])
        sheet = book["重点项目"]
        # Row 1 is the sheet's title, row 2 the table's header.
        self.assertEqual(sheet["A1"].value, "东茅岭街道月报·重点项目（2026-11-01 至 2026-11-30）")
        header = [c.value for c in sheet[2]]
        self.assertEqual(header[:4], ["编号", "项目", "类型", "在册户数"])
        p2 = [c.value for c in sheet[4]]
        self.assertEqual(p2[:4], ["P2", "收购<一期>", "收购", 2])
        self.assertEqual(p2[header.index("清零日期")].date().isoformat(), "2026-11-10")
        self.assertEqual(p2[header.index("签约率")], 1)
        self.assertEqual(sheet.freeze_panes, "A3")
        self.assertEqual(len(sheet._charts), 1)
        overdue = book["超期件"]
        self.assertEqual([c.value for c in overdue[4]][:2], ["XF2", "=HYPERLINK(1)"])
        self.assertEqual(overdue.cell(row=4, column=2).data_type, "s")

    def test_csv_sections_into_a_directory_neutralise_formulas(self):
        self.report("--format", "csv", "-o", self.path("csv") + "/")
        names = sorted(os.listdir(self.path("csv")))
        self.assertEqual(names, sorted(f"东茅岭街道-2026-11-月报-{s}.csv" for s in
                                       ["overview", "projects", "petitions", "overdue", "metrics", "narrative"]))
        with open(self.path("csv", "东茅岭街道-2026-11-月报-overdue.csv"), encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
        self.assertEqual(lines[0], "信访编号,类别,社区,期限,到期日,超期天数")
        self.assertEqual(lines[2], "XF2,'=HYPERLINK(1),柴家山社区,受理告知,2026-11-20,7")

    def test_csv_section_on_stdout(self):
        out = self.report("--format", "csv", "--section", "metrics")
        self.assertEqual(out.lstrip("\ufeff").splitlines(), [
            "指标,单位,口径,社区,本期,年累计,上期,增减",
            "协税护税,万元,累计,东茅岭社区,120,220,100,20",
            "协税护税,万元,累计,柴家山社区,80,80,—,—",
            "协税护税,万元,累计,合计,200,300,100,100"])

    def test_reproducible_byte_for_byte(self):
        for fmt in ["md", "html", "json", "xlsx"]:
            self.report("--format", fmt, "-o", self.path("a." + fmt))
            self.report("--format", fmt, "-o", self.path("b." + fmt))
            with open(self.path("a." + fmt), "rb") as a, open(self.path("b." + fmt), "rb") as b:
                self.assertEqual(a.read(), b.read(), fmt)
        leftovers = [n for n in os.listdir(self.tmp) if ".tmp-" in n]
        self.assertEqual(leftovers, [])

    def test_month_last_is_relative_to_today(self):
        out = self.ok("-w", self.ws, "--today", "2026-12-05", "report", "monthly", "--month", "last", "--format", "json")
        self.assertEqual(json.loads(out)["period"]["from"], "2026-11-01")
        out = self.ok("-w", self.ws, "--today", "2026-12-05", "--json", "report", "range", "--from", "2026-01-01",
                      "--to", "2026-12-31")
        data = json.loads(out)
        self.assertEqual(data["period"]["label"], "2026-01-01..2026-12-31")
        self.assertEqual(data["petitions"]["received"], 4)
        self.assertEqual([p["signed_in_period"] for p in data["projects"]], [2, 2])

    def test_rollup_sums_workspaces_read_only(self):
        import hashlib
        import shutil
        other = self.path("district", "b")
        shutil.copytree(self.ws, other)
        shutil.move(self.ws, self.path("district", "a"))
        with open(os.path.join(other, "dongmao.toml"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(other, "dongmao.toml"), "w", encoding="utf-8") as f:
            f.write(text.replace('name = "东茅岭街道"', 'name = "枫桥湖街道"'))

        def digest():
            out = {}
            for ws in ("a", "b"):
                # The database and settings stay byte-identical (SQLite may add its -shm index).
                for name in ("dongmao.db", "dongmao.toml"):
                    with open(self.path("district", ws, name), "rb") as f:
                        out[(ws, name)] = hashlib.sha256(f.read()).hexdigest()
            return out

        before = digest()
        data = json.loads(self.ok("--today", TODAY, "report", "monthly", "--month", "2026-11", "--rollup",
                                  self.path("district"), "--rollup-name", "岳阳楼区", "--format", "json"))
        self.assertEqual(digest(), before)
        self.assertEqual(data["subdistrict"]["name"], "岳阳楼区")
        self.assertEqual(data["subdistrict"]["households"], 12)
        self.assertEqual(data["petitions"]["received"], 6)
        self.assertEqual(data["petitions"]["by_channel"], {"online": 0, "letter": 2, "visit": 2, "phone": 2})
        self.assertEqual([(p["subdistrict"], p["code"]) for p in data["projects"]],
                         [("东茅岭街道", "P1"), ("东茅岭街道", "P2"), ("枫桥湖街道", "P1"), ("枫桥湖街道", "P2")])
        self.assertEqual([s["name"] for s in data["subdistricts"]], ["东茅岭街道", "枫桥湖街道"])
        self.assertEqual(data["subdistricts"][1]["petitions"]["received"], 3)
        totals = [m for m in data["metrics"] if m["community"] is None]
        self.assertEqual([(m["indicator"], m["value"], m["year_to_date"]) for m in totals], [("协税护税", 400.0, 600.0)])
        with open(SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(data, json.load(f), cls=jsonschema.Draft202012Validator)

    def test_incident_hours_from_petition_add(self):
        self.ok("-w", self.ws, "--today", TODAY, "-q", "petition", "add", "--channel", "来电", "--category", "非正常死亡",
                "--community", "柴家山社区", "--petitioner", "戊", "--received", "2026-11-20",
                "--reported-at", "2026-11-20 08:00", "--handled-at", "2026-11-20 17:30")
        data = json.loads(self.report("--format", "json"))
        self.assertEqual(data["petitions"]["incidents"], [
            {"case_no": "XF4", "category": "非正常死亡", "handled": True, "hours": None},
            {"case_no": "XF2026-0001", "category": "非正常死亡", "handled": True, "hours": 9.5}])
        self.assertIn("处置非正常死亡事件2起。", data["narrative"])

    def test_refusals(self):
        self.assertEqual(self.fails(64, "-w", self.ws, "report", "monthly", "--format", "xlsx"),
                         "dongmao: error: --format xlsx 须用 -o 文件 或 -o 目录")
        self.assertEqual(self.fails(64, "-w", self.ws, "report", "monthly", "--format", "xlsx", "--lang", "en"),
                         "dongmao: error: --format xlsx needs -o FILE or -o DIR")
        self.assertEqual(self.fails(64, "-w", self.ws, "report", "monthly", "--format", "csv"),
                         "dongmao: error: --format csv 输出到标准输出时须给出 --section（或用 -o 目录，每部分一个文件）")
        self.assertEqual(self.fails(64, "-w", self.ws, "report", "monthly", "--format", "csv", "--lang", "en"),
                         "dongmao: error: --format csv on standard output needs --section "
                         "(or -o DIR for one file per section)")
        self.assertEqual(self.fails(66, "-w", self.ws, "report", "monthly", "--rollup", self.path("nowhere")),
                         f"dongmao: error: {self.path('nowhere')}：没有这个工作区或目录")
        self.assertEqual(self.fails(64, "-w", self.ws, "report", "monthly", "--month", "2026-13"),
                         "dongmao: error: --month：“2026-13”不是 this、last 或 YYYY-MM")
        with open(self.path("plain"), "w") as f:
            f.write("x")
        line = self.fails(73, "-w", self.ws, "report", "monthly", "-o", self.path("plain", "r.md"))
        self.assertIn("plain", line)


if __name__ == "__main__":
    unittest.main()
