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


class DraftBase(DongmaoTest):
    """A small workspace (test_report's ledgers) and the year template."""

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


class DraftTest(DraftBase):
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


# 甲 is ahead of 东茅岭 (300万元 for the year); 乙 ties with it; 丙 has no 协税护税 and is not ranked.
PEERS = {
    "jia": ("甲街道", "430602002", "协税护税,甲社区,2026-03,500,万元\n作风督查,甲社区,2026-03,4,次\n"),
    "yi": ("乙街道", "430602003", "协税护税,乙社区,2026-05,200,万元\n协税护税,乙社区,2026-06,100,万元\n"),
    "bing": ("丙街道", "430602004", "作风督查,丙社区,2026-02,9,次\n"),
}


class PeersTest(DraftBase):
    def setUp(self):
        super().setUp()
        os.mkdir(self.path("district"))
        for key, (name, code, metrics) in PEERS.items():
            ws = os.path.join("district", key)
            self.ok("init", ws, "--name", name, "--division-code", code)
            community = name[0] + "社区"
            self.write(key + "-c.csv", f"社区名称,社区代码\n{community},{code}001\n")
            self.write(key + "-m.csv", "指标,社区,月份,数值,单位\n" + metrics)
            self.ok("-w", ws, "-q", "import", "communities", key + "-c.csv")
            self.ok("-w", ws, "-q", "import", "metrics", key + "-m.csv")
        self.write("rank.md", "截至目前，街道已完成协税护税任务{metrics[协税护税].year_to_date|万元}，\n"
                              "位居全区{metrics[协税护税].rank?|序数}。\n")

    def tax(self, data):
        return [(m.get("rank"), m.get("rank_of")) for m in data["metrics"]
                if m["indicator"] == "协税护税" and m["community"] is None]

    def test_rank_among_peers_with_ties(self):
        peers = [self.path("district", key) for key in PEERS]
        data = json.loads(self.report("--template", "rank.md", "--peers", *peers, "--format", "json"))
        with open(SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(data, json.load(f))
        self.assertEqual(self.tax(data), [(2, 3)])
        self.assertEqual([b["text"] for b in data["draft"]], ["截至目前，街道已完成协税护税任务300万元，位居全区第二。"])
        # A directory holding the workspaces names them all; the workspace itself is not its own peer.
        data = json.loads(self.report("--template", "rank.md", "--peers", self.path("district"), self.ws,
                                      "--format", "json"))
        self.assertEqual(self.tax(data), [(2, 3)])
        # The community rows carry no rank.
        self.assertTrue(all("rank" not in m for m in data["metrics"] if m["community"] is not None))

    def test_without_peers_the_optional_rank_is_left_out(self):
        data = json.loads(self.report("--template", "rank.md", "--format", "json"))
        self.assertEqual(self.tax(data), [(None, None)])
        self.assertEqual([b["text"] for b in data["draft"]], ["截至目前，街道已完成协税护税任务300万元，"])

    def test_peers_from_settings_are_relative_to_the_workspace(self):
        self.edit_settings(self.ws, append='\n[report]\npeers = ["../district/jia", "../district/bing"]\n')
        data = json.loads(self.report("--template", "rank.md", "--format", "json"))
        self.assertEqual(self.tax(data), [(2, 2)])

    def test_a_peer_that_is_not_a_workspace_is_refused(self):
        os.mkdir(self.path("empty"))
        self.assertEqual(self.refused(66, "--peers", self.path("district", "jia"), "empty"),
                         "dongmao: error: empty：不是 dongmao 工作区，无法参与排名")
        self.assertEqual(self.refused(66, "--peers", "nowhere", "--lang", "en"),
                         "dongmao: error: nowhere: not a dongmao workspace to rank among")

    def test_rollup_ranks_the_sub_districts(self):
        args = ("--today", TODAY, "report", "range", *YEAR, "--rollup", self.ws, self.path("district"))
        data = json.loads(self.ok(*args, "--format", "json"))
        with open(SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(data, json.load(f))
        self.assertEqual([(r["indicator"], r["subdistrict"], r["value"], r["rank"], r["rank_of"])
                          for r in data["ranking"]], [
            ("作风督查", "丙街道", 9, 1, 2), ("作风督查", "甲街道", 4, 2, 2),
            ("协税护税", "甲街道", 500, 1, 3), ("协税护税", "东茅岭街道", 300, 2, 3), ("协税护税", "乙街道", 300, 2, 3),
        ])
        out = self.ok(*args)
        table = out[out.index("### 全区排名"):]
        self.assertIn("| 协税护税 | 万元 | 累计 | 乙街道 | 300 | 2/3 |", table)
        self.ok(*args, "--format", "xlsx", "-o", self.path("r.xlsx"))
        self.ok(*args, "--format", "html", "-o", self.path("r.html"))
        self.assertEqual(self.fails(64, *args, "--peers", self.ws),
                         "dongmao: error: --peers 不能与 --rollup 同用：汇总报告自带各街道的排名")


if __name__ == "__main__":
    unittest.main()
