#!/usr/bin/python3
"""gen_city — fill a fresh dongmao workspace with a synthetic city for the report benchmark.

Usage (report_bench.sh does this for you):

    dongmao init WS --name 某区 --division-code 430602
    /usr/bin/python3 tests/bench/gen_city.py [--seed S] WS

Writes straight into WS/dongmao.db through SQL (stdlib sqlite3 only, one transaction,
executemany, journal off and synchronous=OFF while generating; the database is switched back
to WAL at the end, as dongmao left it). Refuses a workspace that already holds communities.

What it writes (all dates ISO text, timestamps ISO 8601 with +08:00, an incident's report and
handling times local "YYYY-MM-DDTHH:MM" as the store keeps them; "today" is 2026-11-27):

    community        100  (5 streets x 20; codes 430602001001 ...)
    grid           3,000  (30 per community, 第1网格 ... 第30网格)
    household  1,000,000  (valid GB 11643 ID numbers, no two alike; phone, members,
                           housing type private/public/shop/other, floor area, address)
    project          200  (expropriation, shantytown, buyout, renovation, construction,
                           remediation; start and due dates; 20 of them fully signed)
    milestone        800  (4 per project, some done)
    enrollment   300,000  (disjoint household slices of the project's community; stages
                           surveyed ... demolished, some withdrawn)
    stage_event   ~1.2 M  (every stage an enrollment passed through; a signed event in
                           2025-01-01 ... 2026-11-27 for every enrollment at signed or beyond,
                           vacated / demolished events after it)
    petition     200,000  (received 2025-01-01 ... 2026-11-27; channels online / letter /
                           visit / phone; the nine default categories; group cases of 5+
                           people; accepted / answered / closed dates; a few stuck open)
    petition_event ~0.7 M (register, accept / decline, extend, answer, review, recheck, close)
    indicator         30
    metric_value  72,000  (100 communities x 30 indicators x 24 months 2024-12 ... 2026-11)

The result is a pure function of the seed (random.Random, fixed timestamps, no clock).
"""

import argparse
import datetime as dt
import os
import random
import sqlite3
import sys
import time

TODAY = dt.date(2026, 11, 27)
EPOCH = dt.date(1930, 1, 1)
TZ = "+08:00"

N_STREETS, N_PER_STREET = 5, 20          # 100 communities
N_GRIDS = 30                             # per community
N_HOUSEHOLDS = 1_000_000
N_PROJECTS = 200
N_CLEARED = 20                           # fully signed projects
N_ENROLLMENTS = 300_000
N_PETITIONS = 200_000
N_MONTHS = 24                            # 2024-12 ... 2026-11

# ---------------------------------------------------------------------------------------------
# Vocabulary

SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
            "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 "
            "石 廖 欧阳 司马").split()
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国文红志辉春梅海燕鹏飞波宇浩凯俊婷雪琳"
             "慧颖佳欣子涵晨阳宏林荣新德福生清金云湘岳楚湖江永长庆和顺爱青松峰琴萍淑珍素凤翠莲秋冬亮成宝仁义")
NAME_A = list("东西南北金银桃梅龙凤")
NAME_B = list("湖桥岭港园山湾塘洲坪")
ROAD_SUFFIX = ("路", "街", "巷", "大道")
HOUSING = ("private", "public", "shop", "other")
HOUSING_W = (68, 20, 8, 4)
STAFF = ("李敏", "王芳", "张伟", "刘洋", "陈静", "杨磊", "黄丽", "赵强", "周娟", "吴涛",
         "徐霞", "孙杰", "胡平", "朱红", "郭辉", "何燕")

KINDS = ("expropriation", "shantytown", "buyout", "renovation", "construction", "remediation")
KIND_W = (30, 25, 15, 15, 8, 7)
KIND_NAME = {"expropriation": "征收", "shantytown": "棚户区改造", "buyout": "收购",  # the report adds 项目
             "renovation": "老旧小区改造", "construction": "建设", "remediation": "环境整治"}
