"""project: add, update, list, show, enroll, progress (stages, signed, pace, 清零, consent)
and milestones, on a small workspace set up by import (see ledgers.py)."""

import json
import unittest

from ledgers import TODAY, LedgerTest

STANDARD_MILESTONES = ["政策宣传", "数据采集", "入户摸底", "意见征求", "推选理事会", "规划设计", "施工", "竣工验收"]


class ProjectEditTest(LedgerTest):
    def test_add_validates_like_import(self):
        out = self.dm_ok("project", "add", "GRWHG2", "--name", "工人文化宫二期", "--kind", "收购", "--mode", "收购",
                         "--community", "东茅岭", "--start", "2026/8/1", "--due", "2026年12月31日", "--target", "91",
                         "--investment", "541万元", "--status", "推进中")
        self.assertEqual(out, "项目 GRWHG2 已新增\n")
        self.assertEqual(self.dm_ok("--lang", "en", "project", "update", "GRWHG2", "--note", "二期"),
                         "project GRWHG2 updated\n")
        self.assertEqual(self.sql("SELECT p.name, p.kind, p.mode, c.name, p.start_date, p.due_date, p.target_households, "
                                  "p.investment_cents, p.status FROM project p JOIN community c ON c.id = p.community_id "
                                  "WHERE p.code = 'GRWHG2'"),
                         [("工人文化宫二期", "buyout", "收购", "东茅岭社区", "2026-08-01", "2026-12-31", 91, 541000000,
                           "active")])
        self.assertEqual(self.audits("project", "GRWHG2")[0][0], "insert")
        self.assertEqual(self.audits("project", "GRWHG2")[0][1]["kind"], [None, "buyout"])
        # Not a renovation: no milestones.
        self.assertEqual(self.sql("SELECT count(*) FROM milestone m JOIN project p ON p.id = m.project_id "
                                  "WHERE p.code = 'GRWHG2'"), [(0,)])

    def test_renovation_gets_standard_milestones(self):
        self.assertEqual(self.dm_json("project", "add", "LJ2027", "--name", "2027年老旧小区改造", "--kind", "老旧小区改造"),
                         {"entity": "project", "code": "LJ2027", "outcome": "added"})
        rows = self.sql("SELECT m.seq, m.name, m.due_date, m.done_date FROM milestone m "
                        "JOIN project p ON p.id = m.project_id WHERE p.code = 'LJ2027' ORDER BY m.seq")
        self.assertEqual(rows, [(i + 1, name, None, None) for i, name in enumerate(STANDARD_MILESTONES)])

    def test_add_rejects_bad_values_and_writes_nothing(self):
        self.assertEqual(self.assert_fails_cleanly(65, "project", "add", "X1", "--name", "某项目", "--kind", "建设",
                                                   "--start", "2026-12-01", "--due", "2026-11-01"),
                         "--due: 完成时限2026-11-01早于开始日期2026-12-01")
        self.assertIn("--kind: “修路”不是以下之一：",
                      self.assert_fails_cleanly(64, "project", "add", "X1", "--name", "某项目", "--kind", "修路"))
        self.assertEqual(self.assert_fails_cleanly(64, "project", "add", "X1", "--name", "某项目", "--kind", "建设",
                                                   "--due", "2026-02-30"),
                         "--due: “2026-02-30”不是有效日期")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "add", "JHS2", "--name", "九华山二期", "--kind", "棚改"),
                         "项目“JHS2”已存在；见“dongmao project update”")
        self.assertIn("必须给出 --kind", self.dm_fails(64, "project", "add", "X1", "--name", "某项目"))

    def test_update(self):
        self.assertEqual(self.dm_ok("project", "update", "DQ", "--due", "2026-12-15", "--status", "暂停"),
                         "项目 DQ 已修改\n")
        self.assertEqual(self.sql("SELECT due_date, status, name, kind FROM project WHERE code = 'DQ'"),
                         [("2026-12-15", "suspended", "大桥市场", "expropriation")])
        self.assertEqual(self.audits("project", "DQ")[-1],
                         ("update", {"due_date": ["2026-11-20", "2026-12-15"], "status": ["active", "suspended"]}))
        self.assertEqual(self.dm_ok("project", "update", "DQ", "--due", "2026-12-15"), "项目 DQ 未变\n")
        # The stored start date still bounds a new due date.
        self.assertEqual(self.assert_fails_cleanly(65, "project", "update", "DQ", "--due", "2026-01-01"),
                         "--due: 完成时限2026-01-01早于开始日期2026-03-01")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "update", "NOPE", "--due", "2026-12-01"),
                         "未知项目“NOPE”")
        self.assertIn("没有要修改的字段", self.dm_fails(64, "project", "update", "DQ"))


