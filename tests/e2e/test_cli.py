"""The command-line contract: help, version, unknown commands, usage errors, busy workspace."""

import os
import sqlite3
import unittest

from dmtest import DongmaoTest


class CliTest(DongmaoTest):
    def test_help_lists_the_commands(self):
        out = self.ok("--help")
        for command in ("import", "household", "project", "petition", "report", "init"):
            self.assertRegex(out, rf"\n  {command} +\S")
        self.assertIn("--show-pii", out)
        self.assertIn("75 工作区正忙（稍后重试）", out)
        self.assertIn("75 workspace busy", self.ok("--lang", "en", "--help"))

    def test_help_in_both_languages(self):
        on_error_zh = "abort：有任何一行有误就不写入；skip：导入无误的行"
        on_error_en = "abort: write nothing if any row is bad; skip: import the good rows"
        zh = self.ok("import", "--help")
        self.assertIn(f"  --on-error TEXT:{{abort, skip}}=abort\n{' ' * 30}{on_error_zh}\n", zh)
        self.assertIn("用法: dongmao import [选项] ENTITY FILE\n", zh)
        self.assertIn("\n选项:\n", zh)
        self.assertIn("  FILE TEXT 必填              台账文件：", zh)
        self.assertNotIn(on_error_en, zh)
        for args, env in ((["--lang", "en"], None), ([], {"DONGMAO_LANG": "en"})):
            with self.subTest(args=args, env=env):
                code, en, err = self.run_dm(*args, "import", "--help", env=env)
                self.assertEqual((code, err), (0, ""))
                self.assertIn(f"  --on-error TEXT:{{abort, skip}}=abort\n{' ' * 30}{on_error_en}\n", en)
                self.assertIn("Usage: dongmao import [OPTIONS] ENTITY FILE\n", en)
                self.assertIn("  FILE TEXT REQUIRED          The ledger: ", en)
        # dongmao help CMD is the same text, in the same language.
        self.assertEqual(self.ok("help", "import"), zh)
        self.assertEqual(self.ok("--lang", "en", "help", "import"), self.ok("--lang", "en", "import", "--help"))

    def test_parse_errors_in_both_languages(self):
        ws = self.init_ws()
        cases = [
            (["status", "extra"], "多余的参数：extra", "The following argument was not expected: extra"),
            (["import", "households"], "必须给出 FILE", "FILE is required"),
            (["household", "list", "--limit"], "--limit 后面缺少值", "--limit: 1 required INT:NONNEGATIVE missing"),
            (["petition", "list", "--due-within", "x"], "--due-within: “x”不是0到3650之间的数",
             "--due-within: 'x' is not a number from 0 to 3650"),
            (["import", "households", "h.csv", "--on-error", "maybe"],
             "--on-error: “maybe”不是可用的值；可用：abort, skip", "--on-error: 'maybe' is not one of abort, skip"),
            (["household"], "缺少子命令", "A subcommand is required"),
        ]
        for args, zh, en in cases:
            with self.subTest(args=args):
                self.assertEqual(self.fails(64, "-w", ws, *args), f"dongmao: error: {zh}（见 dongmao --help）")
                self.assertEqual(self.fails(64, "-w", ws, "--lang", "en", *args),
                                 f"dongmao: error: {en} (see 'dongmao --help')")

    def test_version(self):
        out = self.ok("--version")
        self.assertRegex(out, r"^dongmao \d+\.\d+\.\d+\n$")

    def test_unknown_command_suggests_nearest(self):
        self.assertEqual(self.fails(64, "improt", "households", "x.csv"),
                         "dongmao: error: 没有“improt”这个命令；是不是“import”？（见 dongmao --help）")
        self.assertEqual(self.fails(64, "-w", "x", "reprot"),
                         "dongmao: error: 没有“reprot”这个命令；是不是“report”？（见 dongmao --help）")
        self.assertEqual(self.fails(64, "zzzzzzzzzz"),
                         "dongmao: error: 没有“zzzzzzzzzz”这个命令（见 dongmao --help）"
)

    def test_missing_command_and_bad_option_are_usage_errors(self):
        self.fails(64)
        line = self.fails(64, "--no-such-flag", "status")
        self.assertIn("--no-such-flag", line)

    def test_bad_today_is_usage_error(self):
        ws = self.init_ws()
        self.assertEqual(self.fails(64, "-w", ws, "--today", "2026-02-30", "import", "communities", "x.csv"),
                         "dongmao: error: --today：“2026-02-30”不是 YYYY-MM-DD 格式的日期")

    def test_subcommand_help(self):
        out = self.ok("init", "--help")
        self.assertIn("--division-code", out)


if __name__ == "__main__":
    unittest.main()
