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

    def test_a_bulk_re_import_reads_every_row(self):
        # The rows an earlier import wrote are not passed over under --bulk: the stored
        # fingerprints are read on a second connection, which would hold off the commit while
        # it has more to read (more than the 4,096 households it reads ahead).
        with open(self.path("many.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,家庭人数\n" + "".join(f"H{i:05d},张三,{i % 5 + 1}\n" for i in range(1, 5001)))
        self.ok("-w", self.ws, "import", "households", "many.csv")
        with open(self.path("one.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,家庭人数\nH00001,张三,4\nH00002,张三,3\n")
        code, out, err = self.run_dm("-w", self.ws, "--json", "import", "households", "one.csv", "--bulk")
        self.assertEqual((code, err), (0, ""))
        summary = json.loads(out)
        self.assertEqual((summary["bulk"], summary["updated"], summary["unchanged"], summary["passed_over"]),
                         (True, 1, 1, 0))
        self.assertEqual(self.query(self.ws, "SELECT code, members FROM household WHERE id <= 3 ORDER BY id"),
                         [("H00001", 4), ("H00002", 3), ("H00003", 4)])
        self.assertEqual(self.journal_mode(), "wal")

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
