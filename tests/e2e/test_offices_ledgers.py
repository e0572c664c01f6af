"""The generators of tests/e2e/offices plant what they say: each planted figure is computed
again here from the files as written (read back with openpyxl and csv), independently of the
generators' own model. No dongmao run: these pass whatever the import can read."""

import csv
import datetime
import os
import re
import shutil
import tempfile
import unittest

import openpyxl

from offices import cycle, office_a, office_b


def sheet_rows(path, sheet=None):
    book = openpyxl.load_workbook(path)
    return [list(row) for row in (book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True)]


def csv_rows(path, encoding):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f))


def count_by(values, keys):
    counts = {key: 0 for key in keys}
    for value in values:
        counts[value] += 1
    return counts


def typed_date(text, year=2026):
    """A date as the clerks type it: 2026/9/5, 2026.9.5 or 9月5日 (year from the title)."""
    if m := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text):
        return datetime.date(*map(int, m.groups()))
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})日", text)
    return datetime.date(year, int(m.group(1)), int(m.group(2)))


def typed_cents(text):
    """12.5万, 12.5万元, 约12.5万, 12.5W or 125000 (元) as 分."""
    m = re.fullmatch(r"约?([\d.]+)(万元|万|W)?", text)
    return round(float(m.group(1)) * (10000 if m.group(2) else 1) * 100)


def typed_area(value):
    return float(re.sub(r"(㎡|m²|平方米)$", "", value)) if isinstance(value, str) else float(value)


class OfficeALedgersTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="dongmao-ledgers-")
        self.office, self.files, self.figures = office_a.generate(self.dir)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_figures_from_the_written_ledgers(self):
        households = sheet_rows(self.files["住户台账.xlsx"])[2:]
        header = office_a.HOUSEHOLD_HEADER
        column = {name: header.index(name) for name in header}
        known_ids = {row[column["身份证号码"]] for row in households}
        project = sheet_rows(self.files["湖滨片区征收签约台账.xlsx"])[3:]
        newcomers = [row[3] for row in project if row[2] not in known_ids]
        self.assertEqual(len(newcomers), 2)
        communities = [name for name, _ in office_a.COMMUNITIES]
        self.assertEqual(count_by([row[column["所在社区"]] for row in households] + newcomers, communities),
                         self.figures["households_by_community"])

        labels = {label: code for code, label in office_a.STAGE_LABELS.items()}
        stages = [labels[row[8]] for row in project]
        signed = [row for row, stage in zip(project, stages) if stage in office_a.SIGNED]
        self.assertTrue(all(row[5] and row[6] for row in signed))
        self.assertEqual(self.figures["project"], {
            "enrolled": len(project), "signed_total": len(signed),
            "signed_in_period": sum(1 for row in signed if row[5].strftime("%Y-%m") == office_a.MONTH),
            "by_stage": count_by(stages, office_a.STAGES)})

        # The survey's flats, read back to the household whose 房屋坐落 they spell.
        by_address = {row[column["房屋坐落"]]: row for row in households}
        consent = {"agree": [], "disagree": [], "pending": []}
        answers = {label: code for code, label in office_a.CONSENT_LABELS.items()}
        survey = sheet_rows(self.files["青石小区改造意愿征询表.xlsx"])[2:]
        for _, building, unit, room, name, answer in survey:
            strip = lambda text, suffix: re.sub(f"({suffix})$", "", str(text))
            address = f"{strip(building, '栋|幢')}栋{strip(unit, '单元')}单元{strip(room, '室')}室"
            household = by_address[address]
            self.assertEqual(household[column["产权人"]], name)
            consent[answers[answer] if answer else "pending"].append(household[column["建筑面积"]])
        planted = self.figures["consent"]
        self.assertEqual([planted[k] for k in ("households", "agree", "disagree", "pending")],
                         [len(survey), len(consent["agree"]), len(consent["disagree"]), len(consent["pending"])])
        self.assertAlmostEqual(planted["area_agree"], sum(consent["agree"]))
        self.assertAlmostEqual(planted["area_disagree"], sum(consent["disagree"]))
        self.assertAlmostEqual(planted["area_total"], sum(sum(areas) for areas in consent.values()))

        petitions = csv_rows(self.files["信访登记台账.csv"], "gbk")
        self.assertEqual(petitions[2], office_a.PETITION_HEADER)
        self.assertIn("电话", petitions[1])
        cases = petitions[3:]
        month = lambda text: text and typed_date(text).strftime("%Y-%m") == office_a.MONTH
        self.assertEqual(self.figures["petitions"], {"received": sum(1 for row in cases if month(row[2])),
                                                     "closed": sum(1 for row in cases if month(row[11]))})
        self.assertIn("电话", [row[5] for row in cases])


class OfficeBLedgersTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="dongmao-ledgers-")
        self.made = office_b.generate(self.dir)
        self.figures, self.files = self.made["figures"], self.made["files"]

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_figures_from_the_written_ledgers(self):
        book = openpyxl.load_workbook(self.files["住户花名册.xlsx"])
        self.assertEqual(book.sheetnames, [c for c, _, _ in office_b.COMMUNITIES])
        self.assertEqual({name: book[name].max_row - 2 for name in book.sheetnames},
                         self.figures["households_by_community"])
        areas = {row[0]: typed_area(row[7]) for name in book.sheetnames
                 for row in book[name].iter_rows(min_row=3, values_only=True)}
        self.assertEqual(areas, {h.code: h.area for h in self.made["households"]})

        labels = {label: code for code, label in office_b.STAGE_LABELS.items()}
        for name, planted in self.figures["projects"].items():
            rows = sheet_rows(planted["file"])
            self.assertIn("（2026年9月）", rows[0][0])
            stages = [labels[row[6]] for row in rows[2:]]
            signed = [row for row, stage in zip(rows[2:], stages) if stage in office_b.SIGNED]
            self.assertEqual({k: planted[k] for k in ("enrolled", "signed_total", "signed_in_period", "by_stage")}, {
                "enrolled": len(stages), "signed_total": len(signed),
                "signed_in_period": sum(1 for row in signed if typed_date(row[4]).strftime("%Y-%m") == office_b.MONTH),
                "by_stage": count_by(stages, office_b.STAGES)})
            for row in rows[2:]:
                stage, surveyed, signed_on, cents = self.made["enrollments"][(name, row[0])]
                self.assertEqual((labels[row[6]], typed_date(row[3]), row[4] and typed_date(row[4]),
                                  row[5] and typed_cents(row[5])), (stage, surveyed, signed_on, cents))

        rows = sheet_rows(self.files["信访登记表.xlsx"])[2:]
        channels = {label: code for code, forms in office_b.CHANNELS.items() for label in forms}
        received = [row for row in rows if typed_date(row[1]).strftime("%Y-%m") == office_b.MONTH]
        self.assertEqual(self.figures["petitions"], {
            "received": len(received),
            "closed": sum(1 for row in rows if row[7] and typed_date(row[7]).strftime("%Y-%m") == office_b.MONTH),
            "by_channel": count_by([channels[row[4]] for row in received], office_b.CHANNELS)})

        rows = sheet_rows(self.files["各社区统计表.xlsx"])
        self.assertEqual(rows[2][1:3], ["常住人口", "流动人口"])
        data, total = rows[3:-1], rows[-1]
        self.assertEqual(total[0], "合计")
        units = {unit: community for community, _, unit in office_b.COMMUNITIES}
        read = {units[row[0]]: {"常住人口": row[1], "流动人口": row[2], "新增就业": row[3],
                                "垃圾分类参与率": int(row[4].rstrip("%")) / 100} for row in data}
        self.assertEqual(read, self.figures["metrics"])
        self.assertEqual(dict(zip(office_b.INDICATORS, total[1:4])), self.figures["metric_totals"])


class SeedTest(unittest.TestCase):
    """The same seed writes the same cells (an .xlsx also stores when it was written)."""

    def cells(self, directory, generate):
        generate(directory)
        cells = {}
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if name.endswith(".csv"):
                with open(path, "rb") as f:
                    cells[name] = f.read()
            else:
                cells[name] = [sheet_rows(path, sheet) for sheet in openpyxl.load_workbook(path).sheetnames]
        return cells

    def test_same_seed_same_ledgers(self):
        for generate in (office_a.generate, office_b.generate):
            first, second = tempfile.mkdtemp(), tempfile.mkdtemp()
            try:
                self.assertEqual(self.cells(first, generate), self.cells(second, generate))
            finally:
                shutil.rmtree(first, ignore_errors=True)
                shutil.rmtree(second, ignore_errors=True)


class CycleLedgersTest(unittest.TestCase):
    """The cycle's story, counted by hand (see offices/cycle.py)."""

    def test_planted_figures_each_month(self):
        directory = tempfile.mkdtemp(prefix="dongmao-ledgers-")
        try:
            c = cycle.Cycle()
            figures = []
            for m in range(3):
                c.write(m, directory)
                figures.append(c.figures(m))
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        # September: S signed by command (9-29), R (9-10) and one more (9-15) by the ledger.
        # October: T signed (10-12), then vacated by command; R vacated; the newcomer surveyed.
        # November: the newcomer (11-18) and one surveyed household (11-10) signed.
        self.assertEqual([(f["project"]["enrolled"], f["project"]["signed_total"], f["project"]["signed_in_period"],
                           f["project"]["by_stage"]["vacated"]) for f in figures],
                         [(9, 4, 3, 0), (10, 5, 1, 2), (10, 7, 2, 2)])
        self.assertEqual([f["petitions"] for f in figures],
                         [{"received": 6, "closed": 1}, {"received": 4, "closed": 3}, {"received": 4, "closed": 2}])
        self.assertEqual([(f["consent"]["agree"], f["consent"]["disagree"], f["consent"]["pending"]) for f in figures],
                         [(3, 1, 2), (3, 2, 1), (4, 2, 0)])
        self.assertEqual([f["households_by_community"] for f in figures],
                         [{"湖滨社区": 9, "南岸社区": 9, "青石社区": 12}, {"湖滨社区": 10, "南岸社区": 10, "青石社区": 12},
                          {"湖滨社区": 10, "南岸社区": 10, "青石社区": 12}])


if __name__ == "__main__":
    unittest.main()
