"""Every figure from one source, over random periods: on a generated workspace (gen_workspace.py:
four communities, projects of each kind with corrections and vacate-only households, a year
of petitions in working-day mode with an extension and a declined case, indicators with
gaps), the report's JSON must equal what `project progress`, `household list --signed`,
`petition list` and `petition overdue` say for the same period, and the figures the
generator planted.

The periods are drawn from a seeded generator (DONGMAO_PROP_SEED to try another seed) and
always include the months and days that carry planted boundary events."""

import datetime
import functools
import json
import os
import random
import shutil
import subprocess
import tempfile
import unittest

from dmtest import BIN
import gen_workspace as gen

TODAY = gen.TODAY
SEED = int(os.environ.get("DONGMAO_PROP_SEED", "1216"))
PERIODS_COUNT = 30

# The fields a report's project and `project progress` share.
SHARED = ["code", "name", "kind", "enrolled", "by_stage", "signed_in_period", "signed_total", "cleared", "cleared_on",
          "due_date"]


def draw_periods(truth, seed, count=PERIODS_COUNT):
    """Months and ranges: every month holding a planted boundary date, one-day and two-day
    ranges on such dates, then random months and ranges until `count`."""
    rng = random.Random(seed)
    periods = []

    def add(start, end):
        if (start, end) not in periods:
            periods.append((start, end))

    boundaries = sorted(truth.boundary_dates)
    for date in boundaries:
        add(gen.month_first(date.year, date.month), gen.month_last(date.year, date.month))
    for date in rng.sample(boundaries, 4):
        add(date, date)
        add(date - datetime.timedelta(days=1), date)
        add(date, date + datetime.timedelta(days=1))
    while len(periods) < count:
        if rng.random() < 0.4:
            month = rng.randint(1, 12)
            add(gen.month_first(gen.YEAR, month), gen.month_last(gen.YEAR, month))
        else:
            start = gen.day("2026-01-01") + datetime.timedelta(days=rng.randint(0, 364))
            add(start, start + datetime.timedelta(days=rng.randint(0, 120)))
    return periods


def is_month(start, end):
    return start.day == 1 and end == gen.month_last(start.year, start.month)


class FiguresRandomTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="dongmao-prop-")
        cls.ws = os.path.join(cls.tmp, "ws")
        cls.env = {k: v for k, v in os.environ.items() if not k.startswith("DONGMAO_")}
        cls.env.update({"DONGMAO_OPERATOR": "tester", "LANG": "C.UTF-8"})
        subprocess.run([BIN, "init", cls.ws, "--name", "东茅岭街道", "--division-code", "430602001"], env=cls.env,
                       check=True, capture_output=True)
        cls.truth = gen.generate(cls.ws, cls.dm)
        cls.periods = draw_periods(cls.truth, SEED)
        cls.today = gen.day(TODAY)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def dm(cls, *args, today=TODAY):
        proc = subprocess.run([BIN, "-w", cls.ws, "--today", today, *args], env=cls.env, capture_output=True,
                              text=True, timeout=120)
        if proc.returncode != 0:
            raise AssertionError(f"dongmao {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
        return proc.stdout

    # Cached command outputs, one call per period ------------------------------------------

    @classmethod
    @functools.cache
    def report(cls, start, end):
        if is_month(start, end):
            out = cls.dm("report", "monthly", "--month", start.isoformat()[:7], "--format", "json")
        else:
            out = cls.dm("report", "range", "--from", start.isoformat(), "--to", end.isoformat(), "--format", "json")
        return json.loads(out)

    @classmethod
    @functools.cache
    def progress(cls, start, end):
        out = cls.dm("--json", "project", "progress", "--from", start.isoformat(), "--to", end.isoformat())
        return {p["code"]: p for p in json.loads(out)}

    @classmethod
    @functools.cache
    def signed_list(cls, start, end, project):
        spec = start.isoformat()[:7] if is_month(start, end) else f"{start.isoformat()}..{end.isoformat()}"
        out = cls.dm("household", "list", "--signed", spec, "--project", project, "--format", "json")
        return [row["code"] for row in json.loads(out)]

    @classmethod
    @functools.cache
    def petition_list(cls, start, end, *extra):
        out = cls.dm("petition", "list", "--from", start.isoformat(), "--to", end.isoformat(), *extra, "--format",
                     "json")
        return sorted(p["case_no"] for p in json.loads(out))

    @classmethod
    @functools.cache
    def petition_overdue(cls, as_of):
        data = json.loads(cls.dm("petition", "overdue", "--within", "0", "--format", "json", today=as_of.isoformat()))
        cases = sorted(c["case_no"] for c in data if c["deadline"]["state"] == "overdue")
        return len(cases), cases

    def as_of(self, end):
        return min(end, self.today)

    def report_projects(self, start, end):
        return {p["code"]: p for p in self.report(start, end)["projects"]}

    def report_overdue(self, start, end):
        petitions = self.report(start, end)["petitions"]
        return petitions["overdue"], sorted(c["case_no"] for c in petitions["overdue_cases"])

    # Projects ----------------------------------------------------------------------------

    def test_report_projects_equal_project_progress(self):
        for start, end in self.periods:
            with self.subTest(period=(start.isoformat(), end.isoformat())):
                report, progress = self.report_projects(start, end), self.progress(start, end)
                self.assertEqual(sorted(report), sorted(progress))
                for code in report:
                    self.assertEqual({k: report[code][k] for k in SHARED}, {k: progress[code][k] for k in SHARED})
                    # Days left run from the period's end, or today when that is earlier.
                    if end >= self.today:
                        self.assertEqual(report[code]["days_left"], progress[code]["days_left"])

    def test_household_list_signed_is_signed_in_period(self):
        for start, end in self.periods:
            report = self.report_projects(start, end)
            for code in gen.SIGNING_PROJECTS:
                with self.subTest(period=(start.isoformat(), end.isoformat()), project=code):
                    listed = self.signed_list(start, end, code)
                    self.assertEqual(len(listed), report[code]["signed_in_period"])
                    self.assertEqual(sorted(listed), self.truth.signed_households(code, start, end))

    def test_project_figures_are_the_planted_ones(self):
        keys = ["enrolled", "signed_total", "signed_in_period", "cleared", "cleared_on", "by_stage"]
        for start, end in self.periods:
            report = self.report_projects(start, end)
            for code in gen.SIGNING_PROJECTS:
                with self.subTest(period=(start.isoformat(), end.isoformat()), project=code):
                    self.assertEqual({k: report[code][k] for k in keys}, self.truth.project_figures(code, start, end))
            self.assertEqual(report["GZ1"]["enrolled"], len(self.truth.enrolled_households("GZ1")))

    def test_generated_workspace_has_what_the_issue_asks_for(self):
        # A guard on the generator itself: each situation the comparisons rely on is there.
        households = [h for h in self.truth.households if h.project in gen.SIGNING_PROJECTS]
        signing = self.truth.signing_date
        self.assertTrue(any(h.ledger_stage and h.stage == "signed" and len(h.signings) > 1 for h in households))
        self.assertTrue(any(h.ledger_stage and h.stage == "negotiating" for h in households))
        self.assertTrue(any(h.stage == "vacated" and not h.signings for h in households))
        dates = {signing(h) for h in households if signing(h)}
        self.assertTrue({gen.day("2026-04-01"), gen.day("2026-04-30"), self.today} <= dates)
        year = self.truth.project_figures("ZC2", gen.day("2026-01-01"), gen.day("2026-12-31"))
        self.assertEqual((year["cleared"], year["cleared_on"]), (True, "2026-11-03"))

    # Petitions ---------------------------------------------------------------------------

    def test_received_equals_petition_list(self):
        for start, end in self.periods:
            with self.subTest(period=(start.isoformat(), end.isoformat())):
                listed = self.petition_list(start, end)
                self.assertEqual(listed, self.truth.received(start, end))
                self.assertEqual(self.report(start, end)["petitions"]["received"], len(listed))

    def test_sensitive_periods_equal_petition_list(self):
        for start, end in self.periods:
            for item in self.report(start, end)["petitions"]["in_sensitive_periods"]:
                with self.subTest(period=(start.isoformat(), end.isoformat()), name=item["name"]):
                    planted = self.truth.in_sensitive_period(item["name"], start, end)
                    self.assertEqual(item["received"], planted)
                    self.assertEqual(len(self.petition_list(start, end, "--period", item["name"])), planted)

    def test_answered_on_time_are_the_planted_ones(self):
        for start, end in self.periods:
            with self.subTest(period=(start.isoformat(), end.isoformat())):
                petitions = self.report(start, end)["petitions"]
                self.assertEqual((petitions["answered"], petitions["on_time"]), self.truth.answered(start, end))

    def test_overdue_today_equals_petition_overdue(self):
        # Periods that reach today: both count as of today.
        periods = [(start, end) for start, end in self.periods if end >= self.today]
        periods.append((gen.month_first(2026, 12), gen.month_last(2026, 12)))
        for start, end in periods:
            with self.subTest(period=(start.isoformat(), end.isoformat())):
                count, cases = self.report_overdue(start, end)
                self.assertEqual((count, cases), self.petition_overdue(self.today))
                self.assertEqual(cases, self.truth.overdue(self.today))

    def test_overdue_at_a_past_period_end_is_the_planted_figure(self):
        for start, end in self.periods:
            if end < self.today:
                with self.subTest(period=(start.isoformat(), end.isoformat())):
                    self.assertEqual(self.report_overdue(start, end)[1], self.truth.overdue(end))

    # `petition overdue --today D` takes a case answered after D as answered on D: a case
    # A case overdue at the end of August and answered on 3 September is overdue in the
    # August report and in `petition overdue --today 2026-08-31` alike.
    def test_petition_overdue_on_a_past_day_ignores_answers_given_after_it(self):
        for start, end in self.periods:
            if end < self.today:
                self.assertEqual(self.report_overdue(start, end), self.petition_overdue(end),
                                 (start.isoformat(), end.isoformat()))

    # Indicators --------------------------------------------------------------------------

    def metric_total(self, start, indicator):
        end = gen.month_last(start.year, start.month)
        for m in self.report(start, end)["metrics"]:
            if m["indicator"] == indicator and m["community"] is None:
                return m
        return None

    def months(self):
        return [start for start, end in self.periods if is_month(start, end) and start <= self.today]

    def test_flow_indicator_month_totals_are_the_planted_ones(self):
        for start in self.months():
            planted = self.truth.flow_total("新增就业人数", start.isoformat()[:7])
            if planted is not None:
                with self.subTest(month=start.isoformat()[:7]):
                    self.assertEqual(self.metric_total(start, "新增就业人数")["value"], planted[0])

    # The total's year to date keeps the communities with no value this month: in November
    # 478 (all four), not 247 (the two with a value).
    def test_flow_year_to_date_keeps_communities_without_a_value_this_month(self):
        for start in self.months():
            planted = self.truth.flow_total("新增就业人数", start.isoformat()[:7])
            if planted is not None:
                self.assertEqual(self.metric_total(start, "新增就业人数")["year_to_date"], planted[1],
                                 start.isoformat()[:7])

    # A stock's year to date is its latest level, never the months added up.
    def test_stock_indicator_year_to_date_is_the_latest_level(self):
        checked = 0
        for start in self.months():
            planted = self.truth.stock_total("常住人口", start.isoformat()[:7])
            if planted is not None:
                total = self.metric_total(start, "常住人口")
                self.assertEqual((total["value"], total["year_to_date"]), (planted, planted), start.isoformat()[:7])
                checked += 1
        self.assertGreater(checked, 0)

    # A rate's total is never the communities' fractions added up.
    def test_rate_indicator_total_is_never_a_sum(self):
        for start in self.months():
            total = self.metric_total(start, "垃圾分类参与率")
            if total is not None:
                for key in ("value", "year_to_date"):
                    self.assertTrue(total[key] is None or 0 <= total[key] <= 1, (start.isoformat()[:7], key, total))


if __name__ == "__main__":
    unittest.main()
