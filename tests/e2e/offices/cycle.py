"""Three months (September to November 2026) of 北湖街道's ledgers, written in its own forms
(tests/e2e/offices/office_a.py), for the monthly cycle: staff import each month's ledgers and
record work with commands in between; the next month's ledgers move some rows forward, still
show the old values the commands have since changed on others, add rows and leave cells empty.

`Cycle` holds the story: for each month the rows each ledger shows (`ledger`) and the truth
once that month's commands are recorded (`truth`), the commands themselves, the rows the
import must keep as newer, and the figures computed from the truth."""

import os

from offices import office_a
from offices.common import day
from offices.office_a import Enrollment, Office, Petition

MONTHS = ["2026-09", "2026-10", "2026-11"]
MONTH_ENDS = ["2026-09-30", "2026-10-31", "2026-11-30"]
ZS, GZ = office_a.ZS[0], office_a.GZ[0]
SIGNED = office_a.SIGNED


def d(text):
    return day(text) if text else None


# The expropriation project, per enrollment: what the ledger shows in each month (stage,
# signed, amount, vacated); None: not in the ledger yet. The first nine are the households of
# 湖滨社区 in ledger order, the tenth a newcomer known only by ID from October on.
PROJECT_LEDGER = [
    # S: the ledger says 谈判中 until November; `household stage` signs it on 9-29 in September.
    [("negotiating",), ("negotiating",), ("signed", "2026-09-29", 520000)],
    # T: signed by the October ledger; `household stage` vacates it on 10-30; November still says 已签约.
    [("negotiating",), ("signed", "2026-10-12", 480000), ("signed", "2026-10-12", 480000)],
    # R: moves forward through the ledger only.
    [("signed", "2026-09-10", 610000), ("vacated", "2026-09-10", 610000, "2026-10-20"),
     ("vacated", "2026-09-10", 610000, "2026-10-20")],
    [("signed", "2026-09-15", 450000)] * 3,
    [("surveyed",), ("surveyed",), ("signed", "2026-11-10", 500000)],
    [("assessed",)] * 3,
    [("signed", "2026-08-20", 390000)] * 3,
    [("negotiating",)] * 3,
    [("surveyed",)] * 3,
    [None, ("surveyed",), ("signed", "2026-11-18", 700000)],
]
S, T, R = 0, 1, 2
# The truth where commands went beyond the ledger: (enrollment, month) -> state.
PROJECT_COMMANDED = {(S, 0): ("signed", "2026-09-29", None), (S, 1): ("signed", "2026-09-29", None),
                     (T, 1): ("vacated", "2026-10-12", 480000, "2026-10-30"),
                     (T, 2): ("vacated", "2026-10-12", 480000, "2026-10-30")}

# The renovation survey, per flat of 青石社区 第三网格: the label each month's survey shows
# (None: left empty), and the truth.
CONSENT_LEDGER = [["未表态", "未表态", "同意"],     # C: `household consent 同意` in September
                  ["未表态", "不同意", "不同意"],   # D
                  ["同意", None, "同意"],           # E: an empty cell never clears
                  ["同意", "同意", "同意"],
                  [None, "未表态", "同意"],
                  ["不同意", "不同意", "不同意"]]
C, D = 0, 1
CONSENT_TRUTH = [["agree"] * 3, ["pending", "disagree", "disagree"], ["agree"] * 3, ["agree"] * 3,
                 ["pending", "pending", "agree"], ["disagree"] * 3]

