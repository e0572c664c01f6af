"""One exit code per kind of mistake, in every command (README, "For scripts and cron"):
a value typed in the wrong form — a bad date, month, date range or a word not in its list —
is a usage error (64); a code or name the workspace does not know is bad input data (65).
Every command and subcommand that takes a date, a month, a range or a record code is fed
2026-13-01, 2026-13 and NOPE on the small workspace of ledgers.py (plus one petition case),
and must refuse with the one code, one "dongmao: error:" line first, and write nothing."""

import os
import shutil
import tempfile
import unittest

from dmtest import BIN, DongmaoTest
from ledgers import COMMUNITIES, GRIDS, HOUSEHOLDS, JHS2_LEDGER, PROJECTS, TODAY

USAGE = 64
DATA = 65

BAD_DATE = "2026-13-01"
BAD_MONTH = "2026-13"
NOPE = "NOPE"
CASE = "XF2026-0001"  # the one petition case of the workspace

# The arguments a petition step needs besides CASE and --date.
STEPS = {
    "accept": [],
    "decline": ["--reason", "不属于受理范围"],
    "extend": ["--days", "10", "--reason", "涉及多个部门"],
    "answer": ["--outcome", "支持"],
    "review": [],
    "recheck": [],
    "close": [],
    "reopen": [],
}

BAD_DATES = [
    ["household", "list", "--signed", BAD_DATE],
    ["household", "list", "--vacated", BAD_DATE],
    ["household", "list", "--demolished", BAD_DATE],
    ["household", "stage", "H002", "signed", "--project", "JHS2", "--date", BAD_DATE],
    ["project", "add", "X1", "--name", "某项目", "--kind", "建设", "--start", BAD_DATE],
    ["project", "add", "X1", "--name", "某项目", "--kind", "建设", "--due", BAD_DATE],
    ["project", "update", "DQ", "--start", BAD_DATE],
    ["project", "update", "DQ", "--due", BAD_DATE],
    ["project", "enroll", "DQ", "H004", "--date", BAD_DATE],
    ["project", "progress", "--from", BAD_DATE, "--to", "2026-11-30"],
    ["project", "progress", "JHS2", "--from", "2026-11-01", "--to", BAD_DATE],
    ["project", "milestone", "add", "GD", "验收备案", "--due", BAD_DATE],
    ["project", "milestone", "done", "GD", "政策宣传", "--date", BAD_DATE],
    ["project", "milestone", "update", "GD", "政策宣传", "--due", BAD_DATE],
    ["petition", "add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区", "--received", BAD_DATE],
    ["petition", "list", "--from", BAD_DATE],
    ["petition", "list", "--to", BAD_DATE],
    ["petition", "incidents", "--from", BAD_DATE],
    ["petition", "incidents", "--to", BAD_DATE],
    *[["petition", step, CASE, "--date", BAD_DATE, *extra] for step, extra in STEPS.items()],
    ["report", "range", "--from", BAD_DATE, "--to", "2026-11-30"],
    ["report", "range", "--from", "2026-11-01", "--to", BAD_DATE],
]

BAD_MONTHS = [
    ["household", "list", "--signed", BAD_MONTH],
    ["household", "list", "--vacated", BAD_MONTH],
    ["household", "list", "--demolished", BAD_MONTH],
    ["project", "progress", "--month", BAD_MONTH],
    ["project", "progress", "JHS2", "--month", BAD_MONTH],
    ["import", "metrics", "metrics.csv", "--month", BAD_MONTH],
    ["report", "monthly", "--month", BAD_MONTH],
]

BAD_RANGES = [
    ["household", "list", "--signed", "2026-11-30..2026-11-01"],
    ["household", "list", "--signed", ".."],
    ["project", "progress", "--from", "2026-11-30", "--to", "2026-11-01"],
    ["project", "progress", "--month", "this", "--from", "2026-11-01", "--to", "2026-11-30"],
    ["project", "progress", "--from", "2026-11-01"],
    ["report", "range", "--from", "2026-11-30", "--to", "2026-11-01"],
]

