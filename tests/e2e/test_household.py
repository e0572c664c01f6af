"""household: list with every filter and format, show, add, update, stage, consent and
history, on a small workspace set up by import (see ledgers.py)."""

import csv
import io
import json
import os
import sqlite3
import subprocess
import time
import unicodedata
import unittest

from dmtest import BIN
from ledgers import ID_LI, ID_SON, ID_ZHANG, TODAY, LedgerTest


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def codes(rows):
    return [row["code"] for row in rows]


class HouseholdListTest(LedgerTest):
    def list_codes(self, *args):
        return codes(self.dm_json("household", "list", *args))

    def test_table_masks_personal_data(self):
        out = self.dm_ok("household", "list")
        lines = out.splitlines()
        self.assertEqual(len(lines), 5)
        self.assertRegex(lines[0], r"^户编号 +户主姓名 +身份证号 +联系电话 +社区 +网格 +地址 +家庭人数 +房屋性质 +建筑面积 +备注$")
        self.assertRegex(lines[1], r"^H001 +张伟 +430602\*{8}4518 +138\*{4}1234 +东茅岭社区 +第一网格 +东茅岭路12号 +3 +私产 +85\.5$")
        self.assertRegex(lines[2], r"^H002 +李秀英 +430602\*{8}2028 +0730-\*{4}456 +柴家山社区")
        self.assertNotIn(ID_ZHANG, out)
        self.assertNotIn("13807301234", out)
        # Columns line up by display width: CJK characters take two columns.
        self.assertEqual(width(lines[1][:lines[1].index("430602")]), width(lines[2][:lines[2].index("430602")]))
        out = self.dm_ok("--show-pii", "household", "list")
        self.assertIn(ID_ZHANG, out)
        self.assertIn("13807301234", out)

    def test_csv_uses_ledger_headers_and_imports_back(self):
        out = self.dm_ok("household", "list", "--format", "csv", "--show-pii")
        self.assertEqual(out.splitlines()[0], "户编号,户主姓名,身份证号,联系电话,社区,网格,地址,家庭人数,房屋性质,建筑面积,备注")
        self.assertEqual(out.splitlines()[1], f"H001,张伟,{ID_ZHANG},13807301234,东茅岭社区,第一网格,东茅岭路12号,3,私产,85.5,")
        self.assertEqual(out.splitlines()[4], "H004,赵敏,,,东茅岭社区,第一网格,东茅岭路14号,4,私产,70,")
        # The listing is a ledger: importing it back changes nothing.
        self.write("listing.csv", out)
        summary = json.loads(self.dm_ok("--json", "import", "households", "listing.csv"))
        self.assertEqual((summary["read"], summary["unchanged"], summary["updated"]), (4, 4, 0))
        masked = self.dm_ok("household", "list", "--format", "csv")
        self.assertIn("430602********4518", masked)

    def test_csv_neutralises_formulas(self):
        self.dm_ok("household", "update", "H004", "--note", "=HYPERLINK(\"x\")")
        out = self.dm_ok("household", "list", "--format", "csv", "--search", "H004")
        self.assertEqual(list(csv.reader(io.StringIO(out)))[1][10], "'=HYPERLINK(\"x\")")

    def test_json_field_by_field(self):
        rows = self.dm_json("household", "list")
        self.assertEqual(len(rows), 4)
        self.assertEqual(rows[0], {
            "code": "H001", "head_name": "张伟", "head_id_number": "430602********4518", "phone": "138****1234",
            "community": "东茅岭社区", "grid": "第一网格", "address": "东茅岭路12号", "members": 3,
            "housing_type": "private", "floor_area": 85.5, "note": None})
        self.assertEqual(rows[3]["head_id_number"], None)
        self.assertEqual(rows[3]["phone"], None)
        # --format json is the same as the global --json, and unmasks with --show-pii.
        self.assertEqual(json.loads(self.dm_ok("household", "list", "--format", "json")), rows)
        pii = json.loads(self.dm_ok("--show-pii", "household", "list", "--format", "json"))
        self.assertEqual((pii[1]["head_id_number"], pii[1]["phone"]), (ID_LI, "0730-8223456"))

    def test_json_with_project_has_stage_columns(self):
        rows = self.dm_json("household", "list", "--project", "九华山二期")
        self.assertEqual(codes(rows), ["H001", "H002", "H003"])
        self.assertEqual([(r["stage"], r["stage_date"], r["consent"]) for r in rows],
                         [("vacated", "2026-11-10", None), ("negotiating", None, None), ("signed", "2026-11-25", None)])
        out = self.dm_ok("household", "list", "--project", "JHS2", "--format", "csv")
        self.assertTrue(out.splitlines()[0].endswith(",备注,签约状态,阶段日期,是否同意"))
        self.assertTrue(out.splitlines()[1].endswith(",已腾房,2026-11-10,"))
        self.assertTrue(out.splitlines()[2].endswith(",谈判中,,"))

    def test_community_grid_and_search_filters(self):
        self.assertEqual(self.list_codes("--community", "东茅岭社区"), ["H001", "H003", "H004"])
        self.assertEqual(self.list_codes("--community", "C2"), ["H002"])
        self.assertEqual(self.list_codes("--community", "柴家山"), ["H002"])
        self.assertEqual(self.list_codes("--grid", "第二网格"), ["H003"])
        self.assertEqual(self.list_codes("--community", "东茅岭社区", "--grid", "第一网格"), ["H001", "H004"])
        self.assertEqual(self.list_codes("--community", "柴家山社区", "--grid", "第一网格"), ["H002"])
        self.assertEqual(self.list_codes("--search", "东茅岭路1"), ["H001", "H004"])
        self.assertEqual(self.list_codes("--search", "秀英"), ["H002"])
        self.assertEqual(self.list_codes("--search", "H00"), ["H001", "H002", "H003", "H004"])
        self.assertEqual(self.list_codes("--search", "%"), [])

    def test_project_and_stage_filters(self):
        self.assertEqual(self.list_codes("--project", "JHS2"), ["H001", "H002", "H003"])
        self.assertEqual(self.list_codes("--project", "DQ"), [])
        self.assertEqual(self.list_codes("--project", "JHS2", "--stage", "已签约"), ["H003"])
        self.assertEqual(self.list_codes("--project", "JHS2", "--stage", "signed"), ["H003"])
        self.assertEqual(self.list_codes("--project", "JHS2", "--stage", "已交房"), ["H001"])
        self.assertEqual(self.list_codes("--stage", "谈判中"), ["H002"])
        self.assertEqual(self.list_codes("--stage", "negotiating", "--community", "东茅岭社区"), [])

    def test_date_filters(self):
        self.assertEqual(self.list_codes("--signed", "2026-11"), ["H001", "H003"])
        self.assertEqual(self.list_codes("--signed", "2026-11-03"), ["H001"])
        self.assertEqual(self.list_codes("--signed", "..2026-11-24"), ["H001"])
        self.assertEqual(self.list_codes("--signed", "2026-11-04.."), ["H003"])
        self.assertEqual(self.list_codes("--signed", "2026-11-01..2026-11-30", "--project", "JHS2"), ["H001", "H003"])
        self.assertEqual(self.list_codes("--signed", "2026-10"), [])
        self.assertEqual(self.list_codes("--vacated", "2026-11-10"), ["H001"])
        self.assertEqual(self.list_codes("--vacated", "2026-11", "--signed", "2026-11-25"), [])
        self.assertEqual(self.list_codes("--demolished", "2026-01-01.."), [])
        # A signing later corrected back does not count as signed.
        self.dm_ok("household", "stage", "H003", "--project", "JHS2", "negotiating", "--force", "--note", "协议作废")
        self.assertEqual(self.list_codes("--signed", "2026-11"), ["H001"])

    def test_sort_and_limit(self):
        self.assertEqual(self.list_codes("--sort", "area", "--desc"), ["H003", "H001", "H004", "H002"])
        self.assertEqual(self.list_codes("--sort", "members"), ["H002", "H001", "H004", "H003"])
        self.assertEqual(self.list_codes("--sort", "address"), ["H001", "H004", "H003", "H002"])
        self.assertEqual(self.list_codes("--sort", "community", "--desc"), ["H002", "H001", "H003", "H004"])
        self.assertEqual(self.list_codes("--sort", "stage_date", "--project", "JHS2", "--desc"), ["H003", "H001", "H002"])
        self.assertEqual(self.list_codes("--limit", "2"), ["H001", "H002"])
        csv_out = self.dm_ok("household", "list", "--format", "csv", "--limit", "3")
        self.assertEqual(len(csv_out.splitlines()), 4)
        # A table shows at most --limit rows and says how many it left out.
        code, out, err = self.dm("household", "list", "--limit", "2")
        self.assertEqual(code, 0)
        self.assertEqual(len(out.splitlines()), 3)
        self.assertEqual(err, "显示2户，共4户；--limit N（0 为全部）或 --format csv 查看全部\n")
        code, out, err = self.dm("--lang", "en", "household", "list", "--limit", "2")
        self.assertEqual(err, "2 of 4 households shown; --limit N (0: all) or --format csv for more\n")
        self.assertEqual(len(self.dm_ok("household", "list", "--limit", "0").splitlines()), 5)
        self.assertIn("须同时给出 --project", self.dm_fails(64, "household", "list", "--sort", "stage_date"))
        self.dm_fails(64, "household", "list", "--sort", "colour")

    def test_bad_filters(self):
        message = self.dm_fails(64, "household", "list", "--stage", "已完工")
        self.assertTrue(message.startswith("--stage: “已完工”不是以下之一："), message)
        self.assertIn("已签约", message)
        self.assertEqual(self.dm_fails(64, "household", "list", "--signed", "2026-02-30"),
                         "--signed：“2026-02-30”不是日期范围（D、D1..D2、..D、D.. 或 YYYY-MM，日期为 YYYY-MM-DD）")
        self.assertEqual(self.dm_fails(64, "household", "list", "--signed", "2026-12-01..2026-11-01"),
                         "--signed：“2026-12-01..2026-11-01”的结束早于开始")
        self.assertIn("未知社区“东茅领社区”；是不是“东茅岭社区”？",
                      self.dm_fails(65, "household", "list", "--community", "东茅领社区"))
        self.assertIn("未知网格“第三网格”（已有：第一网格、第二网格、第一网格）",
                      self.dm_fails(65, "household", "list", "--grid", "第三网格"))
        self.assertIn("未知项目“XYZ”", self.dm_fails(65, "household", "list", "--project", "XYZ"))


