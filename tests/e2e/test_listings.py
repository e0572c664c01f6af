"""Every listing prints the same way: one JSON array or --ndjson lines, -o FILE with the report's
output-path rules, CSV files with a BOM (or GB18030) for Excel; plus help, exit codes, status."""

import json
import os
import shutil
import stat
import subprocess

from dmtest import BIN, DongmaoTest, fixture

TODAY = "2026-12-31"

# Every listing, with the arguments that give it rows in the workspace of setUp.
LISTS = [
    ["household", "list"],
    ["household", "history", "H001"],
    ["project", "list"],
    ["project", "milestone", "list"],
    ["project", "progress"],
    ["petition", "list"],
    ["petition", "overdue"],
    ["petition", "periods"],
    ["petition", "incidents"],
    ["audit"],
]
# Documents: one object under --json (and under --ndjson, which only changes lists).
DOCUMENTS = [
    ["status"],
    ["household", "show", "H001"],
    ["project", "show", "DQSC"],
    ["petition", "show", "XF2026001"],
    ["report", "monthly", "--month", "2026-12", "--format", "json"],
]


class ListingTest(DongmaoTest):

    def setUp(self):
        super().setUp()
        self.env["DONGMAO_TODAY"] = TODAY
        self.init_ws()
        self.env["DONGMAO_WORKSPACE"] = self.path("ws")
        for entity, name in (("communities", "communities.csv"), ("grids", "grids.csv"),
                             ("households", "households_gbk.csv"), ("projects", "projects.csv"),
                             ("petitions", "petitions.csv")):
            self.ok("-q", "import", entity, fixture("import", name))
        self.ok("-q", "project", "milestone", "add", "DQSC", "入户摸底", "--due", "2026-12-01")

    def test_json_is_one_array_and_ndjson_one_object_per_line(self):
        for command in LISTS:
            with self.subTest(command=command):
                items = json.loads(self.ok("--json", *command))
                self.assertIsInstance(items, list)
                self.assertTrue(all(isinstance(item, dict) for item in items))
                self.assertEqual(json.loads(self.ok(*command, "--format", "json")), items)
                lines = self.ok("--ndjson", *command).splitlines()
                self.assertEqual([json.loads(line) for line in lines], items)
                self.assertEqual(self.ok(*command, "--format", "ndjson").splitlines(), lines)
        self.assertEqual(len(json.loads(self.ok("--json", "household", "list"))), 3)
        self.assertEqual(len(self.ok("--ndjson", "petition", "list").splitlines()), 4)

    def test_list_footers_in_both_languages(self):
        for lang, listed, overdue in (("zh", "共 4 件", "逾期 3 件，3 天内到期 0 件"),
                                      ("en", "4 cases", "3 overdue, 0 due within 3 days")):
            with self.subTest(lang=lang):
                self.assertEqual(self.ok("--lang", lang, "petition", "list").splitlines()[-1], listed)
                self.assertEqual(self.ok("--lang", lang, "petition", "overdue").splitlines()[-1], overdue)
        self.assertEqual(self.ok("--lang", "en", "petition", "list", "--status", "closed").splitlines()[-1], "1 case")
        self.assertEqual(self.ok("petition", "overdue", "--within", "0", env={"DONGMAO_TODAY": "2026-10-01"}),
                         "没有逾期或 0 天内到期的信访件\n")
        self.assertEqual(self.ok("--lang", "en", "petition", "incidents").splitlines()[-1],
                         "0 urgent cases, 0 handled, 0 within 12 hours")

    def test_a_document_is_one_object(self):
        for command in DOCUMENTS:
            with self.subTest(command=command):
                for flag in ("--json", "--ndjson"):
                    out = self.ok(flag, *command)
                    self.assertIsInstance(json.loads(out), dict)
                    self.assertTrue(out.startswith("{"), out[:20])

    def test_csv_file_has_a_bom_and_stdout_none(self):
        piped = self.ok("household", "list", "--format", "csv")
        self.assertTrue(piped.startswith("户编号,户主姓名,"), piped[:20])
        self.ok("household", "list", "-o", "h.csv")
        with open(self.path("h.csv"), "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"\xef\xbb\xbf\xe6\x88\xb7\xe7\xbc\x96\xe5\x8f\xb7,"), data[:12])
        self.assertEqual(data[3:].decode("utf-8"), piped)
        self.assertEqual(stat.S_IMODE(os.stat(self.path("h.csv")).st_mode), 0o600)
        # GB18030 for older Excel: no BOM, the same text.
        self.ok("household", "list", "-o", "gbk.csv", "--encoding", "gbk")
        with open(self.path("gbk.csv"), "rb") as f:
            data = f.read()
        self.assertFalse(data.startswith(b"\xef\xbb\xbf"))
        self.assertEqual(data.decode("gb18030"), piped)
        # A listing written as CSV imports back.
        self.ok("--show-pii", "household", "list", "-o", "back.csv")
        out = self.ok("import", "households", "back.csv")
        self.assertIn("读取3行：新增0户，更新0户，未变3户，有误0行", out)

    def test_output_file_format_from_extension_and_path_rules(self):
        for command in (["petition", "list"], ["audit"], ["project", "progress"], ["household", "history", "H001"]):
            with self.subTest(command=command):
                for name, check in (("x.json", lambda text: json.loads(text)),
                                    ("x.ndjson", lambda text: [json.loads(line) for line in text.splitlines()]),
                                    ("x.csv", lambda text: text.startswith("\ufeff") or self.fail(text)),
                                    ("x.txt", lambda text: self.assertNotIn("\x1b", text))):
                    out = self.ok(*command, "-o", name)
                    if name != "x.txt":
                        self.assertEqual(out, "")  # the listing is in the file
                    with open(self.path(name), encoding="utf-8") as f:
                        check(f.read())
                    os.remove(self.path(name))
        # --format wins over the extension.
        self.ok("petition", "list", "-o", "p.csv", "--format", "json")
        with open(self.path("p.csv"), encoding="utf-8") as f:
            self.assertEqual(len(json.loads(f.read())), 4)
        # As for reports: not a symlink, directory or FIFO (73), and nothing half-written.
        os.symlink(self.path("p.csv"), self.path("link.csv"))
        os.mkdir(self.path("dir.csv"))
        os.mkfifo(self.path("fifo.csv"))
        for target in ("link.csv", "dir.csv", "fifo.csv"):
            self.fails(73, "petition", "list", "-o", target)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["dir.csv", "fifo.csv", "link.csv", "p.csv", "ws"])
        self.assertEqual(os.listdir(self.path("dir.csv")), [])
        # As for reports, a missing directory is created.
        self.ok("household", "list", "-o", self.path("new", "h.csv"))
        self.assertTrue(os.path.isfile(self.path("new", "h.csv")))

    def test_fail_if_any_has_its_own_exit_code(self):
        code, out, err = self.run_dm("petition", "overdue", "--fail-if-any")
        self.assertEqual((code, err), (3, ""))
        self.assertIn("逾期 3 件", out)
        code, _, _ = self.run_dm("petition", "overdue", "--fail-if-any", env={"DONGMAO_TODAY": "2026-10-01"})
        self.assertEqual(code, 0)
        self.assertIn("3 为 --fail-if-any 时有列出项", self.ok("--help"))
        self.assertIn("3 listed with --fail-if-any", self.ok("--lang", "en", "--help"))

    def test_help_command(self):
        for words in (["import"], ["household", "list"], ["petition", "overdue"], []):
            with self.subTest(words=words):
                self.assertEqual(self.ok("help", *words), self.ok(*words, "--help"))
        for words in (["nosuch"], ["household", "nosuch"], ["household", "list", "extra"]):
            line = self.fails(64, "help", *words)
            self.assertIn("help：没有“", line)

    def test_status_last_import_is_an_object(self):
        data = json.loads(self.ok("--json", "status"))
        self.assertEqual(set(data["last_import"]), {"entity", "file", "finished_at"})
        self.assertEqual((data["last_import"]["entity"], data["last_import"]["file"]), ("petitions", "petitions.csv"))

    def test_completion_script_knows_the_command_tree(self):
        script = self.ok("completion", "bash")
        self.assertIn("complete -o filenames -F _dongmao dongmao", script)
        self.assertIn("'household list') words='", script)
        self.fails(64, "completion", "zsh")
        if shutil.which("bash"):
            def complete(*words):
                program = (script + "\nCOMP_WORDS=(" + " ".join(f"'{w}'" for w in words) + ")\n"
                           f"COMP_CWORD={len(words) - 1}\n_dongmao\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n")
                return subprocess.run(["bash", "-c", program], capture_output=True, text=True,
                                      cwd=self.tmp).stdout.split()
            self.assertEqual(complete("dongmao", "hou"), ["household"])
            self.assertEqual(complete("dongmao", "-w", "ws", "petition", "ov"), ["overdue"])
            self.assertIn("--fail-if-any", complete("dongmao", "petition", "overdue", "--f"))
