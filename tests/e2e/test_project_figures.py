"""Project figures from one source: the report's `projects`, `project progress` and
`household list --signed` must agree, period by period, on a workspace built through the
CLI with corrections (signed, moved back, signed again), a household that only vacated,
signings on the first and last day of a month and on "today", and a cleared project."""

import datetime
import json
import unittest

from dmtest import DongmaoTest

TODAY = "2026-11-30"

PROJECTS = ("项目编号,项目名称,项目类型,完成时限\n"
            "P1,九华山二期,棚改,2026-12-31\n"
            "P2,工人文化宫,收购,2026-11-20\n"
            "P3,大桥市场,征拆,2026-11-29\n"
            "P4,桥西片区,征拆,2026-11-30\n"
            "R1,东茅岭小区改造,老旧小区改造,2027-06-30\n")

# P1: A1 signed on the first day of November, A2 on its last day (today), A3 on the last day
# of October and vacated in November, A4 only vacated (no signing date), A5 signed in
# October, moved back and signed again in November, A6 signed in November and moved back,
# A7 negotiating, A8 withdrawn.
# P2: B1 signed in September (demolished in October), B2 signed on 11-03, B3 signed on 11-01,
# moved back and signed again on 11-09: cleared on 11-09.
# P3, P4: one household negotiating each; P3 is due before today, P4 today.
LEDGER = ("项目,户编号,户主姓名,社区,网格,签约状态,入户调查日期,签约日期,交房日期,拆除日期\n"
          "P1,A1,张一,东茅岭社区,第1网格,已签约,2026-09-01,2026-11-01,,\n"
          "P1,A2,张二,东茅岭社区,第1网格,已签约,2026-09-01,2026-11-30,,\n"
          "P1,A3,张三,东茅岭社区,第1网格,已交房,2026-09-01,2026-10-31,2026-11-02,\n"
          "P1,A4,张四,柴家山社区,第2网格,已交房,2026-09-01,,2026-11-10,\n"
          "P1,A5,张五,柴家山社区,第2网格,已签约,2026-09-01,2026-10-05,,\n"
          "P1,A6,张六,柴家山社区,第2网格,已签约,2026-09-01,2026-11-05,,\n"
          "P1,A7,张七,柴家山社区,第2网格,谈判中,2026-09-01,,,\n"
          "P1,A8,张八,柴家山社区,第2网格,已退出,2026-09-01,,,\n"
          "P2,B1,李一,东茅岭社区,第1网格,已拆除,2026-08-01,2026-09-01,2026-09-10,2026-10-15\n"
          "P2,B2,李二,东茅岭社区,第1网格,已签约,2026-08-01,2026-11-03,,\n"
          "P2,B3,李三,东茅岭社区,第1网格,已签约,2026-08-01,2026-11-01,,\n"
          "P3,C1,王一,东茅岭社区,第1网格,谈判中,2026-08-01,,,\n"
          "P4,D1,赵一,东茅岭社区,第1网格,谈判中,2026-08-01,,,\n")

# R1: three of four owners answered; all areas known.
RENOVATION = ("项目,户编号,户主姓名,社区,网格,建筑面积,意见\n"
              "R1,E1,周一,东茅岭社区,第1网格,60,同意\n"
              "R1,E2,周二,东茅岭社区,第1网格,80,同意\n"
              "R1,E3,周三,东茅岭社区,第1网格,40,不同意\n"
              "R1,E4,周四,东茅岭社区,第1网格,20,\n")

# Corrections made with --force after the ledger was imported.
CORRECTIONS = [
    ("A5", "P1", "谈判中", "2026-10-20", "协议作废"),
    ("A5", "P1", "已签约", "2026-11-15", None),
    ("A6", "P1", "谈判中", "2026-11-12", "协议作废"),
    ("B3", "P2", "谈判中", "2026-11-02", "协议有误"),
    ("B3", "P2", "已签约", "2026-11-09", None),
]