class ProjectListTest(LedgerTest):
    def test_json_field_by_field(self):
        rows = self.dm_json("project", "list")
        self.assertEqual([r["code"] for r in rows], ["DQ", "GD", "JHS2"])
        self.assertEqual(rows[2], {"code": "JHS2", "name": "九华山二期", "kind": "shantytown", "mode": None,
                                   "status": "active", "community": None, "start_date": "2026-09-01",
                                   "due_date": "2026-12-31", "target_households": 3, "investment_cents": None,
                                   "note": None, "enrolled": 3, "signed_total": 2, "overdue": False})
        self.assertEqual(rows[1]["investment_cents"], 14000000000)
        self.assertEqual(rows[0]["overdue"], True)

    def test_filters(self):
        def listed(*args):
            return [r["code"] for r in self.dm_json("project", "list", *args)]
        self.assertEqual(listed("--kind", "棚改"), ["JHS2"])
        self.assertEqual(listed("--kind", "renovation"), ["GD"])
        self.assertEqual(listed("--kind", "旧改"), ["GD"])
        self.assertEqual(listed("--status", "进行中"), ["DQ", "GD", "JHS2"])
        self.assertEqual(listed("--status", "completed"), [])
        self.assertEqual(listed("--overdue"), ["DQ"])
        self.dm_ok("project", "update", "GD", "--community", "柴家山社区")
        self.assertEqual(listed("--community", "柴家山"), ["GD"])
        # Completed projects are not overdue.
        self.dm_ok("project", "update", "DQ", "--status", "已完成")
        self.assertEqual(listed("--overdue"), [])
        self.assertIn("--kind: “修路”不是以下之一：", self.dm_fails(64, "project", "list", "--kind", "修路"))
        self.assertIn("未知社区", self.dm_fails(65, "project", "list", "--community", "黄土坡"))

    def test_table_and_csv(self):
        out = self.dm_ok("project", "list")
        self.assertRegex(out.splitlines()[0], r"^项目编号 +项目名称 +项目类型 +状态 +社区 +开始日期 +完成时限 +任务户数 +纳入户数 +已签约 +逾期$")
        self.assertRegex(out.splitlines()[1], r"^DQ +大桥市场 +征拆 +进行中 +2026-03-01 +2026-11-20 +2 +0 +0 +逾期$")
        self.assertRegex(out.splitlines()[3], r"^JHS2 +九华山二期 +棚改 +进行中 +2026-09-01 +2026-12-31 +3 +3 +2$")
        out = self.dm_ok("project", "list", "--format", "csv")
        self.assertEqual(out.splitlines()[3], "JHS2,九华山二期,棚改,进行中,,2026-09-01,2026-12-31,3,3,2,")

    def test_show(self):
        data = self.dm_json("project", "show", "国大旧改")
        self.assertEqual(data["code"], "GD")
        self.assertEqual(data["kind"], "renovation")
        self.assertEqual([m["name"] for m in data["milestones"]], STANDARD_MILESTONES)
        self.assertEqual(data["milestones"][0], {"project": "GD", "seq": 1, "name": "政策宣传", "due_date": None,
                                                 "done_date": None, "status": "open", "note": None})
        out = self.dm_ok("project", "show", "JHS2")
        self.assertTrue(out.startswith("JHS2  九华山二期\n项目类型  棚改\n状态      进行中\n"))
        self.assertIn("\n已签约    2 (66.7%)\n", out)
        self.assertIn("\n里程碑 (0)\n", out)
        self.assertIn("未知项目“NOPE”", self.dm_fails(65, "project", "show", "NOPE"))


