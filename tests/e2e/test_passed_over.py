"""A re-import passes over the household rows the workspace still holds as they left it, and
reads everything else in full: changed rows, rows over a household changed since, rows read
under other settings, and a household the file lists twice."""

import json
import unittest

from dmtest import DongmaoTest, id_number

HEADER = "户编号,户主姓名,身份证号,联系电话,社区,家庭人数\n"


class PassedOverTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        self.write("communities.csv", "社区名称,社区代码\n东茅岭社区,430602001001\n")
        self.ok("-w", self.ws, "-q", "import", "communities", "communities.csv")
        self.rows = [f"H{i:03d},户主{i},{id_number('43060219600101%02d1' % i)},1390000{i:04d},东茅岭社区,{i % 5 + 1}"
                     for i in range(1, 21)]

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)

    def ledger(self, rows, name="h.csv"):
        self.write(name, HEADER + "".join(row + "\n" for row in rows))
        return name

    def summary(self, name, *extra, code=0):
        got, out, err = self.run_dm("-w", self.ws, "--json", "import", "households", name, *extra)
        self.assertEqual(got, code, err)
        data = json.loads(out)
        return (data["read"], data["inserted"], data["updated"], data["unchanged"], data["passed_over"],
                data["rejected"]), err

    def test_an_unchanged_ledger_is_passed_over_and_a_changed_row_read(self):
        self.assertEqual(self.summary(self.ledger(self.rows))[0], (20, 20, 0, 0, 0, 0))
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM household WHERE import_fp IS NOT NULL"), [(20,)])
        self.assertEqual(self.summary(self.ledger(self.rows))[0], (20, 0, 0, 20, 20, 0))
        # Row 5 changed, one row added in the middle, row 12 removed: the rest still match.
        rows = list(self.rows)
        rows[4] = rows[4].rsplit(",", 1)[0] + ",6"
        rows.insert(8, f"H099,新户,{id_number('43060219700101991')},13900009999,东茅岭社区,3")
        del rows[12]
        self.assertEqual(self.summary(self.ledger(rows))[0], (20, 1, 1, 18, 18, 0))
        self.assertEqual(self.query(self.ws, "SELECT members FROM household WHERE code = 'H005'"), [(6,)])
        # The fingerprint is bookkeeping: the update's audit entry names the changed field only.
        self.assertEqual(self.query(self.ws, "SELECT entity_key, changes FROM audit_log WHERE action = 'update'"),
                         [("H005", '{"members":[1,6]}')])
        self.assertEqual(self.summary(self.ledger(rows))[0], (20, 0, 0, 20, 20, 0))

    def test_a_household_changed_since_is_read_again_and_keeps_the_rule_it_had(self):
        self.summary(self.ledger(self.rows))
        self.ok("-w", self.ws, "household", "update", "H003", "--members", "9")
        self.assertEqual(self.query(self.ws, "SELECT import_fp FROM household WHERE code = 'H003'"), [(None,)])
        # Read in full, the ledger's value comes back as it always did (audited).
        self.assertEqual(self.summary(self.ledger(self.rows))[0], (20, 0, 1, 19, 19, 0))
        self.assertEqual(self.query(self.ws, "SELECT members FROM household WHERE code = 'H003'"), [(4,)])
        self.assertEqual(self.summary(self.ledger(self.rows))[0], (20, 0, 0, 20, 20, 0))

    def test_other_settings_or_options_read_every_row_again(self):
        self.summary(self.ledger(self.rows))
        self.assertEqual(self.summary(self.ledger(self.rows), "--clear-empty")[0], (20, 0, 0, 20, 0, 0))
        self.assertEqual(self.summary(self.ledger(self.rows), "--clear-empty")[0], (20, 0, 0, 20, 20, 0))
        with open(self.path(f"{self.ws}/dongmao.toml"), "a", encoding="utf-8") as f:
            f.write("\n# edited\n")
        self.assertEqual(self.summary(self.ledger(self.rows), "--clear-empty")[0], (20, 0, 0, 20, 0, 0))
        # Another header for the same columns binds them anew.
        renamed = "户号,户主,户主身份证号,电话,所属社区,家庭人数\n" + "".join(row + "\n" for row in self.rows)
        self.write("renamed.csv", renamed)
        self.assertEqual(self.summary("renamed.csv", "--clear-empty")[0], (20, 0, 0, 20, 0, 0))
        self.assertEqual(self.summary("renamed.csv", "--clear-empty")[0], (20, 0, 0, 20, 20, 0))

    def test_a_household_listed_twice_is_caught_whichever_row_is_passed_over(self):
        self.summary(self.ledger(self.rows))
        changed = self.rows[2].rsplit(",", 1)[0] + ",5"
        # The same row twice: the first is passed over, the second read and refused.
        (counts, err) = self.summary(self.ledger(self.rows + [self.rows[0]], "twice.csv"), code=65)
        self.assertEqual(counts, (21, 0, 0, 20, 20, 1))
        self.assertIn("twice.csv：第22行：与第2行重复（H001）", err)
        # A changed copy after the row passed over.
        (counts, err) = self.summary(self.ledger(self.rows + [changed], "after.csv"), code=65)
        self.assertEqual(counts, (21, 0, 0, 20, 20, 1))
        self.assertIn("after.csv：第22行：与第4行重复（H003）", err)
        # A changed copy before it: the copy is written first, the row passed over is refused.
        (counts, err) = self.summary(self.ledger([changed] + self.rows, "before.csv"), code=65)
        self.assertEqual(counts, (21, 0, 1, 19, 19, 1))
        self.assertIn("before.csv：第5行：与第2行重复（H003）", err)
        # Nothing was committed by any of them.
        self.assertEqual(self.query(self.ws, "SELECT members FROM household WHERE code = 'H003'"), [(4,)])
        self.assertEqual(self.summary(self.ledger(self.rows))[0], (20, 0, 0, 20, 20, 0))

    def test_a_column_without_a_header_is_named_though_its_rows_are_passed_over(self):
        rows = [row + ",楼下便利店" for row in self.rows[:3]]
        self.write("h.csv", HEADER.rstrip("\n") + ",\n" + "".join(row + "\n" for row in rows))
        self.summary("h.csv")
        got, out, err = self.run_dm("-w", self.ws, "--json", "import", "households", "h.csv")
        data = json.loads(out)
        self.assertEqual((data["passed_over"], data["unknown_columns"]), (3, ["G"]))


if __name__ == "__main__":
    unittest.main()
