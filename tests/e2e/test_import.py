"""import: ledgers (CSV in GBK with a title row, XLSX with merged two-row headers) into the
workspace; idempotent re-imports with an audit trail; bad rows, dry runs, JSON summaries,
busy workspaces and broken files.

The ledgers live in tests/fixtures/import (made by make_fixtures.py there); each test copies
the ones it needs into its temporary directory so messages name them without a path."""

import hashlib
import json
import os
import shutil
import sqlite3
import time
import unittest

from dmtest import DongmaoTest, fixture, id_number

# The IDs of make_fixtures.py.
ID_ZHANG = id_number("43060219850312451")  # 430602198503124518
ID_LI = id_number("43060219620718202")     # 430602196207182028
ID_WANG = id_number("43060219771130003")   # 430602197711300032
ID_BAD = "430602199001011234"              # check digit should be 5
ID_BAD_MASKED = "430602********1234"       # as errors show it without --show-pii

TODAY = "2026-11-27"

HOUSEHOLD_ROWS = """
    SELECT h.code, c.name, g.name, h.address, h.head_name, h.head_id_number, h.phone, h.members,
           typeof(h.members), h.housing_type, h.floor_area, typeof(h.floor_area), h.note, h.extra
    FROM household h LEFT JOIN community c ON c.id = h.community_id
                     LEFT JOIN grid g ON g.id = h.grid_id
    ORDER BY h.code"""


class ImportTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = None

    # Helpers -----------------------------------------------------------------------------

    def copy(self, name, dest=None):
        """Copies a fixture of tests/fixtures/import into the test directory."""
        dest = dest or name
        shutil.copyfile(fixture("import", name), self.path(dest))
        return dest

    def dm(self, *args):
        """Runs dongmao on the test workspace; returns (code, stdout, stderr)."""
        return self.run_dm("-w", "ws", *args)

    def imported(self, *args):
        """Runs a successful import (exit 0, nothing on stderr); returns stdout."""
        code, out, err = self.dm("--today", TODAY, "import", *args)
        self.assertEqual(code, 0, f"import {args} failed:\n{err}")
        self.assertEqual(err, "")
        return out

    def error_lines(self, err):
        lines = err.splitlines()
        for line in lines:
            self.assertTrue(line.startswith("dongmao: error: "), line)
        return lines

    def count(self, table):
        return self.query(self.ws, f"SELECT count(*) FROM {table}")[0][0]

    def counts(self):
        return {table: self.count(table) for table in (
            "community", "grid", "household", "project", "enrollment", "stage_event", "petition",
            "petition_event", "metric_value", "import_run", "audit_log")}

    def places(self):
        """A workspace with the communities and grids of the fixtures."""
        self.ws = self.init_ws()
        self.imported("communities", self.copy("communities.csv"))
        self.imported("grids", self.copy("grids.csv"))
        return self.ws

    def sha256(self, name):
        with open(self.path(name), "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()

    # 1. Communities, grids and a GBK household ledger with a title row ---------------------

    def test_communities_and_grids(self):
        self.ws = self.init_ws()
        out = self.imported("communities", self.copy("communities.csv"))
        self.assertEqual(out, "communities.csv：读取2行：新增2个社区，更新0个社区，未变0个社区，有误0行\n")
        self.assertEqual(self.query(self.ws, "SELECT name, code, area_km2, extra FROM community ORDER BY id"),
                         [("东茅岭社区", "430602001001", 1.25, None), ("柴家山社区", "430602001002", 0.8, None)])
        out = self.imported("grids", self.copy("grids.csv"))
        self.assertEqual(out, "grids.csv：读取3行：新增3个网格，更新0个网格，未变0个网格，有误0行\n")
        self.assertEqual(self.query(self.ws, "SELECT g.name, c.name FROM grid g JOIN community c "
                                             "ON c.id = g.community_id ORDER BY g.id"),
                         [("第一网格", "东茅岭社区"), ("第二网格", "东茅岭社区"), ("第一网格", "柴家山社区")])

    def test_gbk_households_with_title_row_and_unknown_column(self):
        self.places()
        out = self.imported("households", self.copy("households_gbk.csv"))
        self.assertEqual(out, "households_gbk.csv：读取3行：新增3户，更新0户，未变0户，有误0行\n"
                              "没有对应字段的列，存为附加数据：楼栋长\n")
        self.assertEqual(self.query(self.ws, HOUSEHOLD_ROWS), [
            ("H001", "东茅岭社区", "第一网格", "东茅岭路12号", "张伟", ID_ZHANG, "13807301234", 3, "integer",
             "private", 85.5, "real", None, '{"楼栋长":"刘红"}'),
            ("H002", "柴家山社区", "第一网格", "柴家山巷3号", "李秀英", ID_LI, "0730-8223456", 2, "integer",
             "public", 62.0, "real", "独居老人", None),
            ("H003", "东茅岭社区", "第二网格", "东茅岭路40号", "王建国", ID_WANG, "13973012345", 5, "integer",
             "shop", 120.25, "real", None, '{"楼栋长":"刘红"}'),
        ])
        # The two grids named 第一网格 are told apart by the row's 社区.
        self.assertEqual(self.query(self.ws, "SELECT h.code, g.community_id = h.community_id FROM household h "
                                             "JOIN grid g ON g.id = h.grid_id ORDER BY h.code"),
                         [("H001", 1), ("H002", 1), ("H003", 1)])
        run = self.query(self.ws, "SELECT entity, file_name, sha256, sheet, operator, rows_read, inserted, updated, "
                                  "unchanged, rejected, status FROM import_run ORDER BY id DESC LIMIT 1")
        self.assertEqual(run, [("households", "households_gbk.csv", self.sha256("households_gbk.csv"), None,
                                "tester", 3, 3, 0, 0, 0, "committed")])

    def test_create_missing_makes_communities_and_grids(self):
        self.ws = self.init_ws()
        name = self.copy("households_gbk.csv")
        code, out, err = self.dm("import", "households", name)
        self.assertEqual(code, 65)
        self.assertEqual(self.count("household"), 0)
        out = self.imported("households", name, "--create-missing")
        self.assertTrue(out.startswith("households_gbk.csv：读取3行：新增3户，更新0户，未变0户，有误0行\n"), out)
        self.assertEqual(self.query(self.ws, "SELECT name FROM community ORDER BY id"),
                         [("东茅岭社区",), ("柴家山社区",)])
        self.assertEqual(self.query(self.ws, "SELECT g.name, c.name FROM grid g JOIN community c "
                                             "ON c.id = g.community_id ORDER BY g.id"),
                         [("第一网格", "东茅岭社区"), ("第一网格", "柴家山社区"), ("第二网格", "东茅岭社区")])
        self.assertEqual([row[:3] for row in self.query(self.ws, HOUSEHOLD_ROWS)], [
            ("H001", "东茅岭社区", "第一网格"), ("H002", "柴家山社区", "第一网格"), ("H003", "东茅岭社区", "第二网格")])

    # 2. Idempotency and the audit trail ------------------------------------------------------

    def test_reimport_changes_nothing_but_the_run_log(self):
        self.places()
        name = self.copy("households_gbk.csv")
        self.imported("households", name)
        before = self.counts()
        rows_before = self.query(self.ws, "SELECT * FROM household ORDER BY id")
        audit_before = self.query(self.ws, "SELECT * FROM audit_log ORDER BY id")

        out = self.imported("households", name)
        self.assertEqual(out, "households_gbk.csv：读取3行：新增0户，更新0户，未变3户，有误0行\n"
                              "没有对应字段的列，存为附加数据：楼栋长\n")
        after = self.counts()
        self.assertEqual(after, dict(before, import_run=before["import_run"] + 1,
                                     audit_log=before["audit_log"] + 1))
        self.assertEqual(self.query(self.ws, "SELECT * FROM household ORDER BY id"), rows_before)
        self.assertEqual(self.query(self.ws, "SELECT * FROM audit_log ORDER BY id")[:-1], audit_before)
        run_id, = self.query(self.ws, "SELECT max(id) FROM import_run")[0]
        action, entity, key, changes, run = self.query(
            self.ws, "SELECT action, entity, entity_key, changes, import_run_id FROM audit_log "
                     "ORDER BY id DESC LIMIT 1")[0]
        self.assertEqual((action, entity, key, run), ("import", "households", "households_gbk.csv", run_id))
        self.assertEqual(json.loads(changes), {"inserted": 0, "updated": 0, "unchanged": 3, "rejected": 0,
                                               "sha256": self.sha256(name)})
        self.assertEqual(self.query(self.ws, "SELECT rows_read, inserted, updated, unchanged, rejected, status "
                                             "FROM import_run WHERE id = ?", run_id),
                         [(3, 0, 0, 3, 0, "committed")])

    def test_changed_phone_is_one_audited_update(self):
        self.places()
        self.imported("households", self.copy("households_gbk.csv"))
        with open(fixture("import", "households_gbk.csv"), encoding="gbk", newline="") as f:
            text = f.read()
        self.assertEqual(text.count("13807301234"), 1)
        with open(self.path("households_v2.csv"), "w", encoding="gbk", newline="") as f:
            f.write(text.replace("13807301234", "13907309999"))
        before = self.counts()

        out = self.imported("households", "households_v2.csv")
        self.assertEqual(out, "households_v2.csv：读取3行：新增0户，更新1户，未变2户，有误0行\n"
                              "没有对应字段的列，存为附加数据：楼栋长\n")
        self.assertEqual(self.query(self.ws, "SELECT code, phone FROM household ORDER BY code"),
                         [("H001", "13907309999"), ("H002", "0730-8223456"), ("H003", "13973012345")])
        self.assertEqual(self.counts(), dict(before, import_run=before["import_run"] + 1,
                                             audit_log=before["audit_log"] + 2))
        run_id, = self.query(self.ws, "SELECT max(id) FROM import_run")[0]
        entries = self.query(self.ws, "SELECT action, entity, entity_key, changes, operator FROM audit_log "
                                      "WHERE import_run_id = ? ORDER BY id", run_id)
        self.assertEqual([e[:3] for e in entries],
                         [("update", "household", "H001"), ("import", "households", "households_v2.csv")])
        self.assertEqual(json.loads(entries[0][3]), {"phone": ["13807301234", "13907309999"]})
        self.assertEqual(entries[0][4], "tester")

    def test_emptied_unknown_column_keeps_extra_unless_cleared(self):
        # Emptying the only unknown cell of a row keeps its extra data, as emptying a known
        # field (备注) keeps that field; --clear-empty clears both.
        self.places()
        self.imported("households", self.copy("households_gbk.csv"))
        with open(fixture("import", "households_gbk.csv"), encoding="gbk", newline="") as f:
            text = f.read()
        changed = text.replace("85.5,,刘红\r\n", "85.5,,\r\n")
        self.assertNotEqual(changed, text)
        with open(self.path("households_v2.csv"), "w", encoding="gbk", newline="") as f:
            f.write(changed)
        out = self.imported("households", "households_v2.csv")
        self.assertEqual(self.query(self.ws, "SELECT extra FROM household WHERE code = 'H001'"), [('{"楼栋长":"刘红"}',)])
        self.assertTrue(out.startswith("households_v2.csv：读取3行：新增0户，更新0户，未变3户，"), out)
        out = self.imported("households", "households_v2.csv", "--clear-empty")
        self.assertEqual(self.query(self.ws, "SELECT extra FROM household WHERE code = 'H001'"), [(None,)])
        self.assertTrue(out.startswith("households_v2.csv：读取3行：新增0户，更新1户，未变2户，"), out)

    # 3. XLSX project ledger: merged title, two-row header, dates of two kinds ---------------

    def projects(self):
        self.places()
        out = self.imported("projects", self.copy("projects.csv"))
        self.assertEqual(out, "projects.csv：读取3行：新增3个项目，更新0个项目，未变0个项目，有误0行\n")

    def test_projects_kinds_from_chinese_labels(self):
        self.projects()
        self.assertEqual(self.query(self.ws, "SELECT code, name, kind, status FROM project ORDER BY id"), [
            ("JHS2", "九华山二期", "shantytown", "active"),
            ("DQSC", "大桥市场片区", "expropriation", "active"),
            ("SG01", "柴家山收购", "buyout", "active")])

    def test_xlsx_enrollments_with_merged_two_row_header(self):
        self.projects()
        name = self.copy("enrollments.xlsx")
        out = self.imported("enrollments", name, "--project", "JHS2")
        self.assertEqual(out, "enrollments.xlsx：读取3行：新增3户，更新0户，未变0户，有误0行\n"
                              "从表格周围读取：年份2026取自标题 （截至2026年11月）\n")
        self.assertEqual(self.query(self.ws, """
            SELECT p.code, h.code, h.head_name, h.head_id_number, c.name, h.note, e.stage, e.stage_date,
                   e.compensation_cents
            FROM enrollment e JOIN project p ON p.id = e.project_id JOIN household h ON h.id = e.household_id
                              LEFT JOIN community c ON c.id = h.community_id
            ORDER BY h.code"""), [
            ("JHS2", "J001", "张伟", ID_ZHANG, "东茅岭社区", None, "signed", "2026-03-02", 85500000),
            ("JHS2", "J002", "李秀英", ID_LI, "柴家山社区", "协议待归档", "signed", "2026-03-05", None),
            ("JHS2", "J003", "王建国", ID_WANG, "东茅岭社区", None, "surveyed", None, None),
        ])
        run_id, = self.query(self.ws, "SELECT max(id) FROM import_run")[0]
        self.assertEqual(self.query(self.ws, """
            SELECT h.code, s.stage, s.effective_date, s.operator, s.import_run_id
            FROM stage_event s JOIN enrollment e ON e.id = s.enrollment_id JOIN household h ON h.id = e.household_id
            ORDER BY h.code"""), [
            ("J001", "signed", "2026-03-02", "tester", run_id),
            ("J002", "signed", "2026-03-05", "tester", run_id),
        ])
        self.assertEqual(self.query(self.ws, "SELECT sheet FROM import_run WHERE id = ?", run_id), [("台账",)])
        # Again: nothing new, no second stage event.
        before = self.counts()
        out = self.imported("enrollments", name, "--project", "JHS2")
        self.assertEqual(out, "enrollments.xlsx：读取3行：新增0户，更新0户，未变3户，有误0行\n"
                              "从表格周围读取：年份2026取自标题 （截至2026年11月）\n")
        self.assertEqual(self.counts(), dict(before, import_run=before["import_run"] + 1,
                                             audit_log=before["audit_log"] + 1))

    def test_stage_date_after_today_is_rejected(self):
        self.projects()
        name = self.copy("enrollments.xlsx")
        before = self.counts()
        code, out, err = self.dm("--today", "2026-03-04", "import", "enrollments", name, "--project", "JHS2")
        self.assertEqual(code, 65, err)
        self.assertEqual(self.error_lines(err), [
            "dongmao: error: enrollments.xlsx：工作表 台账：第5行 F列（签约情况/日期）："
            "2026-03-05晚于今天（2026-03-04）"])
        code, _, err = self.dm("--today", "2026-03-04", "--lang", "en", "import", "enrollments", name, "--project", "JHS2")
        self.assertEqual((code, self.error_lines(err)), (65, [
            "dongmao: error: enrollments.xlsx: sheet 台账: row 5, column F (签约情况/日期): "
            "2026-03-05 is after today (2026-03-04)"]))
        self.assertEqual(out, "enrollments.xlsx：读取3行：可新增2户，可更新0户，未变0户，有误1行，未写入\n"
                              "从表格周围读取：年份2026取自标题 （截至2026年11月）\n")
        self.assertEqual(self.counts(), before)

    def test_unknown_project_is_one_error(self):
        self.projects()
        line = self.fails(65, "-w", "ws", "--today", TODAY, "import", "enrollments", self.copy("enrollments.xlsx"),
                          "--project", "JHS9")
        self.assertEqual(line, "dongmao: error: --project: 未知项目“JHS9”；是不是“JHS2”？（请先导入项目）")
        self.assertEqual(self.count("enrollment"), 0)

    # 4. Bad rows: abort, skip with an errors file, dry run ----------------------------------

    BAD_LINES = [
        f"dongmao: error: households_bad.csv：第3行 C列（身份证号）：“{ID_BAD_MASKED}”不是有效的身份证号："
        "校验位不对",
        "dongmao: error: households_bad.csv：第4行 D列（社区）：未知社区“东茅领社区”；是不是“东茅岭社区”？"
        "（或先导入该社区，或加 --create-missing）",
    ]

    def test_bad_rows_abort_and_write_nothing(self):
        self.places()
        before = self.counts()
        code, out, err = self.dm("import", "households", self.copy("households_bad.csv"))
        self.assertEqual(code, 65)
        self.assertEqual(self.error_lines(err), self.BAD_LINES)
        self.assertEqual(out, "households_bad.csv：读取4行：可新增2户，可更新0户，未变0户，有误2行，未写入\n")
        self.assertEqual(self.count("household"), 0)
        self.assertEqual(self.counts(), before)

    def test_bad_rows_skipped_into_errors_file(self):
        self.places()
        before = self.counts()
        code, out, err = self.dm("import", "households", self.copy("households_bad.csv"),
                                 "--on-error", "skip", "--errors", "bad.csv")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.error_lines(err), self.BAD_LINES)
        self.assertEqual(out, "households_bad.csv：读取4行：新增2户，更新0户，未变0户，有误2行\n")
        self.assertEqual(self.query(self.ws, "SELECT h.code, h.head_name, h.head_id_number, c.name FROM household h "
                                             "JOIN community c ON c.id = h.community_id ORDER BY h.code"),
                         [("H101", "张伟", ID_ZHANG, "东茅岭社区"), ("H104", "李秀英", ID_LI, "柴家山社区")])
        self.assertEqual(self.counts(), dict(before, household=2, import_run=before["import_run"] + 1,
                                             audit_log=before["audit_log"] + 2))
        # The errors file holds the rejected rows' cells in full: an export of personal data, audited.
        self.assertEqual(self.query(self.ws, "SELECT operator, action, entity, entity_key, changes FROM audit_log "
                                             "ORDER BY id DESC LIMIT 1"),
                         [("tester", "export", "households", "bad.csv",
                           '{"command":"import households","file":"bad.csv",'
                           '"shown":"rejected rows\' cells in full (--errors)"}')])
        self.assertEqual(self.query(self.ws, "SELECT rows_read, inserted, updated, unchanged, rejected, status "
                                             "FROM import_run ORDER BY id DESC LIMIT 1"),
                         [(4, 2, 0, 0, 2, "committed")])
        with open(self.path("bad.csv"), "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"), data[:10])
        self.assertEqual(data.decode("utf-8-sig").splitlines(), [
            "行号,户编号,户主姓名,身份证号,社区,错误原因",
            f"3,H102,赵敏,{ID_BAD},东茅岭社区,C列（身份证号）：“{ID_BAD_MASKED}”不是有效的身份证号："
            "校验位不对",
            "4,H103,王建国,430602197711300032,东茅领社区,D列（社区）：未知社区“东茅领社区”；是不是“东茅岭社区”？"
            "（或先导入该社区，或加 --create-missing）",
        ])

    def test_errors_file_as_xlsx_keeps_ids_as_text(self):
        import openpyxl
        self.places()
        code, out, err = self.dm("import", "households", self.copy("households_bad.csv"),
                                 "--on-error", "skip", "--errors", "fix/bad.xlsx")
        self.assertEqual(code, 0, err)
        sheet = openpyxl.load_workbook(self.path("fix", "bad.xlsx")).active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        self.assertEqual(rows[0], ["行号", "户编号", "户主姓名", "身份证号", "社区", "错误原因"])
        self.assertEqual(rows[1][:5], [3, "H102", "赵敏", ID_BAD, "东茅岭社区"])
        self.assertEqual(sheet.cell(row=2, column=4).data_type, "s")
        self.assertEqual(rows[2][0], 4)
        self.assertEqual(len(rows), 3)
        # The fixed file imports as any ledger: the header is found below nothing, 行号 is extra.
        self.assertEqual(sorted(os.listdir(self.path("fix"))), ["bad.xlsx"])

    def test_dry_run_writes_nothing(self):
        self.ws = self.init_ws()
        self.imported("communities", self.copy("communities.csv"))
        before = self.counts()
        # Even the grids --create-missing would make are rolled back.
        out = self.imported("households", self.copy("households_gbk.csv"), "--create-missing", "--dry-run")
        self.assertEqual(out, "households_gbk.csv：读取3行：可新增3户，可更新0户，未变0户，有误0行，试运行未写入\n"
                              "没有对应字段的列，存为附加数据：楼栋长\n")
        self.assertEqual(self.counts(), before)
        self.assertEqual(self.count("grid"), 0)

    def test_duplicate_key_in_one_file(self):
        self.places()
        with open(self.path("dup.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名\nH001,张伟\nH002,李秀英\nH001,张伟\n")
        code, out, err = self.dm("import", "households", "dup.csv")
        self.assertEqual(code, 65)
        self.assertEqual(self.error_lines(err), ["dongmao: error: dup.csv：第4行：与第2行重复（H001）"])
        self.assertEqual(self.count("household"), 0)

    def ledger_rows(self, n):
        """n household rows H0001… in 东茅岭社区, with valid IDs and phones."""
        return [f"H{i:04d},户主{i},东茅岭社区,第一网格,1390730{i:04d}\n" for i in range(1, n + 1)]

    def test_long_ledger_keeps_order_and_counts_across_batches(self):
        # Rows are read ahead in batches of a few hundred: problems far apart, a key repeated
        # thousands of rows later and a warning must all come out in file order.
        self.places()
        rows = self.ledger_rows(3000)
        rows[1499] = "H1500,户主1500,东茅岭社区,第一网格,12345\n"   # file row 1501: bad phone
        rows[2899] = "H0005,户主5again,东茅岭社区,第一网格,13907300005\n"  # row 2901: repeats row 6
        rows[2999] = "H3000,户主3000,东茅领社区,第一网格,13907303000\n"  # row 3001: unknown community
        with open(self.path("long.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,社区,网格,联系电话\n" + "".join(rows))
        code, out, err = self.dm("import", "households", "long.csv", "--on-error", "skip")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.error_lines(err), [
            "dongmao: error: long.csv：第1501行 E列（联系电话）：“***45”不是电话号码",
            "dongmao: error: long.csv：第2901行：与第6行重复（H0005）",
            "dongmao: error: long.csv：第3001行 C列（社区）：未知社区“东茅领社区”；是不是“东茅岭社区”？"
            "（或先导入该社区，或加 --create-missing）",
        ])
        self.assertEqual(out, "long.csv：读取3000行：新增2997户，更新0户，未变0户，有误3行\n")
        self.assertEqual(self.count("household"), 2997)
        self.assertEqual(self.query(self.ws, "SELECT head_name, phone FROM household WHERE code IN ('H0005', 'H2999') "
                                             "ORDER BY code"),
                         [("户主5", "13907300005"), ("户主2999", "13907302999")])
        # Re-importing the same file: every good row unchanged, the same three rejected.
        code, out, _ = self.dm("import", "households", "long.csv", "--on-error", "skip")
        self.assertEqual(code, 0)
        self.assertEqual(out, "long.csv：读取3000行：新增0户，更新0户，未变2997户，有误3行\n")

    def test_broken_byte_late_in_a_long_file_writes_nothing(self):
        # The reading runs ahead of the writing: an undecodable byte after thousands of good
        # rows still fails the whole import, naming its offset, with nothing written.
        self.places()
        before = self.counts()
        head = ("户编号,户主姓名,社区,网格,联系电话\n" + "".join(self.ledger_rows(2500))).encode("utf-8")
        with open(self.path("broken.csv"), "wb") as f:
            f.write(head + b"H9999,\xff\xfe,\xe4\xb8\x9c,x,1\n")
        line = self.fails(65, "-w", "ws", "import", "households", "broken.csv")
        self.assertEqual(line, "dongmao: error: broken.csv：第2502行：不是有效的UTF-8文本"
                               f"（偏移{len(head) + 6}处的字节0xFF无效）")
        self.assertEqual(self.counts(), before)

    def test_sum_rows_are_skipped_and_named(self):
        # Ledgers kept by hand sum their columns in 小计 rows per community and a 合计 row at
        # the bottom; those rows are no households and must not stop the import.
        self.places()
        with open(self.path("sums.csv"), "w", encoding="utf-8") as f:
            f.write("东茅岭街道住户台账（截至2026年11月）\n"
                    "序号,户编号,户主姓名,社区,家庭人数,建筑面积\n"
                    "1,H001,张伟,东茅岭社区,3,85.5\n"
                    "2,H002,王建国,东茅岭社区,5,120\n"
                    "小计,,,,8,205.5\n"
                    "3,H003,李秀英,柴家山社区,2,62\n"
                    "合 计：,,,,10,267.5\n")
        out = self.imported("households", "sums.csv")
        self.assertEqual(out, "sums.csv：读取3行：新增3户，更新0户，未变0户，有误0行\n"
                              "从表格周围读取：A列（序号）是序号：不保存\n"
                              "跳过合计行（合计/小计）：第5、7行\n")
        self.assertEqual(self.query(self.ws, "SELECT code, members, extra FROM household ORDER BY code"),
                         [("H001", 3, None), ("H002", 5, None), ("H003", 2, None)])
        code, out, err = self.dm("--json", "import", "households", "sums.csv")
        self.assertEqual(code, 0, err)
        summary = json.loads(out)
        self.assertEqual((summary["read"], summary["unchanged"], summary["total_rows"]), (3, 3, [5, 7]))

    def test_ledger_after_a_cover_sheet_is_found(self):
        # A workbook opening with 填表说明, then a hidden list of communities, then the ledger.
        import openpyxl
        self.places()
        wb = openpyxl.Workbook()
        cover = wb.active
        cover.title = "填表说明"
        cover.append(["请按户填写，身份证号码按文本格式录入。"])
        hidden = wb.create_sheet("字典")
        hidden.append(["社区"])
        hidden.append(["东茅岭社区"])
        hidden.sheet_state = "hidden"
        ledger = wb.create_sheet("户台账")
        ledger.append(["户编号", "户主姓名", "社区"])
        ledger.append(["H001", "张伟", "东茅岭社区"])
        wb.save(self.path("book.xlsx"))
        code, out, err = self.dm("--json", "import", "households", "book.xlsx")
        self.assertEqual(code, 0, err)
        summary = json.loads(out)
        self.assertEqual((summary["sheet"], summary["sheet_searched"], summary["inserted"]), ("户台账", "填表说明", 1))
        self.assertEqual(self.query(self.ws, "SELECT code, head_name FROM household"), [("H001", "张伟")])
        # --sheet names the sheet to read: no search then.
        line = self.fails(65, "-w", "ws", "import", "households", "book.xlsx", "--sheet", "填表说明")
        self.assertEqual(line, "dongmao: error: book.xlsx：工作表 填表说明：没有表头行：前1行中没有一行含住户的列名")
        out = self.imported("households", "book.xlsx")
        self.assertEqual(out, "book.xlsx：读取1行：新增0户，更新0户，未变1户，有误0行\n"
                              "读取了工作表 户台账：第一个工作表 填表说明 没有住户表头\n")

    def test_placeholders_and_several_phones(self):
        # 无 or / in a column of numbers, phones or places means "nothing"; a contact cell may
        # hold two numbers.
        self.places()
        with open(self.path("contacts.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,联系电话,家庭人数,建筑面积,社区,备注\n"
                    "H001,张伟,13807301234/13907301234,无,/,—,无\n"
                    "H002,李秀英,\"0730—8223456、13973012345\",2,--,东茅岭社区,\n")
        self.imported("households", "contacts.csv")
        self.assertEqual(self.query(self.ws, "SELECT code, phone, members, floor_area, community_id IS NULL, note "
                                             "FROM household ORDER BY code"),
                         [("H001", "13807301234/13907301234", None, None, 1, "无"),
                          ("H002", "0730-8223456/13973012345", 2, None, 0, None)])
        code, out, _ = self.dm("household", "show", "H002")
        self.assertEqual(code, 0)
        self.assertIn("0730-****456/139****2345", out)

    def test_unknown_columns_of_one_name_are_both_kept(self):
        self.places()
        with open(self.path("twice.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,联系人,联系人\nH001,张伟,刘红,王五\n")
        self.imported("households", "twice.csv")
        self.assertEqual(self.query(self.ws, "SELECT extra FROM household"), [('{"联系人":"刘红","联系人 (D)":"王五"}',)])

    def test_notes_below_the_table_are_skipped(self):
        # Report forms end with who filled them in and a note, typed under the key column.
        self.places()
        with open(self.path("form.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,社区\n"
                    "H001,张伟,东茅岭社区\n"
                    "填表人：张三,审核人：李四,\n"
                    "\"注：本表数据截至2026年11月30日，由社区网格员核实。\",,\n"
                    "填报单位（盖章）：东茅岭社区居委会,,\n")
        out = self.imported("households", "form.csv")
        self.assertEqual(out, "form.csv：读取1行：新增1户，更新0户，未变0户，有误0行\n"
                              "跳过表格下方的备注（填表人/审核人/注）：第3-5行\n")
        self.assertEqual(self.query(self.ws, "SELECT code FROM household"), [("H001",)])

    def test_sum_rows_of_libreoffice_workbooks(self):
        # households_sums.xlsx/.xls (make_sum_rows.py): saved by LibreOffice, with a 合计 row of
        # SUM formulas and three pre-numbered blank rows.
        for name in ("households_sums.xlsx", "households_sums.xls"):
            with self.subTest(name=name):
                self.places()
                out = self.imported("households", self.copy(name))
                self.assertEqual(out, f"{name}：读取2行：新增2户，更新0户，未变0户，有误0行\n"
                                      "没有对应字段的列，存为附加数据：登记日期\n"
                                      "从表格周围读取：A列（序号）是序号：不保存\n"
                                      "跳过合计行（合计/小计）：第5行\n"
                                      "跳过未填任何已知列的行：第6-8行\n")
                self.assertEqual(self.query(self.ws, "SELECT h.code, h.head_id_number, c.name, h.members, "
                                                     "h.floor_area, h.extra FROM household h "
                                                     "JOIN community c ON c.id = h.community_id ORDER BY h.code"),
                                 [("H001", ID_ZHANG, "东茅岭社区", 3, 85.5, '{"登记日期":"2026-03-05"}'),
                                  ("H002", ID_LI, "柴家山社区", 2, 60.0, '{"登记日期":"2026/4/1"}')])
                shutil.rmtree(self.ws)

    def test_pre_numbered_blank_rows_are_skipped(self):
        # A template numbers its rows ahead (序号 filled, nothing else): those rows are no records.
        self.places()
        rows = "".join(f"{i},,,\n" for i in range(3, 41))
        with open(self.path("template.csv"), "w", encoding="utf-8") as f:
            f.write("序号,户编号,户主姓名,楼栋长\n1,H001,张伟,刘红\n2,H002,李秀英,\n" + rows
                    + "41,,,王五\n42,,,\n")
        code, out, err = self.dm("import", "households", "template.csv")
        self.assertEqual(code, 0, err)
        # Row 42 has 楼栋长 (an unknown column) but no field: skipped too, and named.
        self.assertEqual(out, "template.csv：读取2行：新增2户，更新0户，未变0户，有误0行\n"
                              "没有对应字段的列，存为附加数据：楼栋长\n"
                              "从表格周围读取：A列（序号）是序号：不保存\n"
                              "跳过未填任何已知列的行：第4-43行\n")
        self.assertEqual(self.count("household"), 2)

    def test_header_typed_on_two_lines_is_named_on_one(self):
        # Alt+Enter in a header cell: "身份证\n号码" matches 身份证号码 and messages name it on one line.
        self.places()
        with open(self.path("lines.csv"), "w", encoding="utf-8", newline="") as f:
            f.write('户编号,"户主\n姓名","身份证\r\n号码","Building\nlead"\r\n'
                    f"H001,张伟,{ID_BAD},刘红\r\n")
        code, out, err = self.dm("import", "households", "lines.csv")
        self.assertEqual(code, 65)
        self.assertEqual(self.error_lines(err), [
            f"dongmao: error: lines.csv：第2行 C列（身份证号码）：“{ID_BAD_MASKED}”不是有效的身份证号："
            "校验位不对"])
        self.assertEqual(out, "lines.csv：读取1行：可新增0户，可更新0户，未变0户，有误1行，未写入\n"
                              "没有对应字段的列，存为附加数据：Building lead\n")

    # 5. JSON summary ----------------------------------------------------------------------

    def test_json_summary(self):
        self.places()
        code, out, err = self.dm("--json", "import", "households", self.copy("households_bad.csv"),
                                 "--on-error", "skip")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.error_lines(err), self.BAD_LINES)
        data = json.loads(out)
        run_id, = self.query(self.ws, "SELECT max(id) FROM import_run")[0]
        self.assertEqual({k: data[k] for k in ("read", "inserted", "updated", "unchanged", "rejected",
                                               "unknown_columns", "errors", "committed", "dry_run", "import_run",
                                               "entity", "file", "sheet", "header_row", "sha256", "warnings")}, {
            "read": 4, "inserted": 2, "updated": 0, "unchanged": 0, "rejected": 2, "unknown_columns": [],
            "errors": [
                {"row": 3, "column": "C列（身份证号）",
                 "message": f"“{ID_BAD_MASKED}”不是有效的身份证号：校验位不对"},
                {"row": 4, "column": "D列（社区）",
                 "message": "未知社区“东茅领社区”；是不是“东茅岭社区”？（或先导入该社区，或加 --create-missing）"}],

            "committed": True, "dry_run": False, "import_run": run_id, "entity": "households",
            "file": "households_bad.csv", "sheet": "", "header_row": 1,
            "sha256": self.sha256("households_bad.csv"), "warnings": []})

    def test_json_summary_of_gbk_ledger(self):
        self.places()
        code, out, err = self.dm("--json", "import", "households", self.copy("households_gbk.csv"), "--dry-run")
        self.assertEqual((code, err), (0, ""))
        data = json.loads(out)
        self.assertEqual({k: data[k] for k in ("read", "inserted", "updated", "unchanged", "rejected",
                                               "unknown_columns", "errors", "committed", "dry_run", "import_run",
                                               "format", "header_row")}, {
            "read": 3, "inserted": 3, "updated": 0, "unchanged": 0, "rejected": 0, "unknown_columns": ["楼栋长"],
            "errors": [], "committed": False, "dry_run": True, "import_run": None,
            "format": "csv gb18030 ','", "header_row": 2})
        self.assertEqual(self.count("household"), 0)

    # 6. An ID number Excel kept as a number ---------------------------------------------------

    def test_excel_number_id_is_rejected(self):
        self.places()
        name = self.copy("excel_number_id.xlsx")
        before = self.counts()
        code, out, err = self.dm("import", "households", name)
        self.assertEqual(code, 65)
        lines = self.error_lines(err)
        self.assertEqual(len(lines), 1, err)
        self.assertTrue(lines[0].startswith("dongmao: error: excel_number_id.xlsx：工作表 住户：第2行 C列（身份证号）：“"),
                        lines[0])
        self.assertIn("Excel 把身份证号存成了数字", lines[0])
        self.assertEqual(lines[0], "dongmao: error: excel_number_id.xlsx：工作表 住户：第2行 C列（身份证号）："
                                   "“4.3060**********e+17”：Excel 把身份证号存成了数字，丢失了末尾几位；"
                                   "请把该列设为文本后重新输入")

        self.assertEqual(self.counts(), before)
        # Skipping it keeps the row whose ID is text.
        code, out, err = self.dm("import", "households", name, "--on-error", "skip")
        self.assertEqual(code, 0)
        self.assertEqual(self.query(self.ws, "SELECT code, head_id_number FROM household"), [("H202", ID_LI)])

    # 7. Busy workspace ------------------------------------------------------------------------

    def test_busy_workspace_is_exit_75(self):
        self.places()
        settings = os.path.join(self.ws, "dongmao.toml")
        with open(settings, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("busy_timeout_ms = 5000", text)
        with open(settings, "w", encoding="utf-8") as f:
            f.write(text.replace("busy_timeout_ms = 5000", "busy_timeout_ms = 200"))
        name = self.copy("households_gbk.csv")
        before = self.counts()
        con = sqlite3.connect(os.path.join(self.ws, "dongmao.db"), isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            start = time.monotonic()
            line = self.fails(75, "-w", "ws", "import", "households", name)
            elapsed = time.monotonic() - start
            con.execute("ROLLBACK")
        finally:
            con.close()
        self.assertIn("工作区正忙", line)

        self.assertEqual(line, "dongmao: error: ws：工作区正忙（另一个 dongmao 正在写入）；请稍后再试")
        self.assertLess(elapsed, 5)
        self.assertEqual(self.counts(), before)

    # 8. A --today that is no date ---------------------------------------------------------------

    def test_impossible_today_is_usage_error(self):
        self.places()
        before = self.counts()
        line = self.fails(64, "-w", "ws", "--today", "2026-02-30", "import", "households",
                          self.copy("households_gbk.csv"))
        self.assertEqual(line, "dongmao: error: --today：“2026-02-30”不是 YYYY-MM-DD 格式的日期")
        self.assertEqual(self.counts(), before)

    # 9. Metrics, long and wide ------------------------------------------------------------------

    METRICS = """
        SELECT i.name, c.name, m.month, m.value, typeof(m.value)
        FROM metric_value m JOIN indicator i ON i.id = m.indicator_id LEFT JOIN community c ON c.id = m.community_id
        ORDER BY i.name, c.name, m.month"""

    def test_metrics_long_form(self):
        self.places()
        name = self.copy("metrics_long.csv")
        out = self.imported("metrics", name)
        self.assertEqual(out, "metrics_long.csv：读取3行：新增3条，更新0条，未变0条，有误0行\n")
        self.assertEqual(self.query(self.ws, self.METRICS), [
            ("低保户数", "东茅岭社区", "2026-11", 35.5, "real"),
            ("新增就业人数", "东茅岭社区", "2026-11", 12.0, "real"),
            ("新增就业人数", "柴家山社区", "2026-11", 7.0, "real"),
        ])
        self.assertEqual(self.query(self.ws, "SELECT name FROM indicator ORDER BY id"),
                         [("新增就业人数",), ("低保户数",)])
        before = self.counts()
        out = self.imported("metrics", name)
        self.assertEqual(out, "metrics_long.csv：读取3行：新增0条，更新0条，未变3条，有误0行\n")
        self.assertEqual(self.counts(), dict(before, import_run=before["import_run"] + 1,
                                             audit_log=before["audit_log"] + 1))

    def test_metrics_wide_form_with_month_flag(self):
        self.places()
        name = self.copy("metrics_wide.csv")
        # The indicator columns are the data here, so no "kept as extra data" line.
        out = self.imported("metrics", name, "--month", "2026-11")
        self.assertEqual(out, "metrics_wide.csv：读取2行：新增2条，更新0条，未变0条，有误0行\n")
        self.assertEqual(self.query(self.ws, self.METRICS), [
            ("低保户数", "东茅岭社区", "2026-11", 35.0, "real"),
            ("低保户数", "柴家山社区", "2026-11", 18.5, "real"),
            ("协税护税", "东茅岭社区", "2026-11", 126.5, "real"),
            ("新增就业人数", "东茅岭社区", "2026-11", 12.0, "real"),
            ("新增就业人数", "柴家山社区", "2026-11", 7.0, "real"),
        ])
        # A unit in brackets is the indicator's unit, not part of its name.
        self.assertEqual(self.query(self.ws, "SELECT name, unit FROM indicator ORDER BY name"),
                         [("低保户数", None), ("协税护税", "万元"), ("新增就业人数", None)])
        before = self.counts()
        out = self.imported("metrics", name, "--month", "2026-11")
        self.assertEqual(out, "metrics_wide.csv：读取2行：新增0条，更新0条，未变2条，有误0行\n")
        self.assertEqual(self.counts(), dict(before, import_run=before["import_run"] + 1,
                                             audit_log=before["audit_log"] + 1))

    def test_metrics_wide_form_needs_a_month(self):
        self.places()
        line = self.fails(65, "-w", "ws", "import", "metrics", self.copy("metrics_wide.csv"))
        self.assertEqual(line, "dongmao: error: metrics_wide.csv：第1行：缺少“月份”列（表头如 月份、月、统计月份、时间）")
        line = self.fails(64, "-w", "ws", "import", "metrics", "metrics_wide.csv", "--month", "2026-13")
        self.assertEqual(line, "dongmao: error: --month：“2026-13”不是 this、last 或 YYYY-MM")
        self.assertEqual(self.count("metric_value"), 0)

    def test_metrics_wide_form_json_has_no_unknown_columns(self):
        self.places()
        code, out, err = self.dm("--json", "import", "metrics", self.copy("metrics_wide.csv"), "--month", "2026-11")
        self.assertEqual((code, err), (0, ""))
        data = json.loads(out)
        self.assertEqual({k: data[k] for k in ("read", "inserted", "unchanged", "rejected", "unknown_columns",
                                               "committed")},
                         {"read": 2, "inserted": 2, "unchanged": 0, "rejected": 0, "unknown_columns": [],
                          "committed": True})

    # 10. Petitions ------------------------------------------------------------------------------

    def check_petitions(self, name, escalated):
        out = self.imported("petitions", name)
        self.assertEqual(out, f"{name}：读取4行：新增4件，更新0件，未变0件，有误0行\n")
        self.assertEqual(self.query(self.ws, """
            SELECT p.case_no, p.received_date, p.channel, p.people_count, p.category, c.name, p.status,
                   p.accepted_date, p.closed_date, p.escalated
            FROM petition p LEFT JOIN community c ON c.id = p.community_id ORDER BY p.case_no"""), [
            ("XF2026001", "2026-10-08", "visit", 3, "征拆补偿", "东茅岭社区", "closed", "2026-10-09", "2026-10-30",
             escalated[0]),
            ("XF2026002", "2026-10-15", "letter", 1, "物业管理", "柴家山社区", "accepted", "2026-10-16", None,
             escalated[1]),
            ("XF2026003", "2026-11-02", "online", 1, "劳动社保", "东茅岭社区", "received", None, None, escalated[2]),
            ("XF2026004", "2026-11-20", "phone", 1, "其他", None, "received", None, None, escalated[3]),
        ])
        self.assertEqual(self.query(self.ws, "SELECT p.case_no, r.name, r.is_representative FROM petitioner r "
                                             "JOIN petition p ON p.id = r.petition_id ORDER BY p.case_no"),
                         [("XF2026001", "张伟", 1), ("XF2026002", "李秀英", 1), ("XF2026003", "王建国", 1),
                          ("XF2026004", "赵敏", 1)])
        self.assertEqual(self.query(self.ws, "SELECT p.case_no, e.action, e.event_date, e.operator FROM petition_event e "
                                             "JOIN petition p ON p.id = e.petition_id ORDER BY p.case_no, e.id"), [
            ("XF2026001", "register", "2026-10-08", "tester"),
            ("XF2026001", "accept", "2026-10-09", "tester"),
            ("XF2026001", "close", "2026-10-30", "tester"),
            ("XF2026002", "register", "2026-10-15", "tester"),
            ("XF2026002", "accept", "2026-10-16", "tester"),
            ("XF2026003", "register", "2026-11-02", "tester"),
            ("XF2026004", "register", "2026-11-20", "tester"),
        ])
        before = self.counts()
        out = self.imported("petitions", name)
        self.assertEqual(out, f"{name}：读取4行：新增0件，更新0件，未变4件，有误0行\n")
        self.assertEqual(self.counts(), dict(before, import_run=before["import_run"] + 1,
                                             audit_log=before["audit_log"] + 1))

    def test_petitions_with_escalated_column(self):
        self.places()
        with open(fixture("import", "petitions.csv"), encoding="utf-8", newline="") as f:
            lines = f.read().split("\r\n")
        marks = ["是否越级", "是", "否", "否", "否"]
        text = "\r\n".join(line + "," + mark for line, mark in zip(lines, marks)) + "\r\n"
        with open(self.path("petitions_escalated.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        self.check_petitions("petitions_escalated.csv", [1, 0, 0, 0])

    def test_petitions_without_escalated_column(self):
        # Regression: without a 是否越级 column this once failed with exit 1 and
        # "dongmao: error: query: NOT NULL constraint failed: petition.escalated".
        self.places()
        self.check_petitions(self.copy("petitions.csv"), [0, 0, 0, 0])

    def test_organisations_without_key_taxpayer_column(self):
        # Regression: without a 纳税大户 column this once failed with exit 1 and
        # "dongmao: error: query: NOT NULL constraint failed: organisation.key_taxpayer".
        self.places()
        with open(self.path("organisations.csv"), "w", encoding="utf-8") as f:
            f.write("单位名称,单位类型,社区\n东茅岭菜市场,商场市场,东茅岭社区\n")
        out = self.imported("organisations", "organisations.csv")
        self.assertEqual(out, "organisations.csv：读取1行：新增1家单位，更新0家单位，未变0家单位，有误0行\n")
        self.assertEqual(self.query(self.ws, "SELECT name, kind, key_taxpayer FROM organisation"),
                         [("东茅岭菜市场", "market", 0)])

    # 11-12. Missing column, corrupt and missing files -----------------------------------------------

    def test_missing_required_column(self):
        self.places()
        before = self.counts()
        line = self.fails(65, "-w", "ws", "import", "households", self.copy("households_no_code.csv"), "--match", "code")
        self.assertEqual(line, "dongmao: error: households_no_code.csv：第1行：缺少“户编号”列（表头如 户编号、户号、住户编号、编号）")
        self.assertEqual(self.counts(), before)

    def test_missing_required_column_below_title_row(self):
        self.places()
        with open(fixture("import", "households_gbk.csv"), encoding="gbk", newline="") as f:
            text = f.read()
        with open(self.path("no_code.csv"), "w", encoding="gbk", newline="") as f:
            f.write(text.replace("户编号,", "序号,"))
        line = self.fails(65, "-w", "ws", "import", "households", "no_code.csv", "--match", "code")
        self.assertEqual(line, "dongmao: error: no_code.csv：第2行：缺少“户编号”列（表头如 户编号、户号、住户编号、编号）")

    def test_corrupt_xlsx_is_exit_65(self):
        self.places()
        shutil.copyfile(fixture("xlsx", "truncated.xlsx"), self.path("truncated.xlsx"))
        before = self.counts()
        line = self.fails(65, "-w", "ws", "import", "households", "truncated.xlsx")
        self.assertRegex(line, r"^dongmao: error: truncated\.xlsx：不是可读的 \.xlsx 工作簿（.+）$")
        self.assertEqual(self.counts(), before)

    def test_missing_file_is_exit_66(self):
        self.places()
        line = self.fails(66, "-w", "ws", "import", "households", "nope.csv")
        self.assertEqual(line, "dongmao: error: nope.csv：文件不存在")


if __name__ == "__main__":
    unittest.main()
