"""Ledgers read from standard input, a pipe or a FIFO: read once, whole, never opened twice."""

import os
import subprocess
import threading
import unittest

from dmtest import BIN, DongmaoTest, fixture

COMMUNITIES = "社区名称,社区代码\n东茅岭社区,001\n柴家山社区,002\n"


class StdinTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def pipe(self, data, *args):
        proc = subprocess.run([BIN, "-w", self.ws, "--json", *args], input=data, cwd=self.tmp, env=self.env,
                              capture_output=True, timeout=60)
        return proc.returncode, proc.stdout.decode(), proc.stderr.decode()

    def communities(self):
        return self.query(self.ws, "SELECT name, code FROM community ORDER BY code")

    def test_dash_reads_standard_input(self):
        code, out, err = self.pipe(COMMUNITIES.encode(), "import", "communities", "-")
        self.assertEqual(code, 0, err)
        self.assertIn('"file":"标准输入"', out.replace(" ", ""))
        self.assertEqual(self.communities(), [("东茅岭社区", "001"), ("柴家山社区", "002")])

    def test_reader_errors_name_standard_input_not_the_private_copy(self):
        with open(fixture("kinds", "word.xls"), "rb") as f:
            code, _, err = self.pipe(f.read(), "import", "households", "-")
        self.assertEqual((code, err.strip()), (65, "dongmao: error: 标准输入：是 Word 文档，不是工作簿；请把表格复制到 Excel 或 "
                                                   "WPS 表格中另存为 .xlsx"))
        code, _, err = self.pipe(b"PK\x03\x04 not a zip", "import", "households", "-")
        self.assertEqual((code, err.strip()), (65, "dongmao: error: 标准输入：不是可读的 .xlsx 工作簿（Not a zip "
                                                   "archive）"))
        code, _, err = self.pipe(b"\xef\xbb\xbf", "import", "households", "-")
        self.assertEqual((code, err.strip()), (65, "dongmao: error: 标准输入：文件是空的，没有可导入的内容"))

    def test_dev_stdin_keeps_its_first_bytes(self):
        # A header longer than 512 bytes: nothing read to sniff the file's kind is lost.
        data = ("社区名称,社区代码," + ",".join(f"备注{i}" for i in range(120)) + "\n东茅岭社区,001" +
                "," * 120 + "\n").encode()
        self.assertGreater(len(data.split(b"\n")[0]), 512)
        code, _, err = self.pipe(data, "import", "communities", "/dev/stdin")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.communities(), [("东茅岭社区", "001")])

    def test_workbook_through_a_pipe(self):
        with open(fixture("import", "households_sums.xlsx"), "rb") as f:
            data = f.read()
        self.assertEqual(self.pipe(COMMUNITIES.encode(), "import", "communities", "-")[0], 0)
        code, out, err = self.pipe(data, "import", "households", "-")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.query(self.ws, "SELECT code, members FROM household ORDER BY code"),
                         [("H001", 3), ("H002", 2)])

    def test_fifo_with_a_one_shot_writer(self):
        fifo = self.path("ledger.csv")
        os.mkfifo(fifo)

        def write_once():
            with open(fifo, "w", encoding="utf-8") as f:
                f.write(COMMUNITIES)

        writer = threading.Thread(target=write_once, daemon=True)
        writer.start()
        proc = subprocess.run([BIN, "-w", self.ws, "import", "communities", fifo], cwd=self.tmp, env=self.env,
                              capture_output=True, text=True, timeout=30)
        writer.join(timeout=5)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(self.communities(), [("东茅岭社区", "001"), ("柴家山社区", "002")])

    def test_no_private_copy_is_left_behind(self):
        before = set(os.listdir("/tmp"))
        self.pipe(b"not,a,ledger\n", "import", "communities", "-")
        leftovers = [name for name in set(os.listdir("/tmp")) - before if name.startswith("dongmao-input-")]
        self.assertEqual(leftovers, [])


if __name__ == "__main__":
    unittest.main()