MODES = ("货币补偿", "产权调换", "货币补偿+产权调换", None)
MILESTONES = ("入户调查", "评估公示", "签约启动", "腾房交付")

# The default [petition] categories of dongmao.toml (settings.cpp), with shares in percent.
CATEGORIES = ("租赁纠纷", "征拆补偿", "还建安置", "日照采光", "商业开发", "非正常死亡", "劳动社保", "物业管理", "其他")
CATEGORY_W = (12, 18, 10, 5, 6, 0.3, 15, 20, 13.7)
CHANNELS = ("online", "letter", "visit", "phone")
CHANNEL_W = (45, 10, 20, 25)
OUTCOMES = ("supported", "explained", "not_supported")
OUTCOME_W = (30, 55, 15)
SUMMARY = {
    "租赁纠纷": ("房东拒不退还押金", "租户拖欠租金", "群租扰民"),
    "征拆补偿": ("对评估价格有异议", "补偿款未按期发放", "要求增加过渡费"),
    "还建安置": ("安置房交付延期", "安置房质量问题", "安置面积争议"),
    "日照采光": ("新建楼栋遮挡采光", "要求日照分析报告"),
    "商业开发": ("施工噪音扰民", "开发商延期交房", "配套设施未兑现"),
    "非正常死亡": ("家属对死因有异议", "要求调查处理"),
    "劳动社保": ("拖欠农民工工资", "社保转移接续", "工伤认定"),
    "物业管理": ("物业费争议", "电梯长期故障", "小区停车管理", "维修资金使用"),
    "其他": ("咨询政策", "反映邻里纠纷", "道路破损"),
}

INDICATORS = (  # code, name, unit, aggregation
    ("I01", "一般公共预算收入", "万元", "sum"), ("I02", "税收收入", "万元", "sum"),
    ("I03", "固定资产投资", "万元", "sum"), ("I04", "社会消费品零售总额", "万元", "sum"),
    ("I05", "新增市场主体", "户", "sum"), ("I06", "新增个体工商户", "户", "sum"),
    ("I07", "城镇新增就业", "人", "sum"), ("I08", "失业人员再就业", "人", "sum"),
    ("I09", "网格员走访户次", "户次", "sum"), ("I10", "矛盾纠纷排查化解", "件", "sum"),
    ("I11", "12345热线受理", "件", "sum"), ("I12", "12345热线办结", "件", "sum"),
    ("I13", "安全生产检查", "次", "sum"), ("I14", "消防隐患整改", "处", "sum"),
    ("I15", "燃气安全入户检查", "户", "sum"), ("I16", "文明创建活动", "场", "sum"),
    ("I17", "志愿服务时长", "小时", "sum"), ("I18", "新增低保户", "户", "sum"),
    ("I19", "临时救助", "人次", "sum"), ("I20", "高龄津贴发放", "万元", "sum"),
    ("I21", "医保参保人数", "人", "last"), ("I22", "养老保险参保人数", "人", "last"),
    ("I23", "常住人口", "人", "last"), ("I24", "流动人口登记", "人", "sum"),
    ("I25", "垃圾分类覆盖户数", "户", "last"), ("I26", "违建拆除面积", "平方米", "sum"),
    ("I27", "道路保洁面积", "万平方米", "max"), ("I28", "招商引资到位资金", "万元", "sum"),
    ("I29", "疫苗接种", "人次", "sum"), ("I30", "信访积案化解", "件", "sum"),
)

# ---------------------------------------------------------------------------------------------
# Dates: day numbers since 1930-01-01, converted through a precomputed table.

N_DAYS = (dt.date(2028, 1, 1) - EPOCH).days
ISO = [(EPOCH + dt.timedelta(days=d)).isoformat() for d in range(N_DAYS)]


def day(date):
    return (date - EPOCH).days


D_TODAY = day(TODAY)
D_2025 = day(dt.date(2025, 1, 1))


