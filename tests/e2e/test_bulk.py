"""import --bulk: a large load written under a rollback journal, the workspace back in WAL
afterwards; not taken, and said so, while another program has the workspace open."""

import json
import os
import sqlite3
import unittest

from dmtest import DongmaoTest, id_number

LEDGER = "户编号,户主姓名,身份证号,家庭人数\nH001,张三,{a},3\nH002,李四,{b},2\n"


class BulkTest(DongmaoTest):

    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write(LEDGER.format(a=id_number("43060219900101123"), b=id_number("43060219910202234")))

    def journal_mode(self):
        return self.query(self.ws, "PRAGMA journal_mode")[0][0]

    def test_a_bulk_load_leaves_the_workspace_in_wal(self):
        code, out, err = self.run_dm("-w", self.ws, "--json", "import", "households", "h.csv", "--bulk")
        self.assertEqual((code, err), (0, ""))
        summary = json.loads(out)
        self.assertEqual((summary["bulk"], summary["inserted"], summary["warnings"]), (True, 2, []))
        self.assertEqual(self.journal_mode(), "wal")
        self.assertFalse(os.path.exists(os.path.join(self.ws, "dongmao.db-journal")))
        self.assertEqual(self.query(self.ws, "SELECT code, members FROM household ORDER BY code"),
                         [("H001", 3), ("H002", 2)])
        # A run without --bulk says so too.
        summary = json.loads(self.ok("-w", self.ws, "--json", "import", "households", "h.csv"))
        self.assertEqual((summary["bulk"], summary["unchanged"]), (False, 2))

    def test_a_bulk_load_refused_leaves_the_workspace_in_wal(self):
        with open(self.path("bad.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,家庭人数\nH001,张三,两\n")
        code, out, err = self.run_dm("-w", self.ws, "--json", "import", "households", "bad.csv", "--bulk")
        self.assertEqual(code, 65, err)
        self.assertEqual(json.loads(out)["committed"], False)
        self.assertEqual(self.journal_mode(), "wal")
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM household"), [(0,)])

    def test_not_taken_while_another_program_has_the_workspace_open(self):
        reader = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        try:
            reader.execute("SELECT count(*) FROM household").fetchall()
            code, out, err = self.run_dm("-w", self.ws, "--json", "import", "households", "h.csv", "--bulk")
            # The reader still reads, alongside.
            self.assertEqual(reader.execute("SELECT count(*) FROM household").fetchall(), [(2,)])
        finally:
            reader.close()
        self.assertEqual(code, 0, err)
        message = "另有程序打开着工作区，--bulk 未生效：本次照常导入，读取不受影响"
        self.assertEqual(err, f"dongmao: warning: {message}\n")
        summary = json.loads(out)
        self.assertEqual((summary["bulk"], summary["inserted"], summary["warnings"]), (False, 2, [message]))
        self.assertEqual(self.journal_mode(), "wal")


if __name__ == "__main__":
    unittest.main()
