"""The bundled example year (examples/run.sh on examples/dongmaoling): every figure of the seed's
work report as the year report's JSON states it, and November's report against what the
spreadsheets themselves say for November."""

import csv
import datetime
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from openpyxl import load_workbook

from dmtest import BIN

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA = os.path.join(ROOT, "examples", "dongmaoling")

# The seed's figures: (what, JSON path from the year report, expected value).
YEAR = [
    ("辖区面积5.31平方公里", "subdistrict.area_km2", 5.31),
    ("6个社区居委会", "subdistrict.communities", 6),
    ("网格常住人口42377人", "subdistrict.population", 42377),
    ("行政企事业单位104家", "subdistrict.organisations.institution", 104),
    ("大型商场、市场19家", "subdistrict.organisations.market", 19),
    ("企业1395家", "subdistrict.organisations.enterprise", 1395),
    ("个体户6313家", "subdistrict.organisations.individual", 6313),
    ("7家纳税大户新注册分公司", "subdistrict.organisations_registered.key_taxpayers", 7),
    ("机关干部67人", "metrics[机关干部].value", 67),
    ("社区工作人员85人", "metrics[社区工作人员].value", 85),
    ("直管党员1419人", "metrics[直管党员].value", 1419),
    ("大桥市场268户私产签约", "projects[DQSC].signed_total", 268),
    ("大桥市场268户拆除", "projects[DQSC].by_stage.demolished", 268),
    ("大桥市场提前完成", "projects[DQSC].ahead_days", 24),
    ("66个门面整治", "projects[DQZZ].remediated_total", 66),
    ("66个门面在11月整治", "projects[DQZZ].remediated_in_period", 66),
    ("20天内完成", "projects[DQZZ].remediation_days", 20),
    ("九华山二期622户", "projects[JHS2].signed_total", 622),
    ("九华山二期清零", "projects[JHS2].cleared", True),
    ("同期启动项目中率先清零", "projects[JHS2].cleared_position", 1),
    ("工人文化宫一期28户收购", "projects[GRWHG1].signed_total", 28),
    ("工人文化宫一期如期清零", "projects[GRWHG1].ahead_days", 0),
    ("工人文化宫二期91户", "projects[GRWHG2].enrolled", 91),
    ("工人文化宫二期全部收购清零", "projects[GRWHG2].cleared", True),
    ("东风广场清零", "projects[DFGC].cleared", True),
    ("友阿开业前服务", "projects[YA].milestones_done", ["开业前精准服务", "开业"]),
    ("国大旧改80户还建户", "projects[GDJG].enrolled", 80),
    ("今年3个小区竣工验收", "projects[LXGZ26].units.compound.accepted_in_period", 3),
    ("今年5个院落竣工验收", "projects[LXGZ26].units.courtyard.accepted_in_period", 5),
    ("明年1大片区", "projects[LXGZ27].units.area.count", 1),
    ("明年4个小区", "projects[LXGZ27].units.compound.count", 4),
    ("明年5225户", "projects[LXGZ27].target_households", 5225),
    ("明年1.4亿预计投资", "projects[LXGZ27].investment_yuan", 140000000.0),
    ("前期工作完成", "projects[LXGZ27].milestones_done",
     ["政策宣传", "数据采集", "入户摸底", "意见征求", "推选理事会", "规划设计"]),
    ("协税护税541万元", "metrics[协税护税].value", 541),
    ("累计管控重点对象3351人", "metrics[重点人员管控].value", 3351),
    ("687名五类人员核酸检测", "metrics[核酸检测].value", 687),
    ("安全生产检查9次", "metrics[安全检查].value", 9),
    ("消防安全培训4次", "metrics[消防培训].value", 4),
    ("消防现场演练2次", "metrics[消防演练].value", 2),
    ("作风督查19次", "metrics[作风督查].value", 19),
    ("通报批评27人次", "metrics[通报批评].value", 27),
    ("租赁纠纷4起", "petitions.by_category.租赁纠纷", 4),
    ("日照问题", "petitions.by_category.日照采光", 1),
    ("还建户上访", "petitions.by_category.还建安置", 1),
    ("友阿遗留问题", "petitions.by_category.征拆补偿", 1),
    ("洪富大厦与中华时代广场", "petitions.by_category.商业开发", 2),
    ("6起非正常死亡", "petitions.by_category.非正常死亡", 6),
    ("两会特护期零上访", "petitions.in_sensitive_periods[两会特护期].received", 0),
    ("人和春天400多户", "petitions.disputes[人和春天].households", 400),
    ("人和春天400多户", "petitions.disputes[人和春天].households_approx", True),
    ("友谊市场300多户", "petitions.disputes[友谊市场].households", 300),
    ("友谊市场300多户", "petitions.disputes[友谊市场].households_approx", True),
    ("世纪星地下商场120户", "petitions.disputes[世纪星地下商场].households", 120),
    ("世纪星地下商场120户", "petitions.disputes[世纪星地下商场].households_approx", False),
    ("东井岭市场126户", "petitions.disputes[东井岭市场].households", 126),
    ("国大旧改80户还建户", "petitions.disputes[国大旧改].households", 80),
    ("洪富大厦500多户", "petitions.disputes[洪富大厦].households", 500),
    ("洪富大厦500多户", "petitions.disputes[洪富大厦].households_approx", True),
    ("中华时代广场群访", "petitions.disputes[中华时代广场].people", 36),
    ("中华时代广场群访", "petitions.disputes[中华时代广场].households", None),
]


