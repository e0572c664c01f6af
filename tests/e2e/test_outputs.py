"""Outputs: -o and --errors write only to a new or a regular file, never to the input ledger,
under a sanitised default name, 0600 unless [report] file_mode relaxes reports; every failure
to write is 73 (74 for a full disk) with a Chinese message naming the path."""

import os
import shutil
import stat
import subprocess
import unittest

import sandbox
from dmtest import BIN, DongmaoTest, fixture

MONTH = ("report", "monthly", "--month", "2026-11")
NOT_REGULAR = "不是普通文件，不会写入；请给出一个新文件或普通文件的路径"


class OutputTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def dm(self, *args, **kwargs):
        return self.run_dm("-w", self.ws, *args, **kwargs)

    def refused(self, code, *args):
        return self.fails(code, "-w", self.ws, *args)

    def ledger(self, name="ledger.csv"):
        shutil.copyfile(fixture("import", "households_bad.csv"), self.path(name))
        return self.path(name)

    def import_args(self, ledger, errors):
        return ("import", "households", ledger, "--create-missing", "--on-error", "skip", "--errors", errors)

    def device(self, name, minor):
        """A character device of our own (1, minor: /dev/null is 3, /dev/full 7), so a broken
        rule replaces this node rather than the machine's /dev/null."""
        path = self.path(name)
        try:
            os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
        except PermissionError:
            self.skipTest("needs root to make a device node")
        return path

    def mode(self, *parts):
        return stat.S_IMODE(os.stat(self.path(*parts)).st_mode)

    def run_with_umask(self, umask, *args):
        proc = subprocess.run([BIN, "-w", self.ws, *args], cwd=self.tmp, env=self.env, capture_output=True,
                              text=True, preexec_fn=lambda: os.umask(umask))
        self.assertEqual(proc.returncode, 0, proc.stderr)


class RefusedTargetsTest(OutputTest):
    def test_device_is_refused_and_left_a_device(self):
        null = self.device("null", 3)
        self.assertEqual(self.refused(73, *MONTH, "-o", null), f"dongmao: error: {null}: 是设备，{NOT_REGULAR}")
        self.assertTrue(stat.S_ISCHR(os.stat(null).st_mode))
        full = self.device("full", 7)
        self.assertEqual(self.refused(73, *MONTH, "--format", "xlsx", "-o", full),
                         f"dongmao: error: {full}: 是设备，{NOT_REGULAR}")
        self.assertTrue(stat.S_ISCHR(os.stat(full).st_mode))

    def test_fifo_is_refused_without_waiting_for_a_reader(self):
        os.mkfifo(self.path("pipe"))
        self.assertEqual(self.refused(73, *MONTH, "-o", "pipe"), f"dongmao: error: pipe: 是管道（FIFO），{NOT_REGULAR}")
        self.assertTrue(stat.S_ISFIFO(os.lstat(self.path("pipe")).st_mode))
        self.assertEqual(sorted(os.listdir(self.tmp)), ["pipe", "ws"])

    def test_symlink_is_refused_and_its_target_untouched(self):
        with open(self.path("target.md"), "w") as f:
            f.write("kept\n")
        os.symlink("target.md", self.path("link.md"))
        os.symlink("missing.md", self.path("dangling.md"))
        self.assertEqual(self.refused(73, *MONTH, "-o", "link.md"), f"dongmao: error: link.md: 是符号链接，{NOT_REGULAR}")
        self.assertEqual(self.refused(73, *MONTH, "-o", "dangling.md"),
                         f"dongmao: error: dangling.md: 是符号链接，{NOT_REGULAR}")
        self.assertTrue(os.path.islink(self.path("link.md")))
        with open(self.path("target.md")) as f:
            self.assertEqual(f.read(), "kept\n")
        self.assertEqual(sorted(os.listdir(self.tmp)), ["dangling.md", "link.md", "target.md", "ws"])

    def test_symlink_in_an_output_directory_is_refused(self):
        os.mkdir(self.path("out"))
        os.symlink("elsewhere.md", self.path("out", "东茅岭街道-2026-11-月报.md"))
        line = self.refused(73, *MONTH, "-o", "out/")
        self.assertEqual(line, f"dongmao: error: out/东茅岭街道-2026-11-月报.md: 是符号链接，{NOT_REGULAR}")

    def test_report_never_replaces_the_workspace_it_reads(self):
        db = os.path.join(self.ws, "dongmao.db")
        with open(db, "rb") as f:
            before = f.read()
        self.assertEqual(self.refused(73, *MONTH, "-o", db),
                         f"dongmao: error: {db}: 是输入文件 {db} 本身，不会覆盖；请另选一个文件名")
        toml = os.path.join(self.ws, "dongmao.toml")
        self.assertEqual(self.refused(73, *MONTH, "--rollup", self.ws, "-o", toml),
                         f"dongmao: error: {toml}: 是输入文件 {toml} 本身，不会覆盖；请另选一个文件名")
        with open(db, "rb") as f:
            self.assertEqual(f.read(), before)

    def test_regular_file_is_replaced(self):
        with open(self.path("report.md"), "w") as f:
            f.write("old\n")
        self.ok("-w", self.ws, "-q", *MONTH, "-o", "report.md")
        with open(self.path("report.md"), encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("# 东茅岭街道月报"))

    def test_dash_is_standard_output(self):
        out = self.ok("-w", self.ws, *MONTH, "-o", "-")
        self.assertTrue(out.startswith("# 东茅岭街道月报（2026-11-01 至 2026-11-30）\n"), out[:80])
        self.assertEqual(sorted(os.listdir(self.tmp)), ["ws"])
        self.assertEqual(self.refused(64, *MONTH, "--format", "xlsx", "-o", "-"),
                         "dongmao: error: --format xlsx 须用 -o 文件 或 -o 目录")