class HouseholdStreamingTest(LedgerTest):
    """A big listing streams: the first row comes before the statement is done, and memory
    stays flat however many rows follow."""

    def fill(self, start, count):
        con = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        with con:
            con.executemany(
                "INSERT INTO household (code, head_name, address, members, floor_area, created_at, updated_at) "
                "VALUES (?, ?, ?, 3, 80.5, 'x', 'x')",
                ((f"B{i:07d}", f"住户{i}", f"东茅岭路{i}号") for i in range(start, start + count)))
        con.close()

    def stream(self, fmt):
        """Runs the listing; returns (seconds to the first row, seconds in all, peak RSS kB, rows)."""
        env = dict(self.env)
        # Under AddressSanitizer, freed memory waits in a quarantine that would look like growth.
        env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":quarantine_size_mb=1").lstrip(":")
        start = time.monotonic()
        proc = subprocess.Popen([BIN, "-w", "ws", "household", "list", "--format", fmt], cwd=self.tmp, env=env,
                                stdout=subprocess.PIPE)
        proc.stdout.readline()
        proc.stdout.readline()
        first = time.monotonic() - start
        rows, peak = 1, 0
        for rows, _ in enumerate(proc.stdout, start=2):
            if rows % 20000 == 0:
                with open(f"/proc/{proc.pid}/status") as status:
                    for line in status:
                        if line.startswith("VmHWM:"):
                            peak = int(line.split()[1])
        proc.stdout.close()
        proc.wait()
        self.assertEqual(proc.returncode, 0)
        return first, time.monotonic() - start, peak, rows

    def test_csv_and_json_stream_in_constant_memory(self):
        self.fill(0, 40000)
        _, _, small_peak, _ = self.stream("csv")
        self.fill(40000, 360000)
        for fmt in ("csv", "json"):
            first, total, peak, rows = self.stream(fmt)
            self.assertGreaterEqual(rows, 400000)
            self.assertLess(first, total / 4, f"{fmt}: the first row came late")
            self.assertLess(peak, small_peak + 16 * 1024, f"{fmt}: memory grew with the rows")


