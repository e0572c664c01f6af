"""南塘街道 (invented): its clerks write 户主名/证件号/移动电话/所属社区居委会/责任网格/门牌地址/户籍人数/
产权类型 (私房/单位房)/房屋建筑面积（平方米）; the expropriation ledger has 签订协议日期/搬迁日期/
房屋拆除日期 with dates typed 2026年3月5号, 2026/03/05 or 3.5 under a 2026年度 title, 补偿款（元）
as 1,234,567.00 and 状态 cells such as 已签字/已搬迁/已交钥匙/已拆除/未签 and 已签约、已搬迁; the petition ledger has
登记编号/来访日期 (2026年11月3日上午, 11.3 下午3:30)/来访形式 (电话/网信/走访)/反映人/联系手机/诉求内容/
办理结果/是否办结; the indicator
sheet is 项目/计量单位/本月数/累计数.

`generate()` writes the November 2026 ledgers and returns the figures planted in them."""

import datetime
import os
import random

from offices.common import People, day, in_month, write_csv, write_xlsx

SUBDISTRICT = "南塘街道"
MONTH = "2026-11"
TODAY = "2026-11-30"
YEAR = 2026
# Community, its code, and how the household ledger writes it (社区 and 社区居委会 both occur).
COMMUNITIES = [("荷塘社区", "430602101001", "荷塘社区居委会"), ("柳岸社区", "430602101002", "柳岸社区"),
               ("石桥社区", "430602101003", "石桥社区居委会")]
# Grids are numbered 第一网格…; the household ledger writes 第1网格.
GRIDS = ["第一网格", "第二网格"]
PROJECT = ("NTZS2026", "南塘片区房屋征收", "征收")
PROJECT_COMMUNITY = "荷塘社区"

STAGES = ["surveyed", "assessed", "negotiating", "signed", "vacated", "demolished", "withdrawn"]
SIGNED = ("signed", "vacated", "demolished")
# How its clerks write each stage in the 状态 column.
STAGE_LABELS = {"surveyed": ["未签"], "negotiating": ["在谈"], "signed": ["已签字"],
                "vacated": ["已搬迁", "已交钥匙", "已签约、已搬迁"], "demolished": ["已拆除", "已搬迁已拆除"]}
HOUSING = {"private": "私房", "public": "单位房"}
CHANNELS = {"phone": "电话", "online": "网信", "visit": "走访"}
OUTCOMES = {"supported": "予以支持", "explained": "解释说明", "not_supported": "不予支持"}
CATEGORIES = ["征收补偿", "房屋漏水", "噪音扰民", "物业纠纷"]
INDICATORS = [("新增就业人数", "人"), ("垃圾分类宣传次数", "次"), ("消防安全检查次数", "次")]


def typed_date(rng, date):
    """2026年3月5号, 2026/03/05 or 3.5: the year of the last comes from the sheet's 2026年度 title."""
    return rng.choice([f"{date.year}年{date.month}月{date.day}号", f"{date:%Y/%m/%d}", f"{date.month}.{date.day}"])


def visit_time(rng, date):
    """When a visitor came, as the receptionist logs it: 2026年11月3日上午, 11.3 下午3:30 or a date."""
    return rng.choice([f"{date.year}年{date.month}月{date.day}日{rng.choice(['上午', '下午'])}",
                       f"{date.month}.{date.day} 下午{rng.randint(2, 5)}:{rng.choice(['00', '30'])}",
                       f"{date.year}年{date.month}月{date.day}日上午{rng.randint(8, 11)}时许", typed_date(rng, date)])


class Household:
    def __init__(self, code, name, id_number, phone, community, grid, address, members, housing, area):
        self.code, self.name, self.id_number, self.phone = code, name, id_number, phone
        self.community, self.grid, self.address = community, grid, address
        self.members, self.housing, self.area = members, housing, area