class ProjectEnrollTest(LedgerTest):
    def test_by_codes(self):
        self.assertEqual(self.dm_ok("project", "enroll", "DQ", "H001", "H004", "--date", "2026-11-02", "--note", "首批"),
                         "DQ：纳入2户\n")
        self.assertEqual(self.stage_of("H004", "DQ"), ("surveyed", "2026-11-02"))
        self.assertEqual(self.events_of("H004", "DQ"), [("surveyed", "2026-11-02", "tester", "首批")])
        self.assertEqual(self.audits("enrollment", "DQ/H004"), [("enroll", {
            "stage": [None, "surveyed"], "stage_date": [None, "2026-11-02"], "note": "首批"})])
        self.assertEqual(self.sql("SELECT consent FROM enrollment e JOIN project p ON p.id = e.project_id "
                                  "WHERE p.code = 'DQ'"), [(None,), (None,)])

    def test_by_file_and_filter(self):
        self.write("codes.csv", "\ufeff户编号,户主\nH002,李秀英\n\n# 第二批\nH003,王建国\n")
        self.assertEqual(self.dm_json("project", "enroll", "GD", "--file", "codes.csv"),
                         {"project": "GD", "enrolled": 2, "skipped": 0})
        self.assertEqual(self.stage_of("H002", "GD"), ("surveyed", TODAY))
        # Every household of a grid; those already in are an error unless skipped.
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "GD", "--community", "东茅岭社区"),
                         "住户“H003”已纳入项目GD（入户调查）；加 --skip-enrolled 可跳过这些住户")
        self.assertEqual(self.dm_ok("project", "enroll", "GD", "--community", "东茅岭社区", "--skip-enrolled"),
                         "GD：纳入2户，跳过已纳入的1户\n")
        self.assertEqual(self.dm_ok("project", "enroll", "DQ", "--grid", "第二网格"), "DQ：纳入1户\n")
        self.assertEqual(self.sql("SELECT h.code, e.consent FROM enrollment e JOIN project p ON p.id = e.project_id "
                                  "JOIN household h ON h.id = e.household_id WHERE p.code = 'GD' ORDER BY h.code"),
                         [("H001", "pending"), ("H002", "pending"), ("H003", "pending"), ("H004", "pending")])

    def test_errors_write_nothing(self):
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "DQ", "H001", "H999"),
                         "未知住户“H999”")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "DQ", "H001", "H998", "H999"),
                         "2个未知住户：H998、H999")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "DQ", "H001", "H004", "H001"),
                         "住户“H001”列了两次")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "JHS2", "H004", "H001"),
                         "住户“H001”已纳入项目JHS2（已腾房）；加 --skip-enrolled 可跳过这些住户")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "JHS2", "H004", "H001", "--lang", "en"),
                         "household 'H001' is already enrolled in JHS2 (已腾房); pass --skip-enrolled to leave such "
                         "households alone")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "DQ", "H001", "--date", "2026-11-28"),
                         "--date 2026-11-28晚于今天（2026-11-27）")
        self.assertIn("未知项目“NOPE”", self.assert_fails_cleanly(65, "project", "enroll", "NOPE", "H001"))
        self.assertEqual(self.assert_fails_cleanly(65, "project", "enroll", "DQ", "--search", "没有这户"),
                         "没有符合筛选条件的住户")
        self.assertIn("请指明住户", self.dm_fails(64, "project", "enroll", "DQ"))
        self.assertEqual(self.dm_fails(66, "project", "enroll", "DQ", "--file", "missing.txt"), "missing.txt：无法打开")


