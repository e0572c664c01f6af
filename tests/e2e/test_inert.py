"""Inert text: names typed into a ledger with Markdown, HTML, escape sequences and bidi
controls are kept as typed in the workspace and shown harmlessly in every output."""

import csv
import html.parser
import io
import json
import os
import unittest

import openpyxl

from dmtest import DongmaoTest

TODAY = "2026-11-27"
ESC, BEL, RLO, LRI, C1 = "\x1b", "\x07", "\u202e", "\u2066", "\u009b"
FFFD = "\ufffd"
NAME = f"九华山\n# 标题 [x](javascript:alert(1)) <script>alert(1)</script> a\\|b {ESC}[31m红{BEL}{RLO}反{LRI}{C1}"
INVISIBLE = (ESC, BEL, RLO, LRI, C1)


class Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


class InertTextTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        self.write("communities.csv", "社区名称\n东茅岭社区\n")
        self.write("projects.csv", "项目编号,项目名称,项目类型,完成时限\n" + self.csv_row(["P1", NAME, "棚改", "2026-12-31"]))
        self.write("ledger.csv", "项目,户编号,户主姓名,社区,签约状态,签约日期\n"
                                 + self.csv_row(["P1", "H1", f"张{ESC}]0;title{BEL}伟", "东茅岭社区", "已签约", "2026-11-05"]))
        for entity, name in (("communities", "communities.csv"), ("projects", "projects.csv"),
                             ("enrollments", "ledger.csv")):
            self.dm_ok("-q", "import", entity, name, "--create-missing")

    def csv_row(self, cells):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(cells)
        return buffer.getvalue()

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    def dm(self, *args):
        return self.run_dm("-w", "ws", "--today", TODAY, *args)

    def dm_ok(self, *args):
        code, out, err = self.dm(*args)
        self.assertEqual(code, 0, err)
        return out

    def assert_inert(self, text):
        for c in INVISIBLE:
            self.assertNotIn(c, text)

    def report(self, fmt, *args):
        return self.dm_ok("report", "monthly", "--month", "2026-11", "--format", fmt, *args)

    def test_kept_as_typed_in_the_workspace(self):
        self.assertEqual(self.query(self.ws, "SELECT name FROM project"), [(NAME,)])

    def test_markdown_escapes_data_and_narrative(self):
        md = self.report("md")
        self.assert_inert(md)
        self.assertEqual([line for line in md.splitlines() if "标题" in line and line.startswith("#")], [])
        self.assertNotIn("<script>", md)
        self.assertNotIn("[x](", md)
        self.assertIn("\\[x\\](javascript:alert(1)) \\<script\\>", md)
        # "a\|b" as typed: the backslash escaped, then the bar, so the cell is not split.
        self.assertIn("a\\\\\\|b", md)
        narrative = [line for line in md.splitlines() if line.startswith("本月九华山")]
        self.assertEqual(len(narrative), 1, md)
        self.assertIn(f"{FFFD}\\[31m红{FFFD}{FFFD}反{FFFD}{FFFD}", narrative[0])
        row = [line for line in md.splitlines() if line.startswith("| P1 |")]
        self.assertEqual(len(row), 1)
        self.assertEqual(row[0].replace("\\|", "").count("|"), 19)

    def test_html_csv_xlsx_and_json(self):
        page = self.report("html")
        self.assert_inert(page)
        tags = Tags()
        tags.feed(page)
        self.assertNotIn("script", tags.tags)
        csv_text = self.report("csv", "--section", "projects")
        self.assert_inert(csv_text)
        self.assertIn(f"{FFFD}[31m红", csv_text)
        self.report("xlsx", "-o", "report.xlsx")
        book = openpyxl.load_workbook(self.path("report.xlsx"))
        values = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
        self.assertTrue(any(v.startswith("九华山") for v in values))
        for v in values:
            self.assert_inert(v)
            self.assertNotIn("_x001B_", v)
        raw = self.report("json")
        self.assert_inert(raw)
        # JSON keeps the name exactly, every control escaped (\u001b, \u202e).
        self.assertEqual(json.loads(raw)["projects"][0]["name"], NAME)
        self.assertIn("\\u001b[31m红\\u0007\\u202e反\\u2066\\u009b", raw)

    def test_terminal_listings_and_errors(self):
        out = self.dm_ok("project", "list")
        self.assert_inert(out)
        self.assertIn(f"{FFFD}[31m", out)
        out = self.dm_ok("household", "list")
        self.assert_inert(out)
        self.assertIn(f"张{FFFD}]0;title{FFFD}伟", out)
        for args in (("household", "show", "H1"), ("project", "show", "P1"), ("project", "progress", "P1")):
            out = self.dm_ok(*args)
            self.assert_inert(out)
            self.assertIn(FFFD, out, args)
        self.write("bad.csv", "户编号,户主姓名,社区,家庭人数\n" + self.csv_row(["H2", "李", "东茅岭社区", f"3{ESC}[2J"]))
        code, out, err = self.dm("import", "households", "bad.csv")
        self.assertEqual(code, 65)
        self.assert_inert(err)
        self.assertIn(f"“3{FFFD}[2J”不是整数", err)

    def test_xlsx_escape_in_a_ledger(self):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["户编号", "户主姓名", "社区"])
        sheet.append(["H3", "王_x001B_[31m芳", "东茅岭社区"])
        book.save(self.path("h.xlsx"))
        self.dm_ok("-q", "import", "households", "h.xlsx")
        self.assertEqual(self.query(self.ws, "SELECT head_name FROM household WHERE code = 'H3'"), [(f"王{ESC}[31m芳",)])
        out = self.dm_ok("household", "list", "--format", "csv")
        self.assert_inert(out)
        self.assertIn(f"王{FFFD}[31m芳", out)
        out = self.dm_ok("household", "list", "--format", "json")
        self.assertIn("王\\u001b[31m芳", out)
        self.assertEqual([h["head_name"] for h in json.loads(out) if h["code"] == "H3"], [f"王{ESC}[31m芳"])


if __name__ == "__main__":
    unittest.main()
