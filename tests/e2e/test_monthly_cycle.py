"""Acceptance of issue #11: three months of the monthly cycle on 北湖街道's ledgers
(tests/e2e/offices/cycle.py) — a project ledger without 户号, a consent survey by flat, a GBK
petition ledger. Each month staff import the ledgers, then record stages, consent, petition
steps and edits with commands; the next month's ledgers still show some of the old values.
The commands' work survives every re-import, the audit log tells the story, `kept_newer`
names the rows kept, and the figures are those the generator planted.

The cycle runs once for the class; each test judges one part of it."""

import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import unittest

from dmtest import BIN
from offices import cycle, office_a

ZS, GZ = cycle.ZS, cycle.GZ


class MonthlyCycleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="dongmao-cycle-")
        cls.env = {k: v for k, v in os.environ.items() if not k.startswith("DONGMAO_")}
        cls.env.update(DONGMAO_OPERATOR="tester", LANG="C.UTF-8")
        cls.ws = os.path.join(cls.dir, "ws")
        cls.cycle = cycle.Cycle()
        cls.steps = []          # (month, args, exit code, stderr) of every run
        cls.summaries = {}      # (month, ledger) -> import summary
        cls.reports = {}        # month -> report monthly --json
        cls.progress = {}       # (month, project) -> project progress --json, that project
        cls.planted = {}        # month -> the figures planted for that month
        try:
            cls.run_cycle()
        except Exception:
            shutil.rmtree(cls.dir, ignore_errors=True)
            raise

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    @classmethod
    def dm(cls, m, *args):
        """Runs dongmao on the workspace as of month m's last day; returns stdout."""
        proc = subprocess.run([BIN, "-w", cls.ws, "--today", cycle.MONTH_ENDS[m], *args], cwd=cls.dir, env=cls.env,
                              capture_output=True, text=True, timeout=300)
        cls.steps.append((m, args, proc.returncode, proc.stderr))
        return proc.stdout

    @classmethod
    def load(cls, m, ledger, entity, path, *extra):
        out = cls.dm(m, "--json", "import", entity, path, *extra)
        cls.summaries[(m, ledger)] = json.loads(out) if out.startswith("{") else None

    @classmethod
    def run_cycle(cls):
        c = cls.cycle
        subprocess.run([BIN, "init", cls.ws, "--name", office_a.SUBDISTRICT], cwd=cls.dir, env=cls.env,
                       capture_output=True, check=True)
        first = os.path.join(cls.dir, "first")
        os.mkdir(first)
        office_a.write_communities(os.path.join(first, "社区.csv"))
        office_a.write_grids(os.path.join(first, "网格.csv"))
        office_a.write_projects(os.path.join(first, "项目.csv"))
        cls.dm(0, "import", "communities", os.path.join(first, "社区.csv"))
        cls.dm(0, "import", "grids", os.path.join(first, "网格.csv"))
        cls.dm(0, "import", "projects", os.path.join(first, "项目.csv"))
        for m in range(3):
            folder = os.path.join(cls.dir, cycle.MONTHS[m])
            os.mkdir(folder)
            files = c.write(m, folder)
            cls.load(m, "住户台账", "households", files["住户台账.xlsx"])
            cls.load(m, "签约台账", "enrollments", files["签约台账.xlsx"], "--project", ZS)
            if m == 0:
                cls.dm(0, "project", "enroll", GZ, "--community", office_a.GZ_PLACE[0], "--grid",
                       office_a.GZ_PLACE[1], "--date", "2026-09-05")
            cls.load(m, "意愿征询表", "enrollments", files["意愿征询表.xlsx"], "--project", GZ)
            cls.load(m, "信访登记台账", "petitions", files["信访登记台账.csv"])
            cls.record_commands(m)
            cls.planted[m] = c.figures(m)
            cls.reports[m] = json.loads(cls.dm(m, "--json", "report", "monthly", "--month", cycle.MONTHS[m]) or "null")
            for project in (ZS, GZ):
                out = cls.dm(m, "--json", "project", "progress", project, "--month", cycle.MONTHS[m])
                cls.progress[(m, project)] = json.loads(out)[0] if out else None

    @classmethod
    def record_commands(cls, m):
        c = cls.cycle
        s, t = c.project_households[cycle.S].code, c.project_households[cycle.T].code
        p = c.petitions[cycle.P].case_no
        if m == 0:
            cls.dm(0, "household", "stage", s, "已签约", "--project", ZS, "--date", "2026-09-29")
            cls.dm(0, "household", "consent", c.flats[cycle.C].code, "同意", "--project", GZ)
            cls.dm(0, "petition", "accept", p, "--assignee", cycle.P_ASSIGNEE, "--date", cycle.P_ACCEPTED)
            cls.dm(0, "household", "update", c.u.code, "--phone", c.u_phone)
        elif m == 1:
            cls.dm(1, "household", "stage", t, "已腾房", "--project", ZS, "--date", "2026-10-30")
            cls.dm(1, "petition", "answer", p, "--outcome", "解释说明", "--date", cycle.P_ANSWERED)
            cls.dm(1, "petition", "close", p, "--date", cycle.P_CLOSED)

    # Helpers --------------------------------------------------------------------------------

    def sql(self, query, *params):
        con = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        try:
            return con.execute(query, params).fetchall()
        finally:
            con.close()

    def summary(self, m, ledger):
        summary = self.summaries[(m, ledger)]
        self.assertIsNotNone(summary, f"{cycle.MONTHS[m]} {ledger}: the import failed")
        return summary

    def code_of(self, household):
        """The workspace's code of a household of the project ledger (found by ID: newcomers
        get theirs from the import)."""
        rows = self.sql("SELECT code FROM household WHERE head_id_number = ?", household.id_number)
        self.assertEqual(len(rows), 1, f"{household.name}: {rows}")
        return rows[0][0]

    def enrollment(self, project, code):
        return self.sql("SELECT e.stage, e.stage_date, e.compensation_cents, e.consent FROM enrollment e "
                        "JOIN household h ON h.id = e.household_id JOIN project p ON p.id = e.project_id "
                        "WHERE p.code = ? AND h.code = ?", project, code)

    def events(self, project, code):
        return self.sql("SELECT s.stage, s.effective_date, s.operator, s.import_run_id IS NOT NULL FROM stage_event s "
                        "JOIN enrollment e ON e.id = s.enrollment_id JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id WHERE p.code = ? AND h.code = ? "
                        "AND s.stage IN ('signed', 'vacated') ORDER BY s.id", project, code)

    def audits(self, entity, key):
        return [(operator, action, json.loads(changes), by_import) for operator, action, changes, by_import in self.sql(
            "SELECT operator, action, changes, import_run_id IS NOT NULL FROM audit_log "
            "WHERE entity = ? AND entity_key = ? ORDER BY id", entity, key)]

    # The cycle ------------------------------------------------------------------------------

    def test_every_import_and_command_succeeds(self):
        for m, args, code, err in self.steps:
            with self.subTest(month=cycle.MONTHS[m], command=" ".join(args[:4])):
                self.assertEqual(code, 0, err)

    def test_import_counts(self):
        n = len(self.cycle.office.households)  # with the household added in October
        expected = {
            (0, "住户台账"): (n - 1, n - 1, 0), (0, "签约台账"): (9, 9, 0), (0, "意愿征询表"): (6, 0, 3),
            (0, "信访登记台账"): (6, 6, 0),
            (1, "住户台账"): (n, 1, 1), (1, "签约台账"): (10, 1, 2), (1, "意愿征询表"): (6, 0, 1),
            (1, "信访登记台账"): (10, 4, 1),
            (2, "住户台账"): (n, 0, 1), (2, "签约台账"): (10, 0, 3), (2, "意愿征询表"): (6, 0, 1),
            (2, "信访登记台账"): (14, 4, 1),
        }
        for (m, ledger), (read, inserted, updated) in expected.items():
            with self.subTest(month=cycle.MONTHS[m], ledger=ledger):
                s = self.summary(m, ledger)
                self.assertEqual((s["read"], s["inserted"], s["updated"], s["rejected"]), (read, inserted, updated, 0))

    def test_kept_newer_names_the_rows_kept(self):
        for m in range(3):
            for ledger, kept in self.cycle.kept_newer(m).items():
                with self.subTest(month=cycle.MONTHS[m], ledger=ledger):
                    self.assertEqual(self.summary(m, ledger).get("kept_newer"), kept)

    def test_figures_match_the_planted_ones_each_month(self):
        for m in range(3):
            planted = self.planted[m]
            report = self.reports[m]
            with self.subTest(month=cycle.MONTHS[m]):
                self.assertEqual({c["name"]: c["households"] for c in report["communities"]},
                                 planted["households_by_community"])
                project = next(p for p in report["projects"] if p["code"] == ZS)
                keys = ("enrolled", "signed_total", "signed_in_period", "by_stage")
                self.assertEqual({k: project[k] for k in keys}, planted["project"])
                self.assertEqual({k: self.progress[(m, ZS)][k] for k in keys}, planted["project"])
                self.assertEqual({k: report["petitions"][k] for k in ("received", "closed")}, planted["petitions"])
                consent = self.progress[(m, GZ)]["consent"]
                for k in ("households", "agree", "disagree", "pending"):
                    self.assertEqual(consent[k], planted["consent"][k], k)
                for k in ("area_agree", "area_disagree", "area_total"):
                    self.assertAlmostEqual(consent[k], planted["consent"][k], places=6, msg=k)

    def test_commands_work_survives_the_reimports(self):
        c = self.cycle
        s, t = c.project_households[cycle.S].code, c.project_households[cycle.T].code
        self.assertEqual(self.enrollment(ZS, s), [("signed", "2026-09-29", 52000000, None)])
        self.assertEqual(self.enrollment(ZS, t), [("vacated", "2026-10-30", 48000000, None)])
        consent = [self.enrollment(GZ, h.code)[0][3] for h in c.flats]
        self.assertEqual(consent, [truth[2] for truth in cycle.CONSENT_TRUTH])
        case = c.petitions[cycle.P].case_no
        self.assertEqual(self.sql("SELECT status, accepted_date, answered_date, closed_date, outcome, assignee "
                                  "FROM petition WHERE case_no = ?", case),
                         [("closed", cycle.P_ACCEPTED, cycle.P_ANSWERED, cycle.P_CLOSED, "explained",
                           cycle.P_ASSIGNEE)])
        self.assertEqual(self.sql("SELECT action, event_date FROM petition_event e "
                                  "JOIN petition p ON p.id = e.petition_id WHERE p.case_no = ? ORDER BY e.id", case),
                         [("register", "2026-09-20"), ("accept", cycle.P_ACCEPTED), ("answer", cycle.P_ANSWERED),
                          ("close", cycle.P_CLOSED)])
        # The phone set by `household update` survived October's empty cell; the grid left empty
        # in October was not cleared.
        self.assertEqual(self.sql("SELECT h.phone, g.name FROM household h LEFT JOIN grid g ON g.id = h.grid_id "
                                  "WHERE h.code IN (?, ?) ORDER BY h.code", c.u.code, c.v.code),
                         [(c.u_phone, c.u.grid), (c.v.phone, c.v.grid)])

    def test_stage_events_are_recorded_once_with_their_dates(self):
        c = self.cycle
        code = lambda i: c.project_households[i].code
        self.assertEqual(self.events(ZS, code(cycle.S)), [("signed", "2026-09-29", "tester", 0)])
        self.assertEqual(self.events(ZS, code(cycle.T)),
                         [("signed", "2026-10-12", "tester", 1), ("vacated", "2026-10-30", "tester", 0)])
        self.assertEqual(self.events(ZS, code(cycle.R)),
                         [("signed", "2026-09-10", "tester", 1), ("vacated", "2026-10-20", "tester", 1)])
        newcomer = self.code_of(c.project_households[-1])
        self.assertEqual(self.events(ZS, newcomer), [("signed", "2026-11-18", "tester", 1)])

    def test_newcomer_known_by_id_is_one_household(self):
        newcomer = self.cycle.project_households[-1]
        code = self.code_of(newcomer)
        self.assertEqual(self.sql("SELECT h.head_name, c.name, h.address FROM household h "
                                  "LEFT JOIN community c ON c.id = h.community_id WHERE h.code = ?", code),
                         [(newcomer.name, newcomer.community, newcomer.address)])
        self.assertEqual(self.sql("SELECT head_id_number FROM household WHERE head_id_number IS NOT NULL "
                                  "GROUP BY head_id_number HAVING count(*) > 1"), [])

    def test_audit_log_tells_the_story(self):
        c = self.cycle
        code = lambda i: c.project_households[i].code
        flat = lambda i: c.flats[i].code
        enrolled = ("tester", "enroll", {"consent": [None, "pending"], "stage": [None, "surveyed"],
                                         "stage_date": [None, "2026-09-05"]}, False)
        story = {
            ("household", c.u.code): [("tester", "update", {"phone": [c.u_old_phone, c.u_phone]}, False)],
            ("household", c.w.code): [("tester", "update", {"phone": [c.w_old_phone, c.w_phone]}, True)],
            ("household", c.v.code): [],
            ("household", c.x.code): [("tester", "update", {"members": [c.x_old_members, c.x_old_members + 1]}, True)],
            ("enrollment", f"{ZS}/{code(cycle.S)}"): [
                ("tester", "stage", {"stage": ["negotiating", "signed"], "stage_date": [None, "2026-09-29"]}, False),
                ("tester", "update", {"compensation_cents": [None, 52000000]}, True)],
            ("enrollment", f"{ZS}/{code(cycle.T)}"): [
                ("tester", "update", {"compensation_cents": [None, 48000000], "stage": ["negotiating", "signed"],
                                      "stage_date": [None, "2026-10-12"]}, True),
                ("tester", "stage", {"stage": ["signed", "vacated"], "stage_date": ["2026-10-12", "2026-10-30"]},
                 False)],
            ("enrollment", f"{ZS}/{code(cycle.R)}"): [
                ("tester", "update", {"stage": ["signed", "vacated"], "stage_date": ["2026-09-10", "2026-10-20"]},
                 True)],
            ("enrollment", f"{GZ}/{flat(cycle.C)}"): [
                enrolled, ("tester", "consent", {"consent": ["pending", "agree"]}, False)],
            ("enrollment", f"{GZ}/{flat(cycle.D)}"): [
                enrolled, ("tester", "update", {"consent": ["pending", "disagree"]}, True)],
            ("enrollment", f"{GZ}/{flat(2)}"): [
                enrolled, ("tester", "update", {"consent": ["pending", "agree"]}, True)],
            ("petition", c.petitions[cycle.P].case_no): [
                ("tester", "accept", {"accepted_date": [None, cycle.P_ACCEPTED], "assignee": [None, cycle.P_ASSIGNEE],
                                      "status": ["received", "accepted"]}, False),
                ("tester", "answer", {"answered_date": [None, cycle.P_ANSWERED], "outcome": [None, "explained"],
                                      "status": ["accepted", "answered"]}, False),
                ("tester", "close", {"closed_date": [None, cycle.P_CLOSED], "status": ["answered", "closed"]}, False)],
            ("petition", c.petitions[cycle.Q].case_no): [
                ("tester", "update", {"accepted_date": [None, "2026-10-08"], "assignee": [None, "周平"],
                                      "closed_date": [None, "2026-10-25"], "status": ["received", "closed"]}, True)],
        }
        for (entity, key), expected in story.items():
            with self.subTest(entity=entity, key=key):
                self.assertEqual(self.audits(entity, key), expected)
        # One audit row per import run, naming the file.
        runs = self.sql("SELECT count(*) FROM import_run WHERE status = 'committed'")[0][0]
        self.assertEqual(self.sql("SELECT count(*) FROM audit_log WHERE action = 'import'")[0][0], runs)
        self.assertEqual(runs, 3 + 4 * 3)


if __name__ == "__main__":
    unittest.main()
