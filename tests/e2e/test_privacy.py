"""Privacy: errors mask ID and phone numbers as lists do and never give the check digit away;
--show-pii and files of unmasked data are audited; `dongmao audit` lists who changed or
revealed what."""

import csv
import json
import os
import unittest

import sandbox

from ledgers import ID_ZHANG, LedgerTest

ID_BAD = "430602199001011234"          # check digit should be 5
ID_BAD_MASKED = "430602********1234"
PHONE_BAD = "1380730123"               # ten digits: not a phone number
PHONE_BAD_MASKED = "********23"


class PrivateErrorsTest(LedgerTest):
    def bad_ledger(self):
        return self.write("bad.csv", "户编号,户主姓名,身份证号,联系电话,社区\n"
                                     f"H101,赵敏,{ID_BAD},,东茅岭社区\n"
                                     f"H102,钱进,,{PHONE_BAD},东茅岭社区\n")

    def test_import_errors_mask_ids_and_phones(self):
        self.bad_ledger()
        code, out, err = self.dm("import", "households", "bad.csv", "--on-error", "skip", "--errors", "bad-rows.csv")
        self.assertEqual(code, 0, err)
        self.assertEqual(err.splitlines(), [
            f"dongmao: error: bad.csv：第2行 C列（身份证号）：“{ID_BAD_MASKED}”不是有效的身份证号："
            "校验位不对",
            f"dongmao: error: bad.csv：第3行 D列（联系电话）：“{PHONE_BAD_MASKED}”不是电话号码"])
        self.assertNotIn(ID_BAD, err + out)
        # The errors file keeps the cells as typed, so the rows can be fixed, but its reasons are masked.
        with open(self.path("bad-rows.csv"), encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        self.assertEqual([row[3] for row in rows[1:]], [ID_BAD, ""])
        self.assertEqual([row[-1] for row in rows[1:]], [
            f"C列（身份证号）：“{ID_BAD_MASKED}”不是有效的身份证号：校验位不对",
            f"D列（联系电话）：“{PHONE_BAD_MASKED}”不是电话号码"])

    def test_import_errors_under_json_are_masked(self):
        self.bad_ledger()
        code, out, err = self.dm("--json", "import", "households", "bad.csv")
        self.assertEqual(code, 65)
        self.assertEqual([e["message"] for e in json.loads(out)["errors"]], [
            f"“{ID_BAD_MASKED}”不是有效的身份证号：校验位不对",
            f"“{PHONE_BAD_MASKED}”不是电话号码"])
        self.assertNotIn(ID_BAD, out + err)
        self.assertNotIn(PHONE_BAD, out + err)

    def test_show_pii_shows_them_in_full(self):
        self.bad_ledger()
        code, out, err = self.dm("--show-pii", "import", "households", "bad.csv")
        self.assertEqual(code, 65)
        self.assertEqual(err.splitlines(), [
            f"dongmao: error: bad.csv：第2行 C列（身份证号）：“{ID_BAD}”不是有效的身份证号："
            "校验位不对",
            f"dongmao: error: bad.csv：第3行 D列（联系电话）：“{PHONE_BAD}”不是电话号码"])

    def test_household_add_and_update_errors_are_masked(self):
        self.assertEqual(self.dm_fails(65, "household", "add", "H009", "--id-number", ID_BAD),
                         f"--id-number: “{ID_BAD_MASKED}”不是有效的身份证号：校验位不对")
        self.assertEqual(self.dm_fails(65, "household", "update", "H001", "--phone", PHONE_BAD),
                         f"--phone: “{PHONE_BAD_MASKED}”不是电话号码")
        self.assertEqual(self.dm_fails(65, "--show-pii", "household", "update", "H001", "--phone", PHONE_BAD),
                         f"--phone: “{PHONE_BAD}”不是电话号码")

    def test_petition_add_errors_are_masked_unless_show_pii(self):
        base = ("petition", "add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区")
        self.assertEqual(self.dm_fails(65, *base, "--petitioner", f"张三,{ID_BAD}"),
                         f"信访人张三：“{ID_BAD_MASKED}”不是有效的身份证号：校验位不对")
        self.assertEqual(self.dm_fails(65, "--show-pii", *base, "--petitioner", f"张三,{ID_BAD}"),
                         f"信访人张三：“{ID_BAD}”不是有效的身份证号：校验位不对")
        self.assertEqual(self.dm_fails(65, "--show-pii", *base, "--petitioner", f"张三,,{PHONE_BAD}"),
                         f"信访人张三：“{PHONE_BAD}”不是大陆电话号码")

    def test_duplicate_person_key_is_masked(self):
        self.write("persons.csv", f"身份证号,姓名\n{ID_ZHANG},张伟\n{ID_ZHANG},张伟\n")
        code, out, err = self.dm("import", "persons", "persons.csv")
        self.assertEqual(code, 65)
        self.assertEqual(err, f"dongmao: error: persons.csv：第3行：与第2行重复"
                              f"（{ID_ZHANG[:6]}********{ID_ZHANG[-4:]}）\n")


class AuditTest(LedgerTest):
    def audit(self, *args):
        return self.dm_json("audit", *args)

    def test_show_pii_is_an_audit_entry(self):
        before = len(self.audit())
        self.dm_ok("--operator", "王五", "--show-pii", "household", "list")
        reveals = [e for e in self.audit() if e["action"] == "reveal"]
        self.assertEqual(len(self.audit()), before + 1)
        self.assertEqual([(e["operator"], e["entity"], e["key"], e["changes"]) for e in reveals], [
            ("王五", "household", None, {"command": "household list", "shown": "ID and phone numbers (--show-pii)"})])
        # Masked listings are not.
        self.dm_ok("household", "list")
        self.assertEqual(len(self.audit()), before + 1)

    @unittest.skipUnless(sandbox.can_drop_root(), "needs root and setpriv")
    def test_show_pii_refused_where_the_audit_log_cannot_be_written(self):
        os.chmod(self.tmp, 0o755)
        for name in os.listdir(self.ws):
            os.chown(os.path.join(self.ws, name), sandbox.NOBODY, sandbox.NOBODY)
        os.chown(self.ws, sandbox.NOBODY, sandbox.NOBODY)
        os.chmod(os.path.join(self.ws, "dongmao.db"), 0o444)
        os.chmod(self.ws, 0o555)
        before = self.sql("SELECT count(*) FROM audit_log")
        code, out, err = sandbox.as_nobody(self, "-w", self.ws, "--show-pii", "household", "list")
        self.assertEqual((code, out), (73, ""))
        self.assertEqual(err, f"dongmao: error: --show-pii 须记入审计日志，但工作区 {self.ws} 不可写；请去掉 --show-pii\n")
        self.assertNotIn(ID_ZHANG, err)
        code, out, err = sandbox.as_nobody(self, "-w", self.ws, "household", "list")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(self.sql("SELECT count(*) FROM audit_log"), before)

    def test_lists_changes_masked_unless_show_pii(self):
        self.dm_ok("--operator", "李四", "household", "update", "H001", "--phone", "13900001111")
        entries = self.audit("--entity", "household:H001")
        self.assertEqual([(e["operator"], e["action"], e["changes"]) for e in entries][-1],
                         ("李四", "update", {"phone": ["138****1234", "139****1111"]}))
        shown = json.loads(self.dm_ok("--json", "--show-pii", "audit", "--entity", "household:H001"))
        self.assertEqual(shown[-1]["changes"], {"phone": ["13807301234", "13900001111"]})
        table = self.dm_ok("audit", "--operator", "李四")
        self.assertEqual(len(table.splitlines()), 2)
        self.assertRegex(table.splitlines()[1], r"李四 +修改 +住户 +H001 +联系电话 138\*{4}1234 → 139\*{4}1111$")
        table = self.dm_ok("audit", "--operator", "李四", "--lang", "en")
        self.assertRegex(table.splitlines()[1], r"李四 +update +household +H001 +phone 138\*{4}1234 → 139\*{4}1111$")
        self.assertNotIn("13900001111", table)

    def test_filters(self):
        self.dm_ok("--operator", "李四", "household", "update", "H002", "--members", "3")
        everyone = self.audit()
        self.assertEqual({e["operator"] for e in everyone}, {"tester", "李四"})
        self.assertEqual([e["entity"] for e in self.audit("--operator", "李四")], ["household"])
        self.assertEqual(self.audit("--entity", "household:H003"), [])
        self.assertEqual([e["key"] for e in self.audit("--entity", "household", "--operator", "李四")], ["H002"])
        today = everyone[-1]["at"][:10]
        self.assertEqual(len(self.audit("--from", today, "--to", today)), len(everyone))
        self.assertEqual(self.audit("--to", "2000-01-01"), [])
        self.assertEqual(self.dm_fails(64, "audit", "--from", "2026-02-30"), "--from：“2026-02-30”不是 YYYY-MM-DD 格式的日期")
        rows = list(csv.reader(self.dm_ok("audit", "--format", "csv", "--operator", "李四").splitlines()))
        self.assertEqual(rows[0], ["时间", "操作人", "操作", "对象", "编号", "内容"])
        self.assertEqual(rows[1][1:], ["李四", "修改", "住户", "H002", "家庭人数 2 → 3"])


if __name__ == "__main__":
    unittest.main()