class ProjectProgressTest(LedgerTest):
    def progress(self, *args):
        data = self.dm_json("project", "progress", *args)
        return data, {p["code"]: p for p in data}

    def test_one_project_json_field_by_field(self):
        data, projects = self.progress("JHS2", "--month", "2026-11")
        self.assertIsInstance(data, list)  # a list, as every list command prints it
        self.assertEqual(list(projects), ["JHS2"])
        self.assertEqual(projects["JHS2"], {
            "code": "JHS2", "name": "九华山二期", "kind": "shantytown", "status": "active", "target_households": 3,
            "enrolled": 3, "withdrawn": 0,
            "by_stage": {"surveyed": 0, "assessed": 0, "negotiating": 1, "signed": 1, "vacated": 1, "demolished": 0,
                         "withdrawn": 0},
            "signed_total": 2, "signed_percent": 200 / 3, "signed_in_period": 2, "due_date": "2026-12-31",
            "days_left": 34, "overdue": False, "cleared": False, "cleared_on": None,
            # H003 signed on the 25th, inside the last 7 days; 1 household left over 35 days.
            "pace": {"days": 7, "signed": 1, "per_day": 1 / 7, "needed_per_day": 1 / 35},
            "consent": None})

    def test_periods_and_pace_window(self):
        _, p = self.progress("JHS2", "--from", "2026-11-04", "--to", "2026-11-30")
        self.assertEqual(p["JHS2"]["signed_in_period"], 1)
        _, p = self.progress("JHS2", "--month", "last")
        self.assertEqual(p["JHS2"]["signed_in_period"], 0)
        _, p = self.progress("JHS2")  # this month, November
        self.assertEqual(p["JHS2"]["signed_in_period"], 2)
        _, p = self.progress("JHS2", "--pace-days", "30")
        self.assertEqual(p["JHS2"]["pace"], {"days": 30, "signed": 2, "per_day": 2 / 30, "needed_per_day": 1 / 35})
        self.assertIn("--month 与 --from/--to 只能给出一种", self.dm_fails(64, "project", "progress", "--month", "this",
                                                                     "--from", "2026-11-01", "--to", "2026-11-02"))
        self.assertEqual(self.dm_fails(64, "project", "progress", "--month", "十一月"),
                         "--month：“十一月”不是 this、last 或 YYYY-MM")
        self.assertIn("未知项目", self.dm_fails(65, "project", "progress", "NOPE"))

    def test_cleared_on_the_last_signing(self):
        self.dm_ok("household", "stage", "H002", "--project", "JHS2", "signed", "--date", "2026-11-26")
        _, p = self.progress("JHS2")
        self.assertEqual((p["JHS2"]["cleared"], p["JHS2"]["cleared_on"], p["JHS2"]["signed_percent"]),
                         (True, "2026-11-26", 100.0))
        self.assertEqual(p["JHS2"]["pace"]["needed_per_day"], 0.0)
        # A withdrawn household is no longer enrolled; a new one un-clears the project.
        self.dm_ok("project", "enroll", "JHS2", "H004")
        _, p = self.progress("JHS2")
        self.assertEqual((p["JHS2"]["enrolled"], p["JHS2"]["cleared"], p["JHS2"]["cleared_on"]), (4, False, None))
        self.dm_ok("household", "stage", "H004", "--project", "JHS2", "已退出")
        _, p = self.progress("JHS2")
        self.assertEqual((p["JHS2"]["enrolled"], p["JHS2"]["withdrawn"], p["JHS2"]["cleared"], p["JHS2"]["cleared_on"]),
                         (3, 1, True, "2026-11-26"))
        self.assertEqual(p["JHS2"]["by_stage"]["withdrawn"], 1)
        out = self.dm_ok("project", "progress", "JHS2")
        self.assertIn("\n签约进度    近 7 天签约 2 户, 日均 0.29; 已清零\n清零        是 (2026-11-26)\n", out)
        out = self.dm_ok("project", "progress", "DQ")
        self.assertIn("\n完成时限    2026-11-20 (逾期 7 天)\n签约进度    近 7 天签约 0 户, 日均 0; 已逾期\n", out)

    def test_all_projects_by_urgency(self):
        self.dm_ok("project", "add", "NODUE", "--name", "无时限项目", "--kind", "整治")
        self.dm_ok("project", "add", "DONE", "--name", "已完成项目", "--kind", "建设", "--due", "2026-01-01",
                   "--status", "已完成")
        data, projects = self.progress()
        # Overdue first, then by days left; no due date after; completed last.
        self.assertEqual([p["code"] for p in data], ["DQ", "JHS2", "GD", "NODUE", "DONE"])
        self.assertEqual((projects["DQ"]["overdue"], projects["DQ"]["days_left"], projects["DQ"]["pace"]["needed_per_day"]),
                         (True, -7, None))
        out = self.dm_ok("project", "progress")
        lines = out.splitlines()
        self.assertRegex(lines[0], r"^项目编号 +项目名称 +类型 +纳入户数 +已签约 +签约率 +本期签约 +完成时限 +剩余天数 +日均签约 +需日均 +清零日期 +意见征求$")
        self.assertRegex(lines[1], r"^DQ +大桥市场 +征拆 +0 +0 +— +0 +2026-11-20 +-7 +0$")  # no households, no rate
        self.assertRegex(lines[2], r"^JHS2 +九华山二期 +棚改 +3 +2 +66\.7% +2 +2026-12-31 +34 +0\.14 +0\.03$")
        csv_lines = self.dm_ok("project", "progress", "--format", "csv").splitlines()
        self.assertEqual(csv_lines[2], "JHS2,九华山二期,棚改,3,2,66.7%,2,2026-12-31,34,0.14,0.03,,")

    def test_one_project_text(self):
        out = self.dm_ok("project", "progress", "JHS2")
        self.assertEqual(out, "JHS2  九华山二期  棚改 · 进行中\n"
                              "纳入户数    3 (已退出 0; 任务户数 3)\n"
                              "分阶段      入户调查 0 · 已评估 0 · 谈判中 1 · 已签约 1 · 已腾房 1 · 已拆除 0 · 已退出 0\n"
                              "已签约      2 / 3 (66.7%)\n"
                              "本期签约    2 (2026-11-01 至 2026-11-30)\n"
                              "完成时限    2026-12-31 (还有 34 天)\n"
                              "签约进度    近 7 天签约 1 户, 日均 0.14; 按期完成需日均 0.03\n"
                              "清零        否\n")

    def test_renovation_consent(self):
        # 4 households of 85.5 + 62 + 120.25 + 70 = 337.75 ㎡.
        self.dm_ok("project", "enroll", "GD", "H001", "H002", "H003", "H004")
        _, p = self.progress("GD")
        consent = p["GD"]["consent"]
        self.assertEqual((consent["households"], consent["pending"], consent["may_proceed"], consent["quorum_met"]),
                         (4, 4, False, False))
        self.dm_ok("household", "consent", "H001", "同意", "--project", "GD")
        self.dm_ok("household", "consent", "H003", "agree", "--project", "GD")
        self.dm_ok("household", "consent", "H004", "不同意", "--project", "GD")
        _, p = self.progress("GD")
        consent = p["GD"]["consent"]
        self.assertEqual(consent, {
            "households": 4, "agree": 2, "disagree": 1, "pending": 1, "area_total": 337.75,
            "area_agree": 205.75, "area_disagree": 70.0, "area_unknown": 0,
            "participation_by_count": 0.75, "participation_by_area": 275.75 / 337.75,
            "agreement_by_count": 2 / 3, "agreement_by_area": 205.75 / 275.75,
            "quorum_ratio": 2 / 3, "rebuild_ratio": 0.75, "quorum_met": True, "agreement_met": False,
            "may_proceed": False,
            "reason": "同意未达要求：参与者中按户数66.7%、按面积74.6%同意，各需75.0%"})
        self.dm_ok("household", "consent", "H002", "同意", "--project", "GD")
        _, p = self.progress("GD")
        self.assertEqual((p["GD"]["consent"]["agreement_by_count"], p["GD"]["consent"]["may_proceed"]), (0.75, True))
        out = self.dm_ok("project", "progress", "GD")
        self.assertIn("\n意见征求    同意 3 · 不同意 1 · 未表态 0 (共 4 户, 337.75 ㎡)\n", out)
        self.assertIn("\n参与表决    户数 100.0% · 面积 100.0% (需 ≥ 66.7%)\n", out)
        self.assertIn("\n同意改造    户数 75.0% · 面积 79.3% (需 ≥ 75.0%, 占参与表决)\n", out)
        self.assertIn("\n可否实施    可以实施: 参与和同意均达要求：按户数100.0%、按面积100.0%参与；其中按户数75.0%、按面积79.3%同意\n",
                      out)
        # The thresholds are settings.
        with open(self.path("ws", "dongmao.toml"), encoding="utf-8") as f:
            settings = f.read()
        self.assertIn("rebuild_ratio", settings)
        self.write("ws/dongmao.toml", settings.replace('rebuild_ratio = "3/4"', 'rebuild_ratio = "4/5"'))
        _, p = self.progress("GD")
        self.assertEqual((p["GD"]["consent"]["rebuild_ratio"], p["GD"]["consent"]["may_proceed"]), (0.8, False))