# Petitions: (received, accepted, assignee, closed) as they happened; the ledger of a month
# shows every step dated by its end, but for P (the `petition` commands' case).
PETITIONS = [("2026-09-03", "2026-09-05", "周平", "2026-09-25"),
             ("2026-09-20", None, None, None),                      # P
             ("2026-09-22", "2026-10-08", "周平", "2026-10-25"),    # Q
             ("2026-09-12", "2026-09-14", "吴敏", "2026-11-12"),
             ("2026-09-26", None, None, None),
             ("2026-09-28", "2026-09-29", "郑刚", None),
             ("2026-10-09", "2026-10-10", "吴敏", "2026-10-29"),
             ("2026-10-15", None, None, None),
             ("2026-10-20", "2026-10-22", "周平", None),
             ("2026-10-27", None, None, None),
             ("2026-11-03", "2026-11-04", "周平", "2026-11-20"),
             ("2026-11-09", None, None, None),
             ("2026-11-16", "2026-11-17", "吴敏", None),
             ("2026-11-25", None, None, None)]
P, Q = 1, 2
P_ACCEPTED, P_ASSIGNEE, P_ANSWERED, P_CLOSED = "2026-09-29", "刘军", "2026-10-28", "2026-10-30"


def enrollment_of(household, state):
    stage, *rest = state
    rest += [None] * (3 - len(rest))
    return Enrollment(household, stage, d(rest[0]), rest[1], d(rest[2]))


