"""dongmao check, backup and restore: findings with their keys and exit 65, consistent
copies, checked and atomic restores."""

import json
import os
import shutil
import sqlite3
import stat
import unittest

from dmtest import DongmaoTest, fixture

TODAY = "2026-11-27"


class CheckTest(DongmaoTest):

    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        for entity, name, *extra in [("communities", "communities.csv"), ("grids", "grids.csv"),
                                     ("projects", "projects.csv"),
                                     ("enrollments", "enrollments.xlsx", "--project", "JHS2"),
                                     ("petitions", "petitions.csv")]:
            self.ok("-w", "ws", "--today", TODAY, "-q", "import", entity, fixture("import", name), *extra)

    def dm(self, *args):
        return self.run_dm("-w", "ws", *args)

    def change(self, sql, ws=None):
        con = sqlite3.connect(os.path.join(ws or self.ws, "dongmao.db"))
        con.execute(sql)
        con.commit()
        con.close()

    def test_clean_workspace_passes(self):
        self.assertEqual(self.ok("-w", "ws", "check"), f"ws: 检查通过，未发现问题\n")
        self.assertEqual(json.loads(self.ok("-w", "ws", "--json", "check")),
                         {"workspace": "ws", "ok": True, "findings": []})

    def test_an_undated_stage_beyond_the_events_passes(self):
        # A ledger's 已交房 with only the signing dated: the household stands there, undated.
        self.change("UPDATE enrollment SET stage = 'vacated', stage_date = NULL WHERE household_id = "
                    "(SELECT id FROM household WHERE code = 'J001')")
        self.assertEqual(self.ok("-w", "ws", "check"), "ws: 检查通过，未发现问题\n")

    def test_stage_disagreeing_with_latest_event(self):
        self.change("UPDATE enrollment SET stage = 'vacated' WHERE household_id = "
                    "(SELECT id FROM household WHERE code = 'J001')")
        code, out, err = self.dm("check")
        self.assertEqual(code, 65)
        self.assertEqual(out, "项目住户 JHS2/J001: 当前阶段为“已腾房”，但最近的阶段事件（2026-03-02）为“已签约” [stage]\n")
        code, out, _ = self.dm("--lang", "en", "check")
        self.assertEqual(out, "enrollment JHS2/J001: stage is vacated but the latest stage event (2026-03-02) is signed "
                              "[stage]\n")
        self.assertEqual(err, f"dongmao: error: ws: 检查发现 1 个问题\n")

    def test_petition_status_and_extension_disagreeing_with_events(self):
        self.change("UPDATE petition SET status = 'answered' WHERE case_no = 'XF2026002'")
        self.change("UPDATE petition SET extension_days = 10 WHERE case_no = 'XF2026003'")
        code, out, _ = self.dm("--json", "check")
        self.assertEqual(code, 65)
        self.assertEqual(json.loads(out)["findings"], [
            {"rule": "petition_status", "entity": "petition", "key": "XF2026002",
             "message": "状态为“已答复”，但最近的办理事件（2026-10-16）为“受理”"},
            {"rule": "petition_extension", "entity": "petition", "key": "XF2026003",
             "message": "延期10天，但没有延期事件，期限无法核对"}])
        code, out, _ = self.dm("--json", "--lang", "en", "check")
        self.assertEqual([finding["message"] for finding in json.loads(out)["findings"]], [
            "status is answered but the latest event (2026-10-16) is accept",
            "extended by 10 days but no extend event: the deadline cannot be checked"])

    def test_id_number_heading_two_households(self):
        self.change("UPDATE household SET head_id_number = (SELECT head_id_number FROM household WHERE code = 'J001') "
                    "WHERE code = 'J003'")
        code, out, _ = self.dm("check")
        self.assertEqual(code, 65)
        self.assertEqual(out, "住户 J001、J003: 同一身份证号是多个户的户主 [id_number]\n")
        self.assertNotIn(self.query(self.ws, "SELECT head_id_number FROM household WHERE code = 'J001'")[0][0], out)

    def test_dangling_foreign_key(self):
        con = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("UPDATE household SET community_id = 999 WHERE code = 'J001'")
        con.commit()
        con.close()
        code, out, _ = self.dm("check")
        self.assertEqual(code, 65)
        self.assertRegex(out, r"^住户 rowid \d+: 外键指向不存在的社区记录 \[foreign_key\]\n$")

    def test_corrupt_page_is_an_integrity_finding(self):
        db = os.path.join(self.ws, "dongmao.db")
        self.assertFalse(os.path.exists(db + "-wal"))
        with open(db, "r+b") as f:
            f.seek(os.path.getsize(db) // 2)
            f.write(b"\xff" * 8192)
        code, out, _ = self.dm("check")
        self.assertEqual(code, 65)
        self.assertIn("[integrity]", out)

    # backup and restore ------------------------------------------------------------------

    def counts(self, ws):
        return self.query(ws, "SELECT (SELECT count(*) FROM household), (SELECT count(*) FROM petition), "
                              "(SELECT count(*) FROM stage_event)")

    def test_backup_is_a_private_self_contained_copy(self):
        self.assertEqual(self.ok("-w", "ws", "backup", "b.db"), "已备份工作区 ws 到 b.db\n")
        self.assertEqual(stat.S_IMODE(os.stat(self.path("b.db")).st_mode), 0o600)
        self.assertFalse(os.path.exists(self.path("b.db-wal")))
        self.assertEqual(self.counts(self.ws), [(3, 4, 2)])
        con = sqlite3.connect(self.path("b.db"))
        self.assertEqual(con.execute("PRAGMA journal_mode").fetchone(), ("delete",))
        self.assertEqual(con.execute("SELECT (SELECT count(*) FROM household), (SELECT count(*) FROM petition), "
                                     "(SELECT count(*) FROM stage_event)").fetchall(), [(3, 4, 2)])
        con.close()

    def test_backup_refuses_what_is_not_a_regular_file(self):
        os.mkfifo(self.path("fifo"))
        self.assertIn("fifo", self.fails(73, "-w", "ws", "backup", "fifo"))
        os.symlink(self.path("elsewhere.db"), self.path("link.db"))
        self.fails(73, "-w", "ws", "backup", "link.db")
        self.assertFalse(os.path.exists(self.path("elsewhere.db")))
        for own in ("dongmao.toml", "dongmao.db"):
            with open(os.path.join(self.ws, own), "rb") as f:
                before = f.read()
            self.assertIn("不会覆盖", self.fails(73, "-w", "ws", "backup", os.path.join("ws", own)))
            with open(os.path.join(self.ws, own), "rb") as f:
                self.assertEqual(f.read(), before)
        self.ok("-w", "ws", "check")

    def test_restore_round_trip_and_refusal_without_force(self):
        self.ok("-w", "ws", "backup", "b.db")
        before = self.counts(self.ws)
        self.change("DELETE FROM petition_event")
        self.change("DELETE FROM petitioner")
        self.change("DELETE FROM petition")
        line = self.fails(73, "-w", "ws", "restore", "b.db")
        self.assertEqual(line, f"dongmao: error: ws: 工作区已有数据，恢复会覆盖全部数据；确认后加 --force；未做任何更改")
        self.assertEqual(self.counts(self.ws)[0][1], 0)
        self.assertEqual(self.ok("-w", "ws", "restore", "--force", "b.db"), f"已从 b.db 恢复工作区 ws\n")
        self.assertEqual(self.counts(self.ws), before)
        self.ok("-w", "ws", "check")

    def test_restore_into_an_empty_workspace_needs_no_force(self):
        self.ok("-w", "ws", "backup", "b.db")
        empty = self.init_ws("empty")
        self.ok("-w", "empty", "restore", "b.db")
        self.assertEqual(self.counts(empty), self.counts(self.ws))

    def test_restore_refuses_bad_backups(self):
        empty = self.init_ws("empty")
        self.assertEqual(self.fails(66, "-w", "empty", "restore", "missing.db"),
                         "dongmao: error: missing.db: 备份文件不存在")
        with open(self.path("text.db"), "w") as f:
            f.write("not a database\n" * 100)
        self.assertIn("text.db: 不是可用的 dongmao 备份", self.fails(65, "-w", "empty", "restore", "text.db"))
        con = sqlite3.connect(self.path("other.db"))
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
        self.assertEqual(self.fails(65, "-w", "empty", "restore", "other.db"),
                         "dongmao: error: other.db: 不是 dongmao 工作区的备份")
        self.ok("-w", "ws", "backup", "newer.db")
        con = sqlite3.connect(self.path("newer.db"))
        con.execute("PRAGMA user_version = 999")
        con.commit()
        con.close()
        self.assertIn("由较新版本的 dongmao 创建", self.fails(78, "-w", "empty", "restore", "newer.db"))
        # A damaged copy: the middle of the file overwritten.
        self.ok("-w", "ws", "backup", "torn.db")
        size = os.path.getsize(self.path("torn.db"))
        with open(self.path("torn.db"), "r+b") as f:
            f.seek(size // 2)
            f.write(b"\xff" * 8192)
        self.assertIn("torn.db", self.fails(65, "-w", "empty", "restore", "torn.db"))
        self.assertEqual(self.counts(empty), [(0, 0, 0)])


if __name__ == "__main__":
    unittest.main()
