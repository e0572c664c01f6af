"""Acceptance of issue #11 on the ledgers of two invented offices, each kept its own way
(tests/e2e/offices): every ledger imports with no mapping file, and the figures planted by
the generators come out of `report monthly`, `project progress` and the database."""

import json
import unittest

from dmtest import DongmaoTest
from offices import office_a, office_b


class OfficeTest(DongmaoTest):
    """Runs dongmao on the office's workspace `ws` with today pinned, keeping each import's
    outcome for the tests to judge."""

    today = None

    def dm(self, *args):
        return self.run_dm("-w", "ws", "--today", self.today, *args)

    def dm_json(self, *args):
        code, out, err = self.dm("--json", *args)
        self.assertEqual(code, 0, f"dongmao {' '.join(args)} failed:\n{err}")
        return json.loads(out)

    def load(self, *args):
        """Runs `dongmao --json import …`; keeps (args, exit code, summary or None, stderr)."""
        code, out, err = self.dm("--json", "import", *args)
        try:
            summary = json.loads(out) if out else None
        except json.JSONDecodeError:
            summary = None
        self.imports.append((args, code, summary, err))
        return summary

    def assert_imports_clean(self):
        for args, code, summary, err in self.imports:
            with self.subTest(ledger=args[1]):
                self.assertEqual(code, 0, f"import {' '.join(args)}: {err}")
                self.assertEqual(summary["rejected"], 0, summary["errors"])
                self.assertEqual(summary["read"], summary["inserted"] + summary["updated"] + summary["unchanged"])

    def summary_of(self, file_name):
        for args, code, summary, err in self.imports:
            if args[1].endswith(file_name):
                self.assertEqual(code, 0, f"import {' '.join(args)}: {err}")
                return summary
        self.fail(f"{file_name} was not imported")

    def sql(self, query, *params):
        return self.query(self.ws, query, *params)

    def households_by_community(self, report):
        return {c["name"]: c["households"] for c in report["communities"]}

    def project(self, report, name):
        found = [p for p in report["projects"] if p["name"] == name]
        self.assertEqual(len(found), 1, f"project {name} in {[p['name'] for p in report['projects']]}")
        return found[0]

    @staticmethod
    def project_figures(p):
        return {key: p[key] for key in ("enrolled", "signed_total", "signed_in_period", "by_stage")}


