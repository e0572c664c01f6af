"""Drafting from a template: `report --template FILE` and [report] template fill a document
from paths into the report's JSON, into every format; optional lines are left out; a bad
template is refused (78) naming file, line and placeholder, in both languages; `--peers` and
[report] peers rank the sub-district's indicators among other workspaces."""

import html.parser
import json
import os
import unittest

import jsonschema
import openpyxl

from dmtest import DongmaoTest
from test_report import import_ledgers, METRICS, TODAY

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "schemas", "report.schema.json")
YEAR = ("--from", "2026-01-01", "--to", "2026-12-31")

# P1 has no clearing date, so its line is left out; 还建安置 had no petitions, so its line too.
TEMPLATE = """\
一、把握难点攻项目
负责的{projects[P2].signed_total}户签约工作{projects[P2].days_left|正负:按时完成,按期完成,逾期完成}，
{projects[P2].cleared_on?|月日}全部清零。
{projects[P1].cleared_on?|月日}九华山二期清零。
{projects[九华山二期].name}累计签约{projects[P1].signed_total}户。

二、把紧重点促发展
截至目前，街道已完成协税护税任务{metrics[协税护税].year_to_date|万元}，
其中柴家山社区{metrics[协税护税@柴家山社区].value|万元}。

# 三、把住关键守底线
化解租赁纠纷{petitions.by_category.租赁纠纷}件。
化解还建安置纠纷{petitions.by_category.还建安置?}件。
"""
DRAFT = [
    ("heading", "一、把握难点攻项目"),
    ("paragraph", "负责的2户签约工作逾期完成，11月10日全部清零。九华山二期累计签约2户。"),
    ("heading", "二、把紧重点促发展"),
    ("paragraph", "截至目前，街道已完成协税护税任务300万元，其中柴家山社区80万元。"),
    ("heading", "三、把住关键守底线"),
    ("paragraph", "化解租赁纠纷1件。"),
]


class TextOf(html.parser.HTMLParser):
    """The text of each h3.draft and p.narrative element of an HTML page, in order."""

    def __init__(self):
        super().__init__()
        self.blocks = []
        self.inside = None

    def handle_starttag(self, tag, attrs):
        if (tag, ("class", "draft") in attrs) == ("h3", True) or (tag == "p" and ("class", "narrative") in attrs):
            self.inside = "heading" if tag == "h3" else "paragraph"
            self.blocks.append((self.inside, ""))

    def handle_endtag(self, tag):
        self.inside = None

    def handle_data(self, data):
        if self.inside:
            kind, text = self.blocks[-1]
            self.blocks[-1] = (kind, text + data)


class DraftTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        import_ledgers(self, METRICS)
        self.write("year.md", TEMPLATE)

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)

    def report(self, *args, ws=None):
        return self.ok("-w", ws or self.ws, "--today", TODAY, "report", "range", *YEAR, *args)

    def refused(self, code, *args):
        return self.fails(code, "-w", self.ws, "--today", TODAY, "report", "range", *YEAR, *args)

    def test_markdown_draft_replaces_the_narrative(self):
        out = self.report("--template", "year.md")
        section = out[out.index("## 情况汇报"):out.index("## 基本情况")]
        self.assertEqual(section.split("\n", 2)[2], "".join(
            ("### " if kind == "heading" else "") + text + "\n\n" for kind, text in DRAFT))

    def test_json_carries_the_draft_and_the_narrative(self):
        plain = json.loads(self.report("--format", "json"))
        data = json.loads(self.report("--template", "year.md", "--format", "json"))
        with open(SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(data, json.load(f))
        self.assertEqual([(b["kind"], b["text"]) for b in data["draft"]], DRAFT)
        self.assertEqual(data["narrative"], plain["narrative"])
        self.assertNotIn("draft", plain)

    def test_html_xlsx_and_csv_show_the_draft(self):
        page = TextOf()
        page.feed(self.report("--template", "year.md", "--format", "html"))
        self.assertEqual(page.blocks, DRAFT)
        self.report("--template", "year.md", "--format", "xlsx", "-o", self.path("r.xlsx"))
        sheet = openpyxl.load_workbook(self.path("r.xlsx"))["情况汇报"]
        cells = [row[0] for row in sheet.iter_rows(min_row=3, values_only=True)]
        self.assertEqual(cells, [text for _, text in DRAFT])
        csv = self.report("--template", "year.md", "--format", "csv", "--section", "narrative")
        self.assertEqual(csv.splitlines()[1:], [text for _, text in DRAFT])

    def test_template_from_settings_is_relative_to_the_workspace(self):
        os.rename(self.path("year.md"), os.path.join(self.ws, "模板.md"))
        self.edit_settings(self.ws, append='\n[report]\ntemplate = "模板.md"\n')
        os.mkdir(self.path("elsewhere"))
        data = json.loads(self.ok("-w", self.ws, "--today", TODAY, "report", "range", *YEAR, "--format", "json",
                                  cwd=self.path("elsewhere")))
        self.assertEqual([(b["kind"], b["text"]) for b in data["draft"]], DRAFT)
        # --template wins over the setting.
        self.write("other.md", "只有{subdistrict.name}。\n")
        data = json.loads(self.report("--template", "other.md", "--format", "json"))
        self.assertEqual(data["draft"], [{"kind": "paragraph", "text": "只有东茅岭街道。"}])

    def test_unknown_path_is_refused_naming_file_line_and_placeholder(self):
        self.write("bad.md", "一、项目\n\n共{projects[P1].signd_total}户\n")
        self.assertEqual(self.refused(78, "--template", "bad.md"),
                         "dongmao: error: bad.md：第3行：占位符 {projects[P1].signd_total} 的路径未知："
                         "报告中没有“projects[P1].signd_total”")
        self.assertEqual(self.refused(78, "--template", "bad.md", "--lang", "en"),
                         "dongmao: error: bad.md: line 3: placeholder {projects[P1].signd_total} names an unknown "
                         "path: the report has no 'projects[P1].signd_total'")

    def test_missing_data_is_refused_unless_optional(self):
        self.write("bad.md", "{projects[P1].cleared_on|月日}清零\n")
        self.assertEqual(self.refused(78, "--template", "bad.md"),
                         "dongmao: error: bad.md：第1行：占位符 {projects[P1].cleared_on|月日} 无数据；"
                         "若此句可省略，请在路径后加“?”")
        self.assertEqual(self.refused(78, "--template", "bad.md", "--lang", "en"),
                         "dongmao: error: bad.md: line 1: placeholder {projects[P1].cleared_on|月日} has no data; "
                         "add '?' after the path if its line may be left out")

    def test_bad_filter_and_missing_template(self):
        self.write("bad.md", "{metrics[协税护税].value|千元}\n")
        self.assertIn("占位符 {metrics[协税护税].value|千元} 的格式“千元”未知",
                      self.refused(78, "--template", "bad.md"))
        self.assertEqual(self.refused(66, "--template", "nope.md"),
                         "dongmao: error: nope.md：模板文件不存在或无法读取")
        self.assertEqual(self.refused(66, "--template", "nope.md", "--lang", "en"),
                         "dongmao: error: nope.md: no such template file, or it cannot be read")


if __name__ == "__main__":
    unittest.main()