CLOCK = [f"T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}{TZ}" for s in range(8 * 3600, 18 * 3600)]


def stamp(rng, d):
    """A timestamp in office hours of day number d."""
    return ISO[d] + CLOCK[rng.randrange(len(CLOCK))]


def weighted(values, weights):
    """A 1,000-entry table: table[randrange(1000)] draws values with the given weights."""
    total = sum(weights)
    table = []
    for v, w in zip(values, weights):
        table += [v] * round(w / total * 1000)
    return (table + [values[-1]] * 1000)[:1000]


# ---------------------------------------------------------------------------------------------
# GB 11643-1999 ID numbers: region 430602, birth 1930-01-01 ... 2008-11-06, order 000-999, all
# distinct: row i gets number (i * A + B) mod (28,800 * 1,000), a bijection since gcd(A, N) = 1.

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
ID_DAYS = 28_800
ID_SPACE = ID_DAYS * 1000
ID_MUL = 10_000_019  # prime, coprime with 28,800,000


def digit_sum(text, offset):
    return sum(int(c) * ID_WEIGHTS[offset + k] for k, c in enumerate(text))


ID_REGION_SUM = digit_sum("430602", 0)
ID_BIRTH = [ISO[d].replace("-", "") for d in range(ID_DAYS)]
ID_BIRTH_SUM = [digit_sum(b, 6) for b in ID_BIRTH]
ID_ORDER = [f"{n:03d}" for n in range(1000)]
ID_ORDER_SUM = [digit_sum(o, 14) for o in ID_ORDER]


def id_number(i, key):
    p = (i * ID_MUL + key) % ID_SPACE
    b, o = divmod(p, 1000)
    check = ID_CHECK[(ID_REGION_SUM + ID_BIRTH_SUM[b] + ID_ORDER_SUM[o]) % 11]
    return f"430602{ID_BIRTH[b]}{ID_ORDER[o]}{check}"


