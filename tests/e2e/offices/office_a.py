"""北湖街道 (invented): its clerks write 所在网格/产权人/房屋坐落, number households (户号) but
not the rows of a project ledger, which names people by 身份证号码 only under a two-row header
(签约情况 over 日期/金额, 腾房情况 over 时间); a renovation consent survey names flats by
楼栋/单元/房号 only; the petition ledger is a GBK CSV with a title row and a 填报单位 line
above its header, and its 信访途径 cells (and one cell of that line) say 电话.

`Office` is the office's state; the write_* functions write its ledgers as the clerks would
on a given day, and `generate()` makes the November 2026 ledgers and returns their figures."""

import datetime
import os
import random

from offices.common import People, day, in_month, slash_date, write_csv, write_xlsx

SUBDISTRICT = "北湖街道"
COMMUNITIES = [("湖滨社区", "430603101001"), ("南岸社区", "430603101002"), ("青石社区", "430603101003")]
GRIDS = ["第一网格", "第二网格", "第三网格"]
# The expropriation project and the renovation project, as the projects ledger lists them.
ZS = ("BHZS01", "湖滨片区房屋征收", "征收")
GZ = ("BHGZ01", "青石小区老旧小区改造", "老旧小区改造")
# The renovation project's flats: every household of this community and grid.
GZ_PLACE = ("青石社区", "第三网格")

STAGES = ["surveyed", "assessed", "negotiating", "signed", "vacated", "demolished", "withdrawn"]
STAGE_LABELS = {"surveyed": "入户调查", "assessed": "已评估", "negotiating": "谈判中", "signed": "已签约",
                "vacated": "已腾房"}
SIGNED = ("signed", "vacated", "demolished")
CONSENT_LABELS = {"agree": "同意", "disagree": "不同意", "pending": "未表态"}
HOUSING = {"private": "私产", "public": "公产", "shop": "门面"}
CHANNELS = {"visit": "来访", "letter": "来信", "phone": "电话", "online": "网上"}
CATEGORIES = ["征拆补偿", "物业管理", "邻里纠纷", "环境卫生", "劳动社保"]
ASSIGNEES = ["周平", "吴敏", "郑刚"]


class Household:
    def __init__(self, code, name, id_number, phone, community, grid, address, members, housing, area):
        self.code, self.name, self.id_number, self.phone = code, name, id_number, phone
        self.community, self.grid, self.address = community, grid, address
        self.members, self.housing, self.area = members, housing, area


class Enrollment:
    """A household in the expropriation project: stage and the ledger's dates and amount."""

    def __init__(self, household, stage, signed=None, amount=None, vacated=None):
        self.household, self.stage = household, stage
        self.signed, self.amount, self.vacated = signed, amount, vacated


class Petition:
    def __init__(self, case_no, received, channel, petitioner, phone, people, community, category, summary):
        self.case_no, self.received, self.channel = case_no, received, channel
        self.petitioner, self.phone, self.people = petitioner, phone, people
        self.community, self.category, self.summary = community, category, summary
        self.accepted = self.answered = self.closed = None
        self.assignee = None


