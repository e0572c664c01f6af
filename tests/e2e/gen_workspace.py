"""A generated sub-district workspace and the figures planted in it.

`generate(ws, run)` writes seeded ledgers (CSV, and the indicators as .xlsx), imports them
into the workspace `ws` with the built dongmao, makes corrections through the CLI (signed,
moved back, signed again; a re-dated signing; an extension; a declined case) and returns a
`Truth`: the generator's own model of every figure, computed here in Python from what it
planted, never read back from dongmao.

The workspace counts petition days in working-day mode, with holidays and 调休 days, and has
sensitive periods. Signings, deadlines and answers are planted on the first and last day of
months and on TODAY, the pinned "today".

Run as a script (`DONGMAO_BIN=… python3 gen_workspace.py DIR [SEED]`) it builds the workspace in
DIR and writes the planted events to DIR/truth.json."""

import datetime
import json
import os
import random
import subprocess
import sys

TODAY = "2026-12-16"
YEAR = 2026

COMMUNITIES = ["东茅岭社区", "柴家山社区", "九华山社区", "五里牌社区"]
GRIDS = ["第一网格", "第二网格"]

# Code, name, kind, due date.
PROJECTS = [
    ("ZC1", "大桥市场征拆", "征拆", "2026-12-31"),
    ("ZC2", "桥西片区征拆", "征拆", "2026-11-30"),
    ("SG1", "工人文化宫收购", "收购", "2026-12-16"),
    ("GZ1", "东茅岭小区改造", "老旧小区改造", "2027-06-30"),
]
SIGNING_PROJECTS = ["ZC1", "ZC2", "SG1"]

# Stage codes in order, with the ledger's labels.
STAGES = ["surveyed", "assessed", "negotiating", "signed", "vacated", "demolished", "withdrawn"]
STAGE_LABELS = {"surveyed": "入户调查", "assessed": "已评估", "negotiating": "谈判中", "signed": "已签约",
                "vacated": "已交房", "demolished": "已拆除", "withdrawn": "已退出"}
SIGNED_STAGES = ("signed", "vacated", "demolished")

CHANNELS = {"online": "网上", "letter": "来信", "visit": "来访", "phone": "来电"}
CATEGORIES = ["租赁纠纷", "征拆补偿", "还建安置", "物业管理", "劳动社保", "其他"]

SENSITIVE_PERIODS = [("两会特护期", "2026-03-01", "2026-03-15"), ("国庆特护期", "2026-09-28", "2026-10-08")]

# Working-day mode: national holidays and the weekend days worked instead (调休).
HOLIDAYS = ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01",
            "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]
EXTRA_WORKDAYS = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
ACCEPTANCE_DAYS = 15
HANDLING_DAYS = 60

# Indicators: name, unit, kind (flow: counts in the month; stock: a level at the month's end).
INDICATORS = [("新增就业人数", "人", "flow"), ("常住人口", "人", "stock"), ("垃圾分类参与率", "%", "rate")]


def day(iso):
    return datetime.date.fromisoformat(iso)


def iso(date):
    return date.isoformat()


def month_first(year, month):
    return datetime.date(year, month, 1)


def month_last(year, month):
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def is_counted_day(date):
    text = iso(date)
    if text in EXTRA_WORKDAYS:
        return True
    if text in HOLIDAYS:
        return False
    return date.weekday() < 5


def period_end(start, days):
    """The last day of a period of `days` working days counted from the day after `start`."""
    date, counted = start, 0
    while counted < days:
        date += datetime.timedelta(days=1)
        if is_counted_day(date):
            counted += 1
    return date


def start_for_end(end, days):
    """A start whose period of `days` ends on `end` (a working day)."""
    start = end - datetime.timedelta(days=days)
    while period_end(start, days) > end:
        start -= datetime.timedelta(days=1)
    while period_end(start, days) < end:
        start += datetime.timedelta(days=1)
    assert period_end(start, days) == end, (end, days)
    return start


def working_day_on_or_before(date):
    while not is_counted_day(date):
        date -= datetime.timedelta(days=1)
    return date


class Household:
    def __init__(self, code, name, community, grid, members, area):
        self.code, self.name, self.community, self.grid = code, name, community, grid
        self.members, self.area = members, area
        self.project = None
        self.stage = None
        self.dates = {}          # ledger stage dates: surveyed, assessed, signed, vacated, demolished
        self.signings = []       # every signing event, in order
        self.consent = None
        self.ledger_stage = None # the stage in the ledger, when a correction changed it since


