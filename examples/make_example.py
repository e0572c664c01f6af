#!/usr/bin/python3
"""Writes the synthetic 东茅岭街道 year 2026 (examples/dongmaoling) and the indicator ledgers of
four neighbouring sub-districts (examples/neighbours) the way staff keep them: .xlsx saved by
openpyxl and by LibreOffice, an .xls, a GBK CSV, title rows, merged two-row headers, Chinese
date formats, and a few rows with the usual mistakes the import rejects.

Every name is fictitious; ID numbers and credit codes have valid check characters but belong to
nobody. The figures are those of the seed's work report (see the README's example section).
Deterministic: run it again and the files are the same (LibreOffice stamps its files with the
time it saved them, so those two change bytes but not content)."""

import csv
import datetime
import os
import random
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dongmaoling")
NEIGHBOURS = os.path.join(HERE, "neighbours")
rng = random.Random(430602)
D = datetime.date

COMMUNITIES = [("东茅岭社区", "430602001001"), ("柴家山社区", "430602001002"), ("青年巷社区", "430602001003"),
               ("先锋路社区", "430602001004"), ("冷水铺社区", "430602001005"), ("梅溪桥社区", "430602001006")]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗"
GIVEN = ["建国", "秀英", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# The monthly indicators, January to December: flows sum to the year's figure, stocks end at it.
FLOWS = {
    "协税护税": ("万元", [31.5, 28.0, 42.3, 45.1, 39.8, 47.6, 44.2, 50.3, 48.9, 52.7, 58.4, 52.2]),  # 541
    "核酸检测": ("人", [120, 95, 88, 64, 52, 48, 40, 45, 38, 35, 32, 30]),  # 687
    "安全检查": ("次", [1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1]),  # 9
    "消防培训": ("次", [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0]),  # 4
    "消防演练": ("次", [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]),  # 2
    "作风督查": ("次", [2, 1, 2, 2, 1, 2, 2, 1, 2, 1, 2, 1]),  # 19
    "通报批评": ("人次", [3, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 1]),  # 27
}
STOCKS = {
    "重点人员管控": ("人", [2150, 2380, 2560, 2700, 2810, 2900, 3010, 3090, 3160, 3230, 3300, 3351]),
    "常住人口": ("人", [42105, 42130, 42168, 42190, 42215, 42240, 42262, 42290, 42318, 42340, 42361, 42377]),
    "机关干部": ("人", [64, 64, 65, 65, 65, 66, 66, 66, 67, 67, 67, 67]),
    "社区工作人员": ("人", [82, 82, 83, 83, 84, 84, 84, 85, 85, 85, 85, 85]),
    "直管党员": ("人", [1398, 1400, 1402, 1405, 1406, 1408, 1410, 1412, 1414, 1416, 1418, 1419]),
}
# 协税护税 of the neighbouring sub-districts, month by month (万元): 东茅岭's 541 comes third.
NEIGHBOUR_TAX = {
    "洞庭街道": [48.0, 50.5, 55.2, 58.1, 60.3, 62.0, 57.4, 59.9, 61.2, 58.8, 60.1, 56.5],  # 688
    "岳阳楼街道": [44.0, 46.2, 49.8, 51.0, 50.6, 52.4, 48.9, 50.2, 53.1, 51.7, 52.5, 51.6],  # 602
    "三眼桥街道": [36.1, 35.0, 40.2, 41.8, 39.9, 42.3, 38.6, 40.1, 41.0, 40.7, 41.5, 39.8],  # 477
    "吕仙亭街道": [30.2, 29.8, 33.1, 34.0, 32.6, 34.4, 32.0, 33.5, 34.1, 33.0, 34.6, 33.7],  # 395
}


def id_number(seq, born_from=1940):
    birth = D(born_from, 1, 1) + datetime.timedelta(days=rng.randrange(0, 50 * 365))
    body = f"430602{birth:%Y%m%d}{seq % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]


def credit_code(seq):
    body = f"91430602MA4L{seq:05d}"
    total = sum(CREDIT_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + CREDIT_CHARS[(31 - total % 31) % 31]


def person():
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def write_csv(path, rows, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as f:
        csv.writer(f).writerows(rows)


def days(start, end, i, count):
    """The i-th of `count` dates spread from start to end, both included."""
    return start + datetime.timedelta(days=(end - start).days * i // max(count - 1, 1))


def titled_sheet(title, header, width=None):
    """A workbook whose sheet has a merged title row above `header`."""
    wb = Workbook()
    ws = wb.active
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width or len(header))
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(header)
    return wb, ws


def convert(src, kind, dest):
    """Saves `src` again with LibreOffice as `kind` (xlsx or xls) at `dest`."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", kind,
                        "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + kind), dest)


def expropriation_ledger(title, prefix, rows, community, area_of=None, sheet="征拆台账"):
    """A project ledger with a merged two-row header: 签约情况 over 状态/日期, then 拆除日期.
    `rows`: (stage label, signed date or None, demolished date or None) per household."""
    wb, ws = titled_sheet(title, ["户编号", "户主姓名", "身份证号", "联系电话", "社区", "房屋地址", "房屋性质",
                                  "签约情况", None, "拆除日期", "补偿金额(万元)"])
    ws.title = sheet
    ws.append([None] * 7 + ["状态", "日期", None, None])
    for col in (1, 2, 3, 4, 5, 6, 7, 10, 11):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=8, end_row=2, end_column=9)
    for i, (stage, signed, demolished) in enumerate(rows):
        address = area_of(i) if area_of else f"{community[:-2]}路{i + 1}号"
        ws.append([f"{prefix}{i + 1:04d}", person(), id_number(i), f"139{rng.randrange(10**8):08d}", community,
                   address, "私产", stage, signed, demolished, round(rng.uniform(20, 120), 2) if signed else None])
        for col in (9, 10):
            if ws.cell(row=ws.max_row, column=col).value:
                ws.cell(row=ws.max_row, column=col).number_format = 'yyyy"年"m"月"d"日"'
    return wb, ws


def projects():
    write_csv(os.path.join(OUT, "projects.csv"), [
        ["项目编号", "项目名称", "项目类型", "实施方式", "所属社区", "启动日期", "完成时限", "任务户数", "预计投资", "项目状态"],
        ["DQSC", "大桥市场整治与拆除", "征拆", "签约拆除", "先锋路社区", "2026-02-15", "2026-06-30", "268", "", "已完成"],
        ["DQZZ", "巴陵大桥周边安全隐患整治", "整治", "立面提质改造", "先锋路社区", "2026-11-03", "2026-11-30", "66", "",
         "已完成"],
        ["JHS2", "九华山二期棚改", "棚改", "异地征拆", "柴家山社区", "2026-03-01", "2026-10-31", "622", "", "进行中"],
        ["DFGC", "东风广场征拆", "征拆", "征收", "东茅岭社区", "2026-03-10", "2026-12-31", "45", "", "进行中"],
        ["GDJG", "国大旧改还建安置", "棚改", "还建安置", "梅溪桥社区", "2026-03-20", "2027-06-30", "80", "", "进行中"],
        ["GRWHG1", "工人文化宫一期", "收购", "收购", "青年巷社区", "2026-04-01", "2026-07-31", "28", "", "已完成"],
        ["GRWHG2", "工人文化宫二期", "收购", "收购", "青年巷社区", "2026-08-01", "2026-12-31", "91", "", "进行中"],
        ["YA", "友阿建设项目", "建设", "服务保障", "冷水铺社区", "2026-05-01", "2026-09-30", "", "", "已完成"],
        ["LXGZ26", "2026年老旧小区改造", "老旧小区改造", "一小区一方案一班子", "东茅岭社区", "2026-03-01", "2026-12-31",
         "", "", "已完成"],
        ["LXGZ27", "2027年老旧小区改造", "老旧小区改造", "一小区一方案一班子", "柴家山社区", "2027-02-20", "2027-12-31",
         "", "", "计划"],
    ])


def daqiao():
    # 268 private households signed by 6 June, demolished by 10 June: 20 days before the due date.
    rows = []
    for i in range(268):
        signed = days(D(2026, 3, 2), D(2026, 6, 6), i, 268)
        rows.append(("已拆除", signed, min(signed + datetime.timedelta(days=4), D(2026, 6, 10))))
    wb, ws = expropriation_ledger("大桥市场私产签约拆除台账（2026年）", "DQ", rows, "先锋路社区")
    # The usual mistakes: an ID number with a wrong check digit, a day that does not exist.
    ws.append(["DQ0269", "错号户", "430602195001011230", "13900000000", "先锋路社区", "大桥市场269号", "私产", "已签约",
               "2026年4月1日", None, 30])
    ws.append(["DQ0270", "错日户", id_number(270), "13900000001", "先锋路社区", "大桥市场270号", "私产", "已签约",
               "2026年2月30日", None, 30])
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "大桥市场签约拆除台账.xlsx")
        wb.save(raw)
        convert(raw, "xlsx", os.path.join(OUT, "大桥市场签约拆除台账.xlsx"))
    # 66 storefronts: notices from 3 November, all remediated by 23 November (20 days), as a GBK CSV.
    rows = [["巴陵大桥周边门面整治台账", "", "", "", "", "", ""],
            ["户编号", "经营户", "门面地址", "社区", "整治进度", "整改通知日期", "整改完成日期"]]
    for i in range(66):
        notice = days(D(2026, 11, 3), D(2026, 11, 8), i, 66)
        done = days(D(2026, 11, 9), D(2026, 11, 23), i, 66)
        rows.append([f"DQMM{i + 1:03d}", person(), f"巴陵大桥东路{i + 1}号门面", "先锋路社区", "已整治",
                     f"{notice.year}年{notice.month}月{notice.day}日", done.isoformat()])
    rows.append(["DQMM067", person(), "巴陵大桥东路67号门面", "先锋路社区", "已签约", "", ""])
    write_csv(os.path.join(OUT, "大桥周边门面整治台账.csv"), rows, encoding="gbk")


def other_projects():
    # 九华山二期: 622 households, the last signed on 18 September: first cleared of March's projects.
    rows = [("已交房", days(D(2026, 3, 20), D(2026, 9, 18), i, 622), None) for i in range(622)]
    wb, _ = expropriation_ledger("东茅岭街道九华山二期征拆台账（截至2026年12月）", "JHS", rows, "柴家山社区")
    wb.save(os.path.join(OUT, "九华山二期征拆台账.xlsx"))
    # 东风广场: 45 households, cleared on 20 November.
    rows = [("已签约", days(D(2026, 4, 15), D(2026, 11, 20), i, 45), None) for i in range(45)]
    wb, _ = expropriation_ledger("东风广场征拆台账", "DFGC", rows, "东茅岭社区")
    wb.save(os.path.join(OUT, "东风广场征拆台账.xlsx"))
    # 国大旧改: 80 households to be rehoused (还建户), 62 signed.
    rows = [("已签约", days(D(2026, 4, 1), D(2026, 12, 10), i, 62), None) if i < 62 else ("谈判中", None, None)
            for i in range(80)]
    wb, _ = expropriation_ledger("国大旧改还建户台账", "GDJG", rows, "梅溪桥社区")
    wb.save(os.path.join(OUT, "国大旧改还建户台账.xlsx"))
    # 工人文化宫一期: 28 private households bought, the last on the due date (如期清零); saved as .xls.
    rows = [("已交房", days(D(2026, 4, 20), D(2026, 7, 31), i, 28), None) for i in range(28)]
    wb, _ = expropriation_ledger("工人文化宫一期私产收购台账", "GW1", rows, "青年巷社区", sheet="收购台账")
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "工人文化宫一期收购台账.xlsx")
        wb.save(raw)
        convert(raw, "xls", os.path.join(OUT, "工人文化宫一期收购台账.xls"))
    # 工人文化宫二期: 91 households of 家属区, 广场巷, 文湘巷 and 青年巷, all bought by 15 December.
    places = ["工人文化宫家属区", "广场巷", "文湘巷", "青年巷"]
    rows = [("已签约", days(D(2026, 8, 20), D(2026, 12, 15), i, 91), None) for i in range(91)]
    wb, _ = expropriation_ledger("工人文化宫家属区、广场巷、文湘巷、青年巷收购台账", "GRW", rows, "青年巷社区",
                                 area_of=lambda i: f"{places[i % 4]}{i // 4 + 1}号", sheet="收购台账")
    wb.save(os.path.join(OUT, "工人文化宫二期收购台账.xlsx"))


def units():
    wb, ws = titled_sheet("老旧小区改造项目台账",
                          ["项目编号", "小区（院落）名称", "类型", "户数", "投资（万元）", "开工日期", "竣工验收日期"])
    this_year = [("东茅岭小区", "小区", 312, 960), ("先锋小区", "小区", 268, 820), ("冷水铺小区", "小区", 190, 610),
                 ("税务局院落", "院落", 48, 150), ("粮食局院落", "院落", 36, 120), ("电力院落", "院落", 52, 160),
                 ("供销社院落", "院落", 30, 95), ("自来水院落", "院落", 41, 130)]
    for i, (name, kind, households, money) in enumerate(this_year):
        ws.append(["LXGZ26", name, kind, households, money, f"2026年{3 + i % 3}月{5 + i}日",
                   f"2026年{9 + i % 3}月{10 + i}日"])
    next_year = [("柴家山片区", "片区", 2605, 7000), ("九华山小区", "小区", 820, 2100), ("梅溪桥小区", "小区", 760, 1900),
                 ("青年巷小区", "小区", 590, 1600), ("东井岭小区", "小区", 450, 1400)]  # 5,225 households, 1.4亿
    for name, kind, households, money in next_year:
        ws.append(["LXGZ27", name, kind, households, money, None, None])
    ws.append(["LXGZ27", "东井岭院落", "楼栋", 20, 50, None, None])  # no such kind: rejected
    wb.save(os.path.join(OUT, "老旧小区改造台账.xlsx"))


def organisations():
    """104 administrative and public units, 19 malls and markets, 1,395 enterprises, 6,313
    individual businesses; 7 key taxpayers' branches registered in 2026."""
    wb, ws = titled_sheet("东茅岭街道辖区单位登记台账", ["单位名称", "统一社会信用代码", "单位类型", "所属社区", "纳税大户",
                                                   "登记日期"])
    new_branches = ["岳阳建工集团东茅岭分公司", "岳阳市政建设东茅岭分公司", "湖南省第四工程公司岳阳分公司",
                    "湖南长大建设集团岳阳分公司", "湖南昌正建设岳阳分公司", "岳阳城投置业东茅岭分公司", "湖南华容建工岳阳分公司"]
    seq = 0
    for kind, count, stem in (("行政企事业单位", 104, "东茅岭{}号事业单位"), ("商场市场", 19, "东茅岭{}号商场"),
                              ("企业", 1395, "岳阳东茅{}号商贸有限公司"), ("个体户", 6313, "东茅岭{}号商行")):
        for i in range(count):
            seq += 1
            community = COMMUNITIES[seq % 6][0]
            registered = D(2010, 1, 1) + datetime.timedelta(days=(seq * 37) % 5800)  # up to 2025-11
            if kind == "企业" and i < len(new_branches):
                ws.append([new_branches[i], credit_code(seq), kind, community, "是", D(2026, 2 + i, 10 + i)])
            elif kind == "企业" and i < 12:
                ws.append([stem.format(i + 1), credit_code(seq), kind, community, "是", registered])
            else:
                ws.append([stem.format(i + 1), credit_code(seq) if kind != "个体户" else None, kind, community, "否",
                           registered])
            ws.cell(row=ws.max_row, column=6).number_format = "yyyy/m/d"
    wb.save(os.path.join(OUT, "辖区单位台账.xlsx"))


def indicators():
    wb, ws = titled_sheet("东茅岭街道指标口径", ["指标", "单位", "口径"])
    for name, (unit, _) in FLOWS.items():
        ws.append([name, unit, "累计"])
    for name, (unit, _) in STOCKS.items():
        ws.append([name, unit, "时点"])
    wb.save(os.path.join(OUT, "指标口径.xlsx"))
    wb, ws = titled_sheet("东茅岭街道2026年月度工作指标", ["月份", "指标", "数值", "单位"])
    for month in range(12):
        for name, (unit, values) in {**FLOWS, **STOCKS}.items():
            ws.append([f"2026年{month + 1}月", name, values[month], unit])
    ws.append(["2026年11月", "协税护税", 58.4, "万元"])  # the same month entered twice: rejected
    wb.save(os.path.join(OUT, "月度指标台账-2026.xlsx"))


def petitions():
    rows = [["东茅岭街道2026年信访台账", "", "", "", "", "", "", "", "", "", "", "", ""],
            ["信访编号", "登记日期", "信访形式", "信访人", "人数", "信访类别", "信访事项", "信访对象", "涉及户数", "社区",
             "涉及项目", "受理日期", "办结日期"]]
    seed = [  # (received, channel, people, category, summary, subject, households, community, project)
        ("2026-04-08", "来访", 5, "租赁纠纷", "商铺租户疫情后租金减免纠纷", "人和春天", "400多户", "东茅岭社区", ""),
        ("2026-04-20", "来访", 5, "租赁纠纷", "租户租金纠纷", "友谊市场", "300余户", "先锋路社区", ""),
        ("2026-05-06", "来访", 4, "租赁纠纷", "租户租赁纠纷", "世纪星地下商场", "120户", "东茅岭社区", ""),
        ("2026-05-18", "来访", 4, "租赁纠纷", "租户租赁纠纷", "东井岭市场", 126, "梅溪桥社区", ""),
        ("2026-06-09", "来信", 3, "日照采光", "开发遮挡日照", "螺丝港B地块", "", "冷水铺社区", ""),
        ("2026-07-02", "来访", 5, "还建安置", "还建户要求尽快还建", "国大旧改", "80户", "梅溪桥社区", "GDJG"),
        ("2026-07-21", "网上", 2, "征拆补偿", "拆迁遗留问题与合同纠纷", "友阿", "", "冷水铺社区", "YA"),
        ("2026-08-12", "来访", 5, "商业开发", "业主商业开发矛盾", "洪富大厦", "500多户", "青年巷社区", ""),
        ("2026-09-15", "来访", 36, "商业开发", "业主群访", "中华时代广场", "", "柴家山社区", ""),
    ]
    for i, (received, channel, people, category, summary, subject, households, community, project) in enumerate(seed):
        r = D.fromisoformat(received)
        rows.append([f"XF2026-{i + 1:04d}", received, channel, person(), people, category, summary, subject, households,
                     community, project, (r + datetime.timedelta(days=3)).isoformat(),
                     (r + datetime.timedelta(days=40)).isoformat()])
    # Everyday cases over the year, none in the 两会 special-protection period (1–15 March).
    everyday = ["物业管理", "劳动社保", "其他"]
    for i in range(16):
        r = D(2026, 1, 6) + datetime.timedelta(days=i * 22)
        if D(2026, 3, 1) <= r <= D(2026, 3, 15):
            r += datetime.timedelta(days=16)
        closed = (r + datetime.timedelta(days=30)).isoformat() if r < D(2026, 11, 1) else ""
        rows.append([f"XF2026-{i + 10:04d}", r.isoformat(), ["来电", "网上", "来信"][i % 3], person(), 1,
                     everyday[i % 3], "", "", "", COMMUNITIES[i % 6][0], "",
                     (r + datetime.timedelta(days=5)).isoformat(), closed])
    rows.append(["XF2026-0099", "2026-11-31", "来访", person(), 1, "其他", "", "", "", "东茅岭社区", "", "", ""])  # no such day
    write_csv(os.path.join(OUT, "信访台账.csv"), rows)
    # Six unnatural deaths, each under control within 12 hours (the office's incident log).
    incidents = [["信访编号", "登记日期", "社区", "信访事项", "报告时间", "处置时间"],
                 ["SJ2026-01", "2026-03-28", "东茅岭社区", "步步高广告施工意外伤亡事件", "2026-03-28 09:10", "2026-03-28 18:40"],
                 ["SJ2026-02", "2026-05-11", "柴家山社区", "市人社局院内意外死亡纠纷", "2026-05-11 14:00", "2026-05-12 01:30"],
                 ["SJ2026-03", "2026-06-23", "梅溪桥社区", "东井岭市场早餐店意外死亡纠纷", "2026-06-23 06:20", "2026-06-23 15:00"],
                 ["SJ2026-04", "2026-08-04", "先锋路社区", "工地意外死亡纠纷", "2026-08-04 10:00", "2026-08-04 21:15"],
                 ["SJ2026-05", "2026-09-17", "冷水铺社区", "出租屋意外死亡纠纷", "2026-09-17 22:30", "2026-09-18 08:00"],
                 ["SJ2026-06", "2026-11-09", "青年巷社区", "商铺意外死亡纠纷", "2026-11-09 13:45", "2026-11-10 00:05"]]
    write_csv(os.path.join(OUT, "非正常死亡事件.csv"), incidents)


def neighbours():
    os.makedirs(NEIGHBOURS, exist_ok=True)
    for name, values in NEIGHBOUR_TAX.items():
        write_csv(os.path.join(NEIGHBOURS, f"{name}.csv"),
                  [["月份", "指标", "数值", "单位"]] + [[f"2026-{m + 1:02d}", "协税护税", v, "万元"]
                                                     for m, v in enumerate(values)])


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    write_csv(os.path.join(OUT, "communities.csv"), [["社区名称", "社区代码"], *COMMUNITIES])
    write_csv(os.path.join(OUT, "grids.csv"), [["网格名称", "所属社区"]] +
              [[f"第{g}网格", c] for c, _ in COMMUNITIES for g in range(1, 5)])
    projects()
    daqiao()
    other_projects()
    units()
    organisations()
    indicators()
    petitions()
    neighbours()


if __name__ == "__main__":
    main()