def generate(directory, seed=13):
    """Writes 南塘街道's ledgers as of November 2026 into `directory`; returns the households,
    enrollments, petitions, files and planted figures."""
    rng = random.Random(seed)
    people = People(rng, "430602")
    files = {name: os.path.join(directory, name) for name in (
        "社区居委会.csv", "网格.csv", "住户基本信息台账.xlsx", "征收项目.csv", "南塘片区征收进度台账.xlsx",
        "来访登记簿.xlsx", "重点工作指标.xlsx")}

    write_csv(files["社区居委会.csv"], [["社区居委会", "区划代码"], *[[c, code] for c, code, _ in COMMUNITIES]],
              "gbk")
    write_csv(files["网格.csv"], [["责任网格", "所属社区居委会"], *[[g, c] for c, _, _ in COMMUNITIES for g in GRIDS]],
              "gbk")

    # Households: a title row, then the header; grids written 第1网格.
    header = ["序号", "住户编码", "户主名", "证件号", "移动电话", "所属社区居委会", "责任网格", "门牌地址", "户籍人数",
              "产权类型", "房屋建筑面积（平方米）"]
    rows = [["南塘街道2026年度住户基本信息台账"] + [None] * (len(header) - 1), header]
    households = []
    for community, _, written in COMMUNITIES:
        for g, grid in enumerate(GRIDS, 1):
            for _ in range(rng.randint(5, 8)):
                n = len(households) + 1
                h = Household(f"NT{n:04d}", people.name(), people.id_number(), people.phone(), community, grid,
                              f"{community[:2]}街{n}号", rng.randint(1, 6), rng.choice(list(HOUSING)),
                              round(rng.uniform(40, 150), 2))
                households.append(h)
                rows.append([n, h.code, h.name, h.id_number, h.phone, written, f"第{g}网格", h.address, h.members,
                             HOUSING[h.housing], h.area])
    write_xlsx(files["住户基本信息台账.xlsx"], [("住户", rows, ["A1:K1"])])

    write_csv(files["征收项目.csv"], [["项目编码", "征收项目", "项目类别", "启动时间", "计划完成时间"],
                                     [*PROJECT, "2026/1/10", "2027/6/30"]], "gbk")

    # The expropriation ledger: every household of one community.
    header = ["序号", "住户编码", "户主名", "证件号", "签订协议日期", "补偿款（元）", "搬迁日期", "房屋拆除日期", "状态"]
    rows = [["2026年度南塘片区房屋征收进度台账"] + [None] * (len(header) - 1), header]
    enrollments = {}
    by_stage = {stage: 0 for stage in STAGES}
    for n, h in enumerate([h for h in households if h.community == PROJECT_COMMUNITY], 1):
        stage = rng.choice(["surveyed", "negotiating", "signed", "signed", "vacated", "demolished"])
        signed = vacated = demolished = cents = None
        if stage in SIGNED:
            signed = people.date(day("2026-09-01"), day(TODAY))
            cents = rng.randrange(30000000, 150000000, 100)
        if stage in ("vacated", "demolished"):
            vacated = people.date(signed, day(TODAY))
        if stage == "demolished":
            demolished = people.date(vacated, day(TODAY))
        enrollments[h.code] = (stage, signed, vacated, demolished, cents)
        rows.append([n, h.code, h.name, h.id_number, typed_date(rng, signed) if signed else None,
                     f"{cents / 100:,.2f}" if cents else None, typed_date(rng, vacated) if vacated else None,
                     typed_date(rng, demolished) if demolished else None,
                     STAGE_LABELS[stage][by_stage[stage] % len(STAGE_LABELS[stage])]])
        by_stage[stage] += 1
    write_xlsx(files["南塘片区征收进度台账.xlsx"], [("进度", rows, ["A1:I1"])])
    signed_all = [e for e in enrollments.values() if e[0] in SIGNED]
    project = {"enrolled": len(enrollments), "signed_total": len(signed_all),
               "signed_in_period": sum(1 for e in signed_all if in_month(e[1], MONTH)), "by_stage": by_stage}

    # Petitions: 是否办结 beside 办结时间; 来访形式 电话/网信/走访.
    header = ["登记编号", "来访日期", "来访形式", "反映人", "联系手机", "所属社区居委会", "问题分类", "诉求内容",
              "办理结果", "是否办结", "办结时间"]
    rows = [["南塘街道2026年度来访登记簿"] + [None] * (len(header) - 1), header]
    petitions = []
    for n in range(20):
        received = people.date(day("2026-09-01"), day(TODAY))
        channel = rng.choice(list(CHANNELS))
        community = rng.choice(COMMUNITIES)
        outcome = closed = None
        if rng.random() < 0.6:
            outcome = rng.choice(list(OUTCOMES))
            closed = min(received + datetime.timedelta(days=rng.randint(2, 25)), day(TODAY))
        p = (f"NT-XF-{n + 1:03d}", received, channel, people.name(), people.phone(), community[0],
             rng.choice(CATEGORIES), outcome, closed)
        petitions.append(p)
        rows.append([p[0], visit_time(rng, received), CHANNELS[channel], p[3], p[4], community[2], p[6],
                     "反映" + rng.choice(["补偿标准", "楼上漏水", "夜间施工", "电梯停运"]),
                     OUTCOMES[outcome] if outcome else None, "是" if closed else "否",
                     typed_date(rng, closed) if closed else None])
    write_xlsx(files["来访登记簿.xlsx"], [("登记簿", rows, ["A1:K1"])])
    received = [p for p in petitions if in_month(p[1], MONTH)]
    petition_figures = {"received": len(received), "closed": sum(1 for p in petitions if in_month(p[8], MONTH)),
                        "by_channel": {c: sum(1 for p in received if p[2] == c) for c in CHANNELS}}

    # The indicator sheet: 项目 names the indicator, 本月数 is the month's figure.
    rows = [["南塘街道重点工作指标完成情况（2026年11月）", None, None, None, None],
            ["序号", "项目", "计量单位", "本月数", "累计数"]]
    metrics = {}
    for n, (name, unit) in enumerate(INDICATORS, 1):
        month = rng.randint(5, 60)
        metrics[name] = month
        rows.append([n, name, unit, month, month + rng.randint(50, 400)])
    write_xlsx(files["重点工作指标.xlsx"], [("11月", rows, ["A1:E1"])])

    figures = {"households_by_community": {c: sum(1 for h in households if h.community == c)
                                           for c, _, _ in COMMUNITIES},
               "project": project, "petitions": petition_figures, "metrics": metrics}
    return {"households": households, "enrollments": enrollments, "petitions": petitions, "files": files,
            "figures": figures}