class Office:
    """北湖街道's households, its project's enrollments, the renovation consent and its petitions."""

    def __init__(self, seed, per_grid=5):
        self.rng = random.Random(seed)
        self.people = People(self.rng, "430603")
        self.households = []
        self.enrollments = []          # the expropriation project, in ledger order
        self.consent = {}              # household code -> agree/disagree/pending, renovation flats only
        self.petitions = []
        self.flats = {}                # household code -> (building, unit, room)
        self.newcomers = 0
        for community, _ in COMMUNITIES:
            for grid in GRIDS:
                for _ in range(per_grid * 2 if (community, grid) == GZ_PLACE else per_grid):
                    self.add_household(community, grid)

    def add_household(self, community, grid):
        rng = self.rng
        code = f"BH{len(self.households) + 1:04d}"
        if (community, grid) == GZ_PLACE:
            # Six flats a building: two units of three floors.
            i = len(self.flats)
            building, unit, floor = 1 + i // 6, 1 + i // 3 % 2, 1 + i % 3
            flat = (str(building), str(unit), f"{floor}0{unit}")
            self.flats[code] = flat
            address = f"{flat[0]}栋{flat[1]}单元{flat[2]}室"
        else:
            address = f"{community[:2]}路{len(self.households) + 1}号"
        household = Household(code, self.people.name(), self.people.id_number(), self.people.phone(), community,
                               grid, address, rng.randint(1, 6), rng.choice(list(HOUSING)),
                               round(rng.uniform(45, 140), 1))
        self.households.append(household)
        return household

    def newcomer(self):
        """Someone the project ledger lists who is in no household ledger yet: only an ID and a name."""
        self.newcomers += 1
        return Household(None, self.people.name(), self.people.id_number(), None, "湖滨社区", None,
                         f"湖滨路{100 + self.newcomers}号", None, None, None)

    def renovation_households(self):
        return [h for h in self.households if (h.community, h.grid) == GZ_PLACE]

    # Figures ------------------------------------------------------------------------------

    def households_by_community(self):
        counts = {name: 0 for name, _ in COMMUNITIES}
        for h in self.households:
            counts[h.community] += 1
        for e in self.enrollments:
            if e.household.code is None:
                counts[e.household.community] += 1
        return counts

    def project_figures(self, month):
        by_stage = {stage: 0 for stage in STAGES}
        for e in self.enrollments:
            by_stage[e.stage] += 1
        signed = [e for e in self.enrollments if e.stage in SIGNED]
        return {"enrolled": len(self.enrollments) - by_stage["withdrawn"], "signed_total": len(signed),
                "signed_in_period": sum(1 for e in signed if in_month(e.signed, month)), "by_stage": by_stage}

    def consent_figures(self):
        areas = {h.code: h.area for h in self.renovation_households()}
        counts = {"households": len(self.consent), "agree": 0, "disagree": 0, "pending": 0}
        sums = {"agree": 0.0, "disagree": 0.0}
        for code, answer in self.consent.items():
            counts[answer] += 1
            if answer in sums:
                sums[answer] += areas[code]
        counts["area_agree"], counts["area_disagree"] = round(sums["agree"], 1), round(sums["disagree"], 1)
        counts["area_total"] = round(sum(areas.values()), 1)
        return counts

    def petition_figures(self, month):
        return {"received": sum(1 for p in self.petitions if in_month(p.received, month)),
                "closed": sum(1 for p in self.petitions if in_month(p.closed, month))}


# The clerks' ledgers ----------------------------------------------------------------------

def write_communities(path):
    write_csv(path, [["社区名称", "社区代码"], *[[name, code] for name, code in COMMUNITIES]], "utf-8")


def write_grids(path):
    write_csv(path, [["网格名称", "社区"], *[[g, c] for c, _ in COMMUNITIES for g in GRIDS]], "utf-8")


def write_projects(path):
    write_csv(path, [["项目编号", "项目名称", "项目类型", "启动时间", "完成时限", "任务户数"],
                     [*ZS, "2026/8/1", "2027/3/31", ""], [*GZ, "2026/9/1", "2027/6/30", ""]], "gbk")


HOUSEHOLD_HEADER = ["序号", "户号", "产权人", "身份证号码", "联系方式", "所在社区", "所在网格", "房屋坐落", "家庭人口",
                    "房屋性质", "建筑面积"]


def write_households(path, households, title, blank=()):
    """The household ledger; `blank` holds (code, column header) cells left empty this month."""
    rows = [[title] + [None] * (len(HOUSEHOLD_HEADER) - 1), HOUSEHOLD_HEADER]
    for n, h in enumerate(households, 1):
        row = [n, h.code, h.name, h.id_number, h.phone, h.community, h.grid, h.address, h.members,
               HOUSING[h.housing], h.area]
        for code, header in blank:
            if code == h.code:
                row[HOUSEHOLD_HEADER.index(header)] = None
        rows.append(row)
    write_xlsx(path, [("住户台账", rows, ["A1:K1"])])


def project_ledger_row(number, e):
    """One row of the project ledger: the dates and amount of the stages reached."""
    h = e.household
    signed = e.signed if e.stage in SIGNED else None
    amount = e.amount if e.stage in SIGNED else None
    vacated = e.vacated if e.stage == "vacated" else None
    return [number, h.name, h.id_number, h.community, h.address, signed, amount, vacated, STAGE_LABELS[e.stage]]


def write_project_ledger(path, rows, title):
    """No 户号 column: people are named by 身份证号码. Title row, then 签约情况 over 日期/金额 and
    腾房情况 over 时间; data from row 4."""
    header = [[title] + [None] * 8,
              ["序号", "姓名", "身份证号码", "所在社区", "房屋坐落", "签约情况", None, "腾房情况", "进度"],
              [None, None, None, None, None, "日期", "金额", "时间", None]]
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "I2:I3"]
    write_xlsx(path, [("签约台账", header + rows, merges)])


def write_consent(path, office, shown, title):
    """The survey names flats only: 楼栋/单元/房号 (written in several ways), the owner's name and
    the answer; `shown` maps household code to the label written (None: left blank)."""
    rows = [[title, None, None, None, None, None], ["序号", "楼栋", "单元", "房号", "业主姓名", "是否同意"]]
    for n, h in enumerate(office.renovation_households(), 1):
        building, unit, room = office.flats[h.code]
        forms = [(f"{building}栋", f"{unit}单元", room), (building, unit, f"{room}室"), (f"{building}幢", unit, room)]
        rows.append([n, *forms[n % 3], h.name, shown.get(h.code)])
    write_xlsx(path, [("征询表", rows, ["A1:F1"])])