class HouseholdShowTest(LedgerTest):
    def setUp(self):
        super().setUp()
        self.write("persons.csv", "身份证号,姓名,户编号,与户主关系,联系电话\n"
                                  f"{ID_ZHANG},张伟,H001,户主,13807301234\n"
                                  f"{ID_SON},张小明,H001,子,\n")
        self.dm_ok("import", "persons", "persons.csv")
        self.write("petitions.csv", "信访编号,登记日期,信访形式,信访人,信访类别,涉及项目,户编号,信访事项\n"
                                    "XF2026001,2026-10-08,来访,张伟,征拆补偿,JHS2,H001,补偿标准\n")
        self.dm_ok("import", "petitions", "petitions.csv")

    def test_json_field_by_field(self):
        data = self.dm_json("household", "show", "H001")
        self.assertEqual({k: data[k] for k in ("code", "head_name", "head_id_number", "phone", "community", "grid",
                                                "address", "members", "housing_type", "floor_area", "note", "extra")},
                         {"code": "H001", "head_name": "张伟", "head_id_number": "430602********4518",
                          "phone": "138****1234", "community": "东茅岭社区", "grid": "第一网格",
                          "address": "东茅岭路12号", "members": 3, "housing_type": "private", "floor_area": 85.5,
                          "note": None, "extra": None})
        self.assertRegex(data["created_at"], r"^\d{4}-\d\d-\d\dT")
        self.assertEqual(len(data["persons"]), 2)
        self.assertEqual(data["persons"][0], {
            "name": "张伟", "id_number": "430602********4518", "relation": "户主", "residence_type": None,
            "gender": "male", "birth_date": "1985-03-12", "phone": "138****1234", "tags": None})
        self.assertEqual(data["persons"][1]["name"], "张小明")
        self.assertEqual(data["projects"], [{
            "code": "JHS2", "name": "九华山二期", "kind": "shantytown", "stage": "vacated", "stage_date": "2026-11-10",
            "consent": None, "compensation_cents": None, "agreement_no": None}])
        self.assertEqual(data["petitions"], [{
            "case_no": "XF2026001", "received_date": "2026-10-08", "channel": "visit", "category": "征拆补偿",
            "status": "received", "summary": "补偿标准", "project": "JHS2"}])
        pii = json.loads(self.dm_ok("--json", "--show-pii", "household", "show", "H001"))
        self.assertEqual((pii["head_id_number"], pii["persons"][1]["id_number"]), (ID_ZHANG, ID_SON))

    def test_text(self):
        out = self.dm_ok("household", "show", "H001")
        self.assertTrue(out.startswith("H001  张伟\n身份证号  430602********4518\n联系电话  138****1234\n"))
        self.assertIn("\n成员 (2)\n", out)
        self.assertIn("\n项目 (1)\n", out)
        self.assertRegex(out, r"\nJHS2 +九华山二期 +已腾房 +2026-11-10\n")
        self.assertRegex(out, r"\nXF2026001 +2026-10-08 +visit +征拆补偿 +received +JHS2\n")
        self.assertNotIn(ID_SON, out)
        out = self.dm_ok("household", "show", "H004")
        self.assertIn("\n成员 (0)\n\n项目 (0)\n\n信访 (0)\n", out)

    def test_unknown(self):
        self.assertEqual(self.dm_fails(65, "household", "show", "H999"), "未知住户“H999”")