class ErrorsFileTest(OutputTest):
    def test_errors_naming_the_input_is_refused_before_importing(self):
        ledger = self.ledger()
        with open(ledger, "rb") as f:
            before = f.read()
        line = self.refused(73, *self.import_args(ledger, ledger))
        self.assertEqual(line, f"dongmao: error: {ledger}: 是输入文件 {ledger} 本身，不会覆盖；请另选一个文件名")
        with open(ledger, "rb") as f:
            self.assertEqual(f.read(), before)
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM household"), [(0,)])

    def test_errors_naming_a_hard_link_to_the_input_is_refused(self):
        ledger = self.ledger()
        os.link(ledger, self.path("same.csv"))
        line = self.refused(73, *self.import_args("ledger.csv", "same.csv"))
        self.assertEqual(line, "dongmao: error: same.csv: 是输入文件 ledger.csv 本身，不会覆盖；请另选一个文件名")

    def test_errors_to_a_device_or_symlink_or_stdout_is_refused(self):
        self.ledger()
        null = self.device("null", 3)
        self.assertEqual(self.refused(73, *self.import_args("ledger.csv", null)),
                         f"dongmao: error: {null}: 是设备，{NOT_REGULAR}")
        self.assertTrue(stat.S_ISCHR(os.stat(null).st_mode))
        os.symlink("ledger.csv", self.path("errors.csv"))
        self.assertEqual(self.refused(73, *self.import_args("ledger.csv", "errors.csv")),
                         f"dongmao: error: errors.csv: 是符号链接，{NOT_REGULAR}")
        self.assertEqual(self.refused(64, *self.import_args("ledger.csv", "-")),
                         "dongmao: error: --errors -：有误的行要写入文件，不能写到标准输出")
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM household"), [(0,)])

    def test_errors_file_is_private_whatever_the_umask_and_file_mode(self):
        self.ledger()
        self.edit_settings(self.ws, append='\n[report]\nfile_mode = "0644"\n')
        code, _, err = self.run_dm("-w", self.ws, *self.import_args("ledger.csv", "bad.csv"))
        self.assertEqual(code, 0, err)
        self.assertEqual(self.mode("bad.csv"), 0o600)
        self.run_with_umask(0, *self.import_args("ledger.csv", "bad.xlsx"))
        self.assertEqual(self.mode("bad.xlsx"), 0o600)


class FileNameAndModeTest(OutputTest):
    def test_default_name_cannot_leave_the_directory(self):
        self.edit_settings(self.ws, replace=[('name = "东茅岭街道"', 'name = "../../东\\u001b茅岭\\u202e街道"')])
        os.mkdir(self.path("out"))
        self.ok("-w", self.ws, "-q", *MONTH, "-o", "out/")
        self.ok("-w", self.ws, "-q", *MONTH, "--format", "csv", "--section", "projects", "-o", "out/")
        self.assertEqual(sorted(os.listdir(self.path("out"))),
                         ["_.__._东_茅岭街道-2026-11-月报-projects.csv", "_.__._东_茅岭街道-2026-11-月报.md"])
        self.assertEqual(sorted(os.listdir(self.tmp)), ["out", "ws"])

    def test_reports_are_0600_whatever_the_umask(self):
        for fmt in ("md", "html", "json", "xlsx"):
            self.run_with_umask(0, *MONTH, "--format", fmt, "-o", f"r.{fmt}")
            self.assertEqual(self.mode(f"r.{fmt}"), 0o600, fmt)

    def test_file_mode_setting_relaxes_reports_only(self):
        self.edit_settings(self.ws, append='\n[report]\nfile_mode = "0644"\n')
        for fmt in ("md", "xlsx"):
            self.run_with_umask(0o077, *MONTH, "--format", fmt, "-o", f"dir/r.{fmt}")
            self.assertEqual(self.mode("dir", f"r.{fmt}"), 0o644, fmt)