PETITION_HEADER = ["序号", "件号", "信访时间", "信访人", "联系电话", "信访途径", "人数", "所在社区", "问题类别", "反映问题",
                   "受理时间", "办结时间", "承办人"]


def petition_row(number, p, accepted=True, closed=True):
    return [number, p.case_no, slash_date(p.received), p.petitioner, p.phone, CHANNELS[p.channel], p.people,
            p.community, p.category, p.summary, slash_date(p.accepted) if accepted else "",
            slash_date(p.closed) if closed else "", (p.assignee or "") if accepted else ""]


def write_petitions(path, rows, title):
    """GBK CSV: a title row, a line naming the reporting office whose cell 电话 is also a channel
    label, the header on row 3, cases from row 4."""
    width = len(PETITION_HEADER)
    office = ["填报单位：北湖街道信访办", "", "", "电话", "0730-8881234"] + [""] * (width - 5)
    write_csv(path, [[title] + [""] * (width - 1), office, PETITION_HEADER, *rows], "gbk")


# The November ledgers ---------------------------------------------------------------------

MONTH = "2026-11"
TODAY = "2026-11-30"


def plant_project(office, first, last):
    """Enrolls most households of 湖滨社区 and two newcomers at random stages."""
    rng = office.rng
    chosen = [h for h in office.households if h.community == "湖滨社区" and rng.random() < 0.85]
    chosen += [office.newcomer(), office.newcomer()]
    for h in chosen:
        stage = rng.choice(["surveyed", "assessed", "negotiating", "signed", "signed", "vacated"])
        e = Enrollment(h, stage)
        if stage in SIGNED:
            e.signed = office.people.date(first, last)
            e.amount = rng.randrange(300, 900) * 1000
        if stage == "vacated":
            e.vacated = office.people.date(e.signed, last)
        office.enrollments.append(e)


def plant_petitions(office, first, last, count, prefix="BHXF2026-"):
    rng = office.rng
    for _ in range(count):
        received = office.people.date(first, last)
        p = Petition(f"{prefix}{len(office.petitions) + 1:03d}", received, rng.choice(list(CHANNELS)),
                     office.people.name(), office.people.phone(), rng.choice([1, 1, 1, 2, 6]),
                     rng.choice(COMMUNITIES)[0], rng.choice(CATEGORIES), "反映" + rng.choice(["漏水", "噪音", "补偿", "停车"]))
        if rng.random() < 0.8:
            p.accepted = min(received + datetime.timedelta(days=rng.randint(1, 5)), last)
            p.assignee = rng.choice(ASSIGNEES)
            if rng.random() < 0.6:
                p.closed = min(p.accepted + datetime.timedelta(days=rng.randint(3, 30)), last)
        office.petitions.append(p)


def generate(directory, seed=11):
    """Writes 北湖街道's ledgers as of November 2026 into `directory`; returns the files and the
    figures planted in them."""
    office = Office(seed)
    plant_project(office, day("2026-09-01"), day(TODAY))
    answers = ["agree", "agree", "disagree", "pending", None]
    shown = {}
    for h in office.renovation_households():
        answer = office.rng.choice(answers)
        shown[h.code] = CONSENT_LABELS[answer] if answer else None
        office.consent[h.code] = answer or "pending"
    plant_petitions(office, day("2026-09-01"), day(TODAY), 24)

    files = {name: os.path.join(directory, name) for name in (
        "社区.csv", "网格.csv", "住户台账.xlsx", "项目.csv", "湖滨片区征收签约台账.xlsx", "青石小区改造意愿征询表.xlsx",
        "信访登记台账.csv")}
    write_communities(files["社区.csv"])
    write_grids(files["网格.csv"])
    write_households(files["住户台账.xlsx"], office.households, "北湖街道住户信息台账")
    write_projects(files["项目.csv"])
    write_project_ledger(files["湖滨片区征收签约台账.xlsx"],
                         [project_ledger_row(n, e) for n, e in enumerate(office.enrollments, 1)],
                         "湖滨片区房屋征收签约台账")
    write_consent(files["青石小区改造意愿征询表.xlsx"], office, shown, "青石小区老旧小区改造意愿征询表")
    write_petitions(files["信访登记台账.csv"],
                    [petition_row(n, p) for n, p in enumerate(office.petitions, 1)], "北湖街道信访事项登记台账")
    figures = {"households_by_community": office.households_by_community(),
               "project": office.project_figures(MONTH), "consent": office.consent_figures(),
               "petitions": office.petition_figures(MONTH)}
    return office, files, figures