class HouseholdEditTest(LedgerTest):
    def test_add_validates_like_import(self):
        out = self.dm_ok("household", "add", "H005", "--name", "刘红", "--id-number", "４３０６０２１９９００１０１１２３５",
                         "--phone", "138 0730 5678", "--community", "柴家山", "--grid", "第一网格", "--members", "２",
                         "--housing-type", "私房", "--floor-area", "55.5", "--address", "柴家山巷9号")
        self.assertEqual(out, "住户 H005 已新增\n")
        self.assertEqual(self.sql("SELECT h.head_name, h.head_id_number, h.phone, c.name, g.name, h.members, "
                                  "h.housing_type, h.floor_area FROM household h JOIN community c ON c.id = h.community_id "
                                  "JOIN grid g ON g.id = h.grid_id WHERE h.code = 'H005'"),
                         [("刘红", "430602199001011235", "13807305678", "柴家山社区", "第一网格", 2, "private", 55.5)])
        self.assertEqual(self.audits("household", "H005"), [("insert", {
            "head_name": [None, "刘红"], "head_id_number": [None, "430602199001011235"], "phone": [None, "13807305678"],
            "community": [None, "柴家山"], "grid": [None, "第一网格"], "address": [None, "柴家山巷9号"],
            "members": [None, 2], "housing_type": [None, "private"], "floor_area": [None, 55.5]})])
        self.assertEqual(self.dm_json("household", "add", "H006"), {"entity": "household", "code": "H006",
                                                                    "outcome": "added"})

    def test_add_rejects_bad_values_and_writes_nothing(self):
        self.assertEqual(self.assert_fails_cleanly(65, "household", "add", "H005", "--id-number", "430602199001011234"),
                         "--id-number: “430602********1234”不是有效的身份证号：校验位不对")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "add", "H005", "--phone", "12345"),
                         "--phone: “***45”不是电话号码")
        self.assertIn("--housing-type: “别墅”不是以下之一：",
                      self.assert_fails_cleanly(64, "household", "add", "H005", "--housing-type", "别墅"))
        self.assertEqual(self.assert_fails_cleanly(64, "household", "add", "H005", "--members", "three"),
                         "--members: “three”不是整数")
        self.assertIn("--community: 未知社区“黄土坡”",
                      self.assert_fails_cleanly(65, "household", "add", "H005", "--community", "黄土坡"))
        self.assertIn("--grid: 网格“第一网格”在多个社区中都有",
                      self.assert_fails_cleanly(65, "household", "add", "H005", "--grid", "第一网格"))
        self.assertEqual(self.assert_fails_cleanly(65, "household", "add", "H001"),
                         "住户“H001”已存在；见“dongmao household update”")

    def test_update(self):
        self.assertEqual(self.dm_ok("household", "update", "H001", "--phone", "13907301111", "--members", "4"),
                         "住户 H001 已修改\n")
        self.assertEqual(self.sql("SELECT phone, members FROM household WHERE code = 'H001'"), [("13907301111", 4)])
        self.assertEqual(self.audits("household", "H001")[-1],
                         ("update", {"phone": ["13807301234", "13907301111"], "members": [3, 4]}))
        self.assertEqual(self.dm_ok("household", "update", "H001", "--phone", "13907301111"), "住户 H001 未变\n")
        # An empty value clears; other fields stay.
        self.dm_ok("household", "update", "H001", "--phone", "")
        self.assertEqual(self.sql("SELECT phone, members, address FROM household WHERE code = 'H001'"),
                         [(None, 4, "东茅岭路12号")])
        # A grid name is looked up in the household's own community first.
        self.dm_ok("household", "update", "H004", "--grid", "第二网格")
        self.dm_ok("household", "update", "H003", "--grid", "第一网格")
        self.assertEqual(self.sql("SELECT g.name, c.name FROM household h JOIN grid g ON g.id = h.grid_id "
                                  "JOIN community c ON c.id = g.community_id WHERE h.code = 'H003'"),
                         [("第一网格", "东茅岭社区")])
        self.dm_ok("household", "update", "H003", "--community", "柴家山社区", "--grid", "第一网格")
        self.assertEqual(self.sql("SELECT c.name FROM household h JOIN community c ON c.id = h.community_id "
                                  "WHERE h.code = 'H003'"), [("柴家山社区",)])
        self.assertEqual(self.assert_fails_cleanly(65, "household", "update", "H999", "--phone", "13907301111"),
                         "未知住户“H999”")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "update", "H001", "--floor-area", "-5"),
                         "--floor-area: 建筑面积-5为负数")
        self.assertEqual(self.dm_fails(64, "household", "update", "H001"),
                         "没有要修改的字段：至少给出一个（见 dongmao household update --help）")