class OfficeATest(OfficeTest):
    """北湖街道: 所在网格/产权人/房屋坐落, a project ledger without 户号 under a two-row header, a
    consent survey by 楼栋/单元/房号, a GBK petition ledger with a title row."""

    today = office_a.TODAY

    def setUp(self):
        super().setUp()
        self.office, self.files, self.figures = office_a.generate(self.tmp)
        self.ws = self.init_ws()
        self.edit_settings(self.ws, [("东茅岭街道", office_a.SUBDISTRICT)])
        self.imports = []
        f = self.files
        self.load("communities", f["社区.csv"])
        self.load("grids", f["网格.csv"])
        self.load("households", f["住户台账.xlsx"])
        self.load("projects", f["项目.csv"])
        self.load("enrollments", f["湖滨片区征收签约台账.xlsx"], "--project", office_a.ZS[0])
        self.enrolled = self.dm("project", "enroll", office_a.GZ[0], "--community", office_a.GZ_PLACE[0],
                                "--grid", office_a.GZ_PLACE[1], "--date", "2026-10-08")
        self.load("enrollments", f["青石小区改造意愿征询表.xlsx"], "--project", office_a.GZ[0])
        self.load("petitions", f["信访登记台账.csv"])

    def test_every_ledger_imports_without_a_mapping_file(self):
        self.assert_imports_clean()
        self.assertEqual(self.enrolled[0], 0, self.enrolled[2])
        self.assertEqual(self.summary_of("湖滨片区征收签约台账.xlsx")["inserted"], len(self.office.enrollments))

    def test_household_ledger_headers_fill_every_field(self):
        # 所在社区/所在网格/产权人/身份证号码/联系方式/房屋坐落/家庭人口 each name a field: no household
        # is left without its grid.
        rows = self.sql("SELECT h.code, h.head_name, h.head_id_number, h.phone, c.name, g.name, h.address, h.members, "
                        "h.housing_type, h.floor_area FROM household h LEFT JOIN community c ON c.id = h.community_id "
                        "LEFT JOIN grid g ON g.id = h.grid_id ORDER BY h.code")
        ledger_codes = {h.code for h in self.office.households}
        rows = [row for row in rows if row[0] in ledger_codes]
        self.assertEqual(rows, [(h.code, h.name, h.id_number, h.phone, h.community, h.grid, h.address, h.members,
                                 h.housing, h.area) for h in self.office.households])
        # Only a row-number column may be left unmapped.
        unmapped = self.summary_of("住户台账.xlsx").get("unmapped")
        self.assertIsNotNone(unmapped, "no 'unmapped' in the summary")
        self.assertEqual([u["header"] for u in unmapped if u["header"] != "序号"], [])

    def test_households_per_community(self):
        report = self.dm_json("report", "monthly", "--month", office_a.MONTH)
        self.assertEqual(self.households_by_community(report), self.figures["households_by_community"])

    def test_project_ledger_without_code_column_matches_people_by_id(self):
        # Every person of the ledger is one household, found by the head's ID number; the two
        # newcomers are new households, and no ID number is in two households.
        rows = self.sql("SELECT h.head_id_number, h.head_name, e.stage, "
                        "(SELECT count(*) FROM household x WHERE x.head_id_number = h.head_id_number) "
                        "FROM enrollment e JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id WHERE p.code = ? ORDER BY e.id", office_a.ZS[0])
        self.assertEqual(rows, [(e.household.id_number, e.household.name, e.stage, 1) for e in self.office.enrollments])
        known = {h.id_number: h.code for h in self.office.households}
        codes = dict(self.sql("SELECT head_id_number, code FROM household WHERE head_id_number IS NOT NULL"))
        for e in self.office.enrollments:
            if e.household.code:
                self.assertEqual(codes[e.household.id_number], known[e.household.id_number])
        self.assertEqual(self.sql("SELECT count(*) FROM household")[0][0],
                         len(self.office.households) + sum(1 for e in self.office.enrollments if not e.household.code))

    def test_two_row_header_keeps_the_stage_dates(self):
        # 签约情况/日期 is the signing date and 腾房情况/时间 the vacating date: each is a stage event.
        events = self.sql("SELECT h.head_id_number, s.stage, s.effective_date FROM stage_event s "
                          "JOIN enrollment e ON e.id = s.enrollment_id JOIN household h ON h.id = e.household_id "
                          "JOIN project p ON p.id = e.project_id WHERE p.code = ? AND s.stage IN ('signed', 'vacated') "
                          "ORDER BY e.id, s.id", office_a.ZS[0])
        expected = []
        for e in self.office.enrollments:
            if e.signed:
                expected.append((e.household.id_number, "signed", e.signed.isoformat()))
            if e.vacated:
                expected.append((e.household.id_number, "vacated", e.vacated.isoformat()))
        self.assertEqual(events, expected)

    def test_amount_under_signing_group_is_the_compensation(self):
        # 签约情况/金额: the amount agreed at signing, in 元.
        rows = self.sql("SELECT h.head_id_number, e.compensation_cents FROM enrollment e "
                        "JOIN household h ON h.id = e.household_id JOIN project p ON p.id = e.project_id "
                        "WHERE p.code = ? ORDER BY e.id", office_a.ZS[0])
        self.assertEqual(rows, [(e.household.id_number, e.amount * 100 if e.amount else None)
                                for e in self.office.enrollments])

    def test_signed_figures_in_report_and_progress(self):
        planted = self.figures["project"]
        report = self.dm_json("report", "monthly", "--month", office_a.MONTH)
        self.assertEqual(self.project_figures(self.project(report, office_a.ZS[1])), planted)
        progress = self.dm_json("project", "progress", office_a.ZS[0], "--month", office_a.MONTH)
        self.assertEqual(self.project_figures(progress[0]), planted)

    def test_consent_survey_by_flat(self):
        rows = self.sql("SELECT h.code, e.consent FROM enrollment e JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id WHERE p.code = ? ORDER BY h.code", office_a.GZ[0])
        self.assertEqual(rows, sorted(self.office.consent.items()))
        consent = self.dm_json("project", "progress", office_a.GZ[0])[0]["consent"]
        planted = self.figures["consent"]
        self.assertEqual({k: consent[k] for k in ("households", "agree", "disagree", "pending")},
                         {k: planted[k] for k in ("households", "agree", "disagree", "pending")})
        for key in ("area_agree", "area_disagree", "area_total"):
            self.assertAlmostEqual(consent[key], planted[key], places=6, msg=key)

    def test_gbk_petition_ledger_with_title_row(self):
        summary = self.summary_of("信访登记台账.csv")
        self.assertEqual(summary["header_row"], 3)
        rows = self.sql("SELECT p.case_no, p.received_date, p.channel, p.people_count, c.name, p.category, "
                        "p.accepted_date, p.closed_date, p.assignee, r.name, r.phone FROM petition p "
                        "LEFT JOIN community c ON c.id = p.community_id LEFT JOIN petitioner r ON r.petition_id = p.id "
                        "ORDER BY p.case_no")
        iso = lambda d: d.isoformat() if d else None
        self.assertEqual(rows, [(p.case_no, p.received.isoformat(), p.channel, p.people, p.community, p.category,
                                 iso(p.accepted), iso(p.closed), p.assignee, p.petitioner, p.phone)
                                for p in self.office.petitions])
        report = self.dm_json("report", "monthly", "--month", office_a.MONTH)["petitions"]
        self.assertEqual({k: report[k] for k in ("received", "closed")}, self.figures["petitions"])