class WriteFailureTest(OutputTest):
    def test_full_standard_output_is_74(self):
        with open("/dev/full", "w") as full:
            proc = subprocess.run([BIN, "-w", self.ws, *MONTH], stdout=full, stderr=subprocess.PIPE, text=True,
                                  env=self.env, cwd=self.tmp)
        self.assertEqual(proc.returncode, 74)
        self.assertEqual(proc.stderr, "dongmao: error: 标准输出: 无法写入：磁盘已满\n")

    @unittest.skipUnless(sandbox.can_mount(), "needs root and unshare -m")
    def test_full_disk_is_74_naming_the_file_and_leaves_nothing(self):
        os.mkdir(self.path("disk"))
        for fmt in ("html", "xlsx"):
            code, _, err, left = sandbox.on_full_disk(self, "disk", 24576, 4096, "-w", self.ws, *MONTH,
                                                      "--format", fmt, "-o", f"disk/report.{fmt}")
            self.assertEqual((code, err), (74, f"dongmao: error: disk/report.{fmt}: 无法写入：磁盘已满\n"), fmt)
            self.assertEqual(left, ["filler"])

    @unittest.skipUnless(sandbox.can_mount(), "needs root and unshare -m")
    def test_full_disk_for_the_errors_file_is_74(self):
        self.ledger()
        os.mkdir(self.path("disk"))
        code, _, err, left = sandbox.on_full_disk(self, "disk", 24576, 0, "-w", self.ws,
                                                  *self.import_args("ledger.csv", "disk/bad.xlsx"))
        self.assertEqual(code, 74)
        self.assertEqual(err.splitlines()[-1], "dongmao: error: disk/bad.xlsx: 无法写入：磁盘已满")
        self.assertNotIn("[ERROR]", err)
        self.assertEqual(left, ["filler"])

    @unittest.skipUnless(sandbox.can_mount(), "needs root and unshare -m")
    def test_full_disk_under_the_workspace_is_74_and_imports_nothing(self):
        with open(self.path("many.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,社区,地址\n")
            for i in range(20000):
                f.write(f"H{i:05d},住户{i},东茅岭社区,东茅岭路{i}号附近的一处很长的地址用来占用空间\n")
        os.mkdir(self.path("disk"))
        code, _, err, left = sandbox.on_full_disk(self, "disk", 4 << 20, 256 << 10, "-w", "disk", "import",
                                                  "households", "many.csv", "--create-missing", seed=self.ws)
        self.assertEqual((code, err), (74, "dongmao: error: disk/dongmao.db: 无法写入：磁盘已满；未提交的更改已撤销\n"))
        self.assertEqual(left, ["dongmao.db", "dongmao.toml", "filler"])

    @unittest.skipUnless(sandbox.can_mount(), "needs root and unshare -m")
    def test_read_only_directory_is_73(self):
        os.mkdir(self.path("ro"))
        code, _, err = sandbox.on_read_only(self, "ro", "-w", self.ws, *MONTH, "-o", "ro/report.md")
        self.assertEqual((code, err), (73, "dongmao: error: ro/report.md: 无法创建：文件系统只读\n"))
        code, _, err = sandbox.on_read_only(self, "ro", "-w", self.ws, *MONTH, "--format", "xlsx", "-o", "ro/sub/")
        self.assertEqual((code, err), (73, "dongmao: error: ro/sub: 无法创建目录：文件系统只读\n"))

    @unittest.skipUnless(sandbox.can_drop_root(), "needs root and setpriv")
    def test_unwritable_directory_as_a_user_is_73(self):
        os.chmod(self.tmp, 0o755)
        os.mkdir(self.path("closed"), 0o755)
        self.edit_settings(self.ws)
        os.chmod(self.ws, 0o777)
        os.chmod(os.path.join(self.ws, "dongmao.db"), 0o666)
        code, _, err = sandbox.as_nobody(self, "-w", self.ws, *MONTH, "-o", "closed/report.md")
        self.assertEqual((code, err), (73, "dongmao: error: closed/report.md: 无法创建：权限不足\n"))

    @unittest.skipUnless(sandbox.can_drop_root(), "needs root and setpriv")
    def test_init_where_the_user_cannot_look_is_73(self):
        os.chmod(self.tmp, 0o755)
        os.mkdir(self.path("private"), 0o700)
        code, _, err = sandbox.as_nobody(self, "init", "private/ws", "--name", "东茅岭街道")
        self.assertEqual((code, err), (73, "dongmao: error: private/ws/dongmao.toml: 无法访问：权限不足\n"))


if __name__ == "__main__":
    unittest.main()
