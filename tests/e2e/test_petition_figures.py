"""Petition figures of the report, from the deadline rules `petition overdue` uses: the
boundaries of a period (due on its last day, answered on the due day), an extension,
working-day mode with holidays and 调休, repeats from a ledger, and a narrative that states
only what happened."""
import json
import unittest

from dmtest import DongmaoTest

COMMUNITIES = "社区名称,社区编码\n东茅岭社区,DML\n柴家山社区,CJS\n"
TODAY = "2026-07-15"
SETTINGS = ('\n[[sensitive_periods]]\nname = "两会特护期"\nfrom = 2026-03-01\nto = 2026-03-15\n'
            '\n[[sensitive_periods]]\nname = "清明"\nfrom = 2026-04-03\nto = 2026-04-06\n')
# Received in May: L1 says 是否重复访 = 是 with no earlier case, L2 names the earlier case
# only, L3 says 否.
LEDGER = ("信访编号,登记日期,信访形式,信访人,信访类别,社区,是否重复访,原件编号\n"
          "L1,2026-05-25,网上,庚,其他,东茅岭社区,是,\n"
          "L2,2026-05-25,网上,辛,其他,东茅岭社区,,C\n"
          "L3,2026-05-25,网上,壬,其他,东茅岭社区,否,\n")


class PetitionFiguresTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        self.write("communities.csv", COMMUNITIES)
        self.dm("import", "communities", self.path("communities.csv"))

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)

    def settings(self, append="", replace=()):
        self.edit_settings(self.ws, replace, append)

    def dm(self, *args, today=TODAY):
        return self.ok("-w", self.ws, "--today", today, "-q", *args)

    def add(self, case, received, channel="来信", category="其他", *extra):
        self.dm("petition", "add", "--case-no", case, "--received", received, "--channel", channel,
                "--category", category, "--community", "柴家山社区", "--petitioner", "甲", *extra)

    def step(self, action, case, date, *extra):
        self.dm("petition", action, case, "--date", date, *extra)

    def report(self, *period, today=TODAY):
        return json.loads(self.dm("report", *period, "--format", "json", today=today))

    def overdue_cmd(self, day, within=0):
        cases = json.loads(self.dm("petition", "overdue", "--within", str(within), "--format", "json", today=day))
        overdue = sum(1 for c in cases if c["deadline"]["state"] == "overdue")
        return {"cases": cases, "overdue": overdue, "due_soon": len(cases) - overdue}

    def calendar_cases(self):
        # Handling due 05-01 (60 days after 03-02): C answered on the due day, D the day after.
        self.add("C", "2026-03-01")
        self.add("D", "2026-03-01")
        for case in ("C", "D"):
            self.step("accept", case, "2026-03-02")
        self.step("answer", "C", "2026-05-01", "--outcome", "支持")
        self.step("answer", "D", "2026-05-02", "--outcome", "支持")
        # Due 05-04, extended by 30 days on 04-20: its answer on 05-20 is on time.
        self.add("E", "2026-03-05")
        self.step("accept", "E", "2026-03-05")
        self.step("extend", "E", "2026-04-20", "--days", "30", "--reason", "涉及多个部门")
        self.step("answer", "E", "2026-05-20", "--outcome", "解释说明")
        # Handling due 05-31, the May report's last day: open there, answered in June.
        self.add("F", "2026-03-31")
        self.step("accept", "F", "2026-04-01")
        self.step("answer", "F", "2026-06-10", "--outcome", "支持")
        # Acceptance due 05-30 (B) and 05-31 (A); both accepted in June, after the report's end.
        self.add("B", "2026-05-15")
        self.add("A", "2026-05-16")
        self.step("accept", "B", "2026-06-01")
        self.step("accept", "A", "2026-06-02")
        # A group case of 6, answered and closed in May; a repeat of C.
        self.add("G", "2026-05-03", "来访", "租赁纠纷", "--people", "6")
        self.step("accept", "G", "2026-05-04")
        self.step("answer", "G", "2026-05-10", "--outcome", "支持")
        self.step("close", "G", "2026-05-12")
        self.add("H", "2026-05-20", "来信", "其他", "--repeat-of", "C")
        # Two urgent incidents: one handled in 10.5 hours, one still being handled.
        self.add("I", "2026-05-08", "来电", "非正常死亡", "--reported-at", "2026-05-08 08:00",
                 "--handled-at", "2026-05-08 18:30")
        self.step("accept", "I", "2026-05-08")
        self.step("answer", "I", "2026-05-09", "--outcome", "解释说明")
        self.step("close", "I", "2026-05-31")
        # Accepted on May's first day and answered on its last.
        self.add("K", "2026-04-30")
        self.step("accept", "K", "2026-05-01")
        self.step("answer", "K", "2026-05-31", "--outcome", "支持")
        self.add("J", "2026-05-25", "来电", "非正常死亡", "--reported-at", "2026-05-25 07:00")
        self.step("accept", "J", "2026-05-25")
        self.write("petitions.csv", LEDGER)
        self.dm("import", "petitions", self.path("petitions.csv"))

    def test_month_figures_at_the_boundaries(self):
        self.settings(SETTINGS)
        self.calendar_cases()
        pet = self.report("monthly", "--month", "2026-05")["petitions"]
        self.assertEqual(pet["received"], 9)
        self.assertEqual(pet["by_channel"], {"online": 3, "letter": 3, "visit": 1, "phone": 2})
        self.assertEqual((pet["group"], pet["group_people"], pet["repeat"]), (1, 6, 3))
        self.assertEqual((pet["accepted"], pet["answered"], pet["on_time"], pet["late"], pet["closed"]),
                         (4, 6, 5, 1, 2))
        # A and F are due on 05-31 and not overdue that day; B was due 05-30. The incidents I and
        # J are not open petitions: they run on their own clock (incidents below).
        self.assertEqual((pet["open"], pet["overdue"]), (7, 1))
        self.assertEqual(pet["overdue_cases"], [
            {"case_no": "B", "category": "其他", "community": "柴家山社区", "deadline": "acceptance",
             "due": "2026-05-30", "days_overdue": 1}])
        self.assertEqual(pet["incidents"], [
            {"case_no": "I", "category": "非正常死亡", "handled": True, "hours": 10.5},
            {"case_no": "J", "category": "非正常死亡", "handled": False, "hours": None}])
        self.assertEqual(pet["in_sensitive_periods"], [])

    def test_open_and_overdue_equal_petition_overdue_on_that_day(self):
        self.calendar_cases()
        for month, day in [("2026-03", "2026-03-31"), ("2026-04", "2026-04-30"), ("2026-05", "2026-05-31"),
                           ("2026-06", "2026-06-30")]:
            pet = self.report("monthly", "--month", month)["petitions"]
            listed = self.overdue_cmd(day, within=3650)
            self.assertEqual(pet["open"], len(listed["cases"]), month)
            self.assertEqual(pet["overdue"], listed["overdue"], month)
            late = [(c["case_no"], c["deadline"]["kind"], c["deadline"]["due"]) for c in listed["cases"]
                    if c["deadline"]["days_left"] < 0]
            self.assertEqual([(c["case_no"], c["deadline"], c["due"]) for c in pet["overdue_cases"]],
                             sorted(late, key=lambda c: c[2]), month)
        # On the due day A and F are listed as due today, not overdue.
        on_day = self.overdue_cmd("2026-05-31")
        self.assertEqual((on_day["overdue"], on_day["due_soon"]), (1, 2))
        # A month later F's answer (06-10) came 10 days after its due date.
        june = self.report("monthly", "--month", "2026-06")["petitions"]
        self.assertEqual((june["answered"], june["on_time"], june["late"]), (1, 0, 1))

    def test_repeat_cases_from_the_ledger_and_the_command(self):
        self.calendar_cases()
        pet = self.report("monthly", "--month", "2026-05")["petitions"]
        listed = json.loads(self.dm("petition", "list", "--repeat", "--from", "2026-05-01", "--to", "2026-05-31",
                                    "--format", "json"))
        self.assertEqual(sorted(c["case_no"] for c in listed), ["H", "L1", "L2"])
        self.assertEqual(pet["repeat"], len(listed))

    def test_working_days_holidays_and_adjusted_saturday(self):
        self.settings(replace=[('day_mode = "calendar"', 'day_mode = "working"'),
                               ("holidays = []", "holidays = [2026-05-01, 2026-05-04, 2026-05-05]"),
                               ("extra_workdays = []", "extra_workdays = [2026-05-09]")])
        # Received on Friday 04-24: the 15th working day after it is 05-19 (calendar: 05-09).
        self.add("W", "2026-04-24")
        on_due = self.report("range", "--from", "2026-05-01", "--to", "2026-05-19")["petitions"]
        self.assertEqual((on_due["open"], on_due["overdue"]), (1, 0))
        after = self.report("range", "--from", "2026-05-01", "--to", "2026-05-20")["petitions"]
        self.assertEqual(after["overdue_cases"], [
            {"case_no": "W", "category": "其他", "community": "柴家山社区", "deadline": "acceptance",
             "due": "2026-05-19", "days_overdue": 1}])
        self.assertEqual(self.overdue_cmd("2026-05-20")["overdue"], 1)
        self.assertEqual(self.overdue_cmd("2026-05-19")["overdue"], 0)

    def test_narrative_says_only_what_happened(self):
        self.settings(SETTINGS)
        self.calendar_cases()
        may = self.report("monthly", "--month", "2026-05")["narrative"]
        self.assertEqual(may, [
            "本月共登记信访件9件，其中来访1件、来信3件、网上3件、来电2件；集体访1批6人次；重复访3件；受理4件；"
            "答复6件，其中按期答复5件、超期答复1件；办结2件；逾期未办1件。",
            "快速处置非正常死亡事件1起，均在10.5小时内处置完毕。",
            "非正常死亡事件1起正在处置。"])
        march = self.report("monthly", "--month", "2026-03")["narrative"]
        self.assertIn("两会特护期期间登记信访件3件。", march)
        self.assertNotIn("清明", "".join(march))
        april = self.report("monthly", "--month", "2026-04")["narrative"]
        self.assertIn("清明期间实现“零上访”。", april)
        self.assertNotIn("两会", "".join(april))
        # Months away from both periods say nothing of them, nor of zero items.
        october = self.report("monthly", "--month", "2026-10", today="2026-11-05")
        self.assertEqual(october["petitions"]["in_sensitive_periods"], [])
        text = "".join(october["narrative"])
        self.assertNotIn("两会", text)
        self.assertNotIn("零上访", text)
        for report in (may, march, april, october["narrative"]):
            self.assertNotRegex("".join(report), r"[^0-9]0(件|批|人次|起)")


if __name__ == "__main__":
    unittest.main()
