#!/usr/bin/python3
"""Writes the synthetic 东茅岭街道 ledgers of examples/dongmaoling the way staff keep them:
an .xlsx per project with a title row and a merged two-row header, a GBK CSV of households,
UTF-8 CSVs of reference data, a petition ledger and a wide monthly metrics sheet.
Deterministic: run it again and the files are the same."""

import csv
import datetime
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dongmaoling")
rng = random.Random(430602)

COMMUNITIES = [("东茅岭社区", "430602001001"), ("柴家山社区", "430602001002"), ("青年巷社区", "430602001003"),
               ("先锋路社区", "430602001004"), ("冷水铺社区", "430602001005"), ("梅溪桥社区", "430602001006")]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗"
GIVEN = ["建国", "秀英", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(seq):
    birth = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(0, 60 * 365))
    body = f"430602{birth:%Y%m%d}{seq % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]


def person():
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def write_csv(name, rows, encoding="utf-8"):
    with open(os.path.join(OUT, name), "w", newline="", encoding=encoding) as f:
        csv.writer(f).writerows(rows)


def project_ledger(name, title, code_prefix, count, signed_dates, community):
    wb = Workbook()
    ws = wb.active
    ws.title = "征拆台账"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
    ws.append(["户编号", "户主姓名", "身份证号", "联系电话", "社区", "房屋性质", "签约情况", None, "补偿金额(万元)"])
    ws.append([None, None, None, None, None, None, "状态", "日期", None])
    for col in range(1, 7):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=7, end_row=2, end_column=8)
    ws.merge_cells(start_row=2, start_column=9, end_row=3, end_column=9)
    ws["A1"].alignment = Alignment(horizontal="center")
    for i in range(count):
        signed = signed_dates(i)
        row = [f"{code_prefix}{i + 1:04d}", person(), id_number(i), f"139{rng.randrange(10**8):08d}", community,
               "私产", "已签约" if signed else "谈判中", signed, round(rng.uniform(20, 120), 2) if signed else None]
        ws.append(row)
        if signed:
            ws.cell(row=ws.max_row, column=8).number_format = "yyyy\"年\"m\"月\"d\"日\""
    wb.save(os.path.join(OUT, name))


def main():
    os.makedirs(OUT, exist_ok=True)
    write_csv("communities.csv", [["社区名称", "社区代码"], *COMMUNITIES])
    write_csv("grids.csv", [["网格名称", "所属社区"]] +
              [[f"第{g}网格", c] for c, _ in COMMUNITIES for g in range(1, 5)])
    write_csv("projects.csv", [
        ["项目编号", "项目名称", "项目类型", "实施方式", "启动日期", "完成时限", "任务户数", "预计投资"],
        ["JHS2", "九华山二期棚改", "棚改", "异地征拆", "2026-03-01", "2026-10-31", "622", ""],
        ["DQSC", "大桥市场整治与拆除", "征拆", "签约拆除", "2026-02-15", "2026-06-30", "268", ""],
        ["GRWHG2", "工人文化宫二期", "收购", "收购", "2026-08-01", "2026-12-31", "91", ""],
        ["GDJG", "国大旧改", "老旧小区改造", "一小区一方案", "2026-11-01", "2027-12-31", "5225", "1.4亿"],
    ])
    # 九华山二期: all 622 signed, the last on 2026-10-18 (清零).
    start = datetime.date(2026, 4, 1)
    project_ledger("九华山二期征拆台账.xlsx", "东茅岭街道九华山二期征拆台账（截至2026年11月）", "JHS", 622,
                   lambda i: start + datetime.timedelta(days=int(i * 200 / 621)), "柴家山社区")
    # 工人文化宫二期: 91 households, 79 signed so far.
    project_ledger("工人文化宫二期收购台账.xlsx", "工人文化宫家属区、广场巷、文湘巷、青年巷收购台账", "GRW", 91,
                   lambda i: datetime.date(2026, 9, 1) + datetime.timedelta(days=i % 80) if i < 79 else None,
                   "青年巷社区")
    # Households of 东茅岭社区 as Chinese Excel exports CSV: GBK, a title row first.
    rows = [["东茅岭社区住户台账", "", "", "", "", "", "", ""],
            ["户编号", "户主姓名", "身份证号", "联系电话", "社区", "网格", "家庭人数", "建筑面积"]]
    for i in range(120):
        rows.append([f"DML{i + 1:04d}", person(), id_number(500 + i), f"138{rng.randrange(10**8):08d}", "东茅岭社区",
                     f"第{i % 4 + 1}网格", str(rng.randrange(1, 6)), f"{rng.uniform(40, 140):.1f}"])
    write_csv("东茅岭社区住户台账.csv", rows, encoding="gb18030")
    # Petitions: the rental disputes and the rest of the seed's year.
    channels = ["来访", "来信", "网上", "来电"]
    categories = ["租赁纠纷", "征拆补偿", "还建安置", "日照采光", "商业开发", "其他"]
    petitions = [["信访编号", "登记日期", "信访形式", "信访人", "人数", "信访类别", "社区", "受理日期", "办结日期"]]
    for i in range(40):
        received = datetime.date(2026, 1, 5) + datetime.timedelta(days=i * 8)
        accepted = received + datetime.timedelta(days=rng.randrange(1, 10))
        closed = accepted + datetime.timedelta(days=rng.randrange(10, 70)) if i < 34 else None
        petitions.append([f"XF2026-{i + 1:04d}", received.isoformat(), channels[i % 4], person(),
                          str(rng.choice([1, 1, 1, 2, 6, 12])), categories[i % len(categories)],
                          COMMUNITIES[i % 6][0], accepted.isoformat(), closed.isoformat() if closed else ""])
    write_csv("信访台账.csv", petitions)
    # Monthly figures, one row per community, one column per indicator.
    wb = Workbook()
    ws = wb.active
    ws.title = "2026年11月"
    ws.append(["社区", "协税护税(万元)", "重点人员管控(人)", "安全检查(次)", "作风督查(次)"])
    for name, _ in COMMUNITIES:
        ws.append([name, round(rng.uniform(50, 120), 1), rng.randrange(400, 700), rng.randrange(1, 3), rng.randrange(2, 5)])
    wb.save(os.path.join(OUT, "月度指标-2026-11.xlsx"))


if __name__ == "__main__":
    main()