class Petition:
    def __init__(self, case_no, received, channel, category, community, people):
        self.case_no, self.received, self.channel = case_no, received, channel
        self.category, self.community, self.people = category, community, people
        self.accepted = self.answered = self.closed = self.declined = None
        self.extension = None    # (date granted, days)


class Truth:
    """The figures planted by the generator, for any period."""

    def __init__(self, households, petitions, metrics, today):
        self.households = households
        self.petitions = petitions
        self.metrics = metrics   # {(indicator, community, "YYYY-MM"): value}
        self.today = today
        self.boundary_dates = set()

    # Projects --------------------------------------------------------------------------

    def enrolled_households(self, project):
        return [h for h in self.households if h.project == project and h.stage != "withdrawn"]

    @staticmethod
    def signing_date(h):
        """The date of the signing in force: the last signing when the household is at signed
        or beyond; none when it only vacated or was moved back."""
        if h.stage in SIGNED_STAGES and h.signings:
            return h.signings[-1]
        return None

    def signed_households(self, project, start, end):
        return sorted(h.code for h in self.enrolled_households(project)
                      if (d := self.signing_date(h)) and start <= d <= end)

    def project_figures(self, project, start, end):
        enrolled = self.enrolled_households(project)
        signed = [h for h in enrolled if h.stage in SIGNED_STAGES]
        cleared = bool(enrolled) and len(signed) == len(enrolled)
        dates = [self.signing_date(h) for h in signed]
        cleared_on = iso(max(dates)) if cleared and all(dates) else None
        by_stage = {stage: 0 for stage in STAGES}
        for h in self.households:
            if h.project == project:
                by_stage[h.stage] += 1
        return {"enrolled": len(enrolled), "signed_total": len(signed),
                "signed_in_period": len(self.signed_households(project, start, end)),
                "cleared": cleared, "cleared_on": cleared_on, "by_stage": by_stage}

    # Petitions -------------------------------------------------------------------------

    def received(self, start, end):
        return sorted(p.case_no for p in self.petitions if start <= p.received <= end)

    def overdue(self, as_of):
        """Cases with a duty of the office past due at the end of `as_of`, from what had
        happened by then: the acceptance notice until a case is accepted, then the answer.
        A duty due on `as_of` itself is not overdue yet."""
        cases = []
        for p in self.petitions:
            if p.received > as_of:
                continue
            done = [d for d in (p.answered, p.closed, p.declined) if d]
            if done and min(done) <= as_of:
                continue
            if p.accepted and p.accepted <= as_of:
                days = HANDLING_DAYS
                if p.extension and p.extension[0] <= as_of:
                    days += p.extension[1]
                due = period_end(p.accepted, days)
            else:
                due = period_end(p.received, ACCEPTANCE_DAYS)
            if due < as_of:
                cases.append(p.case_no)
        return sorted(cases)

    def answered(self, start, end):
        """(answered, on time) among cases answered inside the period; an answer on the due
        day is on time."""
        answered = on_time = 0
        for p in self.petitions:
            if p.answered and start <= p.answered <= end:
                answered += 1
                days = HANDLING_DAYS + (p.extension[1] if p.extension else 0)
                on_time += p.answered <= period_end(p.accepted or p.received, days)
        return answered, on_time

    def in_sensitive_period(self, name, start, end):
        _, lo, hi = next(s for s in SENSITIVE_PERIODS if s[0] == name)
        lo, hi = max(day(lo), start), min(day(hi), end)
        return sum(1 for p in self.petitions if lo <= p.received <= hi)

    # Indicators ------------------------------------------------------------------------

    def flow_total(self, indicator, month):
        """The month's total over communities and its year to date, or None when no
        community has a value that month."""
        values = [v for (name, _, m), v in self.metrics.items() if name == indicator and m == month]
        if not values:
            return None
        year_to_date = sum(v for (name, _, m), v in self.metrics.items()
                           if name == indicator and m[:4] == month[:4] and m <= month)
        return sum(values), year_to_date

    def stock_total(self, indicator, month):
        """Per community the latest value of the year up to `month`, totalled; None when some
        community has no value this month (then this month's total is not the latest level)."""
        if any((indicator, c, month) not in self.metrics for c in COMMUNITIES):
            return None
        return sum(self.metrics[(indicator, c, month)] for c in COMMUNITIES)

    def to_json(self):
        return {
            "today": iso(self.today),
            "households": [{"code": h.code, "project": h.project, "stage": h.stage,
                            "signings": [iso(d) for d in h.signings]} for h in self.households if h.project],
            "petitions": [{"case_no": p.case_no, "received": iso(p.received),
                           **{k: iso(getattr(p, k)) for k in ("accepted", "answered", "closed", "declined")
                              if getattr(p, k)}} for p in self.petitions],
            "boundary_dates": sorted(iso(d) for d in self.boundary_dates),
        }


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.today = day(TODAY)
        self.households = []
        self.petitions = []
        self.metrics = {}
        self.corrections = []    # argument lists of `household stage`
        self.petition_steps = [] # argument lists of `petition …`
        self.boundary_dates = set()

    def random_date(self, lo, hi):
        return lo + datetime.timedelta(days=self.rng.randint(0, (hi - lo).days))

    # Households and projects -----------------------------------------------------------

    def make_households(self, count=64):
        surnames = "张李王赵刘陈杨黄周吴徐孙马朱胡郭何高林罗"
        for i in range(1, count + 1):
            community = COMMUNITIES[i % len(COMMUNITIES)]
            self.households.append(Household(f"H{i:03d}", self.rng.choice(surnames) + "某" + str(i), community,
                                             GRIDS[(i // len(COMMUNITIES)) % len(GRIDS)],
                                             self.rng.randint(1, 6), round(self.rng.uniform(40, 140), 1)))

    def plan_signing(self, h, project, signed_on):
        """Takes household `h` through the stages up to signing on `signed_on`, then maybe
        further, as far as today allows."""
        h.project, h.stage = project, "signed"
        h.dates["surveyed"] = self.random_date(day("2026-01-05"), day("2026-02-27"))
        h.dates["assessed"] = self.random_date(h.dates["surveyed"], min(day("2026-03-31"), signed_on))
        h.dates["signed"] = signed_on
        h.signings = [signed_on]
        roll = self.rng.random()
        if roll < 0.35 and signed_on < self.today:
            h.stage = "vacated"
            h.dates["vacated"] = self.random_date(signed_on, min(self.today, signed_on + datetime.timedelta(40)))
            if roll < 0.15 and h.dates["vacated"] < self.today:
                h.stage = "demolished"
                h.dates["demolished"] = self.random_date(h.dates["vacated"], self.today)

    def plan_unsigned(self, h, project, stage):
        h.project, h.stage = project, stage
        h.dates["surveyed"] = self.random_date(day("2026-01-05"), day("2026-02-27"))
        if stage in ("assessed", "negotiating"):
            h.dates["assessed"] = self.random_date(h.dates["surveyed"], day("2026-05-31"))

    def make_projects(self):
        pool = list(self.households)
        self.rng.shuffle(pool)
        # Signing dates on the first and last day of months and on today.
        boundaries = [day("2026-04-01"), day("2026-04-30"), day("2026-06-01"), day("2026-06-30"),
                      day("2026-09-01"), day("2026-09-30"), day("2026-11-01"), day("2026-11-30"), self.today]
        self.boundary_dates.update(boundaries)
        zc1, zc2, sg1, gz1 = pool[:22], pool[22:30], pool[30:42], pool[42:56]
        # ZC1: a mix of every stage, with the boundary signings.
        for i, h in enumerate(zc1):
            if i < len(boundaries):
                self.plan_signing(h, "ZC1", boundaries[i])
            elif i < 15:
                self.plan_signing(h, "ZC1", self.random_date(day("2026-04-01"), self.today))
            elif i < 17:
                # Only vacated: a 交房 date and no signing date.
                self.plan_unsigned(h, "ZC1", "negotiating")
                h.stage = "vacated"
                h.dates["vacated"] = self.random_date(max(h.dates["assessed"], day("2026-06-01")), day("2026-10-31"))
            elif i < 18:
                self.plan_unsigned(h, "ZC1", "withdrawn")
            else:
                self.plan_unsigned(h, "ZC1", self.rng.choice(["surveyed", "assessed", "negotiating"]))
        # ZC2: cleared; its last signing is a correction made in November.
        for h in zc2:
            self.plan_signing(h, "ZC2", self.random_date(day("2026-05-01"), day("2026-10-20")))
        zc2[0].stage = "signed"
        zc2[0].dates.pop("vacated", None)
        zc2[0].dates.pop("demolished", None)
        # SG1: buy-out, signings through the year, a few still negotiating.
        for i, h in enumerate(sg1):
            if i < 9:
                self.plan_signing(h, "SG1", self.random_date(day("2026-03-01"), self.today))
            else:
                self.plan_unsigned(h, "SG1", "negotiating")
        # GZ1: renovation, by consent.
        for h in gz1:
            h.project, h.stage = "GZ1", None
            h.consent = self.rng.choice(["同意", "同意", "同意", "不同意", ""])
        self.plan_corrections(zc1, zc2, sg1)

    def correct(self, h, stage, date, note=None):
        args = ["household", "stage", h.code, "--project", h.project, STAGE_LABELS[stage], "--date", iso(date)]
        if note:
            args += ["--force", "--note", note]
        self.corrections.append(args)
        if h.ledger_stage is None:
            h.ledger_stage = h.stage
        h.stage = stage
        if stage == "signed":
            h.signings.append(date)

    def plan_corrections(self, zc1, zc2, sg1):
        def still_signed(group, before):
            return [h for h in group if h.stage == "signed" and h.ledger_stage is None and
                    h.dates["signed"] < before and h.dates["signed"] not in self.boundary_dates]

        # Signed, moved back, signed again (once on today, once on a month's first day).
        again = still_signed(zc1, day("2026-10-15"))[:2] + still_signed(sg1, day("2026-10-15"))[:1]
        for h, resigned in zip(again, [self.today, day("2026-12-01"), day("2026-10-31")]):
            back = self.random_date(h.dates["signed"] + datetime.timedelta(days=1), resigned)
            self.correct(h, "negotiating", back, "协议作废")
            self.correct(h, "signed", resigned)
        self.boundary_dates.update([day("2026-12-01"), day("2026-10-31")])
        # Signed and moved back for good.
        for h in still_signed(sg1, day("2026-11-15"))[1:3]:
            self.correct(h, "negotiating", self.random_date(h.dates["signed"] + datetime.timedelta(days=1), self.today),
                         "协议有误")
        # A signing re-dated to a later day.
        for h in still_signed(zc1, day("2026-08-01"))[2:3]:
            self.correct(h, "signed", h.dates["signed"] + datetime.timedelta(days=20), "签约日期更正")
            h.signings = [h.signings[-1]]
        # ZC2 is cleared by a signing made again on 2026-11-03, the latest in force; its earlier
        # signing on 2026-10-20 or before does not date the clearing.
        last = zc2[0]
        self.correct(last, "negotiating", day("2026-10-25"), "补偿重算")
        self.correct(last, "signed", day("2026-11-03"))

    # Petitions -------------------------------------------------------------------------

    def add_petition(self, received, **kwargs):
        p = Petition(f"XF{YEAR}-{len(self.petitions) + 1:04d}", received, self.rng.choice(list(CHANNELS)),
                     self.rng.choice(CATEGORIES), self.rng.choice(COMMUNITIES + [None]),
                     self.rng.choice([1, 1, 1, 2, 3, 6]))
        for key, value in kwargs.items():
            setattr(p, key, value)
        self.petitions.append(p)
        return p

    def make_petitions(self, count=110):
        start = day("2026-01-02")
        for _ in range(count):
            received = self.random_date(start, self.today)
            p = self.add_petition(received)
            roll = self.rng.random()
            if roll < 0.1:
                continue  # never accepted
            p.accepted = received + datetime.timedelta(days=self.rng.randint(0, 20))
            if p.accepted > self.today:
                p.accepted = None
                continue
            if roll < 0.2:
                continue  # accepted, not answered
            p.answered = p.accepted + datetime.timedelta(days=self.rng.randint(3, 95))
            if p.answered > self.today:
                p.answered = None
                continue
            if roll < 0.7:
                p.closed = p.answered + datetime.timedelta(days=self.rng.randint(0, 20))
                if p.closed > self.today:
                    p.closed = None
        self.plant_deadlines()

    def plant_deadlines(self):
        # The acceptance notice falls due on the last day of a month; the case is accepted on
        # the first day of the next: not overdue at the month's end, overdue at the next day.
        due = working_day_on_or_before(day("2026-07-31"))
        self.add_petition(start_for_end(due, ACCEPTANCE_DAYS), accepted=day("2026-08-03"))
        self.boundary_dates.update([due, day("2026-08-01"), day("2026-08-03")])
        # Handling falls due on the last day of September; answered on that day: on time.
        due = day("2026-09-30")
        accepted = start_for_end(due, HANDLING_DAYS)
        self.add_petition(accepted - datetime.timedelta(days=2), accepted=accepted, answered=due, closed=due)
        # Handling falls due on the last day of June and is answered on the first of July: late.
        due = day("2026-06-30")
        accepted = start_for_end(due, HANDLING_DAYS)
        self.add_petition(accepted - datetime.timedelta(days=1), accepted=accepted, answered=day("2026-07-01"))
        self.boundary_dates.update([day("2026-06-30"), day("2026-07-01"), day("2026-09-30")])
        # Handling falls due today and is still open: not overdue today.
        accepted = start_for_end(self.today, HANDLING_DAYS)
        self.add_petition(accepted - datetime.timedelta(days=3), accepted=accepted)
        # The acceptance notice falls due today.
        self.add_petition(start_for_end(self.today, ACCEPTANCE_DAYS))
        # Received on today.
        self.add_petition(self.today)
        # Extended by 30 days a week after acceptance: due today with the extension, would be
        # overdue for a month without it.
        accepted = start_for_end(self.today, HANDLING_DAYS + 30)
        p = self.add_petition(accepted - datetime.timedelta(days=1), accepted=accepted)
        p.extension = (accepted + datetime.timedelta(days=7), 30)
        self.petition_steps.append(["extend", p.case_no, "--days", "30", "--reason", "涉及多个部门", "--date",
                                    iso(p.extension[0])])
        # Extended, then answered after the 60 days but inside the extension: on time.
        accepted = day("2026-05-11")
        p = self.add_petition(day("2026-05-08"), accepted=accepted)
        p.extension = (day("2026-06-01"), 20)
        p.answered = period_end(accepted, HANDLING_DAYS + 10)
        self.petition_steps.append(["extend", p.case_no, "--days", "20", "--reason", "需现场核实", "--date",
                                    iso(p.extension[0])])
        self.petition_steps.append(["answer", p.case_no, "--outcome", "解释说明", "--date", iso(p.answered)])
        # Declined within the acceptance period.
        p = self.add_petition(day("2026-04-14"))
        p.declined = day("2026-04-20")
        self.petition_steps.append(["decline", p.case_no, "--reason", "不属于本级职权范围", "--date", iso(p.declined)])
        # Received on the first and last day of the two sensitive periods.
        for date in ("2026-03-01", "2026-03-15", "2026-09-28", "2026-10-08"):
            self.add_petition(day(date), accepted=day(date) + datetime.timedelta(days=2))
        self.boundary_dates.add(self.today)

    # Indicators ------------------------------------------------------------------------

    def make_metrics(self):
        for month in range(1, 13):
            key = f"{YEAR}-{month:02d}"
            if month_first(YEAR, month) > self.today:
                break
            for c in COMMUNITIES:
                # Gaps: a community without a value in some months.
                if self.rng.random() < 0.8:
                    self.metrics[("新增就业人数", c, key)] = self.rng.randint(0, 30)
                if self.rng.random() < 0.85:
                    self.metrics[("常住人口", c, key)] = 11000 + self.rng.randint(-300, 300)
                if self.rng.random() < 0.8:
                    self.metrics[("垃圾分类参与率", c, key)] = round(self.rng.uniform(0.8, 0.99), 2)

    def generate(self):
        self.make_households()
        self.make_projects()
        self.make_petitions()
        self.make_metrics()
        self.petitions.sort(key=lambda p: p.case_no)


# Writing and importing ------------------------------------------------------------------

def csv_text(header, rows):
    def cell(value):
        if value is None:
            return ""
        return iso(value) if isinstance(value, datetime.date) else str(value)
    return "\n".join([",".join(header)] + [",".join(cell(v) for v in row) for row in rows]) + "\n"


def write_ledgers(gen, ws):
    """Writes the generator's ledgers into `ws`; returns [(entity, file name)] in import order."""
    files = []

    def write(entity, name, text):
        with open(os.path.join(ws, name), "w", encoding="utf-8") as f:
            f.write(text)
        files.append((entity, name))

    write("communities", "社区.csv", csv_text(["社区名称", "社区代码"],
                                            [(c, f"43060200100{i + 1}") for i, c in enumerate(COMMUNITIES)]))
    write("grids", "网格.csv", csv_text(["网格名称", "社区"], [(g, c) for c in COMMUNITIES for g in GRIDS]))
    write("households", "住户.csv", csv_text(
        ["户编号", "户主姓名", "社区", "网格", "家庭人数", "建筑面积"],
        [(h.code, h.name, h.community, h.grid, h.members, h.area) for h in gen.households]))
    write("projects", "项目.csv", csv_text(["项目编号", "项目名称", "项目类型", "完成时限"], PROJECTS))
    write("enrollments", "征拆台账.csv", csv_text(
        ["项目", "户编号", "签约状态", "入户调查日期", "评估日期", "签约日期", "交房日期", "拆除日期"],
        [(h.project, h.code, STAGE_LABELS[ledger_stage(h)], h.dates.get("surveyed"), h.dates.get("assessed"),
          h.dates.get("signed"), h.dates.get("vacated"), h.dates.get("demolished"))
         for h in gen.households if h.project in SIGNING_PROJECTS]))
    write("enrollments", "改造台账.csv", csv_text(
        ["项目", "户编号", "建筑面积", "意见"],
        [(h.project, h.code, h.area, h.consent) for h in gen.households if h.project == "GZ1"]))
    write("petitions", "信访台账.csv", csv_text(
        ["信访编号", "登记日期", "信访形式", "人数", "信访类别", "社区", "受理日期", "答复日期", "办结日期", "办理结果"],
        [(p.case_no, p.received, CHANNELS[p.channel], p.people, p.category, p.community, p.accepted,
          ledger_answer(gen, p), p.closed, "解释说明" if ledger_answer(gen, p) else None) for p in gen.petitions]))
    files.append(("metrics", write_metrics_xlsx(gen, ws)))
    return files


def ledger_stage(h):
    """The stage the ledger recorded, before the corrections made through the CLI."""
    return h.ledger_stage or h.stage


def ledger_answer(gen, p):
    """Answers given through `petition answer` are not in the ledger."""
    return None if any(step[0] == "answer" and step[1] == p.case_no for step in gen.petition_steps) else p.answered


def write_metrics_xlsx(gen, ws):
    import openpyxl  # Debian's python3-openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "月度指标"
    sheet.append(["东茅岭街道月度指标台账"])
    sheet.append(["指标", "社区", "月份", "数值", "单位"])
    units = {name: unit for name, unit, _ in INDICATORS}
    for (name, community, month), value in sorted(gen.metrics.items()):
        sheet.append([name, community, month, value, units[name]])
    name = "月度指标.xlsx"
    book.save(os.path.join(ws, name))
    return name


def settings_text(text):
    """dongmao.toml in working-day mode, with holidays, 调休 days and sensitive periods."""
    dates = lambda values: "[" + ", ".join(values) + "]"
    text = text.replace('day_mode = "calendar"', 'day_mode = "working"', 1)
    text = text.replace("holidays = []", "holidays = " + dates(HOLIDAYS), 1)
    text = text.replace("extra_workdays = []", "extra_workdays = " + dates(EXTRA_WORKDAYS), 1)
    assert 'day_mode = "working"' in text and "2026-10-10" in text
    for name, lo, hi in SENSITIVE_PERIODS:
        text += f'\n[[sensitive_periods]]\nname = "{name}"\nfrom = {lo}\nto = {hi}\n'
    return text


def generate(ws, run, seed=20261216):
    """Builds the workspace in directory `ws` (created by `dongmao init`) with `run(*args)`,
    which runs dongmao on it with today pinned and fails on a non-zero exit; returns the Truth."""
    gen = Generator(seed)
    gen.generate()
    settings = os.path.join(ws, "dongmao.toml")
    with open(settings, encoding="utf-8") as f:
        text = f.read()
    with open(settings, "w", encoding="utf-8") as f:
        f.write(settings_text(text))
    for entity, name in write_ledgers(gen, ws):
        run("-q", "import", entity, os.path.join(ws, name))
    for args in gen.corrections:
        run(*args)
    for args in gen.petition_steps:
        run("petition", *args)
    truth = Truth(gen.households, gen.petitions, gen.metrics, gen.today)
    truth.boundary_dates = gen.boundary_dates
    return truth


def main(argv):
    ws = argv[1]
    seed = int(argv[2]) if len(argv) > 2 else 20261216
    binary = os.environ.get("DONGMAO_BIN", "dongmao")

    def run(*args):
        subprocess.run([binary, "-w", ws, "--today", TODAY, *args], check=True)

    subprocess.run([binary, "init", ws, "--name", "东茅岭街道", "--division-code", "430602001"], check=True)
    truth = generate(ws, run, seed)
    with open(os.path.join(ws, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth.to_json(), f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv)
