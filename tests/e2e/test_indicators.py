"""Indicators: three months of a wide metrics sheet with a flow, a stock and a rate, each with
gaps, and the report's exact figures for one month and for a range; the indicator register
(dongmao.toml and the 指标 ledger), rates typed as percentages, re-imports and 基本情况's
population source."""

import json
import os
import unittest

import jsonschema
import openpyxl

from dmtest import DongmaoTest, id_number

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "schemas", "report.schema.json")
TODAY = "2026-04-10"
COMMUNITIES = "社区名称,社区代码\n东茅岭社区,A1\n柴家山社区,A2\n金鹗山社区,A3\n"
HEADER = ["社区", "失业再就业(人)", "常住人口(人)", "垃圾分类参与率"]
# None is an empty cell: 柴家山 has no 失业再就业 in March, 金鹗山 no 常住人口. Rates are typed
# both as fractions and as percentages.
MONTHS = {
    "2026-01": [("东茅岭社区", 5, 1000, "80%"), ("柴家山社区", 10, 2000, 0.6), ("金鹗山社区", 3, 500, 0.5)],
    "2026-02": [("东茅岭社区", 6, 1010, 0.82), ("柴家山社区", 8, 2010, "65%"), ("金鹗山社区", 4, 505, 0.55)],
    "2026-03": [("东茅岭社区", 7, 1020, 0.9), ("柴家山社区", None, 2020, 0.7), ("金鹗山社区", 2, None, 0.6)],
}
RATE_SETTINGS = '"垃圾分类参与率" = { kind = "rate", weight = "常住人口" }\n'


def metric(data, indicator, community):
    rows = [m for m in data["metrics"] if m["indicator"] == indicator and m["community"] == community]
    assert len(rows) == 1, (indicator, community, data["metrics"])
    return {k: rows[0][k] for k in ("kind", "value", "previous", "year_to_date", "change")}


class IndicatorTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        self.settings(RATE_SETTINGS)
        self.write("communities.csv", COMMUNITIES)
        self.dm("import", "communities", self.path("communities.csv"))
        for month, rows in MONTHS.items():
            self.import_month(month, rows)

    def settings(self, entries):
        """Puts `entries` under [indicators] in dongmao.toml, in place of what was there."""
        path = os.path.join(self.ws, "dongmao.toml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        head = text[:text.index("[indicators]\n") + len("[indicators]\n")]
        with open(path, "w", encoding="utf-8") as f:
            f.write(head + entries)
        return path, len((head + entries).splitlines())

    def dm(self, *args):
        return self.ok("-w", self.ws, "--today", TODAY, "-q", *args)

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return self.path(name)

    def import_month(self, month, rows):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["月度指标统计表"])
        sheet.append(HEADER)
        for row in rows:
            sheet.append(list(row))
        name = self.path(f"指标{month}.xlsx")
        book.save(name)
        self.dm("import", "metrics", name, "--month", month)

    def report(self, *period):
        data = json.loads(self.dm("report", *(period or ("monthly", "--month", "2026-03")), "--format", "json"))
        with open(SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(data, json.load(f), cls=jsonschema.Draft202012Validator)
        return data

    def test_one_month_per_community_then_totalled(self):
        data = self.report()
        self.assertEqual(data["schema_version"], 2)
        self.assertEqual([(m["indicator"], m["community"]) for m in data["metrics"]], [
            ("垃圾分类参与率", "东茅岭社区"), ("垃圾分类参与率", "柴家山社区"), ("垃圾分类参与率", "金鹗山社区"),
            ("垃圾分类参与率", None),
            ("失业再就业", "东茅岭社区"), ("失业再就业", "柴家山社区"), ("失业再就业", "金鹗山社区"), ("失业再就业", None),
            ("常住人口", "东茅岭社区"), ("常住人口", "柴家山社区"), ("常住人口", "金鹗山社区"), ("常住人口", None)])
        flow = "失业再就业"
        self.assertEqual(metric(data, flow, "东茅岭社区"),
                         {"kind": "flow", "value": 7.0, "previous": 6.0, "year_to_date": 18.0, "change": 1.0})
        self.assertEqual(metric(data, flow, "柴家山社区"),
                         {"kind": "flow", "value": None, "previous": 8.0, "year_to_date": 18.0, "change": None})
        # 柴家山 has no March value but stays in 上期 and 年累计.
        self.assertEqual(metric(data, flow, None),
                         {"kind": "flow", "value": 9.0, "previous": 18.0, "year_to_date": 45.0, "change": -9.0})
        stock = "常住人口"
        self.assertEqual(metric(data, stock, "金鹗山社区"),
                         {"kind": "stock", "value": None, "previous": 505.0, "year_to_date": 505.0, "change": None})
        self.assertEqual(metric(data, stock, None),
                         {"kind": "stock", "value": 3040.0, "previous": 3525.0, "year_to_date": 3545.0, "change": -485.0})
        rate = metric(data, "垃圾分类参与率", None)
        self.assertEqual(rate["kind"], "rate")
        # Weighted by 常住人口 over the communities that have both in each column.
        self.assertAlmostEqual(rate["value"], (0.9 * 1020 + 0.7 * 2020) / 3040)
        self.assertAlmostEqual(rate["previous"], (0.82 * 1010 + 0.65 * 2010 + 0.55 * 505) / 3525)
        self.assertAlmostEqual(rate["year_to_date"], (0.9 * 1020 + 0.7 * 2020 + 0.6 * 505) / 3545)
        self.assertAlmostEqual(metric(data, "垃圾分类参与率", "东茅岭社区")["previous"], 0.82)
        self.assertAlmostEqual(metric(data, "垃圾分类参与率", "柴家山社区")["previous"], 0.65)

    def test_a_range_sums_flows_and_takes_the_latest_stock(self):
        data = self.report("range", "--from", "2026-01-01", "--to", "2026-03-31")
        self.assertEqual(metric(data, "失业再就业", None),
                         {"kind": "flow", "value": 45.0, "previous": None, "year_to_date": 45.0, "change": None})
        self.assertEqual(metric(data, "常住人口", "金鹗山社区")["value"], 505.0)
        self.assertEqual(metric(data, "常住人口", None),
                         {"kind": "stock", "value": 3545.0, "previous": None, "year_to_date": 3545.0, "change": None})
        self.assertAlmostEqual(metric(data, "垃圾分类参与率", None)["value"], (0.9 * 1020 + 0.7 * 2020 + 0.6 * 505) / 3545)

    def test_rates_print_as_percent_and_missing_as_a_dash(self):
        md = self.dm("report", "monthly", "--month", "2026-03")
        self.assertIn("| 垃圾分类参与率 |  | 比率 | 合计 | 76.7% | 74.3% | 68.4% | 8.3% |", md)
        self.assertIn("| 失业再就业 | 人 | 累计 | 柴家山社区 | — | 18 | 8 | — |", md)
        self.assertIn("| 常住人口 | 人 | 时点 | 合计 | 3040 | 3545 | 3525 | -485 |", md)

    def test_a_rate_without_weight_has_no_total(self):
        self.settings("")
        total = metric(self.report(), "垃圾分类参与率", None)
        self.assertEqual(total, {"kind": "rate", "value": None, "previous": None, "year_to_date": None, "change": None})

    def test_reimport_updates_a_value(self):
        march = [("东茅岭社区", 7, 1030, 0.9), ("柴家山社区", None, 2020, 0.7), ("金鹗山社区", 2, None, 0.6)]
        self.import_month("2026-03", march)
        data = self.report()
        self.assertEqual(metric(data, "常住人口", "东茅岭社区")["value"], 1030.0)
        self.assertEqual(metric(data, "常住人口", None)["value"], 3050.0)

    def test_indicator_ledger_sets_the_kind(self):
        ledger = self.write("指标.csv", "指标,单位,口径\n失业再就业,人,时点\n常住人口,人,时点\n")
        self.dm("import", "indicators", ledger)
        self.assertEqual(self.query(self.ws, "SELECT name, unit, kind FROM indicator ORDER BY name"),
                         [("垃圾分类参与率", None, None), ("失业再就业", "人", "stock"), ("常住人口", "人", "stock")])
        # As a stock, 柴家山's 失业再就业 year to date is its latest value (8), not 18.
        self.assertEqual(metric(self.report(), "失业再就业", None),
                         {"kind": "stock", "value": 9.0, "previous": 18.0, "year_to_date": 17.0, "change": -9.0})
        bad = self.write("bad.csv", "指标,单位,口径\n失业再就业,人,平均\n")
        line = self.fails(65, "-w", self.ws, "import", "indicators", bad)
        self.assertIn("第2行 C列（口径）：“平均”不是可用的口径：累计（flow）、时点（stock）或比率（rate）", line)
        line = self.fails(65, "-w", self.ws, "--lang", "en", "import", "indicators", bad)
        self.assertIn("'平均' is not a 口径: 累计 (flow), 时点 (stock) or 比率 (rate)", line)

    def test_settings_refuse_an_unknown_kind(self):
        path, line_no = self.settings(RATE_SETTINGS + '"常住人口" = "level"\n')
        line = self.fails(78, "-w", self.ws, "report", "monthly", "--month", "2026-03")
        self.assertEqual(line, f"dongmao: error: {path} 第{line_no}行 "
                               "[indicators] 常住人口：“level”不是可用的类型：flow（累计）、stock（时点）或 rate（比率）")

    def test_long_form_percentages_are_stored_as_fractions(self):
        ledger = self.write("rates.csv", "指标,社区,月份,数值,单位\n满意度,东茅岭社区,2026-03,71,%\n"
                                         "达标率,,2026-03,71%,\n达标率,柴家山社区,2026-03,0.5,\n")
        self.dm("import", "metrics", ledger)
        self.assertEqual(self.query(self.ws, "SELECT i.name, m.value FROM metric_value m JOIN indicator i "
                                             "ON i.id = m.indicator_id WHERE i.name IN ('满意度', '达标率') "
                                             "ORDER BY i.name, m.community_id"),
                         [("满意度", 0.71), ("达标率", 0.71), ("达标率", 0.5)])
        # 达标率's total is the sub-district's own figure.
        self.assertEqual(metric(self.report(), "达标率", None)["value"], 0.71)
        bad = self.write("bad.csv", "指标,社区,月份,数值\n失业再就业,东茅岭社区,2026-03,5%\n")
        line = self.fails(65, "-w", self.ws, "import", "metrics", bad)
        self.assertIn("“5%”不是数（只有比率可写百分数）", line)

    def test_overview_population_from_indicators_and_missing_ledgers(self):
        data = self.report()
        sub = data["subdistrict"]
        self.assertEqual(sub["population_source"], "indicators")
        self.assertEqual(sub["population"], 3040)
        self.assertEqual(sub["residents"], {"registered": None, "resident": 3040, "floating": None})
        self.assertEqual(sub["organisations"], {"institution": None, "market": None, "enterprise": None,
                                                "individual": None})
        self.assertEqual(sub["notes"], ["未导入人口台账，人口取自常住人口等时点指标", "未导入单位台账"])
        self.assertEqual([(c["name"], c["population"]) for c in data["communities"]],
                         [("东茅岭社区", 1020), ("柴家山社区", 2020), ("金鹗山社区", None)])

    def test_overview_population_from_household_members_then_persons(self):
        households = self.write("households.csv", "户编号,户主姓名,社区,家庭人口\nH1,张伟,东茅岭社区,3\nH2,王芳,柴家山社区,4\n")
        self.dm("import", "households", households)
        data = self.report()
        self.assertEqual(data["subdistrict"]["population_source"], "household_members")
        self.assertEqual(data["subdistrict"]["population"], 7)
        # 金鹗山 has no household, so no member count: unknown, not 0.
        self.assertEqual([c["population"] for c in data["communities"]], [3, 4, None])
        self.assertEqual(data["subdistrict"]["residents"], {"registered": None, "resident": None, "floating": None})
        self.assertIn("未导入人口台账，人口按住户家庭成员数统计", data["subdistrict"]["notes"])
        persons = self.write("persons.csv", "身份证号,姓名,户编号,人员类型\n"
                                            f"{id_number('43060219850312451')},张伟,H1,户籍\n"
                                            f"{id_number('43060219900101123')},李娜,H1,流动\n")
        self.dm("import", "persons", persons)
        data = self.report()
        self.assertEqual(data["subdistrict"]["population_source"], "persons")
        self.assertEqual(data["subdistrict"]["population"], 2)
        self.assertEqual(data["subdistrict"]["residents"], {"registered": 1, "resident": 0, "floating": 1})
        # Once persons are imported, a community without any has 0 residents, a real figure.
        self.assertEqual([c["population"] for c in data["communities"]], [2, 0, 0])
        self.assertEqual(data["subdistrict"]["notes"], ["未导入单位台账"])


if __name__ == "__main__":
    unittest.main()