class HouseholdStageTest(LedgerTest):
    def test_reply_in_english(self):
        self.assertEqual(self.dm_ok("--lang", "en", "household", "stage", "H002", "--project", "JHS2", "signed",
                                    "--date", "2026-11-26"),
                         "H002 in JHS2: 谈判中 → 已签约 as of 2026-11-26\n")

    def test_forward_one_step_with_chinese_labels(self):
        self.assertEqual(self.dm_ok("household", "stage", "H002", "--project", "JHS2", "已签约", "--date", "2026-11-26",
                                    "--note", "第二轮谈判"),
                         "H002（JHS2）：谈判中 → 已签约，2026-11-26起\n")
        self.assertEqual(self.stage_of("H002", "JHS2"), ("signed", "2026-11-26"))
        self.assertEqual(self.events_of("H002", "JHS2")[-1], ("signed", "2026-11-26", "tester", "第二轮谈判"))
        self.assertEqual(self.audits("enrollment", "JHS2/H002"), [("stage", {
            "stage": ["negotiating", "signed"], "stage_date": [None, "2026-11-26"], "note": "第二轮谈判"})])
        # The effective date defaults to today; the project may be named.
        data = self.dm_json("household", "stage", "H003", "--project", "九华山二期", "已交房")
        self.assertEqual(data, {"household": "H003", "project": "JHS2", "from": "signed", "to": "vacated",
                                "previous_date": "2026-11-25", "date": TODAY, "step": "next", "note": None})
        self.dm_ok("household", "stage", "H003", "--project", "JHS2", "demolished")
        self.assertEqual(self.stage_of("H003", "JHS2"), ("demolished", TODAY))

    def test_rules_write_nothing_when_broken(self):
        self.assertEqual(self.assert_fails_cleanly(65, "household", "stage", "H001", "--project", "JHS2", "已签约"),
                         "住户“H001”（项目JHS2）：会从“已腾房”退回“已签约”；如属更正，请加 --force 并用 --note 写明原因")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "stage", "H001", "--project", "JHS2", "已签约",
                                                   "--lang", "en"),
                         "household 'H001' in JHS2: would move back from vacated to signed; "
                         "pass --force with --note to record a correction")
        self.dm_ok("project", "enroll", "JHS2", "H004", "--date", "2026-11-01")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "stage", "H004", "--project", "JHS2", "signed"),
                         "住户“H004”（项目JHS2）：会从“入户调查”直接到“已签约”，跳过“已评估”、“谈判中”；"
                         "如属更正，请加 --force 并用 --note 写明原因")
        self.assertEqual(self.assert_fails_cleanly(64, "household", "stage", "H004", "--project", "JHS2", "signed",
                                                   "--force"),
                         "住户“H004”（项目JHS2）：会从“入户调查”直接到“已签约”，跳过“已评估”、“谈判中”；"
                         "--force 须同时用 --note 写明原因")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "stage", "H004", "--project", "JHS2", "assessed",
                                                   "--date", "2026-11-28"),
                         "住户“H004”（项目JHS2）：2026-11-28晚于今天（2026-11-27）")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "stage", "H004", "--project", "JHS2", "assessed",
                                                   "--date", "2026-10-31"),
                         "住户“H004”（项目JHS2）：“已评估”日期2026-10-31早于“入户调查”日期2026-11-01")
        self.assertEqual(self.assert_fails_cleanly(64, "household", "stage", "H004", "--project", "JHS2", "assessed",
                                                   "--date", "2026-02-30"),
                         "--date：“2026-02-30”不是 YYYY-MM-DD 格式的日期")
        self.assertIn("STAGE: “已完工”不是以下之一：",
                      self.assert_fails_cleanly(64, "household", "stage", "H004", "--project", "JHS2", "已完工"))
        self.assertEqual(self.assert_fails_cleanly(65, "household", "stage", "H999", "--project", "JHS2", "assessed"),
                         "未知住户“H999”")
        self.assertIn("未知项目“NOPE”",
                      self.assert_fails_cleanly(65, "household", "stage", "H004", "--project", "NOPE", "assessed"))
        self.assertEqual(self.assert_fails_cleanly(65, "household", "stage", "H004", "--project", "DQ", "assessed"),
                         "住户“H004”未纳入项目DQ；见“dongmao project enroll”")
        self.dm_fails(64, "household", "stage", "H004", "assessed")

    def test_force_corrections(self):
        out = self.dm_ok("household", "stage", "H001", "--project", "JHS2", "negotiating", "--force", "--note",
                         "协议作废", "--date", "2026-11-20")
        self.assertEqual(out, "H001（JHS2）：已腾房 → 谈判中，2026-11-20起\n")
        self.assertEqual(self.stage_of("H001", "JHS2"), ("negotiating", "2026-11-20"))
        self.assertEqual(self.audits("enrollment", "JHS2/H001")[-1], ("stage", {
            "stage": ["vacated", "negotiating"], "stage_date": ["2026-11-10", "2026-11-20"], "note": "协议作废",
            "forced": True}))
        # Re-dating the current stage is a correction too.
        self.dm_ok("household", "stage", "H001", "--project", "JHS2", "negotiating", "--force", "--note", "日期有误",
                   "--date", "2026-11-21")
        self.assertEqual(self.stage_of("H001", "JHS2"), ("negotiating", "2026-11-21"))
        # Withdrawing after signing needs --force; before signing it does not.
        self.assertIn("会让已到“已签约”的住户退出",
                      self.dm_fails(65, "household", "stage", "H003", "--project", "JHS2", "已退出"))
        self.dm_ok("household", "stage", "H002", "--project", "JHS2", "已退出", "--note", "户主放弃")
        self.assertEqual(self.stage_of("H002", "JHS2"), ("withdrawn", TODAY))
        self.assertEqual(len(self.events_of("H001", "JHS2")), 5)

    def test_consent(self):
        self.dm_ok("project", "enroll", "GD", "H001", "H004")
        self.assertEqual(self.sql("SELECT consent FROM enrollment e JOIN project p ON p.id = e.project_id "
                                  "WHERE p.code = 'GD' ORDER BY e.id"), [("pending",), ("pending",)])
        self.assertEqual(self.dm_ok("household", "consent", "H001", "同意", "--project", "国大旧改", "--note", "入户征求"),
                         "H001（GD）：同意\n")
        self.assertEqual(self.audits("enrollment", "GD/H001")[-1],
                         ("consent", {"consent": ["pending", "agree"], "note": "入户征求"}))
        self.assertEqual(self.dm_json("household", "consent", "H001", "agree", "--project", "GD"),
                         {"household": "H001", "project": "GD", "from": "agree", "to": "agree", "changed": False})
        self.dm_ok("household", "consent", "H004", "不同意", "--project", "GD")
        self.assertEqual(self.sql("SELECT consent FROM enrollment e JOIN project p ON p.id = e.project_id "
                                  "WHERE p.code = 'GD' ORDER BY e.id"), [("agree",), ("disagree",)])
        self.assertEqual(self.assert_fails_cleanly(65, "household", "consent", "H001", "agree", "--project", "JHS2"),
                         "项目JHS2是棚改项目；只有老旧小区改造项目记录居民意愿")
        self.assertIn("CONSENT: “也许”不是以下之一：",
                      self.assert_fails_cleanly(64, "household", "consent", "H001", "也许", "--project", "GD"))
        self.assertEqual(self.assert_fails_cleanly(65, "household", "consent", "H002", "agree", "--project", "GD"),
                         "住户“H002”未纳入项目GD；见“dongmao project enroll”")