def lookup(report, path):
    """The value at `path`: dots between keys, [X] picks the list item whose code, indicator
    (sub-district total), name or subject is X."""
    value = report
    for part in path.split("."):
        key, _, pick = part.partition("[")
        value = value[key]
        if pick:
            pick = pick[:-1]
            value = next(v for v in value if pick in (v.get("code"), v.get("name"), v.get("subject"))
                         or (v.get("indicator") == pick and v.get("community") is None))
    return value


def in_november(value):
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return False
    return isinstance(value, datetime.date) and (value.year, value.month) == (2026, 11)


class ExampleYearTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="dongmao-example-")
        cls.out = os.path.join(cls.tmp, "reports")
        env = {k: v for k, v in os.environ.items() if not k.startswith("DONGMAO_")}
        env.update({"DONGMAO": os.path.abspath(BIN), "EXAMPLE_WORKSPACE": os.path.join(cls.tmp, "ws"),
                    "LANG": "C.UTF-8"})
        proc = subprocess.run(["bash", os.path.join(ROOT, "examples", "run.sh"), cls.out], env=env,
                              capture_output=True, text=True, timeout=600)
        cls.run_output = proc
        with open(os.path.join(cls.out, "东茅岭街道-2026年.json"), encoding="utf-8") as f:
            cls.year = json.load(f)
        with open(os.path.join(cls.out, "东茅岭街道-2026-11-月报.json"), encoding="utf-8") as f:
            cls.november = json.load(f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_the_script_shows_imports_rejected_rows_and_where_the_reports_are(self):
        proc = self.run_output
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("大桥市场签约拆除台账.xlsx：读取270行：新增268户，更新0户，未变0户，有误2行", proc.stdout)
        self.assertIn("第273行 I列（签约情况/日期）：“2026年2月30日”不是有效日期", proc.stderr)
        self.assertIn("已签约不是DQZZ（整治项目）的阶段", proc.stderr)
        self.assertIn("“楼栋”不是以下之一", proc.stderr)
        self.assertIn(f"报告已写入 {self.out}：", proc.stdout)
        # It ends with the drafted year report, after where the files are.
        tail = proc.stdout[proc.stdout.index(f"报告已写入 {self.out}："):]
        self.assertIn("东茅岭街道2026年工作报告（草稿，由台账生成）：", tail)
        self.assertIn("### 三、把住关键守底线", tail)
        self.assertTrue(proc.stdout.rstrip().endswith("通报批评27人次。"), proc.stdout[-200:])
        for name in ("东茅岭街道-2026年.md", "东茅岭街道-2026年.html", "东茅岭街道-2026年.xlsx", "东茅岭街道-2026年.json",
                     "东茅岭街道-2026年.csv", "东茅岭街道-2026-11-月报.md", "东茅岭街道-2026-11-月报.html", "东茅岭街道-2026-11-月报.xlsx",
                     "东茅岭街道-2026-11-月报.json", "东茅岭街道-2026-11-月报-metrics.csv",
                     "rejected/大桥市场签约拆除台账.错误行.csv", "rejected/信访台账.错误行.csv"):
            self.assertTrue(os.path.isfile(os.path.join(self.out, name)), name)

    def test_every_figure_of_the_seed(self):
        for what, path, expected in YEAR:
            with self.subTest(what):
                got = lookup(self.year, path)
                if isinstance(expected, float) or isinstance(got, float):
                    self.assertAlmostEqual(got, expected, places=6)
                else:
                    self.assertEqual(got, expected)
        for incident in lookup(self.year, "petitions.incidents"):
            self.assertLessEqual(incident["hours"], 12, incident)

    def test_the_drafted_year_report_states_the_seed_in_its_words(self):
        text = "\n".join(block["text"] for block in self.year["draft"])
        for sentence in (
                "东茅岭街道辖区面积5.31平方公里，网格常住人口42377人；行政企事业单位104家；大型商场、市场19家；"
                "企业1395家、个体户6313家；街道下设6个社区居委会，机关干部67人，社区工作人员85人，直管党员1419人；",
                "并完成了九华山二期622户棚改异地征拆任务。",
                "一、把握难点攻项目", "二、把紧重点促发展", "三、把住关键守底线",
                "负责的268户私产签约拆除工作提前完成任务",
                "20天内依法依规完成了66个门面的整治任务。",
                "在同期启动的棚改项目中，做到了率先清零交地。",
                "一期私产28户采取收购模式谈判签约如期清零。",
                "为加快完成工人文化宫家属区、广场巷、文湘巷与青年巷共91户新纳入的征拆任务，采取收购方式，合力攻坚，目前全部收购清零。",
                "今年3个小区5个院落的老旧小区改造任务全部完成竣工验收。",
                "明年申报了1大片区、4个小区，5225户、1.4亿预计投资的改造任务，"
                "目前完成了政策宣传、数据采集、入户摸底、意见征求、推选理事会、规划设计等工作。",
                "7家纳税大户新注册分公司落户东茅岭。",
                "截至目前，街道已完成协税护税任务541万元，位居全区第三。",
                "累计管控重点对象3351人，组织对687名“五类人员”进行了核酸检测。",
                "重点整治行动9次，联合职能部门开展消防安全培训4次，组织商场大型消防现场演练2次。",
                "主动化解人和春天400多户、友谊市场300多户、世纪星地下商场120户、东井岭市场126户租赁纠纷，"
                "及时化解了螺丝港B地块日照问题，国大旧改80户还建户上访，友阿拆迁遗留问题与合同纠纷，"
                "洪富大厦500多户商业开发矛盾，有效处置了中华时代广场群访事件。",
                "先后快速有效处置了6起非正常死亡群体事件隐患。",
                "确保了“两会”特护期“零上访”，确保了辖区稳定。",
                "开展作风与工作落实情况督查19次，通报批评27人次。"):
            with self.subTest(sentence):
                self.assertIn(sentence, text)
        # The ranking comes from the neighbours' own workspaces (--peers), not from the template.
        tax = lookup(self.year, "metrics[协税护税]")
        self.assertEqual((tax["rank"], tax["rank_of"]), (3, 5))
        with open(os.path.join(self.out, "东茅岭街道-2026年.md"), encoding="utf-8") as f:
            self.assertIn("位居全区第三", f.read())

    def test_peers_count_each_sub_district_once(self):
        ws = os.path.join(self.tmp, "ws")
        neighbours = os.path.join(self.tmp, "example-neighbours")
        one = os.path.join(neighbours, sorted(os.listdir(neighbours))[0])
        copy = os.path.join(self.tmp, "copy-of-own")
        shutil.copytree(ws, copy)
        out = subprocess.run([BIN, "-w", ws, "report", "range", "--from", "2026-01-01", "--to", "2026-12-31",
                              "--format", "json", "--peers", neighbours, one, copy], capture_output=True, text=True)
        self.assertEqual(out.returncode, 0, out.stderr)
        metrics = {m["indicator"]: m for m in json.loads(out.stdout)["metrics"] if m["community"] is None}
        self.assertEqual((metrics["协税护税"]["rank"], metrics["协税护税"]["rank_of"]), (3, 5))
        # No neighbour reports 作风督查: first of one is no rank.
        self.assertEqual((metrics["作风督查"]["rank"], metrics["作风督查"]["rank_of"]), (None, 1))

    def test_the_example_workspace_checks_clean(self):
        out = subprocess.run([BIN, "-w", os.path.join(self.tmp, "ws"), "check"], capture_output=True, text=True)
        self.assertEqual((out.returncode, out.stdout.endswith("检查通过，未发现问题\n")), (0, True), out.stdout[:300])

    def test_incidents_are_not_overdue_petitions(self):
        # The six 非正常死亡 run on their own clock (reported → handled), not on 受理告知's 15 days.
        for report in (self.year, self.november):
            self.assertEqual(report["petitions"]["overdue_cases"], [])
            self.assertEqual(report["petitions"]["overdue"], 0)
        self.assertFalse([line for line in self.november["narrative"] if "逾期未办" in line])

    def test_a_remediation_is_told_as_remediated_not_signed(self):
        self.assertIn("本月巴陵大桥周边安全隐患整治项目完成整治66户，66户已于11月23日全部整治完毕，用时20天。",
                      self.november["narrative"])
        self.assertFalse([line for line in self.november["narrative"] if "整治项目新增签约" in line])
        with open(os.path.join(self.out, "东茅岭街道-2026-11-月报.md"), encoding="utf-8") as f:
            row = next(line for line in f if line.startswith("| DQZZ |"))
        # No signing rate, and no days left once every storefront is done.
        self.assertEqual(row.split(" | ")[13:18], ["0", "0", "—", "2026-11-23", "2026-11-30"])
        with open(os.path.join(self.out, "东茅岭街道-2026-11-月报.html"), encoding="utf-8") as f:
            html = f.read()
        start = html.index("<figcaption>签约率</figcaption>")
        chart = html[start:html.index("</svg>", start)]
        self.assertNotIn("巴陵大桥周边安全隐患整治", chart)
        self.assertIn("九华山二期棚改", chart)

    def test_the_district_ranks_dongmaoling_third_in_tax_assisted(self):
        with open(os.path.join(self.out, "岳阳楼区-2026年.json"), encoding="utf-8") as f:
            district = json.load(f)
        totals = {part["name"]: lookup(part, "metrics[协税护税].value") for part in district["subdistricts"]}
        self.assertEqual(len(totals), 5)
        ranking = sorted(totals, key=lambda name: -totals[name])
        self.assertEqual(ranking.index("东茅岭街道") + 1, 3)
        self.assertAlmostEqual(totals["东茅岭街道"], 541)
        with open(os.path.join(self.out, "岳阳楼区-2026年.md"), encoding="utf-8") as f:
            md = f.read()
        # Twelve months of decimals sum to 687.9999…: shown as entered.
        self.assertIn("| 协税护税 | 万元 | 累计 | 洞庭街道 | 688 | 688 |", md)

    def test_november_matches_the_ledgers(self):
        # Indicators: the first November row of each (a second one is the ledger's mistake).
        sheet = load_workbook(os.path.join(DATA, "月度指标台账-2026.xlsx")).active
        expected = {}
        for month, indicator, value, _unit in sheet.iter_rows(min_row=3, values_only=True):
            if month == "2026年11月" and indicator not in expected:
                expected[indicator] = value
        got = {m["indicator"]: m["value"] for m in self.november["metrics"] if m["community"] is None}
        self.assertEqual(set(got), set(expected))
        for indicator, value in expected.items():
            self.assertAlmostEqual(got[indicator], value, places=6, msg=indicator)
        # Signings in November, from the project ledgers' 签约日期 column (I).
        for code, name in (("DFGC", "东风广场征拆台账.xlsx"), ("GDJG", "国大旧改还建户台账.xlsx"),
                           ("GRWHG2", "工人文化宫二期收购台账.xlsx"), ("JHS2", "九华山二期征拆台账.xlsx")):
            rows = load_workbook(os.path.join(DATA, name)).active.iter_rows(min_row=4, values_only=True)
            signed = sum(1 for row in rows if in_november(row[8]))
            self.assertEqual(lookup(self.november, f"projects[{code}].signed_in_period"), signed, code)
        # Storefronts remediated in November, from the GBK CSV's 整改完成日期.
        with open(os.path.join(DATA, "大桥周边门面整治台账.csv"), encoding="gbk") as f:
            rows = list(csv.reader(f))[2:]
        remediated = sum(1 for row in rows if row[4] == "已整治" and in_november(row[6]))
        self.assertEqual(lookup(self.november, "projects[DQZZ].remediated_in_period"), remediated)
        # Petitions received in November: the ledger's valid dates and the incident log.
        with open(os.path.join(DATA, "信访台账.csv"), encoding="utf-8") as f:
            received = sum(1 for row in list(csv.reader(f))[2:] if in_november(row[1]))
        with open(os.path.join(DATA, "非正常死亡事件.csv"), encoding="utf-8") as f:
            received += sum(1 for row in list(csv.reader(f))[1:] if in_november(row[1]))
        self.assertEqual(self.november["petitions"]["received"], received)


if __name__ == "__main__":
    unittest.main()