# ---------------------------------------------------------------------------------------------


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def generate(db, seed):
    rng = random.Random(seed)
    counts = {}

    def insert(table, columns, rows):
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        t = time.monotonic()
        db.executemany(sql, rows)
        n = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        counts[table] = n
        log(f"  {table:15} {n:>10,} rows  {time.monotonic() - t:6.1f} s")

    created = stamp(rng, day(dt.date(2024, 11, 15)))

    # --- communities and grids -----------------------------------------------------------------
    communities = []  # (id, code, name, road)
    for i in range(N_STREETS * N_PER_STREET):
        street, n = divmod(i, N_PER_STREET)
        name = f"{NAME_A[i // 10]}{NAME_B[i % 10]}社区"
        road = f"{NAME_A[i // 10]}{NAME_B[i % 10]}{ROAD_SUFFIX[i % len(ROAD_SUFFIX)]}"
        communities.append((i + 1, f"430602{street + 1:03d}{n + 1:03d}", name, road))
    insert("community", ("id", "code", "name", "area_km2", "created_at", "updated_at"),
           ((cid, code, name, round(rng.uniform(0.3, 3.5), 2), created, created)
            for cid, code, name, _ in communities))
    grids = []  # (id, community_id)
    grid_rows = []
    for cid, code, _, _ in communities:
        for g in range(1, N_GRIDS + 1):
            gid = len(grids) + 1
            grids.append((gid, cid))
            grid_rows.append((gid, f"{code}{g:02d}", f"第{g}网格", cid, created, created))
    insert("grid", ("id", "code", "name", "community_id", "created_at", "updated_at"), grid_rows)

    # --- households ----------------------------------------------------------------------------
    id_key = rng.randrange(ID_SPACE)
    hh_grid = [rng.randrange(len(grids)) for _ in range(N_HOUSEHOLDS)]
    by_community = [[] for _ in range(len(communities) + 1)]
    for i, g in enumerate(hh_grid):
        by_community[grids[g][1]].append(i + 1)
    hh_days = [rng.randrange(day(dt.date(2024, 12, 1)), day(dt.date(2026, 11, 20))) for _ in range(32)]

    housing_table = weighted(HOUSING, HOUSING_W)

    def households():
        r = rng
        for i in range(N_HOUSEHOLDS):
            gid, cid = grids[hh_grid[i]]
            name = r.choice(SURNAMES) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.7 else "")
            housing = housing_table[r.randrange(1000)]
            area = round(r.uniform(20, 60) if housing == "shop" else r.uniform(35, 180), 1)
            road = communities[cid - 1][3]
            address = f"{road}{r.randrange(1, 300)}号{r.randrange(1, 20)}栋{r.randrange(1, 19)}0{r.randrange(1, 5)}室"
            ts = f"{ISO[hh_days[i % 32]]}T09:{(i // 60) % 60:02d}:{i % 60:02d}{TZ}"
            yield (i + 1, f"H{i + 1:07d}", cid, gid, address, name, id_number(i, id_key),
                   f"13{r.randrange(10**9):09d}", r.randrange(1, 7), housing, area,
                   ts, ts)

    insert("household", ("id", "code", "community_id", "grid_id", "address", "head_name", "head_id_number",
                         "phone", "members", "housing_type", "floor_area", "created_at", "updated_at"),
           households())

    # --- projects and milestones ---------------------------------------------------------------
    # Two projects per community; sizes vary (roughly 300 ... 2,800) and add up to N_ENROLLMENTS.
    weights = [rng.uniform(0.2, 1.8) for _ in range(N_PROJECTS)]
    total_w = sum(weights)
    sizes = [int(w / total_w * N_ENROLLMENTS) for w in weights]
    sizes[-1] += N_ENROLLMENTS - sum(sizes)
    cleared = set(rng.sample(range(N_PROJECTS), N_CLEARED))
    projects = []  # dicts
    project_rows, milestone_rows = [], []
    for p in range(N_PROJECTS):
        cid = communities[p % len(communities)][0]
        kind = rng.choices(KINDS, KIND_W)[0]
        start = rng.randrange(day(dt.date(2024, 3, 1)), day(dt.date(2025, 10, 1)))
        if p in cleared:
            start = rng.randrange(day(dt.date(2024, 3, 1)), day(dt.date(2025, 3, 1)))
        due = min(start + rng.randrange(365, 900), N_DAYS - 1)
        if p in cleared:
            status = "completed" if rng.random() < 0.6 else "active"
        else:
            status = rng.choices(("active", "suspended"), (95, 5))[0]
        code = f"XM{ISO[start][:4]}-{p + 1:03d}"
        name = f"{communities[cid - 1][3]}片区{KIND_NAME[kind]}"
        if p >= len(communities):
            name += "（二期）"
        projects.append({"id": p + 1, "cid": cid, "start": start, "cleared": p in cleared, "code": code})
        ts = stamp(rng, start)
        project_rows.append((p + 1, code, name, kind, rng.choice(MODES), cid, ISO[start], ISO[due],
                             sizes[p] + rng.randrange(0, 50),
                             rng.randrange(10, 500) * 100_000_000,  # 1,000万 … 5亿 yuan, in 分
                             status, ts, ts))
        for seq, ms in enumerate(MILESTONES):
            ms_due = min(start + (seq + 1) * (due - start) // len(MILESTONES), N_DAYS - 1)
            done = ms_due + rng.randrange(-30, 40)
            milestone_rows.append((p + 1, ms, seq + 1, ISO[ms_due], ISO[done] if done <= D_TODAY else None))
    insert("project", ("id", "code", "name", "kind", "mode", "community_id", "start_date", "due_date",
                       "target_households", "investment_cents", "status", "created_at", "updated_at"),
           project_rows)
    insert("milestone", ("project_id", "name", "seq", "due_date", "done_date"), milestone_rows)

    # --- enrollments and stage events ----------------------------------------------------------
    stages_open = ("surveyed", "assessed", "negotiating", "signed", "vacated", "demolished", "withdrawn")
    stages_open_w = (8, 8, 14, 32, 18, 15, 5)
    stages_cleared = ("signed", "vacated", "demolished", "withdrawn")
    stages_cleared_w = (20, 30, 48, 2)
    order = {s: k for k, s in enumerate(("surveyed", "assessed", "negotiating", "signed", "vacated", "demolished"))}
    slices = {}
    for cid in range(1, len(communities) + 1):
        rng.shuffle(by_community[cid])
        slices[cid] = 0
    enrollment_rows, events = [], []  # events: (date, enrollment_id, stage, operator)
    eid = 0
    for p, proj in enumerate(projects):
        pool = by_community[proj["cid"]]
        take = pool[slices[proj["cid"]]:slices[proj["cid"]] + sizes[p]]
        if len(take) < sizes[p]:  # never at the default sizes; wrap around rather than fail
            take += rng.sample(pool, sizes[p] - len(take))
        slices[proj["cid"]] += sizes[p]
        start = proj["start"]
        sign_lo = max(D_2025, start + 30)
        sign_hi = min(D_TODAY, start + 420) if proj["cleared"] else D_TODAY
        if proj["cleared"]:
            finals = rng.choices(stages_cleared, stages_cleared_w, k=len(take))
        else:
            finals = rng.choices(stages_open, stages_open_w, k=len(take))
        for hid, final in zip(take, finals):
            eid += 1
            if final in ("signed", "vacated", "demolished"):
                s = rng.randint(sign_lo, sign_hi)
                neg = s - rng.randrange(1, 45)
                ass = neg - rng.randrange(1, 45)
                sur = ass - rng.randrange(1, 30)
                chain = [("surveyed", sur), ("assessed", ass), ("negotiating", neg), ("signed", s)]
                if final != "signed":
                    vac = min(D_TODAY, s + rng.randrange(3, 90))
                    chain.append(("vacated", vac))
                    if final == "demolished":
                        chain.append(("demolished", min(D_TODAY, vac + rng.randrange(3, 120))))
            else:
                last = rng.choice(("surveyed", "assessed", "negotiating")) if final == "withdrawn" else final
                d = rng.randint(start, D_TODAY)
                chain = [("surveyed", d)]
                for st in ("assessed", "negotiating"):
                    if order[st] > order[last]:
                        break
                    d = min(D_TODAY, d + rng.randrange(5, 60))
                    chain.append((st, d))
                if final == "withdrawn":
                    chain.append(("withdrawn", min(D_TODAY, d + rng.randrange(5, 60))))
            op = rng.choice(STAFF)
            for st, d in chain:
                events.append((d, eid, st, op))
            last_day = chain[-1][1]
            signed_up = final in ("signed", "vacated", "demolished")
            if signed_up:
                consent = "agree"
            elif final == "negotiating":
                consent = rng.choice(("agree", "disagree", "pending"))
            elif final == "withdrawn":
                consent = "disagree"
            else:
                consent = rng.choice(("pending", None))
            enrollment_rows.append((
                eid, proj["id"], hid, final, ISO[last_day],
                rng.randrange(8_000_000, 300_000_000) if signed_up else None,
                f"{proj['code']}-QY{eid:06d}" if signed_up else None,
                consent, stamp(rng, chain[0][1]), stamp(rng, last_day)))
    del by_community
    insert("enrollment", ("id", "project_id", "household_id", "stage", "stage_date", "compensation_cents",
                          "agreement_no", "consent", "created_at", "updated_at"), enrollment_rows)
    del enrollment_rows
    events.sort()  # recorded as they happened: in date order across enrollments
    insert("stage_event", ("enrollment_id", "stage", "effective_date", "operator", "recorded_at"),
           ((e, st, ISO[d], op, stamp(rng, d)) for d, e, st, op in events))
    del events

    # --- petitions and their events ------------------------------------------------------------
    received = sorted(rng.randint(D_2025, D_TODAY) for _ in range(N_PETITIONS))
    projects_of = {}
    for proj in projects:
        projects_of.setdefault(proj["cid"], []).append(proj["id"])
    petition_rows, pevents = [], []  # pevents: (date, petition_id, action, operator, detail)
    seq_in_year = {}
    channel_table = weighted(CHANNELS, CHANNEL_W)
    category_table = weighted(CATEGORIES, CATEGORY_W)
    for pid, r in enumerate(received, start=1):
        year = ISO[r][:4]
        seq_in_year[year] = seq_in_year.get(year, 0) + 1
        case_no = f"XF{year}-{seq_in_year[year]:06d}"
        channel = channel_table[rng.randrange(1000)]
        category = category_table[rng.randrange(1000)]
        u = rng.random()
        people = 1 if u < 0.80 else rng.randint(2, 4) if u < 0.96 else rng.randint(5, 40)
        cid = rng.randrange(1, len(communities) + 1) if rng.random() < 0.95 else None
        project_id = None
        if cid and category in ("征拆补偿", "还建安置") and rng.random() < 0.7:
            project_id = rng.choice(projects_of[cid])
        household_id = rng.randrange(1, N_HOUSEHOLDS + 1) if rng.random() < 0.4 else None
        repeat_of = rng.randrange(max(1, pid - 20_000), pid) if pid > 1 and rng.random() < 0.06 else None
        escalated = 1 if rng.random() < 0.02 else 0
        extension = rng.randint(1, 30) if rng.random() < 0.08 else 0
        assignee = rng.choice(STAFF)
        reported_at = handled_at = None
        if category == "非正常死亡":
            rep = dt.datetime.fromisoformat(f"{ISO[r]}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00{TZ}")
            reported_at = rep.strftime("%Y-%m-%dT%H:%M")  # as the store keeps it: local time, no zone
            if rng.random() < 0.9:
                handled_at = (rep + dt.timedelta(minutes=rng.randrange(30, 48 * 60))).strftime("%Y-%m-%dT%H:%M")
        accepted = answered = closed = outcome = None
        ev = [(r, "register", None)]
        stuck = rng.random()
        if rng.random() < 0.04:
            status = "declined"
            dec = min(D_TODAY, r + rng.randrange(1, 15))
            ev.append((dec, "decline", None))
        else:
            a = r + (rng.randrange(0, 15) if rng.random() < 0.99 else rng.randrange(15, 30))
            if a > D_TODAY or stuck < 0.002:  # not accepted yet (0.2 % never are: overdue)
                status = "received"
            else:
                accepted = a
                ev.append((a, "accept", None))
                limit = 60 + extension
                h = rng.randrange(3, limit + 1) if rng.random() < 0.985 else limit + rng.randrange(1, 40)
                if extension:
                    ext_day = a + rng.randrange(30, 56)
                    if ext_day <= min(D_TODAY, a + h):
                        ev.append((ext_day, "extend", f'{{"days": {extension}}}'))
                ans = a + h
                if ans > D_TODAY or stuck < 0.005:  # in hand (0.3 % more stuck: overdue)
                    status = "accepted"
                else:
                    outcome = rng.choices(OUTCOMES, OUTCOME_W)[0]
                    v = rng.random()
                    if v < 0.05:  # the ledger records only the closing
                        closed = ans
                        ev.append((ans, "close", None))
                        status = "closed"
                    else:
                        answered = ans
                        ev.append((ans, "answer", None))
                        c = ans + rng.randrange(0, 21)
                        if v < 0.75 and c <= D_TODAY:
                            closed = c
                            ev.append((c, "close", None))
                            status = "closed"
                        elif v < 0.78 and ans + 10 <= D_TODAY:
                            ev.append((ans + rng.randrange(5, 11), "review", None))
                            status = "reviewing"
                        elif v < 0.79 and ans + 30 <= D_TODAY:
                            ev.append((ans + rng.randrange(5, 11), "review", None))
                            ev.append((ans + rng.randrange(20, 31), "recheck", None))
                            status = "rechecking"
                        else:
                            status = "answered"
        last_day = max(d for d, _, _ in ev)
        summary = rng.choice(SUMMARY[category])
        petition_rows.append((
            pid, case_no, ISO[r], channel, people, category, summary, cid, project_id, household_id,
            repeat_of, escalated, status,
            ISO[accepted] if accepted is not None else None,
            ISO[answered] if answered is not None else None,
            ISO[closed] if closed is not None else None,
            extension, outcome, assignee, reported_at, handled_at,
            stamp(rng, r), stamp(rng, last_day)))
        for d, action, detail in ev:
            pevents.append((d, pid, action, assignee, detail))
    insert("petition", ("id", "case_no", "received_date", "channel", "people_count", "category", "summary",
                        "community_id", "project_id", "household_id", "repeat_of", "escalated", "status",
                        "accepted_date", "answered_date", "closed_date", "extension_days", "outcome",
                        "assignee", "reported_at", "handled_at", "created_at", "updated_at"), petition_rows)
    del petition_rows
    pevents.sort(key=lambda e: (e[0], e[1]))
    insert("petition_event", ("petition_id", "action", "event_date", "operator", "detail", "recorded_at"),
           ((p, action, ISO[d], op, detail, stamp(rng, d)) for d, p, action, op, detail in pevents))
    del pevents

    # --- indicators and monthly values ---------------------------------------------------------
    insert("indicator", ("id", "code", "name", "unit", "aggregation"),
           ((k + 1,) + ind for k, ind in enumerate(INDICATORS)))
    months = []
    y, m = 2024, 12
    for _ in range(N_MONTHS):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    base = {(k, cid): rng.uniform(10, 1000) for k in range(len(INDICATORS)) for cid, *_ in communities}

    def metric_values():
        for month in months:  # entered month by month
            ts = f"{month}-05T10:00:00{TZ}"
            for k in range(len(INDICATORS)):
                for cid, *_ in communities:
                    v = base[(k, cid)] * rng.uniform(0.7, 1.3)
                    yield (k + 1, cid, month, round(v, 2), ts, ts)

    insert("metric_value", ("indicator_id", "community_id", "month", "value", "created_at", "updated_at"),
           metric_values())
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("workspace")
    args = parser.parse_args()
    path = os.path.join(args.workspace, "dongmao.db")
    if not os.path.isfile(path):
        sys.exit(f"gen_city: {path}: no such file (run 'dongmao init {args.workspace} --name 某区 "
                 "--division-code 430602' first)")
    started = time.monotonic()
    db = sqlite3.connect(path, isolation_level=None)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    # Later migrations add columns with defaults and indexes; the columns filled here are
    # those of 0001_init.sql.
    if version < 1:
        sys.exit(f"gen_city: {path}: schema version {version}; expected 1 or later")
    if db.execute("SELECT count(*) FROM community").fetchone()[0]:
        sys.exit(f"gen_city: {path}: already holds communities; give it a fresh workspace")
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -524288")  # 512 MiB
    db.execute("PRAGMA foreign_keys = ON")
    log(f"gen_city: seed {args.seed} into {path}")
    db.execute("BEGIN")
    counts = generate(db, args.seed)
    t = time.monotonic()
    db.execute("COMMIT")
    log(f"  commit {time.monotonic() - t:.1f} s")
    bad = db.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        sys.exit(f"gen_city: {len(bad)} foreign key violations, e.g. {bad[:3]}")
    db.execute("PRAGMA journal_mode = WAL")  # as dongmao init left it
    db.close()
    elapsed = time.monotonic() - started
    size = os.path.getsize(path)
    print("| table | rows |\n|---|---:|")
    for table, n in counts.items():
        print(f"| {table} | {n:,} |")
    print(f"\ngenerated in {elapsed:.1f} s (seed {args.seed}); dongmao.db is {size / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