class HouseholdHistoryTest(LedgerTest):
    def test_history_in_time_order(self):
        self.dm_ok("household", "update", "H001", "--phone", "13907301111")
        self.dm_ok("household", "stage", "H001", "--project", "JHS2", "demolished", "--date", "2026-11-26",
                   "--note", "整栋拆除")
        self.dm_ok("project", "enroll", "GD", "H001", "--date", "2026-11-15")
        self.dm_ok("household", "consent", "H001", "agree", "--project", "GD")
        entries = self.dm_json("household", "history", "H001")
        self.assertEqual([(e["date"], e["kind"], e["project"], e["stage"]) for e in entries], [
            ("2026-09-05", "stage", "JHS2", "surveyed"),
            ("2026-11-03", "stage", "JHS2", "signed"),
            ("2026-11-10", "stage", "JHS2", "vacated"),
            ("2026-11-15", "stage", "GD", "surveyed"),
            ("2026-11-26", "stage", "JHS2", "demolished"),
            (entries[5]["date"], "update", None, None),
            (entries[6]["date"], "consent", "GD", None),
        ])
        self.assertEqual(entries[0]["imported"], True)
        self.assertEqual(entries[0]["operator"], "tester")
        self.assertEqual(entries[4], {"date": "2026-11-26", "recorded_at": entries[4]["recorded_at"], "kind": "stage",
                                      "project": "JHS2", "stage": "demolished", "operator": "tester",
                                      "note": "整栋拆除", "changes": None, "imported": False})
        self.assertEqual(entries[5]["changes"], {"phone": ["138****1234", "139****1111"]})
        pii = self.dm_json("--show-pii", "household", "history", "H001")
        self.assertEqual(pii[5]["changes"], {"phone": ["13807301234", "13907301111"]})
        out = self.dm_ok("household", "history", "H001")
        self.assertRegex(out.splitlines()[0], r"^日期 +项目 +事件 +内容 +操作人 +记录时间$")
        self.assertRegex(out.splitlines()[1], r"^2026-09-05 +JHS2 +入户调查 \(导入\) +tester ")
        self.assertRegex(out, r"\n2026-11-26 +JHS2 +已拆除 +整栋拆除 +tester ")
        self.assertRegex(out, r"\n2026-\d\d-\d\d +修改 +联系电话 138\*\*\*\*1234 → 139\*\*\*\*1111 +tester ")
        self.assertRegex(out, r"\n2026-\d\d-\d\d +GD +意愿变更 +是否同意 未表态 → 同意 +tester ")
        en = self.dm_ok("household", "history", "H001", "--lang", "en")
        self.assertRegex(en, r"\n2026-\d\d-\d\d +update +phone 138\*\*\*\*1234 → 139\*\*\*\*1111 +tester ")
        self.assertRegex(en, r"\n2026-\d\d-\d\d +GD +consent +consent pending → agree +tester ")
        self.assertEqual(self.dm_fails(65, "household", "history", "H999"), "未知住户“H999”")


if __name__ == "__main__":
    unittest.main()
