"""The ledgers of a third invented office (南塘街道, tests/e2e/offices/office_c.py), whose header
words and value forms neither other office uses: every ledger imports with no mapping file and
the planted figures come out of `report monthly`, `project progress` and the database."""

import unittest

from offices import office_c
from test_offices import OfficeTest


class OfficeCTest(OfficeTest):
    today = office_c.TODAY

    def setUp(self):
        super().setUp()
        self.made = office_c.generate(self.tmp)
        self.figures = self.made["figures"]
        f = self.made["files"]
        self.ws = self.init_ws()
        self.edit_settings(self.ws, [("东茅岭街道", office_c.SUBDISTRICT)])
        self.imports = []
        self.load("communities", f["社区居委会.csv"])
        self.load("grids", f["网格.csv"])
        self.load("households", f["住户基本信息台账.xlsx"])
        self.load("projects", f["征收项目.csv"])
        self.load("enrollments", f["南塘片区征收进度台账.xlsx"], "--project", office_c.PROJECT[1])
        self.load("petitions", f["来访登记簿.xlsx"])
        self.load("metrics", f["重点工作指标.xlsx"], "--month", office_c.MONTH)

    def unmapped(self, file_name):
        return [u["header"] for u in self.summary_of(file_name).get("unmapped", [])]

    def test_every_ledger_imports_without_a_mapping_file(self):
        self.assert_imports_clean()

    def test_households_fill_every_field(self):
        rows = self.sql("SELECT h.code, h.head_name, h.head_id_number, h.phone, c.name, g.name, h.address, h.members, "
                        "h.housing_type, h.floor_area FROM household h LEFT JOIN community c ON c.id = h.community_id "
                        "LEFT JOIN grid g ON g.id = h.grid_id ORDER BY h.code")
        self.assertEqual(rows, [(h.code, h.name, h.id_number, h.phone, h.community, h.grid, h.address, h.members,
                                 h.housing, h.area) for h in self.made["households"]])
        self.assertEqual([u for u in self.unmapped("住户基本信息台账.xlsx") if u != "序号"], [])
        report = self.dm_json("report", "monthly", "--month", office_c.MONTH)
        self.assertEqual(self.households_by_community(report), self.figures["households_by_community"])

    def test_project_named_by_its_name_column(self):
        self.assertEqual(self.sql("SELECT code, name, kind FROM project"), [office_c.PROJECT[:2] + ("expropriation",)])

    def test_enrollments_stages_dates_and_amounts(self):
        rows = self.sql("SELECT h.code, e.stage, e.compensation_cents, "
                        "(SELECT effective_date FROM stage_event s WHERE s.enrollment_id = e.id AND s.stage = 'signed'), "
                        "(SELECT effective_date FROM stage_event s WHERE s.enrollment_id = e.id AND s.stage = 'vacated'), "
                        "(SELECT effective_date FROM stage_event s "
                        " WHERE s.enrollment_id = e.id AND s.stage = 'demolished') "
                        "FROM enrollment e JOIN household h ON h.id = e.household_id ORDER BY h.code")
        iso = lambda d: d.isoformat() if d else None
        self.assertEqual(rows, [(code, stage, cents, iso(signed), iso(vacated), iso(demolished))
                                for code, (stage, signed, vacated, demolished, cents)
                                in sorted(self.made["enrollments"].items())])
        self.assertEqual([u for u in self.unmapped("南塘片区征收进度台账.xlsx") if u != "序号"], [])
        self.assertIn("年份2026取自标题 2026年度南塘片区房屋征收进度台账",
                      self.summary_of("南塘片区征收进度台账.xlsx").get("context", []))

    def test_signed_figures_in_report_and_progress(self):
        planted = self.figures["project"]
        report = self.dm_json("report", "monthly", "--month", office_c.MONTH)
        self.assertEqual(self.project_figures(self.project(report, office_c.PROJECT[1])), planted)
        progress = self.dm_json("project", "progress", office_c.PROJECT[0], "--month", office_c.MONTH)
        self.assertEqual(self.project_figures(progress[0]), planted)

    def test_petitions(self):
        rows = self.sql("SELECT p.case_no, p.received_date, p.channel, c.name, p.category, p.outcome, p.closed_date, "
                        "r.name, r.phone FROM petition p LEFT JOIN community c ON c.id = p.community_id "
                        "LEFT JOIN petitioner r ON r.petition_id = p.id ORDER BY p.case_no")
        iso = lambda d: d.isoformat() if d else None
        self.assertEqual(rows, [(case, received.isoformat(), channel, community, category, outcome, iso(closed),
                                 name, phone)
                                for case, received, channel, name, phone, community, category, outcome, closed
                                in self.made["petitions"]])
        report = self.dm_json("report", "monthly", "--month", office_c.MONTH)["petitions"]
        planted = self.figures["petitions"]
        self.assertEqual({"received": report["received"], "closed": report["closed"],
                          "by_channel": {c: report["by_channel"].get(c, 0) for c in planted["by_channel"]}},
                         planted)

    def test_indicator_sheet_takes_the_month_column(self):
        rows = self.sql("SELECT i.name, i.unit, m.value FROM metric_value m JOIN indicator i ON i.id = m.indicator_id "
                        "WHERE m.month = ? AND m.community_id IS NULL ORDER BY i.name", office_c.MONTH)
        self.assertEqual(rows, sorted((name, unit, float(self.figures["metrics"][name]))
                                      for name, unit in office_c.INDICATORS))


if __name__ == "__main__":
    unittest.main()
