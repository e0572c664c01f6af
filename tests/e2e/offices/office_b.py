"""西岭街道 (invented): its clerks name projects but do not number them, keep the household
workbook as one sheet per community (no 社区 column), put the month in titles such as
（2026年9月） and type dates as 9月5日 or 2026.3.5, areas as 108.2㎡, amounts as 12.5万, stages
as 已签协议/在谈 and channels as 12345热线; the statistics sheet has a 单位 column (the
community) and 人口情况 merged over 常住人口/流动人口.

`generate()` writes the September 2026 ledgers and returns the figures planted in them."""

import datetime
import os
import random

from offices.common import People, day, in_month, write_csv, write_xlsx

SUBDISTRICT = "西岭街道"
MONTH = "2026-09"
TODAY = "2026-09-30"
YEAR = 2026
# Community, its household code prefix, and how the statistics sheet's 单位 column writes it.
COMMUNITIES = [("东湖社区", "DH", "东湖社区"), ("桂花社区", "GH", "桂花社区居委会"), ("枫林社区", "FL", "枫林社区")]
# Name, kind label, community whose households it enrolls, start typed as staff type it.
PROJECTS = [("东湖片区棚改", "棚改", "东湖社区", "2026.3.1"), ("桂花市场收购", "收购", "桂花社区", "2026.4.1")]

STAGES = ["surveyed", "assessed", "negotiating", "signed", "vacated", "demolished", "withdrawn"]
STAGE_LABELS = {"surveyed": "入户调查", "assessed": "已评估", "negotiating": "在谈", "signed": "已签协议"}
SIGNED = ("signed", "vacated", "demolished")
HOUSING = {"private": "私房", "public": "公房"}
# Channel code -> the ways its clerks write it.
CHANNELS = {"phone": ["12345热线", "来电"], "visit": ["来访"], "online": ["网上信访"], "letter": ["来信"]}
CATEGORIES = ["还建安置", "物业管理", "征拆补偿"]
INDICATORS = ["常住人口", "流动人口", "新增就业"]


def area_text(rng, area):
    """108.2㎡, 108.2m², 108.2平方米 or a plain number, as clerks type a floor area."""
    typed = f"{area:g}"
    return rng.choice([f"{typed}㎡", f"{typed}m²", f"{typed}平方米", area])


def amount_text(rng, wan):
    """An amount in 万元 (tenths), typed 12.5万, 12.5万元, 12.5W or in 元."""
    typed = f"{wan:g}"
    return rng.choice([f"{typed}万", f"{typed}万元", f"约{typed}万", f"{typed}W", str(int(round(wan * 10000)))])


def dotted(date):
    return f"{date.year}.{date.month}.{date.day}"


def month_day(date):
    """9月5日: the year comes from the sheet's title （2026年9月）."""
    return f"{date.month}月{date.day}日"


class Household:
    def __init__(self, code, name, id_number, phone, community, address, members, housing, area):
        self.code, self.name, self.id_number, self.phone = code, name, id_number, phone
        self.community, self.address, self.members, self.housing, self.area = community, address, members, housing, area


