"""petition: registering cases, every lifecycle step and each refusal, the deadlines of
《信访工作条例》(2022) in calendar and working days, listings and their filters, the cron view,
sensitive periods and incident timing; with masked personal data, an audit trail, and nothing
half-written when a command fails.

"Today" is pinned (DONGMAO_TODAY) so every deadline below is a fixed date; the expected dates
were computed with Python's datetime."""

import json
import os
import shutil
import unittest

from dmtest import SCHEMA_VERSION, DongmaoTest, fixture

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17):
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS))
    return first17 + "10X98765432"[total % 11]


ID_ZHANG = id_number("43060219850312451")  # 430602198503124518
ID_LI = id_number("43060219620718202")     # 430602196207182028
PHONE = "13812345678"
TODAY = "2026-11-27"


class PetitionTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.env["DONGMAO_TODAY"] = TODAY
        self.ws = self.init_ws()
        for name in ("communities.csv", "grids.csv", "projects.csv"):
            shutil.copyfile(fixture("import", name), self.path(name))
            self.ok("-w", "ws", "import", name.split(".")[0], name)

    # Helpers -----------------------------------------------------------------------------

    def dm(self, *args, today=None):
        env = {"DONGMAO_TODAY": today} if today else None
        return self.run_dm("-w", "ws", "petition", *args, env=env)

    def pok(self, *args, today=None):
        """Runs `dongmao -w ws petition …`, asserts exit 0 and an empty stderr; returns stdout."""
        code, out, err = self.dm(*args, today=today)
        self.assertEqual(code, 0, f"petition {args} failed:\n{err}")
        self.assertEqual(err, "")
        return out

    def refused(self, code, *args, today=None):
        """Asserts the petition command fails with `code` and one error line, having written
        nothing; returns the message after "dongmao: error: "."""
        before = self.snapshot()
        env = {"DONGMAO_TODAY": today} if today else None
        line = self.fails(code, "-w", "ws", "petition", *args, env=env)
        self.assertEqual(self.snapshot(), before, f"petition {args} changed the workspace")
        return line[len("dongmao: error: "):]

    def snapshot(self):
        return [self.query(self.ws, f"SELECT * FROM {table} ORDER BY id")
                for table in ("petition", "petitioner", "petition_event", "audit_log")]

    def add(self, *args, received="2026-06-01", channel="来访", category="租赁纠纷",
            community="东茅岭社区"):
        out = self.pok("add", "--received", received, "--channel", channel, "--category", category,
                       "--community", community, *args)
        return out.split()[1].split("（")[0]

    def show_json(self, case, today=None):
        return json.loads(self.pok("show", case, "--json", today=today))

    def status(self, case):
        return self.query(self.ws, "SELECT status FROM petition WHERE case_no = ?", case)[0][0]

    def events(self, case):
        return self.query(self.ws, """
            SELECT e.action, e.event_date, e.operator, e.note FROM petition_event e
            JOIN petition p ON p.id = e.petition_id WHERE p.case_no = ? ORDER BY e.id""", case)

    def audit(self, case):
        return [(action, json.loads(changes) if changes else None) for action, changes in self.query(
            self.ws, "SELECT action, changes FROM audit_log WHERE entity = 'petition' AND entity_key = ? "
                     "ORDER BY id", case)]

    def settings(self, replace=(), append=""):
        self.edit_settings(self.ws, replace, append)

    def deadlines(self, case, today=None):
        return {d["kind"]: d for d in self.show_json(case, today)["deadlines"]}

    # add -----------------------------------------------------------------------------------

    def test_add_numbers_cases_and_records_everything(self):
        out = self.pok("add", "--received", "2026-03-02", "--channel", "来访", "--category", "租赁",
                       "--community", "柴家山", "--people", "126", "--project", "JHS2",
                       "--petitioner", f"张三,{ID_ZHANG},{PHONE}", "--petitioner", "李四，，0730-8223456",
                       "--summary", "126户租赁户要求退还押金", "--escalated", "--assignee", "王五")
        self.assertEqual(out, "已登记 XF2026-0001（租赁纠纷，来访，集体访 126 人）；受理告知期限 2026-03-17，"
                              "逾期 255 天\n")
        self.assertEqual(self.add(), "XF2026-0002")
        self.assertEqual(self.add(received="2025-12-30", channel="online"), "XF2025-0001")
        self.assertEqual(self.add("--case-no", "东信2026-7"), "东信2026-7")
        self.assertEqual(self.add(), "XF2026-0003")

        row = self.query(self.ws, """
            SELECT p.received_date, p.channel, p.people_count, p.category, p.summary, c.name, pr.code,
                   p.escalated, p.status, p.assignee
            FROM petition p JOIN community c ON c.id = p.community_id JOIN project pr ON pr.id = p.project_id
            WHERE p.case_no = 'XF2026-0001'""")
        self.assertEqual(row, [("2026-03-02", "visit", 126, "租赁纠纷", "126户租赁户要求退还押金", "柴家山社区",
                                "JHS2", 1, "received", "王五")])
        self.assertEqual(self.query(self.ws, "SELECT name, id_number, phone, is_representative FROM petitioner "
                                             "ORDER BY id"),
                         [("张三", ID_ZHANG, PHONE, 1), ("李四", None, "0730-8223456", 1)])
        self.assertEqual(self.events("XF2026-0001"), [("register", "2026-03-02", "tester", None)])
        [(action, changes)] = self.audit("XF2026-0001")
        self.assertEqual(action, "insert")
        self.assertEqual(changes["category"], [None, "租赁纠纷"])
        self.assertEqual(changes["petitioners"], [None, ["张三", "李四"]])
        # The audit log names petitioners without copying their ID numbers and phones.
        dump = json.dumps(self.query(self.ws, "SELECT * FROM audit_log"), ensure_ascii=False)
        self.assertNotIn(ID_ZHANG, dump)
        self.assertNotIn(PHONE, dump)

    def test_add_links_household_and_earlier_case(self):
        shutil.copyfile(fixture("import", "households_gbk.csv"), self.path("households.csv"))
        self.ok("-w", "ws", "import", "households", "households.csv")
        first = self.add()
        second = self.add("--household", "H001", "--repeat-of", first, received="2026-07-01")
        shown = self.show_json(second)
        self.assertEqual((shown["household"], shown["repeat_of"]), ("H001", first))
        self.assertIn("重复件    XF2026-0001", self.pok("show", second))
        self.assertEqual(self.refused(65, "add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区",
                                      "--household", "H999"), "未知住户“H999”")
        self.assertEqual(self.refused(65, "add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区",
                                      "--repeat-of", "XF1999-0001"),
                         "没有原信访件“XF1999-0001”（--repeat-of）")

    def test_add_refuses_bad_input_and_writes_nothing(self):
        base = ["add", "--channel", "来访", "--community", "东茅岭社区"]
        self.assertEqual(self.refused(65, *base, "--category", "赔偿"),
                         "没有信访类别“赔偿”（已有：租赁纠纷、征拆补偿、还建安置、日照采光、商业开发、非正常死亡、"
                         "劳动社保、物业管理、其他；在 dongmao.toml 的 [petition] categories 中设置）")
        self.assertEqual(self.refused(65, *base, "--category", "赔偿", "--lang", "en"),
                         "unknown category '赔偿' (known: 租赁纠纷, 征拆补偿, 还建安置, 日照采光, 商业开发, 非正常死亡, "
                         "劳动社保, 物业管理, 其他; set in dongmao.toml, [petition] categories)")
        self.assertEqual(self.refused(64, "add", "--channel", "传真", "--category", "其他", "--community", "东茅岭社区"),
                         "--channel：“传真”不是 网上、来信、来访 或 来电")
        self.assertTrue(self.refused(65, "add", "--channel", "来访", "--category", "其他", "--community", "白鹤社区")
                        .startswith("未知社区“白鹤社区”"))
        self.assertTrue(self.refused(65, *base, "--category", "其他", "--project", "NOPE")
                        .startswith("未知项目“NOPE”"))
        bad_id = "430602199001011234"
        message = self.refused(65, *base, "--category", "其他", "--petitioner", f"张三,{bad_id}")
        self.assertEqual(message, "信访人张三：“430602********1234”不是有效的身份证号：校验位不对")
        self.assertEqual(self.refused(65, *base, "--category", "其他", "--petitioner", "张三,,12345"),
                         "信访人张三：“***45”不是大陆电话号码")
        self.assertEqual(self.refused(64, *base, "--category", "其他", "--petitioner", ",x"),
                         "--petitioner：应为 姓名[,身份证号[,电话]]，实际有2项，且第一项不是姓名")
        self.assertEqual(self.refused(65, *base, "--category", "其他", "--received", "2026-11-28"),
                         "登记日期2026-11-28晚于今天（2026-11-27）")
        self.assertEqual(self.refused(64, *base, "--category", "其他", "--received", "2026-02-30"),
                         "--received：“2026-02-30”不是 YYYY-MM-DD 格式的日期")
        self.assertEqual(self.refused(65, *base, "--category", "其他", "--people", "1",
                                      "--petitioner", "张三", "--petitioner", "李四"),
                         "--people 1 少于列出的2名信访人")
        self.assertEqual(self.refused(65, *base, "--category", "非正常死亡"),
                         "“非正常死亡”是紧急类别：请用 --reported-at 给出报告时间")
        self.assertEqual(self.refused(65, *base, "--category", "非正常死亡", "--reported-at", "2026-03-05 22:10",
                                      "--handled-at", "2026-03-05 21:00"),
                         "处置时间2026-03-05 21:00早于报告时间2026-03-05 22:10")
        self.assertEqual(self.refused(64, *base, "--category", "非正常死亡", "--reported-at", "2026-03-05"),
                         "--reported-at：“2026-03-05”不是“YYYY-MM-DD HH:MM”格式的时间")
        case = self.add()
        self.assertEqual(self.refused(65, *base, "--category", "其他", "--case-no", case),
                         f"信访件{case}已存在")
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM petition"), [(1,)])

    def test_group_visit_with_too_many_representatives_warns(self):
        names = [f"--petitioner=代表{i}" for i in range(7)]
        code, out, err = self.dm("add", "--channel", "来访", "--category", "商业开发", "--community", "东茅岭社区",
                                 "--people", "500", *names)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "dongmao: warning: XF2026-0001: 集体访推选代表不超过5人（第二十条）；现列出7人\n")

    # Lifecycle -------------------------------------------------------------------------------

    def test_full_lifecycle_through_review_and_recheck(self):
        case = self.add("--petitioner", f"张三,{ID_ZHANG},{PHONE}")
        self.assertEqual(self.pok("accept", case, "--date", "2026-06-05", "--assignee", "王五"),
                         f"{case} 受理 2026-06-05: 办理中；办理答复期限 2026-08-04，逾期 115 天\n")
        self.assertEqual(self.pok("extend", case, "--days", "30", "--reason", "涉及多个部门", "--date", "2026-07-01"),
                         f"{case} 延期 2026-07-01: 办理中；办理答复期限 2026-09-03，逾期 85 天\n")
        self.assertEqual(self.pok("answer", case, "--outcome", "解释说明", "--date", "2026-08-20"),
                         f"{case} 答复 2026-08-20: 已答复\n")
        self.pok("review", case, "--date", "2026-09-10")
        self.assertEqual(self.status(case), "reviewing")
        self.pok("answer", case, "--outcome", "不予支持", "--date", "2026-10-08")
        self.assertEqual(self.pok("recheck", case, "--date", "2026-11-01"),
                         f"{case} 申请复核 2026-11-01: 复核中；复核意见期限 2026-12-01，剩 4 天\n")
        self.pok("answer", case, "--outcome", "supported", "--date", "2026-11-20")
        self.pok("close", case, "--date", "2026-11-25")
        self.assertEqual(self.status(case), "closed")
        self.pok("reopen", case, "--date", "2026-11-26", "--reason", "信访人补充材料")
        self.assertEqual(self.status(case), "answered")
        self.pok("close", case)  # dated today

        self.assertEqual(self.events(case), [
            ("register", "2026-06-01", "tester", None),
            ("accept", "2026-06-05", "tester", None),
            ("extend", "2026-07-01", "tester", "涉及多个部门"),
            ("answer", "2026-08-20", "tester", None),
            ("review", "2026-09-10", "tester", None),
            ("answer", "2026-10-08", "tester", None),
            ("recheck", "2026-11-01", "tester", None),
            ("answer", "2026-11-20", "tester", None),
            ("close", "2026-11-25", "tester", None),
            ("reopen", "2026-11-26", "tester", "信访人补充材料"),
            ("close", TODAY, "tester", None),
        ])
        audit = self.audit(case)
        self.assertEqual([action for action, _ in audit], [
            "insert", "accept", "extend", "answer", "review", "answer", "recheck", "answer", "close", "reopen",
            "close"])
        self.assertEqual(audit[1][1], {"status": ["received", "accepted"], "accepted_date": [None, "2026-06-05"],
                                       "assignee": [None, "王五"]})
        self.assertEqual(audit[2][1], {"extension_days": [0, 30], "note": [None, "涉及多个部门"]})
        self.assertEqual(audit[5][1], {"status": ["reviewing", "answered"],
                                       "review_answered_date": [None, "2026-10-08"],
                                       "review_outcome": [None, "not_supported"]})

        shown = self.show_json(case)
        self.assertEqual((shown["outcome"], shown["review_outcome"], shown["recheck_outcome"]),
                         ("explained", "not_supported", "supported"))
        self.assertEqual({k: (d["due"], d["done"], d["state"]) for k, d in self.deadlines(case).items()}, {
            "acceptance": ("2026-06-16", "2026-06-05", "on_time"),
            "handling": ("2026-09-03", "2026-08-20", "on_time"),
            "review_request": ("2026-09-19", "2026-09-10", "on_time"),
            "review": ("2026-10-10", "2026-10-08", "on_time"),
            "recheck_request": ("2026-11-07", "2026-11-01", "on_time"),
            "recheck": ("2026-12-01", "2026-11-20", "on_time"),
        })
        self.assertEqual([e["action"] for e in shown["events"]][-2:], ["reopen", "close"])
        self.assertEqual(shown["events"][2]["detail"], {"days": 30})
        self.assertEqual(shown["events"][5]["detail"], {"outcome": "not_supported", "stage": "review"})

        text = self.pok("show", case)
        self.assertIn("复查意见  不予支持", text)
        self.assertIn("  2026-07-01  tester  延期 30 天，涉及多个部门\n", text)
        self.assertIn("  2026-10-08  tester  复查意见：不予支持\n", text)

    def test_decline_close_and_reopen(self):
        case = self.add()
        self.assertIn("必须给出 --reason（见 dongmao --help）", self.refused(64, "decline", case))
        self.assertEqual(self.pok("decline", case, "--reason", "不属于本机关职权范围", "--date", "2026-06-03"),
                         f"{case} 不予受理 2026-06-03: 不予受理\n")
        self.pok("close", case, "--date", "2026-06-04")
        self.pok("reopen", case, "--date", "2026-06-05")
        self.assertEqual(self.status(case), "declined")
        self.pok("reopen", case, "--date", "2026-06-06", "--reason", "撤回不予受理")
        self.assertEqual(self.status(case), "received")
        code, out, err = self.run_dm("-w", "ws", "--json", "petition", "accept", case, "--date", "2026-06-06")
        self.assertEqual((code, err), (0, ""))
        step = json.loads(out)
        self.assertEqual((step["action"], step["date"], step["status"], step["next_deadline"]["due"]),
                         ("accept", "2026-06-06", "accepted", "2026-08-05"))
        self.assertEqual(self.query(self.ws, "SELECT declined_date, accepted_date FROM petition"),
                         [(None, "2026-06-06")])
        self.assertEqual(self.deadlines(case)["acceptance"]["done"], "2026-06-06")

    def test_each_refusal_exits_65_and_writes_nothing(self):
        case = self.add()
        self.assertEqual(self.refused(65, "answer", case, "--outcome", "支持"),
                         f"信访件{case}：无法答复：此件尚未受理；请先受理")
        self.assertEqual(self.refused(65, "answer", case, "--outcome", "支持", "--lang", "en"),
                         f"{case}: cannot answer: the case has not been accepted yet; accept it first")
        self.assertEqual(self.refused(65, "accept", "XF2026-0099"), "未知信访件“XF2026-0099”")
        self.assertEqual(self.refused(65, "accept", case, "--date", "2026-05-31"),
                         f"信访件{case}：无法受理：2026-05-31早于此件最近一步的日期2026-06-01")
        self.assertEqual(self.refused(65, "accept", case, "--date", "2026-11-28"),
                         f"信访件{case}：无法受理：2026-11-28晚于今天（2026-11-27）")
        self.assertEqual(self.refused(64, "accept", case, "--date", "2026/6/2"),
                         "--date：“2026/6/2”不是 YYYY-MM-DD 格式的日期")
        self.assertEqual(self.refused(65, "close", case),
                         f"信访件{case}：无法办结：此件待受理，尚未答复")
        self.assertEqual(self.refused(65, "reopen", case),
                         f"信访件{case}：无法重新打开：只有已办结或不予受理的信访件才能重新打开；此件待受理")

        self.pok("accept", case, "--date", "2026-06-05")  # handling due 2026-08-04
        self.assertEqual(self.refused(65, "extend", case, "--days", "31", "--reason", "复杂"),
                         f"信访件{case}：无法延期：延期31天超出范围：延期为1至30天（第三十四条）")
        self.assertEqual(self.refused(65, "extend", case, "--days", "10", "--reason", "复杂", "--date", "2026-08-05"),
                         f"信访件{case}：无法延期：办理期限2026-08-04在2026-08-05已过；延期须在期限届满前批准")
        self.pok("extend", case, "--days", "20", "--reason", "复杂", "--date", "2026-08-04")
        self.assertEqual(self.refused(65, "extend", case, "--days", "5", "--reason", "再延", "--date", "2026-08-10"),
                         f"信访件{case}：无法延期：办理期限已延长20天；第三十四条只允许延期一次")
        self.assertEqual(self.refused(65, "recheck", case),
                         f"信访件{case}：无法申请复核：复核须在复查意见之后，此件没有复查意见；此件办理中")
        self.assertEqual(self.refused(64, "answer", case, "--outcome", "部分支持"),
                         "--outcome：“部分支持”不是 支持、解释说明 或 不予支持")

        self.pok("answer", case, "--outcome", "不予支持", "--date", "2026-08-20")
        self.assertEqual(self.refused(65, "answer", case, "--outcome", "支持"),
                         f"信访件{case}：无法答复：此件已答复；再次答复须先有复查或复核申请")
        self.assertEqual(self.refused(65, "review", case, "--date", "2026-09-20"),
                         f"信访件{case}：无法申请复查：复查申请期限已于2026-09-19届满（2026-08-20起30日内，第三十五条）")
        self.assertEqual(self.refused(65, "review", case, "--date", "2026-09-20", "--lang", "en"),
                         f"{case}: cannot review: the 复查 request window closed on 2026-09-19 "
                         "(30 days after 2026-08-20, Art. 35)")
        self.pok("review", case, "--date", "2026-09-19")
        self.assertEqual(self.refused(65, "close", case),
                         f"信访件{case}：无法办结：此件复查中：意见尚未作出")

        declined = self.add()
        self.pok("decline", declined, "--reason", "已经诉讼程序")
        self.assertEqual(self.refused(65, "answer", declined, "--outcome", "支持"),
                         f"信访件{declined}：无法答复：此件已于{TODAY}不予受理")
        self.assertEqual(self.refused(65, "extend", declined, "--days", "5", "--reason", "x"),
                         f"信访件{declined}：无法延期：此件不予受理；只有办理中的信访件才能延期")
        self.assertEqual(self.refused(65, "extend", declined, "--days", "5", "--reason", "x", "--lang", "en"),
                         f"{declined}: cannot extend: the case is declined (不予受理); "
                         "only a case being handled can be extended")

    # Deadlines ---------------------------------------------------------------------------------

    def test_show_prints_days_left_and_overdue(self):
        case = self.add("--petitioner", f"张三,{ID_ZHANG},{PHONE}", received="2026-11-20")
        text = self.pok("show", case)
        self.assertIn("期限（自然日）\n  受理告知    2026-12-05  剩 8 天\n", text)
        self.assertIn("受理告知    2026-12-05  今日到期", self.pok("show", case, today="2026-12-05"))
        self.assertIn("受理告知    2026-12-05  逾期 3 天", self.pok("show", case, today="2026-12-08"))
        d = self.deadlines(case, today="2026-12-08")["acceptance"]
        self.assertEqual((d["state"], d["days_left"]), ("overdue", -3))

        self.pok("accept", case, "--date", "2026-12-07", today="2026-12-08")
        self.assertIn("受理告知    2026-12-05  已于 2026-12-07 完成，逾期 2 天",
                      self.pok("show", case, today="2026-12-08"))
        self.assertEqual(self.deadlines(case, today="2026-12-08")["acceptance"]["state"], "late")

        # Personal data is masked unless --show-pii.
        self.assertIn("张三  430602********4518  138****5678", text)
        self.assertNotIn(ID_ZHANG, text)
        self.assertEqual(self.show_json(case)["petitioners"][0]["id_number"], "430602********4518")
        code, out, err = self.run_dm("-w", "ws", "--show-pii", "petition", "show", case, "--json")
        self.assertEqual(json.loads(out)["petitioners"][0], {"name": "张三", "id_number": ID_ZHANG, "phone": PHONE,
                                                             "representative": False})
        self.assertNotIn(ID_ZHANG, self.pok("list", "--format", "csv"))

    def test_calendar_deadlines_across_month_ends_and_leap_day(self):
        feb = self.add(received="2024-02-14")
        self.assertEqual(self.deadlines(feb)["acceptance"]["due"], "2024-02-29")
        jan = self.add(received="2026-01-31")
        self.pok("accept", jan, "--date", "2026-01-31")
        self.assertEqual(self.deadlines(jan)["handling"]["due"], "2026-04-01")
        dec = self.add(received="2025-12-20")
        self.assertEqual(self.deadlines(dec)["acceptance"]["due"], "2026-01-04")

    def test_working_days_with_holidays_and_adjusted_saturday(self):
        holidays = ", ".join(f"2026-10-0{d}" for d in range(1, 9))
        self.settings(replace=[('day_mode = "calendar"', 'day_mode = "working"'),
                               ("holidays = []", f"holidays = [{holidays}, 2026-04-03, 2026-04-06]"),
                               ("extra_workdays = []", "extra_workdays = [2026-10-10]")])
        national_day = self.add(received="2026-09-30")
        self.pok("accept", national_day, "--date", "2026-09-30")
        deadlines = self.deadlines(national_day)
        self.assertEqual(deadlines["acceptance"]["due"], "2026-10-28")
        self.assertEqual(deadlines["handling"]["due"], "2026-12-30")
        self.assertIn("期限（工作日）", self.pok("show", national_day))
        # 15 working days from Thursday 04-02 with Friday 04-03 and Monday 04-06 off.
        qingming = self.add(received="2026-04-02")
        self.assertEqual(self.deadlines(qingming)["acceptance"]["due"], "2026-04-27")
        # The 复查 window counts working days too: 30 after Friday 2026-10-09 is 2026-11-19
        # (the 调休 Saturday 10-10 counts).
        self.pok("answer", national_day, "--outcome", "支持", "--date", "2026-10-09")
        self.assertEqual(self.deadlines(national_day)["review_request"]["due"], "2026-11-19")

    # Listings ----------------------------------------------------------------------------------

    def make_cases(self):
        """Cases for the filters; returns their numbers by role."""
        self.settings(append='\n[[sensitive_periods]]\nname = "两会特护期"\nfrom = 2026-03-01\nto = 2026-03-15\n'
                             '\n[[sensitive_periods]]\nname = "国庆"\nfrom = 2026-09-28\nto = 2026-10-08\n')
        cases = {}
        cases["group"] = self.add("--people", "126", "--project", "JHS2", received="2026-03-02",
                                  community="柴家山社区")
        cases["letter"] = self.add("--escalated", received="2026-03-10", channel="来信", category="日照采光")
        cases["repeat"] = self.add("--repeat-of", cases["letter"], received="2026-03-20", channel="网上",
                                   category="日照采光")
        cases["acceptance_overdue"] = self.add(received="2026-11-01")                 # due 11-16
        cases["acceptance_due_soon"] = self.add(received="2026-11-10")                # due 11-25: overdue
        cases["fresh"] = self.add(received="2026-11-20", category="物业管理")           # due 12-05
        cases["handling_soon"] = self.add(received="2026-09-29")
        self.pok("accept", cases["handling_soon"], "--date", "2026-09-30")           # due 11-29
        cases["handling_overdue"] = self.add(received="2026-09-20", channel="来电")
        self.pok("accept", cases["handling_overdue"], "--date", "2026-09-20")        # due 11-19
        for case in ("group", "letter", "repeat"):
            self.pok("accept", cases[case], "--date", "2026-03-21")
            self.pok("answer", cases[case], "--outcome", "解释说明", "--date", "2026-04-01")
        self.pok("close", cases["group"], "--date", "2026-05-01")
        return cases

    def listed(self, *filters):
        return [row["case_no"] for row in json.loads(self.pok("list", "--format", "json", *filters))]

    def test_list_filters(self):
        c = self.make_cases()
        everything = self.listed()
        self.assertEqual(len(everything), 8)
        self.assertEqual(everything[0], c["group"])  # by received date
        self.assertEqual(self.listed("--status", "closed"), [c["group"]])
        self.assertEqual(self.listed("--status", "已答复"), [c["letter"], c["repeat"]])
        self.assertEqual(len(self.listed("--status", "open")), 7)
        self.assertEqual(self.listed("--channel", "来信"), [c["letter"]])
        self.assertEqual(self.listed("--channel", "phone"), [c["handling_overdue"]])
        self.assertEqual(self.listed("--category", "日照"), [c["letter"], c["repeat"]])
        self.assertEqual(self.listed("--community", "柴家山"), [c["group"]])
        self.assertEqual(self.listed("--project", "九华山二期"), [c["group"]])
        self.assertEqual(self.listed("--group"), [c["group"]])
        self.assertEqual(self.listed("--repeat"), [c["repeat"]])
        self.assertEqual(self.listed("--escalated"), [c["letter"]])
        self.assertEqual(self.listed("--from", "2026-03-05", "--to", "2026-03-20"), [c["letter"], c["repeat"]])
        self.assertEqual(self.listed("--period", "两会"), [c["group"], c["letter"]])
        self.assertEqual(self.listed("--period", "国庆"), [c["handling_soon"]])
        self.assertEqual(self.listed("--overdue"),
                         [c["handling_overdue"], c["acceptance_overdue"], c["acceptance_due_soon"]])
        self.assertEqual(self.listed("--due-within", "2"), [c["handling_soon"]])
        self.assertEqual(self.listed("--due-within", "8"), [c["handling_soon"], c["fresh"]])
        self.assertEqual(self.listed("--overdue", "--due-within", "2"),
                         [c["handling_overdue"], c["handling_soon"], c["acceptance_overdue"],
                          c["acceptance_due_soon"]])
        self.assertEqual(self.listed("--status", "open", "--channel", "来访", "--due-within", "2"),
                         [c["handling_soon"]])

        # Usage and reference errors.
        self.assertEqual(self.refused(64, "list", "--status", "pending"),
                         "--status：“pending”不是状态（received、accepted、declined、answered、reviewing、rechecking、"
                         "closed、open 或其中文标签）")
        self.assertEqual(self.refused(65, "list", "--period", "春节"),
                         "没有敏感时段“春节”（已有：两会特护期、国庆）")
        self.assertTrue(self.refused(65, "list", "--community", "白鹤").startswith("未知社区“白鹤”"))
        self.assertIn("--format", self.refused(64, "list", "--format", "xml"))

    def test_list_formats(self):
        c = self.make_cases()
        table = self.pok("list", "--group")
        self.assertEqual(table.splitlines()[0].split(),
                         ["编号", "登记日期", "渠道", "类别", "人数", "社区", "状态", "标记", "下一期限", "到期日",
                          "剩余天数"])
        self.assertIn(f"{c['group']}  2026-03-02  来访  租赁纠纷   126  柴家山社区  已办结  集体", table)
        self.assertTrue(table.endswith("共 1 件\n"))
        csv = self.pok("list", "--format", "csv", "--channel", "来电")
        self.assertEqual(csv, "编号,登记日期,渠道,类别,人数,社区,状态,标记,下一期限,到期日,剩余天数\n"
                              f"{c['handling_overdue']},2026-09-20,来电,租赁纠纷,1,东茅岭社区,办理中,,办理答复,"
                              "2026-11-19,-8\n")
        code, out, err = self.run_dm("-w", "ws", "--json", "petition", "list", "--escalated")
        [row] = json.loads(out)
        self.assertEqual((row["case_no"], row["channel"], row["escalated"], row["group"], row["status"]),
                         (c["letter"], "letter", True, False, "answered"))
        self.assertIsNone(row["next_deadline"])
        self.assertEqual(json.loads(self.pok("list", "--format", "json", "--channel", "来电"))[0]["next_deadline"]
                         ["days_left"], -8)

    def test_overdue_view_for_cron(self):
        c = self.make_cases()
        code, out, err = self.dm("overdue", "--fail-if-any")
        self.assertEqual((code, err), (3, ""))
        rows = [line.split()[0] for line in out.splitlines()[1:-1]]
        self.assertEqual(rows, [c["acceptance_overdue"], c["handling_overdue"], c["acceptance_due_soon"],
                                c["handling_soon"]])
        self.assertIn(f"{c['acceptance_overdue']}  东茅岭社区  租赁纠纷  待受理  受理告知  2026-11-16       -11  "
                      "逾期 11 天", out)
        self.assertTrue(out.endswith("逾期 3 件，3 天内到期 1 件\n"))
        self.assertEqual(self.pok("overdue"), out)  # without --fail-if-any: exit 0

        cases = json.loads(self.pok("overdue", "--format", "json", "--within", "10"))
        self.assertEqual([case["deadline"]["state"] for case in cases], ["overdue"] * 3 + ["open"] * 2)
        self.assertEqual(cases[-1]["case_no"], c["fresh"])
        self.assertEqual(cases[0]["deadline"]["kind"], "acceptance")
        self.assertEqual(cases[0]["deadline"]["days_left"], -11)
        self.assertEqual(self.pok("overdue", "--format", "csv").count("\n"), 5)

        # Nothing due: exit 0 even with --fail-if-any.
        self.assertEqual(self.pok("overdue", "--fail-if-any", today="2026-01-01"),
                         "没有逾期或 3 天内到期的信访件\n")
        code, out, _ = self.run_dm("-w", "ws", "-q", "petition", "overdue", "--fail-if-any",
                                   env={"DONGMAO_TODAY": "2026-01-01"})
        self.assertEqual((code, out), (0, ""))

        help_text = self.ok("petition", "overdue", "--help")
        self.assertIn("--fail-if-any", help_text)
        self.assertIn("加 --fail-if-any 时，有信访件超期或在 --within 天内到期则为3", help_text)

    def test_sensitive_periods(self):
        self.make_cases()
        table = self.pok("periods")
        self.assertEqual(table.splitlines()[1].split(), ["两会特护期", "2026-03-01", "2026-03-15", "2", "1", "127"])
        self.assertEqual(table.splitlines()[2].split(), ["国庆", "2026-09-28", "2026-10-08", "1", "0", "1"])
        self.assertEqual(json.loads(self.pok("periods", "--format", "json"))[0],
                         {"name": "两会特护期", "from": "2026-03-01", "to": "2026-03-15", "received": 2, "group": 1,
                          "people": 127})

    def test_periods_without_settings(self):
        self.assertEqual(self.pok("periods"), "dongmao.toml 未设置敏感时段（[[sensitive_periods]]）\n")
        self.assertEqual(json.loads(self.pok("periods", "--format", "json")), [])
        self.assertEqual(self.refused(65, "list", "--period", "两会"),
                         "没有敏感时段“两会”：dongmao.toml 未设置敏感时段（[[sensitive_periods]]）")

    # Incidents ---------------------------------------------------------------------------------

    def test_incident_hours(self):
        death = "非正常死亡"
        first = self.add("--reported-at", "2026-03-05 22:10", "--handled-at", "2026-03-06 08:25",
                         received="2026-03-06", category=death)
        self.add("--reported-at", "2026-04-01 09:00", "--handled-at", "2026-04-01T22:30", received="2026-04-01",
                 category=death)
        third = self.add("--reported-at", "2026-05-01 20:00", received="2026-05-02", category=death)
        self.add(received="2026-05-02")  # not urgent: not listed

        self.assertIn("处置时间  未处置", self.pok("show", third))
        self.pok("accept", third, "--date", "2026-05-02")
        self.pok("answer", third, "--outcome", "解释说明", "--date", "2026-05-02", "--handled-at", "2026-05-02 06:00")
        self.assertIn("处置用时  10.0 小时", self.pok("show", third))
        self.assertEqual(self.show_json(first)["hours_to_handle"], 10.3)

        table = self.pok("incidents")
        self.assertIn("2026-03-05 22:10  2026-03-06 08:25        10.3  12 小时内", table)
        self.assertIn("2026-04-01 09:00  2026-04-01 22:30        13.5  超时", table)
        self.assertTrue(table.endswith("紧急件 3 件，已处置 3 件，12 小时内处置 2 件，最长 13.5 小时，平均 11.3 小时\n"))
        cases = json.loads(self.pok("incidents", "--format", "json", "--hours", "14"))
        self.assertEqual([(case["hours"], case["result"]) for case in cases],
                         [(10.3, "14 小时内"), (13.5, "14 小时内"), (10.0, "14 小时内")])
        self.assertEqual(len(json.loads(self.pok("incidents", "--format", "json", "--from", "2026-04-01",
                                                 "--to", "2026-04-30"))), 1)

    # Integrity ---------------------------------------------------------------------------------

    def test_nothing_half_written_when_the_audit_log_fails(self):
        case = self.add()
        con_sql = ("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'audit log offline'); END")
        import sqlite3
        con = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        con.execute(con_sql)
        con.commit()
        con.close()
        before = self.snapshot()
        code, _, err = self.dm("add", "--channel", "来访", "--category", "其他", "--community", "东茅岭社区",
                               "--petitioner", f"张三,{ID_ZHANG}")
        self.assertNotEqual(code, 0)
        self.assertIn("audit log offline", err)
        code, _, err = self.dm("accept", case)
        self.assertNotEqual(code, 0)
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(self.status(case), "received")

    def test_version_1_workspace_is_upgraded(self):
        # A workspace made before the petition commands: only migration 0001 applied.
        import sqlite3
        migration = os.path.join(os.path.dirname(__file__), "..", "..", "schemas", "migrations", "0001_init.sql")
        os.remove(os.path.join(self.ws, "dongmao.db"))
        con = sqlite3.connect(os.path.join(self.ws, "dongmao.db"))
        with open(migration, encoding="utf-8") as f:
            con.executescript(f.read())
        con.execute("PRAGMA user_version = 1")
        con.commit()
        con.close()
        shutil.copyfile(fixture("import", "communities.csv"), self.path("communities.csv"))
        self.ok("-w", "ws", "import", "communities", "communities.csv")
        self.assertEqual(self.query(self.ws, "PRAGMA user_version"), [(SCHEMA_VERSION,)])
        case = self.add()
        self.pok("decline", case, "--reason", "重复")
        self.assertEqual(self.query(self.ws, "SELECT declined_date FROM petition"), [(TODAY,)])

    def test_imported_ledger_cases_take_lifecycle_steps(self):
        shutil.copyfile(fixture("import", "petitions.csv"), self.path("petitions.csv"))
        self.ok("-w", "ws", "import", "petitions", "petitions.csv")
        # Accepted 10-16 and not answered: handling due 12-15.
        self.assertEqual(self.deadlines("XF2026002")["handling"]["due"], "2026-12-15")
        # Closed without an answer date: closing stopped the handling clock.
        self.assertEqual(self.deadlines("XF2026001")["handling"]["state"], "on_time")
        self.pok("answer", "XF2026002", "--outcome", "支持", "--date", "2026-11-20")
        self.assertEqual(self.status("XF2026002"), "answered")
        self.assertEqual(self.add(received="2026-11-21"), "XF2026-0001")
        self.pok("reopen", "XF2026001", "--date", "2026-11-27")
        self.assertEqual(self.status("XF2026001"), "accepted")


    def test_reimported_ledger_keeps_steps_taken_by_commands(self):
        shutil.copyfile(fixture("import", "petitions.csv"), self.path("petitions.csv"))
        self.ok("-w", "ws", "import", "petitions", "petitions.csv")
        # After the ledger was exported, 002 was answered and 003 accepted with commands.
        self.pok("answer", "XF2026002", "--outcome", "支持", "--date", "2026-11-20")
        self.pok("accept", "XF2026003", "--date", "2026-11-03")
        before = self.query(self.ws, "SELECT case_no, status, accepted_date, answered_date, closed_date, outcome "
                                     "FROM petition ORDER BY case_no")
        out = self.ok("-w", "ws", "import", "petitions", "petitions.csv")
        self.assertEqual(out, "petitions.csv：读取4行：新增0件，更新0件，未变4件，有误0行\n"
                              "保留工作区中较新的状态：2行（XF2026002、XF2026003）\n")
        self.assertEqual(self.query(self.ws, "SELECT case_no, status, accepted_date, answered_date, closed_date, "
                                             "outcome FROM petition ORDER BY case_no"), before)
        self.assertEqual(before[1], ("XF2026002", "answered", "2026-10-16", "2026-11-20", None, "supported"))
        self.assertEqual(before[2][:3], ("XF2026003", "accepted", "2026-11-03"))
        # A later ledger that closes 002 moves it on, keeping the answer the command recorded.
        with open(self.path("petitions.csv"), encoding="utf-8") as f:
            text = f.read().replace("2026-10-16,\n", "2026-10-16,2026-11-25\n")
        with open(self.path("petitions-later.csv"), "w", encoding="utf-8") as f:
            f.write(text)
        out = self.ok("-w", "ws", "import", "petitions", "petitions-later.csv")
        self.assertEqual(out, "petitions-later.csv：读取4行：新增0件，更新1件，未变3件，有误0行\n"
                              "保留工作区中较新的状态：1行（XF2026003）\n")
        self.assertEqual(self.query(self.ws, "SELECT status, answered_date, closed_date, outcome FROM petition "
                                             "WHERE case_no = 'XF2026002'"),
                         [("closed", "2026-11-20", "2026-11-25", "supported")])

    def write_ledger(self, name, *rows):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write("信访编号,登记日期,信访形式,信访人,信访类别,社区,受理日期,答复日期,办结日期,处理结果\n")
            f.write("".join(row + "\n" for row in rows))
        return name

    def test_ledger_corrects_cases_only_ledgers_wrote(self):
        # No command touched this case: a corrected date follows the ledger, a step taken back
        # does not (a status never moves back through an import).
        self.ok("-w", "ws", "import", "petitions", self.write_ledger(
            "v1.csv", "XF5,2026-10-08,来访,张伟,征拆补偿,,2026-10-09,2026-10-20,2026-10-25,支持"))
        out = self.ok("-w", "ws", "import", "petitions", self.write_ledger(
            "v2.csv", "XF5,2026-10-08,来访,张伟,征拆补偿,,2026-10-10,2026-10-20,2026-10-25,支持"))
        self.assertEqual(out, "v2.csv：读取1行：新增0件，更新1件，未变0件，有误0行\n")
        self.assertEqual(self.query(self.ws, "SELECT status, accepted_date, answered_date, closed_date FROM petition"),
                         [("closed", "2026-10-10", "2026-10-20", "2026-10-25")])
        self.assertEqual([e[:2] for e in self.events("XF5")][:2], [("register", "2026-10-08"), ("accept", "2026-10-10")])
        out = self.ok("-w", "ws", "import", "petitions", self.write_ledger(
            "v3.csv", "XF5,2026-10-08,来访,张伟,征拆补偿,,2026-10-10,2026-10-20,,支持"))
        self.assertEqual(out, "v3.csv：读取1行：新增0件，更新0件，未变1件，有误0行\n"
                              "保留工作区中较新的状态：1行（XF5）\n")
        self.assertEqual(self.query(self.ws, "SELECT status, accepted_date, answered_date, closed_date FROM petition"),
                         [("closed", "2026-10-10", "2026-10-20", "2026-10-25")])

    def test_reimported_ledger_does_not_close_a_case_under_review(self):
        ledger = self.write_ledger("closed.csv", "XF1,2026-10-08,来访,张伟,征拆补偿,东茅岭社区,2026-10-09,"
                                                 "2026-10-20,2026-10-25,解释说明")
        self.ok("-w", "ws", "import", "petitions", ledger)
        self.pok("reopen", "XF1", "--date", "2026-11-02")
        self.pok("review", "XF1", "--date", "2026-11-02")
        events = self.events("XF1")
        code, out, err = self.run_dm("-w", "ws", "import", "petitions", ledger)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out, "closed.csv：读取1行：新增0件，更新0件，未变1件，有误0行\n"
                              "保留工作区中较新的状态：1行（XF1）\n")
        self.assertEqual(self.status("XF1"), "reviewing")
        self.assertEqual(self.events("XF1"), events)

    def test_reimported_ledger_does_not_accept_a_declined_case(self):
        self.ok("-w", "ws", "import", "petitions", self.write_ledger("new.csv", "XF3,2026-11-02,网上,王建国,劳动社保,,,,,"))
        self.pok("decline", "XF3", "--reason", "不属于信访事项", "--date", "2026-11-05")
        later = self.write_ledger("later.csv", "XF3,2026-11-02,网上,王建国,劳动社保,,2026-11-11,,,")
        self.ok("-w", "ws", "import", "petitions", later)
        self.assertEqual(self.query(self.ws, "SELECT status, accepted_date, declined_date FROM petition"),
                         [("declined", None, "2026-11-05")])
        self.assertEqual([e[:2] for e in self.events("XF3")], [("register", "2026-11-02"), ("decline", "2026-11-05")])

    def test_ledger_step_dated_before_a_command_is_kept_out_with_a_warning(self):
        self.ok("-w", "ws", "import", "petitions", self.write_ledger("new.csv", "XF4,2026-10-08,来访,赵敏,其他,,,,,"))
        self.pok("accept", "XF4", "--date", "2026-11-03")
        later = self.write_ledger("later.csv", "XF4,2026-10-08,来访,赵敏,其他,,2026-10-20,2026-11-01,,支持")
        code, out, err = self.run_dm("-w", "ws", "import", "petitions", later)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "dongmao: warning: later.csv：第2行：信访件XF4：台账的答复日期 2026-11-01早于用 dongmao petition "
                              "办理的最近一步（accept 2026-11-03）；信访件保持不变\n")
        self.assertEqual(self.query(self.ws, "SELECT status, accepted_date, answered_date, outcome FROM petition"),
                         [("accepted", "2026-11-03", None, None)])

if __name__ == "__main__":
    unittest.main()