class OfficeBTest(OfficeTest):
    """西岭街道: projects named but not numbered, one household sheet per community, titles with
    the month, values as staff type them, a statistics sheet with 单位 and 人口情况."""

    today = office_b.TODAY

    def setUp(self):
        super().setUp()
        self.made = office_b.generate(self.tmp)
        self.figures = self.made["figures"]
        f = self.made["files"]
        self.ws = self.init_ws()
        self.edit_settings(self.ws, [("东茅岭街道", office_b.SUBDISTRICT)])
        self.imports = []
        self.load("communities", f["社区名单.csv"])
        for community, _, _ in office_b.COMMUNITIES:
            self.load("households", f["住户花名册.xlsx"], "--sheet", community)
        self.load("projects", f["重点项目.csv"])
        for name, planted in self.figures["projects"].items():
            self.load("enrollments", planted["file"], "--project", name)
        self.load("petitions", f["信访登记表.xlsx"])
        self.load("metrics", f["各社区统计表.xlsx"], "--month", office_b.MONTH)

    def test_every_ledger_imports_without_a_mapping_file(self):
        self.assert_imports_clean()

    def test_one_sheet_per_community(self):
        for args, code, summary, err in self.imports:
            if args[0] == "households":
                self.assertEqual(code, 0, err)
                self.assertIn(f"社区“{args[3]}”取自工作表名", summary.get("context", []))
        rows = self.sql("SELECT h.code, c.name, h.head_name, h.head_id_number, h.phone, h.address, h.members, "
                        "h.housing_type, h.floor_area FROM household h LEFT JOIN community c ON c.id = h.community_id "
                        "ORDER BY h.code")
        self.assertEqual(rows, sorted((h.code, h.community, h.name, h.id_number, h.phone, h.address, h.members,
                                       h.housing, h.area) for h in self.made["households"]))
        report = self.dm_json("report", "monthly", "--month", office_b.MONTH)
        self.assertEqual(self.households_by_community(report), self.figures["households_by_community"])

    def test_projects_keyed_by_name(self):
        rows = self.sql("SELECT name, kind FROM project ORDER BY id")
        self.assertEqual(rows, [("东湖片区棚改", "shantytown"), ("桂花市场收购", "buyout")])
        codes = [code for code, in self.sql("SELECT code FROM project")]
        self.assertTrue(all(codes), codes)
        self.assertEqual(len(set(codes)), 2)

    def test_dates_from_title_year_and_typed_values(self):
        for name in self.figures["projects"]:
            summary = self.summary_of(self.figures["projects"][name]["file"].rsplit("/", 1)[1])
            self.assertIn("年份2026取自标题 （2026年9月）", summary.get("context", []))
        rows = self.sql("SELECT p.name, h.code, e.stage, e.compensation_cents, "
                        "(SELECT effective_date FROM stage_event s "
                        " WHERE s.enrollment_id = e.id AND s.stage = 'surveyed'), "
                        "(SELECT effective_date FROM stage_event s "
                        " WHERE s.enrollment_id = e.id AND s.stage = 'signed') "
                        "FROM enrollment e JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id ORDER BY p.id, h.code")
        iso = lambda d: d.isoformat() if d else None
        self.assertEqual(rows, sorted(((name, code, stage, cents, iso(surveyed), iso(signed))
                                       for (name, code), (stage, surveyed, signed, cents)
                                       in self.made["enrollments"].items()),
                                      key=lambda r: (r[0] != "东湖片区棚改", r[1])))

    def test_signed_per_project(self):
        report = self.dm_json("report", "monthly", "--month", office_b.MONTH)
        for name, planted in self.figures["projects"].items():
            with self.subTest(project=name):
                expected = {k: planted[k] for k in ("enrolled", "signed_total", "signed_in_period", "by_stage")}
                self.assertEqual(self.project_figures(self.project(report, name)), expected)
                progress = self.dm_json("project", "progress", name, "--month", office_b.MONTH)
                self.assertEqual(self.project_figures(progress[0]), expected)

    def test_petitions_received_and_closed(self):
        report = self.dm_json("report", "monthly", "--month", office_b.MONTH)["petitions"]
        planted = self.figures["petitions"]
        self.assertEqual({"received": report["received"], "closed": report["closed"],
                          "by_channel": report["by_channel"]},
                         {"received": planted["received"], "closed": planted["closed"],
                          "by_channel": {c: planted["by_channel"][c] for c in report["by_channel"]}})

    def test_statistics_sheet_unit_is_the_community(self):
        rows = self.sql("SELECT c.name, i.name, m.value FROM metric_value m JOIN indicator i ON i.id = m.indicator_id "
                        "LEFT JOIN community c ON c.id = m.community_id WHERE m.month = ? ORDER BY c.id, i.name",
                        office_b.MONTH)
        expected = [(c, k, float(v)) for c, _, _ in office_b.COMMUNITIES
                    for k, v in sorted(self.figures["metrics"][c].items())]
        self.assertEqual(sorted(rows), sorted(expected))
        report = self.dm_json("report", "monthly", "--month", office_b.MONTH)
        totals = {m["indicator"]: m["value"] for m in report["metrics"] if m["community"] is None}
        self.assertEqual({k: totals.get(k) for k in office_b.INDICATORS},
                         {k: float(v) for k, v in self.figures["metric_totals"].items()})


if __name__ == "__main__":
    unittest.main()
