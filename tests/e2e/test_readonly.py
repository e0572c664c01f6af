"""Read-only use: when the workspace directory or database cannot be written (a 0555 directory,
a read-only file, a read-only mount), reading commands open the database read-only (immutable
when not even -wal/-shm can be made) and work; writing commands exit 73 saying why.

Root writes through file modes, so the unwritable cases run dongmao as the user nobody
(setpriv), and the read-only medium is a read-only bind mount in a private mount namespace."""

import json
import os
import shutil
import unittest

import sandbox
from dmtest import DongmaoTest, fixture

READS = [
    ("status",),
    ("report", "monthly", "--month", "2026-11"),
    ("report", "monthly", "--month", "2026-11", "--format", "json"),
    ("household", "list"),
    ("household", "show", "H101"),
    ("petition", "list"),
    ("project", "progress"),
]
REFUSAL = "此命令要写入，无法执行；报表和查询命令仍可使用"


class ReadOnlyTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        shutil.copyfile(fixture("import", "households_bad.csv"), self.path("ledger.csv"))
        code, _, err = self.run_dm("-w", self.ws, "-q", "import", "households", "ledger.csv", "--create-missing",
                                   "--force", "--on-error", "skip")
        self.assertEqual(code, 0, err)
        self.expected = {args: self.ok("-w", self.ws, *args) for args in READS}
        self.db = os.path.join(self.ws, "dongmao.db")

    def listing(self):
        return sorted(os.listdir(self.ws))

    def lock_for_nobody(self, dir_mode, db_mode):
        """The workspace belongs to nobody with these modes; the test directory is searchable."""
        os.chmod(self.tmp, 0o755)
        for name in os.listdir(self.ws):
            os.chown(os.path.join(self.ws, name), sandbox.NOBODY, sandbox.NOBODY)
        os.chown(self.ws, sandbox.NOBODY, sandbox.NOBODY)
        os.chmod(self.db, db_mode)
        os.chmod(self.ws, dir_mode)

    def check_reads(self, run):
        for args in READS:
            code, out, err = run("-w", self.ws, *args)
            self.assertEqual((code, err), (0, ""), args)
            self.assertEqual(out, self.expected[args], args)
        code, out, err = run("-w", self.ws, "-q", "report", "monthly", "--month", "2026-11", "--rollup", self.ws,
                             "--format", "json")
        self.assertEqual((code, err), (0, ""))
        rollup = json.loads(out)
        self.assertEqual((rollup["subdistrict"]["name"], rollup["subdistrict"]["households"]), ("汇总", 3))

    def check_writes_refused(self, run, why):
        for args in (("import", "households", "ledger.csv", "--create-missing"),
                     ("household", "add", "H900", "--name", "王五", "--community", "东茅岭社区")):
            code, out, err = run("-w", self.ws, *args)
            self.assertEqual((code, out), (73, ""), err)
            self.assertEqual(err, f"dongmao: error: {self.ws}: 工作区只读（{why}），{REFUSAL}\n")

    def nobody(self, *args):
        return sandbox.as_nobody(self, *args)

    @unittest.skipUnless(sandbox.can_drop_root(), "needs root and setpriv")
    def test_0555_directory_is_read_immutably(self):
        self.lock_for_nobody(0o555, 0o444)
        self.check_reads(self.nobody)
        self.assertEqual(self.listing(), ["dongmao.db", "dongmao.toml"])
        self.check_writes_refused(self.nobody, f"{self.ws}: 没有写入权限")
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM household"), [(3,)])

    @unittest.skipUnless(sandbox.can_drop_root(), "needs root and setpriv")
    def test_read_only_database_in_a_writable_directory(self):
        self.lock_for_nobody(0o755, 0o444)
        self.check_reads(self.nobody)
        self.check_writes_refused(self.nobody, f"{self.db}: 没有写入权限")

    @unittest.skipUnless(sandbox.can_drop_root(), "needs root and setpriv")
    def test_writable_workspace_still_writes_as_a_user(self):
        self.lock_for_nobody(0o755, 0o644)
        code, out, err = self.nobody("-w", self.ws, "household", "add", "H900", "--name", "王五", "--community",
                                     "东茅岭社区")
        self.assertEqual(code, 0, err)

    @unittest.skipUnless(sandbox.can_mount(), "needs root and unshare -m")
    def test_read_only_mount_is_read_immutably_even_by_root(self):
        def on_ro(*args):
            return sandbox.on_read_only(self, self.ws, *args)
        self.check_reads(on_ro)
        self.check_writes_refused(on_ro, f"{self.ws}: 文件系统只读")
        self.assertEqual(self.listing(), ["dongmao.db", "dongmao.toml"])


if __name__ == "__main__":
    unittest.main()