class Cycle:
    def __init__(self, seed=2026):
        self.office = Office(seed, per_grid=3)
        people = self.office.people
        self.project_households = [h for h in self.office.households if h.community == "湖滨社区"]
        self.project_households.append(self.office.newcomer())
        self.flats = self.office.renovation_households()
        self.petitions = []
        for n, (received, accepted, assignee, closed) in enumerate(PETITIONS, 1):
            rng = self.office.rng
            channel = "phone" if n % 4 == 2 else rng.choice(list(office_a.CHANNELS))
            p = Petition(f"BHXF2026-{n:03d}", d(received), channel, people.name(), people.phone(), 1,
                         rng.choice(office_a.COMMUNITIES)[0], rng.choice(office_a.CATEGORIES), "反映漏水")
            p.accepted, p.assignee, p.closed = d(accepted), assignee, d(closed)
            self.petitions.append(p)
        households = self.office.households
        # U: `household update --phone` in September; the October ledger leaves the cell empty,
        # November's has the new number. W: the October ledger changes the phone. V: October
        # leaves 所在网格 empty. X: November changes 家庭人口. Z: a new household in October.
        self.u, self.w, self.v, self.x = households[9], households[10], households[11], households[12]
        self.u_phone, self.w_phone = "13900000001", "13900000002"
        self.u_old_phone, self.w_old_phone, self.x_old_members = self.u.phone, self.w.phone, self.x.members
        self.z = None

    # The ledgers of month m ------------------------------------------------------------------

    def write(self, m, directory):
        """Writes month m's ledgers (0: September) into `directory`; returns their paths."""
        files = {name: os.path.join(directory, f"{MONTHS[m]}-{name}") for name in (
            "住户台账.xlsx", "签约台账.xlsx", "意愿征询表.xlsx", "信访登记台账.csv")}
        if m == 1:
            self.z = self.office.add_household("南岸社区", "第二网格")
            self.w.phone = self.w_phone
        if m == 2:
            self.u.phone = self.u_phone
            self.x.members = self.x_old_members + 1
        blank = [(self.u.code, "联系方式"), (self.v.code, "所在网格")] if m == 1 else []
        year, month = MONTHS[m].split("-")
        office_a.write_households(files["住户台账.xlsx"], self.office.households,
                                  f"北湖街道住户信息台账（{year}年{int(month)}月）", blank)
        office_a.write_project_ledger(files["签约台账.xlsx"], self.project_rows(m), "湖滨片区房屋征收签约台账")
        shown = {h.code: CONSENT_LEDGER[i][m] for i, h in enumerate(self.flats)}
        office_a.write_consent(files["意愿征询表.xlsx"], self.office, shown, "青石小区改造意愿征询表")
        office_a.write_petitions(files["信访登记台账.csv"], self.petition_rows(m), "北湖街道信访事项登记台账")
        return files

    def project_rows(self, m):
        rows = []
        for i, h in enumerate(self.project_households):
            state = PROJECT_LEDGER[i][m]
            if state:
                rows.append(office_a.project_ledger_row(len(rows) + 1, enrollment_of(h, state)))
        return rows

    def project_row_number(self, i, m):
        """The sheet row of enrollment i in month m's ledger (title and two header rows first)."""
        return 4 + sum(1 for j in range(i) if PROJECT_LEDGER[j][m])

    def petition_rows(self, m):
        end = day(MONTH_ENDS[m])
        rows = []
        for i, p in enumerate(self.petitions):
            if p.received > end:
                continue
            shown = Petition(p.case_no, p.received, p.channel, p.petitioner, p.phone, p.people, p.community,
                             p.category, p.summary)
            if i == P:
                # The clerk writes down the acceptance in November only, and never the closing.
                shown.accepted, shown.assignee = (d(P_ACCEPTED), P_ASSIGNEE) if m == 2 else (None, None)
            else:
                if p.accepted and p.accepted <= end:
                    shown.accepted, shown.assignee = p.accepted, p.assignee
                if p.closed and p.closed <= end:
                    shown.closed = p.closed
            rows.append(office_a.petition_row(len(rows) + 1, shown))
        return rows

    def petition_row_number(self, i, m):
        return 4 + sum(1 for p in self.petitions[:i] if p.received <= day(MONTH_ENDS[m]))

    # Truth and figures at the end of month m ---------------------------------------------------

    def enrollments(self, m):
        result = []
        for i, h in enumerate(self.project_households):
            state = PROJECT_COMMANDED.get((i, m)) or PROJECT_LEDGER[i][m]
            if state:
                result.append(enrollment_of(h, state))
        return result

    def figures(self, m):
        office = self.office
        saved = office.enrollments, office.consent, office.petitions
        office.enrollments = self.enrollments(m)
        office.consent = {h.code: CONSENT_TRUTH[i][m] for i, h in enumerate(self.flats)}
        truth = []
        for i, p in enumerate(self.petitions):
            if p.received <= day(MONTH_ENDS[m]):
                t = Petition(p.case_no, p.received, p.channel, p.petitioner, p.phone, p.people, p.community,
                             p.category, p.summary)
                if i == P:
                    t.closed = d(P_CLOSED) if m >= 1 else None
                elif p.closed and p.closed <= day(MONTH_ENDS[m]):
                    t.closed = p.closed
                truth.append(t)
        office.petitions = truth
        households = {name: 0 for name, _ in office_a.COMMUNITIES}
        for h in office.households:
            households[h.community] += 1
        if m >= 1:
            households[self.project_households[-1].community] += 1
        figures = {"households_by_community": households, "project": office.project_figures(MONTHS[m]),
                   "consent": office.consent_figures(), "petitions": office.petition_figures(MONTHS[m])}
        office.enrollments, office.consent, office.petitions = saved
        return figures

    # What the re-imports must keep as the workspace has it -------------------------------------

    def kept_newer(self, m):
        """{ledger: [kept_newer entries]} of month m's imports."""
        code = lambda i: self.project_households[i].code
        if m == 0:
            return {"签约台账": [], "意愿征询表": [], "信访登记台账": []}
        if m == 1:
            return {"签约台账": [{"row": self.project_row_number(S, 1), "key": code(S), "field": "stage",
                                 "kept": "signed", "ledger": "negotiating"}],
                    "意愿征询表": [{"row": 3 + C, "key": self.flats[C].code, "field": "consent", "kept": "agree",
                                  "ledger": "pending"}],
                    "信访登记台账": [{"row": self.petition_row_number(P, 1), "key": self.petitions[P].case_no,
                                    "field": "status", "kept": "accepted", "ledger": "received"}]}
        return {"签约台账": [{"row": self.project_row_number(T, 2), "key": code(T), "field": "stage",
                             "kept": "vacated", "ledger": "signed"}],
                "意愿征询表": [],
                "信访登记台账": [{"row": self.petition_row_number(P, 2), "key": self.petitions[P].case_no,
                                "field": "status", "kept": "closed", "ledger": "accepted"}]}
