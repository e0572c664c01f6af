"""Remediation (整治) stages, renovation units (小区, 院落, 片区), organisations' registration
dates and the projects' clearing facts (ahead_days, cleared_position), end to end."""

import json
import os
import sqlite3
import unittest

from dmtest import SCHEMA_VERSION, DongmaoTest


class RemediationUnitsTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.env["DONGMAO_TODAY"] = "2026-12-31"
        self.ws = self.init_ws()
        self.write("c.csv", "社区名称\n东茅岭社区\n")
        self.write("p.csv", "项目编号,项目名称,项目类型,启动日期,完成时限\n"
                            "ZZ,大桥周边整治,整治,2026-11-03,2026-11-30\n"
                            "A1,甲棚改,棚改,2026-03-01,2026-10-31\n"
                            "A2,乙征拆,征拆,2026-03-10,2026-09-30\n"
                            "B1,丙收购,收购,2026-04-01,2026-06-30\n"
                            "GG,明年旧改,老旧小区改造,2027-02-20,2027-12-31\n")
        self.dm("import", "communities", "c.csv")
        self.dm("import", "projects", "p.csv")

    def write(self, name, text, encoding="utf-8"):
        with open(self.path(name), "w", encoding=encoding) as f:
            f.write(text)

    def dm(self, *args, **kwargs):
        return self.ok("-w", self.ws, *args, **kwargs)

    def report(self, period=("--from", "2026-01-01", "--to", "2026-12-31")):
        return json.loads(self.dm("report", "range", *period, "--format", "json"))

    def project(self, report, code):
        return next(p for p in report["projects"] if p["code"] == code)

    def test_remediation_stages_are_read_counted_and_timed(self):
        self.write("e.csv", "户编号,户主,地址,整治进度,整改通知日期,整改完成日期\n"
                            "M1,商户甲,门面1,已整治,2026-11-04,2026-11-10\n"
                            "M2,商户乙,门面2,整改完成,2026-11-04,2026-11-23\n"
                            "M3,商户丙,门面3,已下达整改通知,2026-11-05,\n"
                            "M4,商户丁,门面4,已摸排,,\n")
        out = self.dm("import", "enrollments", "e.csv", "--project", "ZZ")
        self.assertIn("新增4户", out)
        p = self.project(self.report(), "ZZ")
        self.assertEqual(p["by_stage"], {"surveyed": 1, "remediating": 1, "remediated": 2, "withdrawn": 0})
        self.assertEqual((p["remediated_total"], p["last_remediated_on"], p["remediation_days"]), (2, "2026-11-23", 20))
        self.assertEqual((p["signed_total"], p["cleared"], p["ahead_days"]), (0, False, None))
        # November alone, then the one still remediating finishes and the rest too.
        nov = self.project(self.report(("--from", "2026-11-01", "--to", "2026-11-15")), "ZZ")
        self.assertEqual(nov["remediated_in_period"], 1)
        self.dm("household", "stage", "M3", "--project", "ZZ", "已整治", "--date", "2026-11-24")
        self.dm("household", "stage", "M4", "--project", "ZZ", "整改中", "--date", "2026-11-20")
        self.dm("household", "stage", "M4", "--project", "ZZ", "remediated", "--date", "2026-11-22")
        p = self.project(self.report(), "ZZ")
        self.assertEqual((p["remediated_total"], p["cleared"], p["cleared_on"], p["ahead_days"], p["remediation_days"]),
                         (4, True, "2026-11-24", 6, 21))
        progress = json.loads(self.dm("--json", "project", "progress", "ZZ"))
        self.assertEqual(progress[0]["by_stage"], {"surveyed": 0, "remediating": 0, "remediated": 4, "withdrawn": 0})
        text = self.dm("project", "progress", "ZZ")
        self.assertIn("已整治      4 / 4 (100.0%)\n", text)
        self.assertIn("全部整治    是 (2026-11-24，用时 21 天)\n", text)
        self.assertNotIn("签约", text)

    def test_a_stage_of_the_other_path_is_a_row_error(self):
        self.write("e.csv", "户编号,户主,地址,状态,签约日期\n"
                            "M1,商户甲,门面1,已签约,2026-11-10\n"
                            "M2,商户乙,门面2,已整治,\n")
        code, out, err = self.run_dm("-w", self.ws, "import", "enrollments", "e.csv", "--project", "ZZ",
                                     "--on-error", "skip")
        self.assertEqual(code, 0, err)
        self.assertIn("有误1行", out)
        self.assertIn("e.csv：第2行 D列（状态）：已签约不是ZZ（整治项目）的阶段", err)
        self.write("f.csv", "户编号,户主,地址,状态,整改完成日期\nH1,甲,路1,,2026-05-10\n")
        line = self.fails(65, "-w", self.ws, "import", "enrollments", "f.csv", "--project", "A1")
        self.assertIn("f.csv：第2行 E列（整改完成日期）：已整治不是A1（棚改项目）的阶段", line)
        line = self.fails(65, "-w", self.ws, "household", "stage", "M2", "--project", "ZZ", "已签约",
                          "--date", "2026-11-20")
        self.assertEqual(line, "dongmao: error: 已签约不是ZZ（整治项目）的阶段")

    def test_units_are_imported_idempotently_and_reported(self):
        self.write("u.csv", "项目编号,小区名称,类型,户数,投资（万元）,开工日期,竣工验收日期\n"
                            "GG,甲小区,小区,1000,3000,2026-03-01,2026-10-01\n"
                            "GG,乙院落,院落,20,40,2026-03-01,2026-12-20\n"
                            "GG,丙片区,片区,4205,10960,,\n"
                            "ZZ,丁院落,院落,1,1,,\n"
                            "GG,戊小区,楼栋,1,1,,\n")
        code, out, err = self.run_dm("-w", self.ws, "import", "units", "u.csv", "--on-error", "skip")
        self.assertEqual(code, 0, err)
        self.assertIn("读取5行：新增3条", out)
        self.assertIn("u.csv：第5行 A列（项目编号）：项目ZZ是整治项目，不是老旧小区改造项目", err)
        self.assertIn("第6行 C列（类型）", err)
        out = self.dm("import", "units", "u.csv", "--on-error", "skip")
        self.assertIn("新增0条，更新0条，未变3条", out)
        p = self.project(self.report(), "GG")
        self.assertEqual((p["target_households"], p["investment_yuan"]), (5225, 140000000.0))
        self.assertEqual(p["units"]["total"], {"count": 3, "households": 5225, "investment_yuan": 140000000.0,
                                               "accepted": 2, "accepted_in_period": 2})
        self.assertEqual([p["units"][k]["count"] for k in ("compound", "courtyard", "area")], [1, 1, 1])
        dec = self.project(self.report(("--from", "2026-12-01", "--to", "2026-12-31")), "GG")
        self.assertEqual((dec["units"]["courtyard"]["accepted_in_period"], dec["units"]["total"]["accepted_in_period"]),
                         (1, 1))
        self.assertIsNone(self.project(self.report(), "A1")["units"])

    def test_organisations_registered_in_the_period(self):
        self.assertIsNone(self.report()["subdistrict"]["organisations_registered"])
        self.write("o.csv", "单位名称,单位类型,纳税大户,注册日期\n"
                            "甲建工分公司,企业,是,2026-05-01\n"
                            "乙市政分公司,企业,是,2026年9月3日\n"
                            "丙店,个体户,否,2026-02-01\n"
                            "丁公司,企业,是,2025-12-31\n"
                            "戊局,行政企事业单位,否,\n")
        self.dm("import", "organisations", "o.csv")
        got = self.report()["subdistrict"]["organisations_registered"]
        self.assertEqual(got, {"total": 3, "key_taxpayers": 2,
                               "by_kind": {"enterprise": 2, "individual": 1, "institution": 0, "market": 0}})

    def test_ahead_days_and_clearing_order_among_projects_started_the_same_month(self):
        ledger = "户编号,户主,地址,状态,签约日期\n"
        self.write("a1.csv", ledger + "H1,甲,路1,已签约,2026-08-01\nH2,乙,路2,已签约,2026-08-20\n")
        self.write("a2.csv", ledger + "H3,丙,路3,已签约,2026-09-25\n")
        self.write("b1.csv", ledger + "H4,丁,路4,已签约,2026-07-05\n")
        for name, code in (("a1.csv", "A1"), ("a2.csv", "A2"), ("b1.csv", "B1")):
            self.dm("import", "enrollments", name, "--project", code)
        r = self.report()
        facts = {c: (self.project(r, c)["ahead_days"], self.project(r, c)["cleared_position"])
                 for c in ("A1", "A2", "B1", "GG")}
        self.assertEqual(facts, {"A1": (72, 1), "A2": (5, 2), "B1": (-5, 1), "GG": (None, None)})

    def test_a_version_7_workspace_keeps_its_stages_through_the_migration(self):
        self.write("e.csv", "户编号,户主,地址,状态,签约日期\nH1,甲,路1,已签约,2026-08-01\n")
        self.dm("import", "enrollments", "e.csv", "--project", "A1")
        db = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        before = db.execute("SELECT * FROM stage_event").fetchall()
        # Back to version 7's definitions, as an older dongmao left them.
        db.execute("DROP TABLE unit")
        db.execute("DROP TRIGGER household_import_fp_clear")
        db.execute("ALTER TABLE household DROP COLUMN import_fp")
        db.execute("ALTER TABLE organisation DROP COLUMN registration_date")
        db.execute("DROP INDEX petition_households")
        for column in ("subject", "households", "households_approx"):
            db.execute(f"ALTER TABLE petition DROP COLUMN {column}")
        db.execute("PRAGMA user_version = 7")
        db.commit()
        db.close()
        self.assertEqual(self.project(self.report(), "A1")["signed_total"], 1)
        db = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        self.assertEqual(db.execute("PRAGMA user_version").fetchone()[0], SCHEMA_VERSION)
        self.assertEqual(db.execute("SELECT * FROM stage_event").fetchall(), before)
        self.assertEqual(db.execute("PRAGMA foreign_key_check").fetchall(), [])
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")}
        self.assertLessEqual({"enrollment_household", "enrollment_project_stage", "stage_event_date",
                              "stage_event_enrollment"}, indexes)
        db.close()


if __name__ == "__main__":
    unittest.main()