def generate(directory, seed=12):
    """Writes 西岭街道's ledgers as of September 2026 into `directory`; returns the households
    written, the files and the planted figures."""
    rng = random.Random(seed)
    people = People(rng, "430621")
    households = []
    sheets = []
    for community, prefix, _ in COMMUNITIES:
        rows = [[f"{community}住户花名册（2026年9月）"] + [None] * 7,
                ["户号", "户主", "公民身份号码", "手机号", "家庭住址", "人口数", "产权性质", "住房面积"]]
        for n in range(rng.randint(8, 14)):
            h = Household(f"{prefix}{n + 1:03d}", people.name(), people.id_number(), people.phone(), community,
                          f"{community[:2]}街{n + 1}号", rng.randint(1, 5), rng.choice(list(HOUSING)),
                          round(rng.uniform(40, 130), 1))
            households.append(h)
            rows.append([h.code, h.name, h.id_number, h.phone, h.address, h.members, HOUSING[h.housing],
                         area_text(rng, h.area)])
        sheets.append((community, rows, ["A1:H1"]))

    files = {name: os.path.join(directory, name) for name in (
        "社区名单.csv", "住户花名册.xlsx", "重点项目.csv", "东湖片区棚改签约进度表.xlsx", "桂花市场收购签约进度表.xlsx",
        "信访登记表.xlsx", "各社区统计表.xlsx")}
    write_csv(files["社区名单.csv"], [["社区名称"], *[[c] for c, _, _ in COMMUNITIES]], "utf-8-sig")
    write_xlsx(files["住户花名册.xlsx"], sheets)
    write_csv(files["重点项目.csv"], [["项目名称", "项目类型", "所在社区", "启动日期", "任务户数"],
                                     *[[name, kind, community, start, ""]
                                       for name, kind, community, start in PROJECTS]],
              "utf-8-sig")

    # Project ledgers: every household of the project's community, dates as staff type them.
    projects = {}
    enrollments = {}
    for (name, _, community, _), file in zip(PROJECTS, ("东湖片区棚改签约进度表.xlsx", "桂花市场收购签约进度表.xlsx")):
        rows = [[f"{name}签约进度表（2026年9月）"] + [None] * 6,
                ["户号", "户主", "公民身份号码", "入户调查日期", "签约时间", "补偿款", "签约状态"]]
        by_stage = {stage: 0 for stage in STAGES}
        signed_in_month = 0
        for h in [h for h in households if h.community == community]:
            stage = rng.choice(["surveyed", "assessed", "negotiating", "signed", "signed"])
            surveyed = people.date(day("2026-03-02"), day("2026-06-30"))
            signed = people.date(day("2026-08-01"), day(TODAY)) if stage in SIGNED else None
            wan = round(rng.uniform(20, 90), 1) if signed else None
            by_stage[stage] += 1
            signed_in_month += in_month(signed, MONTH)
            enrollments[(name, h.code)] = (stage, surveyed, signed, int(round(wan * 1000000)) if wan else None)
            rows.append([h.code, h.name, h.id_number, dotted(surveyed), month_day(signed) if signed else None,
                         amount_text(rng, wan) if wan else None, STAGE_LABELS[stage]])
        write_xlsx(files[file], [("签约进度", rows, ["A1:G1"])])
        signed_total = sum(by_stage[s] for s in SIGNED)
        projects[name] = {"file": files[file], "enrolled": sum(by_stage.values()) - by_stage["withdrawn"],
                          "signed_total": signed_total, "signed_in_period": signed_in_month, "by_stage": by_stage}

    # Petitions: a title with the month, dates typed 9月3日 or 2026.9.28, channels such as 12345热线.
    rows = [["西岭街道信访登记表（2026年9月）"] + [None] * 7,
            ["案件编号", "登记时间", "信访人", "联系电话", "信访渠道", "问题类别", "所属社区", "办结日期"]]
    petitions = []
    for n in range(18):
        received = people.date(day("2026-08-01"), day(TODAY))
        closed = received + datetime.timedelta(days=rng.randint(5, 40)) if rng.random() < 0.6 else None
        if closed and closed > day(TODAY):
            closed = None
        channel = rng.choice(list(CHANNELS))
        petitions.append((f"XL2026{n + 1:03d}", received, channel, closed))
        rows.append([f"XL2026{n + 1:03d}", month_day(received) if received.year == YEAR else dotted(received),
                     people.name(), people.phone(), rng.choice(CHANNELS[channel]), rng.choice(CATEGORIES),
                     rng.choice(COMMUNITIES)[0], dotted(closed) if closed else None])
    write_xlsx(files["信访登记表.xlsx"], [("信访", rows, ["A1:H1"])])
    received = [p for p in petitions if in_month(p[1], MONTH)]
    petition_figures = {"received": len(received), "closed": sum(1 for p in petitions if in_month(p[3], MONTH)),
                        "by_channel": {c: sum(1 for p in received if p[2] == c) for c in CHANNELS}}

    # The statistics sheet: 单位 is the community; 人口情况 is a group over two indicators.
    rows = [["各社区基本情况统计表（2026年9月）", None, None, None, None],
            ["单位", "人口情况", None, "新增就业（人）", "垃圾分类参与率"],
            [None, "常住人口", "流动人口", None, None]]
    metrics = {}
    for community, _, unit_name in COMMUNITIES:
        values = {"常住人口": rng.randint(3000, 9000), "流动人口": rng.randint(200, 1500), "新增就业": rng.randint(0, 40)}
        rate = rng.randint(40, 95)
        metrics[community] = dict(values, 垃圾分类参与率=rate / 100)
        rows.append([unit_name, values["常住人口"], values["流动人口"], values["新增就业"], f"{rate}%"])
    rows.append(["合计", *[sum(metrics[c][k] for c, _, _ in COMMUNITIES) for k in INDICATORS], None])
    write_xlsx(files["各社区统计表.xlsx"], [("2026年9月", rows, ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3"])])
    totals = {k: sum(metrics[c][k] for c, _, _ in COMMUNITIES) for k in INDICATORS}

    households_by_community = {c: sum(1 for h in households if h.community == c) for c, _, _ in COMMUNITIES}
    figures = {"households_by_community": households_by_community, "projects": projects,
               "petitions": petition_figures, "metrics": metrics, "metric_totals": totals}
    return {"households": households, "enrollments": enrollments, "files": files, "figures": figures}