# The figures worked out by hand, per period: signed_in_period of P1 and P2, and the
# households `household list --signed` gives.
PLANTED = {
    ("2026-09-01", "2026-09-30"): (0, 1, ["B1"]),
    ("2026-10-01", "2026-10-31"): (1, 0, ["A3"]),
    ("2026-11-01", "2026-11-30"): (3, 2, ["A1", "A2", "A5", "B2", "B3"]),
    ("2026-12-01", "2026-12-31"): (0, 0, []),
    ("2026-11-01", "2026-11-01"): (1, 0, ["A1"]),
    ("2026-11-30", "2026-11-30"): (1, 0, ["A2"]),
    ("2026-10-31", "2026-11-01"): (2, 0, ["A1", "A3"]),
    ("2026-11-02", "2026-11-29"): (1, 2, ["A5", "B2", "B3"]),
}

# The fields a report's project and `project progress` share.
SHARED = ["code", "name", "kind", "enrolled", "by_stage", "signed_in_period", "signed_total", "cleared", "cleared_on",
          "due_date"]


class ProjectFiguresTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        for entity, text in [("projects", PROJECTS), ("enrollments", LEDGER), ("enrollments", RENOVATION)]:
            name = self.path(entity + ".csv")
            with open(name, "w", encoding="utf-8") as f:
                f.write(text)
            self.dm("-q", "import", entity, name, "--create-missing")
        for household, project, stage, date, note in CORRECTIONS:
            args = ["household", "stage", household, "--project", project, stage, "--date", date]
            self.dm(*args, *(["--force", "--note", note] if note else []))
        self.dm("project", "milestone", "done", "R1", "政策宣传", "--date", "2026-11-10")

    def dm(self, *args):
        return self.ok("-w", self.ws, "--today", TODAY, *args)

    def report(self, start, end, *args):
        if start.endswith("-01") and end == month_end(start):
            return self.dm("report", "monthly", "--month", start[:7], *args)
        return self.dm("report", "range", "--from", start, "--to", end, *args)

    def report_projects(self, start, end):
        return {p["code"]: p for p in json.loads(self.report(start, end, "--format", "json"))["projects"]}

    def progress(self, start, end):
        data = json.loads(self.dm("--json", "project", "progress", "--from", start, "--to", end))
        return {p["code"]: p for p in data}

    def signed_list(self, spec, *args):
        rows = json.loads(self.dm("household", "list", "--signed", spec, "--format", "json", *args))
        return [r["code"] for r in rows]

    def test_report_equals_project_progress_in_every_period(self):
        for (start, end) in PLANTED:
            with self.subTest(period=(start, end)):
                report = self.report_projects(start, end)
                progress = self.progress(start, end)
                self.assertEqual(sorted(report), sorted(progress))
                for code in report:
                    self.assertEqual({k: report[code][k] for k in SHARED}, {k: progress[code][k] for k in SHARED})
                    # Days left run from the period's end, or today when that is earlier.
                    if end >= TODAY:
                        self.assertEqual(report[code]["days_left"], progress[code]["days_left"])

    def test_planted_figures(self):
        for (start, end), (p1, p2, _) in PLANTED.items():
            with self.subTest(period=(start, end)):
                figures = self.report_projects(start, end)
                self.assertEqual((figures["P1"]["signed_in_period"], figures["P2"]["signed_in_period"]), (p1, p2))
        p = self.progress("2026-11-01", "2026-11-30")
        self.assertEqual(p["P1"]["by_stage"], {"surveyed": 0, "assessed": 0, "negotiating": 2, "signed": 3, "vacated": 2,
                                               "demolished": 0, "withdrawn": 1})
        # A4 only vacated: signed, though in no period; A6 moved back: not signed.
        self.assertEqual((p["P1"]["enrolled"], p["P1"]["signed_total"], p["P1"]["cleared"], p["P1"]["cleared_on"]),
                         (7, 5, False, None))
        # Cleared by B3's second signing, the latest in force; not by B1's (the earliest)
        # nor by B3's first.
        self.assertEqual((p["P2"]["enrolled"], p["P2"]["signed_total"], p["P2"]["cleared"], p["P2"]["cleared_on"]),
                         (3, 3, True, "2026-11-09"))
        # Overdue: due before today and not cleared; due today is not overdue, nor is P2 (cleared).
        self.assertEqual({code: (q["days_left"], q["overdue"]) for code, q in p.items() if code != "R1"},
                         {"P1": (31, False), "P2": (-10, False), "P3": (-1, True), "P4": (0, False)})

    def test_signed_in_period_never_exceeds_signed_total(self):
        for start, end in [("2026-01-01", "2026-12-31"), ("2026-11-01", "2026-11-30")]:
            for code, p in self.report_projects(start, end).items():
                self.assertLessEqual(p["signed_in_period"], p["signed_total"], (code, start, end))
        # Over the whole year every signing in force is counted once: A4 alone has no date.
        year = self.report_projects("2026-01-01", "2026-12-31")
        self.assertEqual((year["P1"]["signed_in_period"], year["P2"]["signed_in_period"]), (4, 3))

    def test_household_list_signed_matches_signed_in_period(self):
        for (start, end), (p1, p2, codes) in PLANTED.items():
            spec = start[:7] if start.endswith("-01") and end == month_end(start) else f"{start}..{end}"
            with self.subTest(period=spec):
                self.assertEqual(self.signed_list(spec), codes)
                self.assertEqual(len(self.signed_list(spec, "--project", "P1")), p1)
                self.assertEqual(len(self.signed_list(spec, "--project", "P2")), p2)
        # Whatever the stage now: A3 has vacated since its October signing.
        self.assertEqual(self.signed_list("2026-10", "--project", "P1", "--stage", "已交房"), ["A3"])
        # The table's limit counts only the households listed.
        rows = json.loads(self.dm("household", "list", "--signed", "2026-11", "--format", "json", "--limit", "2"))
        self.assertEqual([r["code"] for r in rows], ["A1", "A2"])

    def test_narrative_says_only_what_happened(self):
        november = self.report("2026-11-01", "2026-11-30")
        for line in ["本月九华山二期项目新增签约3户，累计签约5户，签约率71.4%，尚有2户未签约。",
                     "本月工人文化宫项目新增签约2户，累计签约3户，签约率100.0%，已于11月9日清零。",
                     "大桥市场项目1户均未签约。",
                     "东茅岭小区改造项目4户业主中3户参与表决，按户数占75.0%、按面积占90.0%；其中同意2户，"
                     "占参与户数66.7%、参与面积77.8%，同意未达参与表决的75.0%，尚未达到民法典第二百七十八条规定的表决要求。",
                     "本月东茅岭小区改造项目完成政策宣传。"]:
            self.assertIn("\n" + line + "\n", november)
        self.assertNotIn("新增签约0户", november)
        december = self.report("2026-12-01", "2026-12-31")
        # The clearing is not narrated again, no zero signings, and no milestone done.
        self.assertNotIn("工人文化宫", narrative(december))
        self.assertNotIn("新增签约0户", december)
        self.assertNotIn("完成政策宣传", december)
        self.assertIn("\n九华山二期项目累计签约5户，签约率71.4%，尚有2户未签约。\n", december)

    def test_stage_labels_come_from_the_stage_rules(self):
        md = self.report("2026-11-01", "2026-11-30")
        self.assertIn("| 入户调查 | 已评估 | 谈判中 | 已签约 | 已腾房 | 已拆除 | 已退出 |", md)


def narrative(md):
    """The drafted narrative section of a Markdown report."""
    section = md.split("## 情况汇报（草稿）\n", 1)[1]
    return section.split("\n## ", 1)[0]


def month_end(start):
    year, month = int(start[:4]), int(start[5:7])
    following = f"{year + month // 12}-{month % 12 + 1:02d}-01"
    return (datetime.date.fromisoformat(following) - datetime.timedelta(days=1)).isoformat()


if __name__ == "__main__":
    unittest.main()