class MilestoneTest(LedgerTest):
    def test_add_done_update_list(self):
        self.assertEqual(self.dm_ok("project", "milestone", "add", "JHS2", "公告发布", "--due", "2026-10-01"),
                         "JHS2 节点1“公告发布”已添加\n")
        self.assertEqual(self.dm_json("project", "milestone", "add", "JHS2", "交地", "--due", "2026-12-31",
                                      "--note", "清零后交地"),
                         {"project": "JHS2", "seq": 2, "name": "交地", "due_date": "2026-12-31", "done_date": None,
                          "status": "open", "note": "清零后交地"})
        listed = self.dm_json("project", "milestone", "list", "JHS2")
        self.assertEqual([(m["name"], m["status"]) for m in listed], [("公告发布", "overdue"), ("交地", "open")])
        self.assertEqual(self.dm_ok("project", "milestone", "done", "JHS2", "公告发布", "--date", "2026-10-08"),
                         "JHS2 节点1“公告发布”已完成\n")
        self.assertEqual(self.audits("milestone", "JHS2/公告发布"),
                         [("insert", {"seq": [None, 1], "due_date": [None, "2026-10-01"]}),
                          ("done", {"done_date": [None, "2026-10-08"]})])
        self.assertEqual(self.assert_fails_cleanly(65, "project", "milestone", "done", "JHS2", "公告发布"),
                         "项目JHS2里程碑“公告发布”已于2026-10-08完成；如需改日期，请加 --force")
        self.dm_ok("project", "milestone", "done", "JHS2", "公告发布", "--date", "2026-10-09", "--force")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "milestone", "done", "JHS2", "交地", "--date",
                                                   "2026-11-28"),
                         "项目JHS2里程碑“交地”：完成日期2026-11-28晚于今天（2026-11-27）")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "milestone", "done", "JHS2", "交 地"),
                         "项目JHS2没有里程碑“交 地”；是不是“交地”？")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "milestone", "done", "JHS2", "交 地", "--lang", "en"),
                         "JHS2 has no milestone '交 地'; did you mean '交地'?")
        self.assertEqual(self.assert_fails_cleanly(65, "project", "milestone", "add", "JHS2", "交地"),
                         "项目JHS2已有里程碑“交地”；见“dongmao project milestone update”")
        self.dm_ok("project", "milestone", "update", "GD", "施工", "--due", "2027-03-01")
        out = self.dm_ok("project", "milestone", "list")
        lines = out.splitlines()
        self.assertRegex(lines[0], r"^项目编号 +序号 +里程碑 +计划完成 +完成日期 +状态 +备注$")
        self.assertEqual(len(lines), 1 + 8 + 2)
        self.assertRegex(lines[1], r"^GD +1 +政策宣传 +未完成$")
        self.assertRegex(lines[7], r"^GD +7 +施工 +2027-03-01 +未完成$")
        self.assertRegex(lines[9], r"^JHS2 +1 +公告发布 +2026-10-01 +2026-10-09 +已完成$")
        # Milestones of renovation projects are done in order by staff; 竣工验收 ends it.
        self.dm_ok("project", "milestone", "done", "国大旧改", "政策宣传", "--date", "2026-10-10")
        self.assertEqual(self.dm_json("project", "milestone", "list", "GD")[0]["done_date"], "2026-10-10")
        self.assertIn("未知项目", self.dm_fails(65, "project", "milestone", "list", "NOPE"))
        self.dm_fails(64, "project", "milestone")


if __name__ == "__main__":
    unittest.main()
