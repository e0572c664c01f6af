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
        self.assertIn("75 workspace busy", out)

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