BAD_WORDS = [
    ["household", "list", "--stage", NOPE],
    ["household", "list", "--sort", NOPE],
    ["household", "list", "--format", NOPE],
    ["household", "stage", "H002", NOPE, "--project", "JHS2"],
    ["household", "consent", "H001", NOPE, "--project", "GD"],
    ["household", "add", "H009", "--housing-type", NOPE],
    ["household", "update", "H001", "--members", NOPE],
    ["project", "list", "--kind", NOPE],
    ["project", "list", "--status", NOPE],
    ["project", "add", "X1", "--name", "某项目", "--kind", NOPE],
    ["project", "update", "DQ", "--status", NOPE],
    ["petition", "list", "--status", NOPE],
    ["petition", "list", "--channel", NOPE],
    ["petition", "add", "--channel", NOPE, "--category", "其他", "--community", "东茅岭社区"],
    ["petition", "answer", CASE, "--outcome", NOPE],
    ["petition", "add", "--channel", "来电", "--category", "非正常死亡", "--community", "东茅岭社区",
     "--reported-at", BAD_DATE + " 08:00"],
    ["report", "monthly", "--format", NOPE],
    ["import", NOPE, "ledger.csv"],
]

UNKNOWN_CODES = [
    ["household", "show", NOPE],
    ["household", "history", NOPE],
    ["household", "update", NOPE, "--note", "备注"],
    ["household", "stage", NOPE, "signed", "--project", "JHS2"],
    ["household", "stage", "H002", "signed", "--project", NOPE],
    ["household", "consent", NOPE, "agree", "--project", "GD"],
    ["household", "consent", "H001", "agree", "--project", NOPE],
    ["household", "list", "--project", NOPE],
    ["household", "list", "--community", NOPE],
    ["household", "list", "--grid", NOPE],
    ["household", "add", "H009", "--community", NOPE],
    ["project", "show", NOPE],
    ["project", "update", NOPE, "--note", "备注"],
    ["project", "add", "X1", "--name", "某项目", "--kind", "建设", "--community", NOPE],
    ["project", "list", "--community", NOPE],
    ["project", "enroll", NOPE, "H004"],
    ["project", "enroll", "DQ", NOPE],
    ["project", "progress", NOPE],
    ["project", "milestone", "add", NOPE, "验收备案"],
    ["project", "milestone", "done", NOPE, "政策宣传"],
    ["project", "milestone", "done", "GD", NOPE],
    ["project", "milestone", "update", "GD", NOPE, "--due", "2026-12-31"],
    ["project", "milestone", "list", NOPE],
    ["petition", "show", NOPE],
    *[["petition", step, NOPE, *extra] for step, extra in STEPS.items()],
    ["petition", "list", "--project", NOPE],
    ["petition", "list", "--community", NOPE],
    ["petition", "list", "--category", NOPE],
    ["petition", "list", "--period", NOPE],
    ["petition", "add", "--channel", "来访", "--category", NOPE, "--community", "东茅岭社区"],
    ["petition", "add", "--channel", "来访", "--category", "其他", "--community", NOPE],
    ["petition", "add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区", "--project", NOPE],
    ["petition", "add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区", "--household", NOPE],
    ["petition", "add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区", "--repeat-of", NOPE],
    ["import", "enrollments", "jhs2.csv", "--project", NOPE],
]

# The tables a refused command must leave as they were.
TABLES = ("community", "grid", "household", "project", "enrollment", "stage_event", "milestone", "petition",
          "petition_event", "metric_value", "import_run", "audit_log")


