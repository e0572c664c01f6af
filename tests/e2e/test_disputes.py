"""The disputes petitions concern: a ledger's 涉及户数 read as a count and whether it was
approximate (400多户, 300余户, 约120户), its 信访对象 the place; the report's
petitions.disputes lists the cases of the period with petition.dispute_households households
or more, or group visits; a template says 400多户 with the 户数 filter."""
import json
import unittest

from dmtest import DongmaoTest

TODAY = "2026-12-01"
HEADER = "信访编号,登记日期,信访形式,人数,信访类别,信访对象,涉及户数,受理日期,答复日期,办结日期\n"
LEDGER = HEADER + (
    "A1,2026-03-01,来访,3,租赁纠纷,人和春天,400多户,2026-03-02,,2026-04-01\n"
    "A2,2026-03-02,来访,1,租赁纠纷,友谊市场,300余户,2026-03-03,2026-04-01,\n"
    "A3,2026-03-03,来信,1,租赁纠纷,世纪星地下商场,约120户,,,\n"
    "A4,2026-03-04,来信,1,租赁纠纷,东井岭市场,126,,,\n"
    "A5,2026-03-05,来信,1,租赁纠纷,小商铺,49户,,,\n"
    "A6,2026-03-06,来信,1,租赁纠纷,大院,50户,,,\n"
    "A7,2026-03-07,来访,5,商业开发,中华时代广场,,,,\n"
    "A8,2026-03-08,来访,4,其他,,,,,\n"
    # Received the year before, closed in this one: handled in the period.
    "A9,2025-12-20,来访,1,还建安置,国大旧改,80户,2025-12-21,,2026-01-10\n")


def dispute(case_no, subject, category, households, approx, people, status):
    return {"case_no": case_no, "subject": subject, "category": category, "households": households,
            "households_approx": approx, "people": people, "status": status}


class DisputesTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)

    def dm(self, *args):
        return self.ok("-w", self.ws, "--today", TODAY, "-q", *args)

    def disputes(self, *period):
        period = period or ("range", "--from", "2026-01-01", "--to", "2026-12-31")
        return json.loads(self.dm("report", *period, "--format", "json"))["petitions"]["disputes"]

    def import_ledger(self, text=LEDGER):
        self.write("信访台账.csv", text)
        self.dm("import", "petitions", self.path("信访台账.csv"))

    def test_counts_are_stored_with_their_approximation(self):
        self.import_ledger()
        rows = self.query(self.ws, "SELECT case_no, subject, households, households_approx FROM petition "
                                   "ORDER BY case_no")
        self.assertEqual(rows, [("A1", "人和春天", 400, 1), ("A2", "友谊市场", 300, 1), ("A3", "世纪星地下商场", 120, 1),
                                ("A4", "东井岭市场", 126, 0), ("A5", "小商铺", 49, 0), ("A6", "大院", 50, 0),
                                ("A7", "中华时代广场", None, 0), ("A8", None, None, 0), ("A9", "国大旧改", 80, 0)])

    def test_other_headers_staff_write(self):
        self.import_ledger("信访编号,登记日期,信访形式,信访类别,涉及市场,涉及商户\n"
                           "B1,2026-03-01,来访,租赁纠纷,友谊市场,３００多户\n")
        self.assertEqual(self.query(self.ws, "SELECT subject, households, households_approx FROM petition"),
                         [("友谊市场", 300, 1)])

    def test_a_value_that_is_no_count_is_a_row_error(self):
        for bad in ("很多户", "0户", "12.5户", "-3"):
            with self.subTest(bad):
                self.write("bad.csv", "信访编号,登记日期,信访形式,信访类别,涉及户数\n"
                                      f"B1,2026-03-01,来访,租赁纠纷,{bad}\n")
                line = self.fails(65, "-w", self.ws, "--today", TODAY, "-q", "import", "petitions",
                                  "bad.csv")
                self.assertEqual(line, f"dongmao: error: bad.csv：第2行 E列（涉及户数）：“{bad}”不是户数，"
                                       "应写作120、120户、400多户、300余户或约120户")
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM petition"), [(0,)])

    def test_the_report_lists_large_disputes_and_group_visits(self):
        self.import_ledger()
        self.assertEqual(self.disputes(), [
            dispute("A9", "国大旧改", "还建安置", 80, False, 1, "closed"),
            dispute("A1", "人和春天", "租赁纠纷", 400, True, 3, "closed"),
            dispute("A2", "友谊市场", "租赁纠纷", 300, True, 1, "answered"),
            dispute("A3", "世纪星地下商场", "租赁纠纷", 120, True, 1, "open"),
            dispute("A4", "东井岭市场", "租赁纠纷", 126, False, 1, "open"),
            dispute("A6", "大院", "租赁纠纷", 50, False, 1, "open"),
            dispute("A7", "中华时代广场", "商业开发", None, False, 5, "open"),
        ])

    def test_the_threshold_is_a_setting(self):
        self.import_ledger()
        self.edit_settings(self.ws, [("dispute_households = 50", "dispute_households = 126")])
        self.assertEqual([d["case_no"] for d in self.disputes()], ["A1", "A2", "A4", "A7"])

    def test_only_cases_received_or_handled_in_the_period(self):
        self.import_ledger()
        self.assertEqual([d["case_no"] for d in self.disputes("monthly", "--month", "2026-01")], ["A9"])
        self.assertEqual([d["case_no"] for d in self.disputes("monthly", "--month", "2026-04")], ["A1", "A2"])
        self.assertEqual(self.disputes("monthly", "--month", "2026-06"), [])

    def test_a_template_says_the_households_as_the_ledger_did(self):
        self.import_ledger()
        self.write("year.md", "主动化解{petitions.disputes[人和春天].subject}{petitions.disputes[人和春天].households|户数}、"
                              "{petitions.disputes[东井岭市场].subject}{petitions.disputes[东井岭市场].households|户数}"
                              "租赁纠纷。\n")
        data = json.loads(self.dm("report", "range", "--from", "2026-01-01", "--to", "2026-12-31",
                                  "--template", self.path("year.md"), "--format", "json"))
        self.assertEqual(data["draft"], [{"kind": "paragraph", "text": "主动化解人和春天400多户、东井岭市场126户租赁纠纷。"}])

    def test_the_households_filter_needs_a_count(self):
        self.import_ledger()
        self.write("year.md", "{petitions.disputes[人和春天].subject|户数}\n")
        code, _, err = self.run_dm("-w", self.ws, "--today", TODAY, "report", "range", "--from", "2026-01-01",
                                   "--to", "2026-12-31", "--template", self.path("year.md"))
        self.assertEqual(code, 78, err)

    def test_petition_add_and_show_carry_the_households(self):
        self.write("c.csv", "社区名称,社区编码\n东茅岭社区,DML\n")
        self.dm("import", "communities", "c.csv")
        self.dm("petition", "add", "--case-no", "C1", "--received", "2026-03-01", "--channel", "来访",
                "--category", "租赁纠纷", "--community", "东茅岭社区", "--petitioner", "甲",
                "--subject", "人和春天", "--households", "400多")
        shown = [line.split() for line in self.dm("petition", "show", "C1").splitlines()]
        self.assertIn(["信访对象", "人和春天"], shown)
        self.assertIn(["涉及户数", "400多户"], shown)
        self.assertEqual(self.disputes()[0]["households"], 400)
        line = self.fails(64, "-w", self.ws, "--today", TODAY, "petition", "add", "--received", "2026-03-01",
                          "--channel", "来访", "--category", "租赁纠纷", "--community", "东茅岭社区",
                          "--petitioner", "乙", "--households", "很多")
        self.assertEqual(line, "dongmao: error: --households 的“很多”不是户数，应写作120、400多或约120")


if __name__ == "__main__":
    unittest.main()
