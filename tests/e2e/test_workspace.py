"""init, workspace discovery, settings validation, schema version checks."""

import json
import os
import re
import sqlite3
import stat
import unittest

from dmtest import SCHEMA_VERSION, DongmaoTest


class InitTest(DongmaoTest):
    def test_init_creates_settings_and_private_database(self):
        out = self.ok("init", "ws", "--name", "东茅岭街道", "--division-code", "430602001")
        ws = self.path("ws")
        self.assertIn("创建工作区 东茅岭街道", out)
        self.assertEqual(sorted(os.listdir(ws)), ["dongmao.db", "dongmao.toml"])
        mode = stat.S_IMODE(os.stat(os.path.join(ws, "dongmao.db")).st_mode)
        self.assertEqual(mode, 0o600)
        with open(os.path.join(ws, "dongmao.toml"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn('name = "东茅岭街道"', text)
        self.assertIn('division_code = "430602001"', text)

    def test_schema_has_every_table_strict_with_wal(self):
        ws = self.init_ws()
        tables = {name for (name,) in self.query(
            ws, "SELECT name FROM sqlite_schema WHERE type = 'table'")}
        self.assertEqual(tables, {
            "community", "grid", "household", "person", "organisation", "project", "enrollment",
            "stage_event", "milestone", "petition", "petitioner", "petition_event", "indicator",
            "metric_value", "import_run", "audit_log", "unit"})
        strict = self.query(ws, "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' "
                                "AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'")
        self.assertEqual(strict, [(0,)])
        self.assertEqual(self.query(ws, "PRAGMA journal_mode"), [("wal",)])
        self.assertEqual(self.query(ws, "PRAGMA user_version"), [(SCHEMA_VERSION,)])

    def test_init_refuses_existing_workspace_and_keeps_data(self):
        ws = self.init_ws()
        con = sqlite3.connect(os.path.join(ws, "dongmao.db"))
        con.execute("INSERT INTO community (name, created_at, updated_at) VALUES ('柴家山社区', 'x', 'x')")
        con.commit()
        con.close()
        line = self.fails(73, "init", "ws", "--name", "别的街道")
        self.assertEqual(line, "dongmao: error: ws：已是 dongmao 工作区（有 dongmao.toml）；未作改动；用 --force 补全它")
        self.assertEqual(self.query(ws, "SELECT name FROM community"), [("柴家山社区",)])

    def test_init_force_completes_missing_database_without_touching_settings(self):
        ws = self.init_ws()
        os.remove(os.path.join(ws, "dongmao.db"))
        with open(os.path.join(ws, "dongmao.toml"), "rb") as f:
            before = f.read()
        out = self.ok("init", "ws", "--name", "别的街道", "--force")
        self.assertIn("保留已有的 dongmao.toml", out)
        with open(os.path.join(ws, "dongmao.toml"), "rb") as f:
            self.assertEqual(f.read(), before)
        self.assertTrue(os.path.exists(os.path.join(ws, "dongmao.db")))

    def test_failed_init_leaves_nothing(self):
        # A division code that is not 6/9/12 digits is refused by the settings check,
        # after the directory would have been created.
        self.fails(78, "init", "a/b/ws", "--name", "东茅岭街道", "--division-code", "43x")
        self.assertFalse(os.path.exists(self.path("a")))

    def test_init_into_unwritable_place_is_exit_73(self):
        with open(self.path("file"), "w") as f:
            f.write("x")
        line = self.fails(73, "init", "file", "--name", "东茅岭街道")
        self.assertEqual(line, "dongmao: error: file：已存在且不是目录")

    def test_init_json(self):
        out = self.ok("--json", "init", "ws", "--name", "东茅岭街道")
        data = json.loads(out)
        self.assertEqual(data["created_settings"], True)
        self.assertEqual(data["created_database"], True)
        self.assertEqual(data["schema_version"], SCHEMA_VERSION)
        self.assertTrue(data["workspace"].endswith("/ws"))


class DiscoveryTest(DongmaoTest):
    def test_outside_any_workspace_is_exit_66_with_hint(self):
        line = self.fails(66, "status")
        self.assertIn("当前不在 dongmao 工作区内", line)
        self.assertIn("dongmao init 目录", line)

    def test_flag_env_and_walking_up(self):
        ws = self.init_ws()
        os.makedirs(os.path.join(ws, "sub", "deeper"))
        for args, kwargs in [
            (("-w", "ws", "status"), {}),
            (("status", "-w", "ws"), {}),
            (("status",), {"env": {"DONGMAO_WORKSPACE": ws}}),
            (("status",), {"cwd": os.path.join(ws, "sub", "deeper")}),
        ]:
            out = self.ok(*args, **kwargs)
            self.assertTrue(out.startswith("东茅岭街道 (430602001)\n"), out)

    def test_flag_naming_a_non_workspace(self):
        os.makedirs(self.path("empty"))
        line = self.fails(66, "-w", "empty", "status")
        self.assertEqual(line, "dongmao: error: empty：不是 dongmao 工作区（没有 dongmao.toml；由 -w 指定）；"
                               "可用“dongmao init empty”创建")

    def test_status_json_counts(self):
        ws = self.init_ws()
        data = json.loads(self.ok("-w", ws, "--json", "status"))
        self.assertEqual(data["subdistrict"], "东茅岭街道")
        self.assertEqual(data["counts"]["households"], 0)
        self.assertEqual(data["counts"]["communities"], 0)
        self.assertIsNone(data["last_import"])


class SettingsTest(DongmaoTest):
    def write_settings(self, ws, text):
        with open(os.path.join(ws, "dongmao.toml"), "w", encoding="utf-8") as f:
            f.write(text)

    def test_malformed_toml_names_file_and_line(self):
        ws = self.init_ws()
        self.write_settings(ws, '[subdistrict]\nname = "东茅岭街道"\ntimezone = \n')
        line = self.fails(78, "-w", ws, "status")
        self.assertTrue(line.startswith(f"dongmao: error: {ws}/dongmao.toml 第3行：TOML 格式有误（"), line)
        line = self.fails(78, "-w", ws, "--lang", "en", "status")
        self.assertTrue(line.startswith(f"dongmao: error: {ws}/dongmao.toml:3: "), line)

    def test_out_of_range_setting_names_line_and_key(self):
        ws = self.init_ws()
        self.write_settings(ws, '[subdistrict]\nname = "东茅岭街道"\n\n[petition]\nhandling_days = 0\n')
        line = self.fails(78, "-w", ws, "status")
        self.assertEqual(line, f"dongmao: error: {ws}/dongmao.toml 第5行 [petition] handling_days：0超出范围（1–365）")
        self.assertEqual(self.fails(78, "-w", ws, "--lang", "en", "status"),
                         f"dongmao: error: {ws}/dongmao.toml:5: petition.handling_days: 0 is out of range (1–365)")
        self.write_settings(ws, '[subdistrict]\nname = "东茅岭街道"\n\n[petition]\nhandling_days = "abc"\n')
        self.assertEqual(self.fails(78, "-w", ws, "status"),
                         f"dongmao: error: {ws}/dongmao.toml 第5行 [petition] handling_days：应为整数，而不是“abc”")
        self.assertEqual(self.fails(78, "-w", ws, "--lang", "en", "status"),
                         f"dongmao: error: {ws}/dongmao.toml:5: petition.handling_days: expected a whole number")

    def test_bad_ratio_and_bad_period(self):
        ws = self.init_ws()
        self.write_settings(ws, '[subdistrict]\nname = "x"\n[renovation]\nquorum_ratio = "3/2"\n')
        self.assertEqual(self.fails(78, "-w", ws, "status"),
                         f"dongmao: error: {ws}/dongmao.toml 第4行 [renovation] quorum_ratio：应大于0且不大于1，而不是“3/2”")
        self.write_settings(ws, '[subdistrict]\nname = "x"\n[[sensitive_periods]]\nname = "两会"\n'
                                'from = 2026-03-15\nto = 2026-03-01\n')
        self.assertEqual(self.fails(78, "-w", ws, "status"),
                         f"dongmao: error: {ws}/dongmao.toml 第6行 [[sensitive_periods]] to：2026-03-01早于 from 2026-03-15")

    def test_unknown_table_and_unknown_timezone(self):
        ws = self.init_ws()
        self.write_settings(ws, '[subdistrict]\nname = "x"\n[petitions]\nx = 1\n')
        self.assertEqual(self.fails(78, "-w", ws, "status"),
                         f"dongmao: error: {ws}/dongmao.toml 第3行 petitions：没有此设置；是不是“petition”？")
        self.write_settings(ws, '[subdistrict]\nname = "x"\ntimezone = "Mars/Olympus"\n')
        self.assertEqual(self.fails(78, "-w", ws, "status"),
                         f"dongmao: error: {ws}/dongmao.toml 第3行 [subdistrict] timezone：没有时区“Mars/Olympus”")

    def test_missing_name(self):
        ws = self.init_ws()
        self.write_settings(ws, '[subdistrict]\ndivision_code = "430602"\n')
        line = self.fails(78, "-w", ws, "status")
        self.assertIn("[subdistrict] name：未填写：须有街道名称", line)


class SchemaVersionTest(DongmaoTest):
    def test_newer_workspace_is_refused_unchanged(self):
        ws = self.init_ws()
        con = sqlite3.connect(os.path.join(ws, "dongmao.db"))
        con.execute("PRAGMA user_version = 99")
        con.close()
        line = self.fails(78, "-w", ws, "status")
        self.assertIn(f"由较新版本的 dongmao 创建（数据库版本 99，本程序只认识到 {SCHEMA_VERSION}）；请升级 dongmao", line)
        line = self.fails(78, "-w", ws, "--lang", "en", "status")
        self.assertIn(f"made by a newer dongmao (schema version 99, this dongmao knows up to {SCHEMA_VERSION})", line)
        self.assertEqual(self.query(ws, "PRAGMA user_version"), [(99,)])

    def test_version_3_workspace_keeps_its_rows_and_constraints(self):
        # Migration 4 rewrites the stored CHECKs of enumerations (x IN (…) → x = … OR …):
        # a workspace at version 3 with rows in it keeps them, and still refuses a bad value.
        ws = self.init_ws()
        db = os.path.join(ws, "dongmao.db")
        os.remove(db)
        migrations = os.path.join(os.path.dirname(__file__), "..", "..", "schemas", "migrations")
        con = sqlite3.connect(db)
        for name in ("0001_init.sql", "0002_petitions.sql", "0003_report_indexes.sql"):
            with open(os.path.join(migrations, name), encoding="utf-8") as f:
                con.executescript(f.read())
        con.execute("PRAGMA user_version = 3")
        con.execute("INSERT INTO household (code, housing_type, created_at, updated_at) "
                    "VALUES ('H001', 'shop', 'x', 'x')")
        con.commit()
        con.close()
        self.ok("-w", ws, "status")
        self.assertEqual(self.query(ws, "PRAGMA user_version"), [(SCHEMA_VERSION,)])
        self.assertEqual(self.query(ws, "PRAGMA integrity_check"), [("ok",)])
        self.assertEqual(self.query(ws, "SELECT code, housing_type FROM household"), [("H001", "shop")])
        tables = dict(self.query(ws, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'"))
        self.assertIn("(housing_type = 'private' OR housing_type = 'public' OR housing_type = 'shop' "
                      "OR housing_type = 'other')", tables["household"])
        lists = [(name, m) for name, sql in tables.items()
                 for m in re.findall(r"\w+ IN \([^)]*,[^)]*,[^)]*\)", sql)]
        self.assertEqual(lists, [])
        con = sqlite3.connect(db)
        with self.assertRaisesRegex(sqlite3.IntegrityError, "CHECK constraint failed"):
            con.execute("INSERT INTO household (code, housing_type, created_at, updated_at) "
                        "VALUES ('H002', 'villa', 'x', 'x')")
        with self.assertRaisesRegex(sqlite3.IntegrityError, "CHECK constraint failed"):
            con.execute("UPDATE household SET housing_type = 'villa'")
        con.close()

    def test_not_a_database(self):
        ws = self.init_ws()
        with open(os.path.join(ws, "dongmao.db"), "wb") as f:
            f.write(b"this is not sqlite" * 100)
        line = self.fails(65, "-w", ws, "status")
        self.assertIn("dongmao.db", line)


if __name__ == "__main__":
    unittest.main()
