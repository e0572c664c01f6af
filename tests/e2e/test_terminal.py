"""On a terminal dongmao draws an import's progress bar, colours overdue rows and errors, and
fits tables to the width; piped, under cron, -q or NO_COLOR it does none of that. The terminal
is a pseudo-terminal (os.openpty), so these tests run anywhere."""

import fcntl
import os
import re
import struct
import subprocess
import termios
import unicodedata

from dmtest import BIN, DongmaoTest, fixture

COLOUR = re.compile(r"\x1b\[\d+m")
TODAY = "2026-12-31"  # petitions.csv then has three cases overdue


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class TerminalTest(DongmaoTest):

    def setUp(self):
        super().setUp()
        self.env["DONGMAO_TODAY"] = TODAY
        self.env.pop("NO_COLOR", None)
        self.env.pop("COLUMNS", None)
        self.env["TERM"] = "xterm"
        self.init_ws()
        self.env["DONGMAO_WORKSPACE"] = self.path("ws")
        self.ok("-q", "import", "communities", fixture("import", "communities.csv"))
        self.ok("-q", "import", "petitions", fixture("import", "petitions.csv"))
        self.ledger = self.path("households.csv")
        with open(self.ledger, "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,社区,地址\n")
            for i in range(20000):
                f.write(f"H{i:05},住户{i},东茅岭社区,东茅岭路{i}号一个很长的地址用来测试表格截断的宽度\n")

    def on_tty(self, *args, env=None, columns=100):
        """Runs dongmao with standard output and error on one pseudo-terminal `columns` wide;
        returns (exit code, everything it wrote, "\\r\\n" as the terminal made it)."""
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        run_env = dict(self.env, **(env or {}))
        proc = subprocess.Popen([BIN, *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
                                cwd=self.tmp, env=run_env)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        return proc.wait(timeout=300), b"".join(chunks).decode("utf-8")

    def test_import_draws_a_bar_to_100_percent_then_clears_it(self):
        code, text = self.on_tty("import", "households", self.ledger)
        self.assertEqual(code, 0, text)
        frames = [frame for frame in text.split("\r\x1b[K") if "%" in frame]
        self.assertTrue(frames, text)
        last = frames[-1]
        self.assertRegex(last, r"^\[#{10,}\] 100%  20000行")
        self.assertRegex(last, r"\d+行/秒")
        for frame in frames:
            self.assertRegex(frame, r"^\[[#-]+\] +\d+%  \d+行")
        # Cleared before the summary: the summary line starts on a clean line.
        self.assertRegex(text, r"\r\x1b\[K\S*households\.csv：读取20000行")

    def test_no_bar_piped_under_q_or_json(self):
        code, out, err = self.run_dm("import", "households", self.ledger)
        self.assertEqual(code, 0, err)
        self.assertNotIn("%", err)
        self.assertNotIn("\r", err + out)
        self.assertNotIn("\x1b", err + out)
        for flag in ("-q", "--json"):
            code, text = self.on_tty(flag, "import", "households", self.ledger)
            self.assertEqual(code, 0, text)
            self.assertNotIn("%", text.replace('"', ""), flag)
            self.assertNotIn("\x1b[K", text, flag)

    def test_overdue_rows_and_errors_are_red_on_a_terminal(self):
        code, text = self.on_tty("petition", "list")
        self.assertEqual(code, 0, text)
        self.assertIn("\x1b[31mXF2026003", text)
        self.assertIn("\x1b[0m", text)
        self.assertNotIn("\x1b[31mXF2026001", text)  # closed: plain
        code, text = self.on_tty("petition", "overdue")
        self.assertEqual(code, 0, text)
        self.assertEqual(len(re.findall(r"\x1b\[31mXF", text)), 3)
        code, text = self.on_tty("household", "show", "NOPE")
        self.assertEqual(code, 65, text)
        self.assertTrue(text.startswith("\x1b[31mdongmao: error:\x1b[0m "), text)

    def test_no_colour_with_no_color_or_never(self):
        for env, args in (({"NO_COLOR": ""}, []), ({"NO_COLOR": "1"}, []), ({}, ["--color", "never"]),
                          ({"TERM": "dumb"}, [])):
            for command in (["petition", "list"], ["petition", "overdue"], ["household", "show", "NOPE"]):
                _, text = self.on_tty(*args, *command, env=env)
                self.assertIsNone(COLOUR.search(text), (env, args, command, text))
        # NO_COLOR is about colour: the progress bar stays.
        code, text = self.on_tty("import", "households", self.ledger, env={"NO_COLOR": "1"})
        self.assertEqual(code, 0, text)
        self.assertIn("100%", text)
        self.assertIsNone(COLOUR.search(text))

    def test_colour_always_even_piped(self):
        out = self.ok("--color", "always", "petition", "list")
        self.assertIn("\x1b[31mXF2026003", out)

    def test_piping_any_command_shows_no_colour_or_bar(self):
        commands = [["import", "households", self.ledger], ["petition", "list"], ["petition", "overdue"],
                    ["petition", "show", "XF2026003"], ["household", "list"], ["project", "list"], ["status"],
                    ["audit"], ["report", "monthly", "--month", "2026-12"], ["household", "show", "NOPE"],
                    ["petition", "list", "--format", "csv"], ["help", "import"]]
        for command in commands:
            _, out, err = self.run_dm(*command)
            self.assertNotIn("\x1b", out + err, command)
            self.assertNotIn("\r", err, command)

    def test_tables_fit_the_terminal_width(self):
        self.ok("-q", "import", "households", self.ledger)
        code, text = self.on_tty("household", "list", "--limit", "5", columns=60)
        self.assertEqual(code, 0, text)
        lines = text.replace("\r\n", "\n").splitlines()
        self.assertEqual(lines[6:], ["显示5户，共20000户；--limit N（0 为全部）或 --format csv 查看全部"])
        for line in lines[:6]:
            self.assertLessEqual(display_width(line), 60, line)
        self.assertIn("…", lines[1])
        self.assertTrue(lines[1].startswith("H00000  "), lines[1])  # the code is never cut
        # COLUMNS wins over the terminal's size; piped without it, nothing is cut.
        _, out, _ = self.run_dm("household", "list", "--limit", "5", env={"COLUMNS": "70"})
        self.assertTrue(all(display_width(line) <= 70 for line in out.splitlines()), out)
        _, out, _ = self.run_dm("household", "list", "--limit", "5")
        self.assertNotIn("…", out)
        self.assertIn("东茅岭路0号一个很长的地址用来测试表格截断的宽度", out)
