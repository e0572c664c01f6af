"""Values as staff type them: areas and counts with units, percentages, dates and amounts
in their everyday forms, stage and channel labels by rule, and errors that quote the cell
as it was typed."""

import os
import shutil
import unittest

import openpyxl

from dmtest import DongmaoTest, fixture

TODAY = "2026-11-27"


class ValuesTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        for entity, name in (("communities", "communities.csv"), ("grids", "grids.csv"),
                             ("projects", "projects.csv")):
            shutil.copyfile(fixture("import", name), self.path(name))
            self.imported(entity, name)

    def imported(self, *args):
        code, out, err = self.run_dm("-w", "ws", "--today", TODAY, "import", *args)
        self.assertEqual(code, 0, f"import {args} failed:\n{err}")
        self.assertEqual(err, "")
        return out

    def workbook(self, name, header, rows, formats=None):
        """Writes an .xlsx with one header row; `formats` maps a cell ("D2") to a number format."""
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "台账"
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for cell, number_format in (formats or {}).items():
            sheet[cell].number_format = number_format
        book.save(self.path(name))
        return name

    def test_areas_and_counts_with_units(self):
        name = self.workbook("households.xlsx", ["户编号", "户主姓名", "社区", "建筑面积", "家庭人数"], [
            ["H01", "张伟", "东茅岭社区", "108.2㎡", "5人"],
            ["H02", "李娜", "东茅岭社区", "150.5m²", "３人"],
            ["H03", "王芳", "柴家山社区", "150.5 m2", "2"],
            ["H04", "刘洋", "柴家山社区", "108.2平方米", 4],
            ["H05", "陈静", "柴家山社区", "96平米", "1,234"],
            ["H06", "杨帆", "东茅岭社区", "１０８．２", "6口人"],
            ["H07", "赵磊", "东茅岭社区", "1,234.5", None],
            ["H08", "黄丽", "东茅岭社区", 88.5, None],
        ])
        out = self.imported("households", name)
        self.assertEqual(out, "households.xlsx：读取8行：新增8户，更新0户，未变0户，有误0行\n")
        self.assertEqual(self.query(self.ws, "SELECT code, floor_area, members FROM household ORDER BY code"), [
            ("H01", 108.2, 5), ("H02", 150.5, 3), ("H03", 150.5, 2), ("H04", 108.2, 4), ("H05", 96.0, 1234),
            ("H06", 108.2, 6), ("H07", 1234.5, None), ("H08", 88.5, None)])

    def test_stages_dates_and_amounts_of_a_project_ledger(self):
        name = self.workbook("enrollments.xlsx", ["户编号", "户主姓名", "状态", "签约日期", "补偿金额"], [
            ["J01", "张伟", "已签协议", "2026.3.5.", "12.5W"],
            ["J02", "李娜", "已签约", "2026,3,6", "约12.5万"],
            ["J03", "王芳", "签约完成", "2026，3，7", "12.5万元"],
            ["J04", "刘洋", "已签订协议", "2026年3月8日", "￥125,000.00"],
            ["J05", "陈静", "已签", "20260309", "125000元"],
            ["J06", "杨帆", "在谈", None, "12.5w"],
            ["J07", "赵磊", "拒签", None, "1.4亿"],
            ["J08", "黄丽", "洽谈中", None, None],
            ["J09", "周杰", "谈判中", None, None],
            ["J10", "吴敏", "已签约，未腾房", "2026/3/10", "12.5万"],
        ])
        out = self.imported("enrollments", name, "--project", "JHS2")
        self.assertEqual(out, "enrollments.xlsx：读取10行：新增10户，更新0户，未变0户，有误0行\n")
        self.assertEqual(self.query(self.ws, """
            SELECT h.code, e.stage, e.stage_date, e.compensation_cents
            FROM enrollment e JOIN household h ON h.id = e.household_id ORDER BY h.code"""), [
            ("J01", "signed", "2026-03-05", 12500000),
            ("J02", "signed", "2026-03-06", 12500000),
            ("J03", "signed", "2026-03-07", 12500000),
            ("J04", "signed", "2026-03-08", 12500000),
            ("J05", "signed", "2026-03-09", 12500000),
            ("J06", "negotiating", None, 12500000),
            ("J07", "negotiating", None, 14000000000),
            ("J08", "negotiating", None, None),
            ("J09", "negotiating", None, None),
            ("J10", "signed", "2026-03-10", 12500000),
        ])
        # A command reads a label by the same rules.
        self.ok("-w", "ws", "--today", TODAY, "household", "stage", "J06", "--project", "JHS2", "已签协议",
                "--date", "2026-11-20")
        self.assertEqual(self.query(self.ws, """
            SELECT e.stage, e.stage_date FROM enrollment e JOIN household h ON h.id = e.household_id
            WHERE h.code = 'J06'"""), [("signed", "2026-11-20")])

    def test_channels_by_rule(self):
        name = self.workbook("petitions.xlsx", ["信访编号", "登记日期", "信访形式", "信访类别"], [
            ["XF01", "2026.3.5.", "12345热线", "征拆补偿"],
            ["XF02", "2026,3,6", "市长热线", "物业管理"],
            ["XF03", "2026年3月7日", "网上信访", "物业管理"],
            ["XF04", "2026-3-8", "网络信访", "物业管理"],
            ["XF05", "20260309", "来访", "物业管理"],
        ])
        out = self.imported("petitions", name)
        self.assertEqual(out, "petitions.xlsx：读取5行：新增5件，更新0件，未变0件，有误0行\n")
        self.assertEqual(self.query(self.ws, "SELECT case_no, received_date, channel FROM petition ORDER BY case_no"), [
            ("XF01", "2026-03-05", "phone"), ("XF02", "2026-03-06", "phone"), ("XF03", "2026-03-07", "online"),
            ("XF04", "2026-03-08", "online"), ("XF05", "2026-03-09", "visit")])

    def test_percentages_typed_or_formatted(self):
        name = self.workbook("metrics.xlsx", ["指标", "社区", "月份", "数值", "单位"], [
            # Shown as 71% by its format, under a % unit: the rate is 0.71, not 0.0071.
            ["签约率", "东茅岭社区", "2026-10", 0.71, "%"],
            ["入户率", "东茅岭社区", "2026-10", "71%", None],
            ["知晓率", "东茅岭社区", "2026-10", "71％", None],
            ["参保率", "东茅岭社区", "2026-10", 85.5, "%"],
        ], formats={"D2": "0%"})
        self.imported("metrics", name)
        self.assertEqual(self.query(self.ws, """
            SELECT i.name, round(v.value, 6) FROM metric_value v JOIN indicator i ON i.id = v.indicator_id
            ORDER BY i.name"""), [("入户率", 0.71), ("参保率", 0.855), ("知晓率", 0.71), ("签约率", 0.71)])

    def test_unreadable_values_are_quoted_as_typed(self):
        name = self.workbook("enrollments.xlsx", ["户编号", "户主姓名", "状态", "签约日期", "补偿金额"], [
            ["J01", "张伟", "已签协议", "２０２６年２月３０日", "12.5W"],
            ["J02", "李娜", "待签约", None, None],
            ["J03", "王芳", "在谈", None, "约１２.５万美元"],
        ])
        code, out, err = self.run_dm("-w", "ws", "--today", TODAY, "import", "enrollments", name,
                                     "--project", "JHS2")
        self.assertEqual(code, 65, err)
        lines = err.splitlines()
        self.assertEqual(lines[0], "dongmao: error: enrollments.xlsx：工作表 台账：第2行 D列（签约日期）："
                                   "“２０２６年２月３０日”不是有效日期")
        self.assertTrue(lines[1].startswith("dongmao: error: enrollments.xlsx：工作表 台账：第3行 C列（状态）："
                                            "“待签约”不是以下之一："), lines[1])
        self.assertEqual(lines[2], "dongmao: error: enrollments.xlsx：工作表 台账：第4行 E列（补偿金额）："
                                   "“约１２.５万美元”不是金额")
        self.assertEqual(len(lines), 3, err)
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM enrollment"), [(0,)])


if __name__ == "__main__":
    unittest.main()