class ExitCodeTest(DongmaoTest):
    """Each test runs its commands on a copy of one workspace, built once."""

    @classmethod
    def setUpClass(cls):
        cls.shared = tempfile.mkdtemp(prefix="dongmao-e2e-exit-")
        builder = DongmaoTest()
        builder.tmp = cls.shared
        builder.env = {k: v for k, v in os.environ.items() if not k.startswith("DONGMAO_")}
        builder.env.update({"DONGMAO_OPERATOR": "tester", "DONGMAO_TODAY": TODAY, "LANG": "C.UTF-8"})
        builder.init_ws()
        for entity, text in (("communities", COMMUNITIES), ("grids", GRIDS), ("households", HOUSEHOLDS),
                             ("projects", PROJECTS)):
            cls.write(entity + ".csv", text)
            builder.ok("-w", "ws", "-q", "import", entity, entity + ".csv")
        cls.write("jhs2.csv", JHS2_LEDGER)
        builder.ok("-w", "ws", "-q", "import", "enrollments", "jhs2.csv", "--project", "JHS2")
        builder.ok("-w", "ws", "-q", "petition", "add", "--channel", "来访", "--category", "其他",
                   "--community", "东茅岭社区", "--received", "2026-11-02")
        assert builder.query(os.path.join(cls.shared, "ws"), "SELECT case_no FROM petition") == [(CASE,)]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.shared, ignore_errors=True)

    @classmethod
    def write(cls, name, text):
        with open(os.path.join(cls.shared, name), "w", encoding="utf-8") as f:
            f.write(text)

    def setUp(self):
        super().setUp()
        for name in os.listdir(self.shared):
            source = os.path.join(self.shared, name)
            (shutil.copytree if os.path.isdir(source) else shutil.copyfile)(source, self.path(name))
        self.ws = self.path("ws")

    def snapshot(self):
        return {table: self.query(self.ws, f"SELECT * FROM {table} ORDER BY id") for table in TABLES}

    def assert_refused(self, code, commands):
        """Runs each command on the workspace with today pinned; each must exit `code`, say
        why first on stderr as "dongmao: error: …", and write nothing."""
        before = self.snapshot()
        for args in commands:
            with self.subTest(command=" ".join(args)):
                got, out, err = self.run_dm("-w", "ws", "--today", TODAY, *args)
                self.assertEqual(got, code, f"stdout={out!r} stderr={err!r}")
                self.assertTrue(err.startswith("dongmao: error: "), err)
        self.assertEqual(self.snapshot(), before)

    def test_bad_date_is_a_usage_error(self):
        self.assert_refused(USAGE, BAD_DATES)

    def test_bad_month_is_a_usage_error(self):
        self.assert_refused(USAGE, BAD_MONTHS)

    def test_bad_range_is_a_usage_error(self):
        self.assert_refused(USAGE, BAD_RANGES)

    def test_word_not_in_its_list_is_a_usage_error(self):
        self.assert_refused(USAGE, BAD_WORDS)

    def test_bad_today_is_a_usage_error_in_every_command(self):
        for args in (["status"], ["household", "list"], ["project", "progress"], ["petition", "overdue"],
                     ["report", "monthly"], ["import", "households", "households.csv"]):
            with self.subTest(command=" ".join(args)):
                self.assertEqual(self.fails(USAGE, "-w", "ws", "--today", BAD_DATE, *args),
                                 f"dongmao: error: --today：“{BAD_DATE}”不是 YYYY-MM-DD 格式的日期")

    def test_unknown_code_is_bad_data(self):
        self.assert_refused(DATA, UNKNOWN_CODES)

    def test_messages_name_the_flag_and_the_value(self):
        def message(*args):
            return self.fails(USAGE, "-w", "ws", "--today", TODAY, *args)[len("dongmao: error: "):]

        self.assertEqual(message("project", "progress", "--month", BAD_MONTH),
                         f"--month：“{BAD_MONTH}”不是 this、last 或 YYYY-MM")
        self.assertEqual(message("report", "monthly", "--month", BAD_MONTH),
                         f"--month：“{BAD_MONTH}”不是 this、last 或 YYYY-MM")
        self.assertEqual(message("project", "progress", "--from", BAD_DATE, "--to", "2026-11-30"),
                         f"--from：“{BAD_DATE}”不是 YYYY-MM-DD 格式的日期")
        self.assertEqual(message("report", "range", "--from", BAD_DATE, "--to", "2026-11-30"),
                         f"--from：“{BAD_DATE}”不是 YYYY-MM-DD 格式的日期")
        self.assertEqual(message("petition", "list", "--from", BAD_DATE),
                         f"--from：“{BAD_DATE}”不是 YYYY-MM-DD 格式的日期")
        self.assertEqual(message("project", "milestone", "done", "GD", "政策宣传", "--date", BAD_DATE),
                         f"--date：“{BAD_DATE}”不是 YYYY-MM-DD 格式的日期")
        self.assertEqual(message("household", "list", "--signed", BAD_MONTH),
                         f"--signed：“{BAD_MONTH}”不是日期范围（D、D1..D2、..D、D.. 或 YYYY-MM，日期为 YYYY-MM-DD）")
        self.assertEqual(message("project", "add", "X1", "--name", "某项目", "--kind", "建设", "--due", BAD_DATE),
                         f"--due: “{BAD_DATE}”不是有效日期")


if __name__ == "__main__":
    unittest.main()
