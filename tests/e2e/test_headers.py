"""import: headers and layouts as other offices keep their ledgers — their own words for the
columns, a data row that holds an alias, group titles over sub-headers, a statistics sheet
whose 单位 is the community, columns nobody maps, and an errors file that imports back.

Every ledger is made here with openpyxl, so each test shows the sheet it reads."""

import json
import os
import unittest

import openpyxl

from dmtest import DongmaoTest, id_number

TODAY = "2026-11-27"
ID_ZHANG = id_number("43060219850312451")
ID_LI = id_number("43060219620718202")
ID_WANG = id_number("43060219771130003")
ID_BAD = "430602199001011234"  # check digit should be 5

HOUSEHOLDS = """
    SELECT h.code, c.name, g.name, h.address, h.head_name, h.head_id_number, h.phone, h.members, h.extra
    FROM household h LEFT JOIN community c ON c.id = h.community_id LEFT JOIN grid g ON g.id = h.grid_id
    ORDER BY h.code"""


class HeadersTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        self.write_csv("communities.csv", "社区名称,社区代码\n东风社区,430602001001\n南湖社区,430602001002\n")
        self.write_csv("grids.csv", "网格名称,社区\n第一网格,东风社区\n第二网格,东风社区\n第一网格,南湖社区\n")
        self.imported("communities", "communities.csv")
        self.imported("grids", "grids.csv")

    # Helpers -----------------------------------------------------------------------------

    def write_csv(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)

    def workbook(self, name, rows, merges=(), title="台账"):
        """Writes one sheet of `rows` (lists of cells) with the `merges` ranges merged."""
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = title
        for row in rows:
            sheet.append(row)
        for cells in merges:
            sheet.merge_cells(cells)
        book.save(self.path(name))
        return name

    def dm(self, *args):
        return self.run_dm("-w", "ws", "--today", TODAY, *args)

    def imported(self, *args):
        code, out, err = self.dm("import", *args)
        self.assertEqual(code, 0, f"import {args} failed:\n{err}")
        return out

    def summary(self, *args):
        code, out, err = self.dm("--json", "import", *args)
        self.assertEqual(code, 0, f"import {args} failed:\n{err}")
        return json.loads(out), err

    def rows(self, sql, *params):
        return self.query(self.ws, sql, *params)

    # Header words of another office ------------------------------------------------------

    def test_a_numbering_column_yields_the_code_to_the_column_that_holds_it(self):
        # 编号 counts the rows (3 repeated: a row inserted since the last renumbering); the code
        # is under 门牌户号, which 户编号's aliases only resemble. 住房类型 is 房屋性质.
        self.write_csv("住户.csv", "编号,门牌户号,户主姓名,家庭住址,住房类型\n1,SZT-001,刘建国,砂子塘路1号,私房\n"
                                   "2,SZT-002,王桂兰,砂子塘路3号,公房\n3,SZT-005,孙强,新兴路12号,私房\n"
                                   "3,SZT-003,陈小明,新兴路8号,门面\n合计,,,,\n")
        out = self.imported("households", "住户.csv")
        self.assertEqual(out, "住户.csv：读取4行：新增4户，更新0户，未变0户，有误0行\n"
                              "从表格周围读取：A列（编号）是序号：不保存\n跳过合计行（合计/小计）：第6行\n")
        self.assertEqual(self.rows("SELECT code, head_name, address, housing_type, extra FROM household ORDER BY code"),
                         [("SZT-001", "刘建国", "砂子塘路1号", "private", None), ("SZT-002", "王桂兰", "砂子塘路3号", "public", None),
                          ("SZT-003", "陈小明", "新兴路8号", "shop", None), ("SZT-005", "孙强", "新兴路12号", "private", None)])
        # An 编号 that holds the codes themselves stays the code, beside a column that only resembles it.
        self.write_csv("住户2.csv", "编号,门牌户号,户主姓名\n101,东风路1号,李秀英\n102,东风路3号,周强\n103,东风路5号,吴敏\n")
        data, err = self.summary("households", "住户2.csv")
        self.assertEqual((data["inserted"], data["unknown_columns"]), (3, ["门牌户号"]))
        self.assertEqual(self.rows("SELECT count(*) FROM household WHERE code IN ('101', '102', '103')"), [(3,)])

    def test_housing_kinds_in_other_offices_words(self):
        # What an office writes under 房屋性质: owned (私有…, bought, self-built) or let (公有…, at a set rent).
        kinds = ["公有住房", "私有住房", "公有房屋", "私有房产", "商品房", "房改房", "自建房", "公租房", "廉租房", "门面房"]
        self.write_csv("住户.csv", "户编号,房屋性质\n" + "".join(f"PZ{i:02d},{k}\n" for i, k in enumerate(kinds)))
        data, err = self.summary("households", "住户.csv")
        self.assertEqual((data["inserted"], data["rejected"], err), (10, 0, ""))
        self.assertEqual([r[0] for r in self.rows("SELECT housing_type FROM household ORDER BY code")],
                         ["public", "private", "public", "private", "private", "private", "private", "public", "public",
                          "shop"])

    def test_household_ledger_in_another_office_words(self):
        name = self.workbook("住户.xlsx", [
            ["东风社区住户花名册"],
            ["序号", "户号", "产权人", "户主身份证号码", "联系手机", "所在社区", "所在网格", "房屋坐落", "家庭人口数", "楼栋长"],
            [1, "DF001", "张伟", ID_ZHANG, "13800001111", "东风社区", "第一网格", "建设路1号", 3, "刘红"],
            [2, "DF002", "李秀英", ID_LI, "13900002222", "东风社区", "第二网格", "建设路2号", 2, None],
        ])
        data, err = self.summary("households", name)
        self.assertEqual(err, "")
        self.assertEqual((data["header_row"], data["inserted"], data["rejected"]), (2, 2, 0))
        self.assertEqual(data["unmapped"], [{"column": "J", "header": "楼栋长", "resembles": None}])
        self.assertIn("A列（序号）是序号：不保存", data["context"])
        self.assertEqual(self.rows(HOUSEHOLDS), [
            ("DF001", "东风社区", "第一网格", "建设路1号", "张伟", ID_ZHANG, "13800001111", 3,
             '{"楼栋长":"刘红"}'),
            ("DF002", "东风社区", "第二网格", "建设路2号", "李秀英", ID_LI, "13900002222", 2, None),
        ])

    def test_petition_header_is_not_a_data_row_that_says_phone(self):
        # The header's words are none of the mapping's aliases as written; the data rows hold
        # 电话 (a channel), which is one.
        name = self.workbook("信访.xlsx", [
            ["2026年信访登记簿"],
            ["编号", "来信来访时间", "反映人", "信访途径", "联系方式", "所在社区", "问题类型", "反映问题", "是否重复访"],
            ["XF001", "2026-03-05", "张三", "电话", "13800001111", "东风社区", "物业管理", "噪音扰民", "否"],
            ["XF002", "2026-03-06", "李四", "来访", "13900002222", "南湖社区", "征地拆迁", "补偿标准", "是"],
        ])
        data, err = self.summary("petitions", name)
        self.assertEqual(err, "")
        self.assertEqual((data["header_row"], data["inserted"], data["unmapped"]), (2, 2, []))
        self.assertEqual(self.rows("""
            SELECT p.case_no, p.received_date, p.channel, c.name, p.category, p.summary, t.name, t.phone
            FROM petition p JOIN community c ON c.id = p.community_id JOIN petitioner t ON t.petition_id = p.id
            ORDER BY p.case_no"""), [
            ("XF001", "2026-03-05", "phone", "东风社区", "物业管理", "噪音扰民", "张三", "13800001111"),
            ("XF002", "2026-03-06", "visit", "南湖社区", "征地拆迁", "补偿标准", "李四", "13900002222"),
        ])

    # Two-row headers -----------------------------------------------------------------------

    def test_signed_and_vacated_dates_in_other_words(self):
        # 签订日期 and 腾空日期 (and the stage 已腾空) as an expropriation office writes them.
        self.imported("projects", self.workbook("项目.xlsx", [["项目编号", "项目名称", "项目类型"],
                                                               ["DJ", "洞井路", "征拆"]]))
        name = self.workbook("征收.xlsx", [
            ["房屋编码", "产权人", "产权人身份证", "所属社区", "签约状态", "签订日期", "腾空日期"],
            ["D001", "张伟", ID_ZHANG, "东风社区", "已腾空", "2026-03-05", "2026-04-01"],
        ])
        data, err = self.summary("enrollments", name, "--project", "DJ")
        self.assertEqual((data["inserted"], data["unmapped"]), (1, []), err)
        self.assertEqual(self.rows("""
            SELECT s.stage, s.effective_date FROM stage_event s ORDER BY s.effective_date"""),
            [("signed", "2026-03-05"), ("vacated", "2026-04-01")])

    def test_group_title_over_stage_dates_keeps_every_date(self):
        self.imported("projects", self.workbook("项目.xlsx", [["项目编号", "项目名称", "项目类型"],
                                                               ["QSQ", "清水桥片区", "征拆"]]))
        name = self.workbook("征拆.xlsx", [
            ["户号", "户主", "身份证号", "所在社区", "时间节点", None, None, "备注"],
            [None, None, None, None, "入户调查", "评估", "签约", None],
            ["Q001", "张伟", ID_ZHANG, "东风社区", "2026-01-05", "2026-02-05", "2026-03-05", None],
            ["Q002", "李秀英", ID_LI, "东风社区", "2026-01-06", "2026-02-06", None, "在谈"],
            ["Q003", "王建国", ID_WANG, "南湖社区", "2026-01-07", None, None, None],
        ], merges=["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2"])
        data, err = self.summary("enrollments", name, "--project", "QSQ")
        self.assertEqual(err, "")
        self.assertEqual((data["header_row"], data["inserted"], data["unfilled_rows"], data["unmapped"]),
                         (1, 3, [], []))
        self.assertEqual(self.rows("""
            SELECT h.code, e.stage, e.stage_date FROM enrollment e JOIN household h ON h.id = e.household_id
            ORDER BY h.code"""), [
            ("Q001", "signed", "2026-03-05"),
            ("Q002", "assessed", "2026-02-06"),
            ("Q003", "surveyed", "2026-01-07"),
        ])
        self.assertEqual(self.rows("""
            SELECT h.code, s.stage, s.effective_date FROM stage_event s JOIN enrollment e ON e.id = s.enrollment_id
            JOIN household h ON h.id = e.household_id ORDER BY h.code, s.effective_date"""), [
            ("Q001", "surveyed", "2026-01-05"), ("Q001", "assessed", "2026-02-05"), ("Q001", "signed", "2026-03-05"),
            ("Q002", "surveyed", "2026-01-06"), ("Q002", "assessed", "2026-02-06"),
            ("Q003", "surveyed", "2026-01-07"),
        ])

    def test_statistics_sheet_unit_is_the_community_and_sub_headers_name_the_indicators(self):
        name = self.workbook("统计.xlsx", [
            ["2026年11月社区基本情况统计表"],
            ["单位", "人口情况", None, "协税护税(万元)"],
            [None, "常住人口", "流动人口", None],
            ["东风社区", 3200, 410, 12.5],
            ["南湖社区", 2800, 150, 8],
        ], merges=["A2:A3", "B2:C2", "D2:D3"])
        data, err = self.summary("metrics", name, "--month", "2026-11")
        self.assertEqual(err, "")
        self.assertEqual((data["header_row"], data["read"], data["rejected"], data["unmapped"]), (2, 2, 0, []))
        self.assertEqual(self.rows("""
            SELECT i.name, c.name, m.month, m.value FROM metric_value m JOIN indicator i ON i.id = m.indicator_id
            JOIN community c ON c.id = m.community_id ORDER BY i.name, c.name"""), [
            ("协税护税", "东风社区", "2026-11", 12.5), ("协税护税", "南湖社区", "2026-11", 8.0),
            ("常住人口", "东风社区", "2026-11", 3200.0), ("常住人口", "南湖社区", "2026-11", 2800.0),
            ("流动人口", "东风社区", "2026-11", 410.0), ("流动人口", "南湖社区", "2026-11", 150.0),
        ])

    def test_statistics_sheet_takes_its_month_from_the_title(self):
        name = self.workbook("统计.xlsx", [
            ["2026年10月社区基本情况统计表"],
            ["社区名称", "常住人口", "流动人口"],
            ["东风社区", 3190, 400],
        ])
        data, err = self.summary("metrics", name)
        self.assertEqual((err, data["inserted"], data["rejected"], data["unmapped"]), ("", 1, 0, []))
        self.assertEqual(data["context"], ["月份2026-10取自标题 2026年10月社区基本情况统计表"])
        self.assertEqual(self.rows("""
            SELECT i.name, c.name, m.month, m.value FROM metric_value m JOIN indicator i ON i.id = m.indicator_id
            JOIN community c ON c.id = m.community_id ORDER BY i.name"""), [
            ("常住人口", "东风社区", "2026-10", 3190.0), ("流动人口", "东风社区", "2026-10", 400.0),
        ])
        # --month says otherwise: the flag wins, and the title is not quoted.
        data, err = self.summary("metrics", name, "--month", "2026-11", "--dry-run")
        self.assertEqual((err, data["inserted"], data["context"]), ("", 1, []))

    def test_long_metrics_sheet_unit_beside_an_indicator_is_a_unit_of_measure(self):
        self.write_csv("指标.csv", "指标,单位,月份,数值\n低保户数,户,2026-11,12\n")
        data, err = self.summary("metrics", "指标.csv")
        self.assertEqual((err, data["inserted"], data["unmapped"]), ("", 1, []))
        self.assertEqual(self.rows("SELECT i.name, i.unit, m.community_id, m.value FROM metric_value m "
                                   "JOIN indicator i ON i.id = m.indicator_id"), [("低保户数", "户", None, 12.0)])

    # Around the table ----------------------------------------------------------------------

    def test_title_year_is_named_in_the_summary(self):
        self.imported("projects", self.workbook("项目.xlsx", [["项目编号", "项目名称", "项目类型"],
                                                               ["QSQ", "清水桥片区", "征拆"]]))
        name = self.workbook("征拆.xlsx", [
            ["清水桥片区征拆台账（2026年11月）"],
            ["户号", "户主", "身份证号", "签约时间"],
            ["Q001", "张伟", ID_ZHANG, "2026-03-05"],
        ])
        data, err = self.summary("enrollments", name, "--project", "QSQ")
        self.assertEqual((err, data["inserted"]), ("", 1))
        self.assertEqual(data["context"], ["年份2026取自标题 （2026年11月）"])

        name = self.workbook("征拆2.xlsx", [["户号", "户主", "身份证号", "签约时间"], ["Q002", "李秀英", ID_LI, None]],
                             title="2026年12月")
        data, err = self.summary("enrollments", name, "--project", "QSQ")
        self.assertEqual((err, data["inserted"], data["context"]), ("", 1, ["年份2026取自工作表名 2026年12月"]))

    def sheets(self, name, sheets):
        """Writes a workbook of `sheets`: (title, rows) pairs."""
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, rows in sheets:
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
        book.save(self.path(name))
        return name

    def test_one_sheet_per_community_gives_each_row_its_sheet_community(self):
        header = ["户号", "户主", "身份证号", "所在网格"]
        name = self.sheets("住户.xlsx", [
            ("填表说明", [["请按社区分表填写"]]),
            ("东风社区", [["东风社区住户台账"], header, ["DF001", "张伟", ID_ZHANG, "第二网格"]]),
            ("南湖社区", [header, ["NH001", "李秀英", ID_LI, "第一网格"], ["NH002", "王建国", ID_BAD, "第一网格"]]),
        ])
        code, out, err = self.dm("--json", "import", "households", name, "--on-error", "skip", "--errors", "fix.xlsx")
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "dongmao: error: 住户.xlsx：工作表 南湖社区：第3行 C列（身份证号）：“430602********1234”"
                              "不是有效的身份证号：校验位不对\n")
        data = json.loads(out)
        self.assertEqual((data["sheet"], data["inserted"], data["rejected"], data["unmapped"]),
                         ("东风社区", 2, 1, []))
        self.assertEqual(data["context"], ["社区“东风社区”取自工作表名",
                                           "社区“南湖社区”取自工作表名"])
        self.assertEqual(self.rows(HOUSEHOLDS), [
            ("DF001", "东风社区", "第二网格", None, "张伟", ID_ZHANG, None, None, None),
            ("NH001", "南湖社区", "第一网格", None, "李秀英", ID_LI, None, None, None),
        ])
        # The errors file names the community in a column, so the fixed row imports back.
        book = openpyxl.load_workbook(self.path("fix.xlsx"))
        sheet = book.active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        self.assertEqual(rows[0], ["行号", "户号", "户主", "身份证号", "所在网格", "社区", "错误原因"])
        self.assertEqual(rows[1][:6], [3, "NH002", "王建国", ID_BAD, "第一网格", "南湖社区"])
        sheet.cell(row=2, column=4, value=ID_WANG)
        book.save(self.path("fix.xlsx"))
        self.imported("households", "fix.xlsx")
        self.assertEqual(self.rows("SELECT h.code, c.name, g.name FROM household h JOIN community c "
                                   "ON c.id = h.community_id JOIN grid g ON g.id = h.grid_id WHERE h.code = 'NH002'"),
                         [("NH002", "南湖社区", "第一网格")])

    def test_sheets_not_named_after_communities_are_not_read_as_such(self):
        header = ["户号", "户主", "身份证号"]
        name = self.sheets("住户.xlsx", [
            ("1月", [header, ["DF001", "张伟", ID_ZHANG]]),
            ("2月", [header, ["DF002", "李秀英", ID_LI]]),
        ])
        data, err = self.summary("households", name)
        self.assertEqual((err, data["sheet"], data["inserted"], data["context"]), ("", "1月", 1, []))
        self.assertEqual(self.rows("SELECT code, community_id FROM household"), [("DF001", None)])

    # Unmapped columns ----------------------------------------------------------------------

    def test_column_like_a_field_is_a_warning_and_strict_refuses_it(self):
        self.write_csv("住户.csv", "户号,户主,联系电话,备用电话\nDF001,张伟,13800001111,13900002222\n")
        code, out, err = self.dm("--json", "import", "households", "住户.csv")
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "dongmao: warning: 住户.csv：D列（备用电话）像“联系电话”，但未按其读取："
                              "存为附加数据（把表头加入 --mapping 文件即可读取）\n")
        data = json.loads(out)
        self.assertEqual(data["unmapped"], [{"column": "D", "header": "备用电话", "resembles": "phone"}])
        self.assertEqual(data["unknown_columns"], ["备用电话"])
        code, out, err = self.dm("import", "households", "住户.csv", "--dry-run")
        self.assertEqual(out.splitlines()[-1], "没有对应字段的列，存为附加数据：备用电话（D列，像联系电话）")
        code, out, err = self.dm("--lang", "en", "import", "households", "住户.csv", "--dry-run")
        self.assertEqual(out.splitlines()[-1], "kept as extra data (no matching field): 备用电话 (column D, looks like phone)")
        self.assertEqual(self.rows("SELECT code, phone, extra FROM household"),
                         [("DF001", "13800001111", '{"备用电话":"13900002222"}')])

        self.write_csv("住户2.csv", "户号,户主,联系电话,备用电话,楼栋长\nDF002,李秀英,13900002222,13900002222,刘红\n")
        line = self.fails(65, "-w", "ws", "import", "households", "住户2.csv", "--strict")
        self.assertEqual(line, "dongmao: error: 住户2.csv：第1行：--strict：D列（备用电话，像联系电话）、E列（楼栋长）没有对应字段；"
                               "请把表头加入 --mapping 文件")
        self.assertEqual(self.rows("SELECT code FROM household ORDER BY code"), [("DF001",)])

    def test_column_without_a_header_is_kept_and_named(self):
        self.write_csv("住户.csv", "户号,户主,,联系电话\nDF001,张伟,楼下便利店,13800001111\nDF002,李秀英,,\n")
        out = self.imported("households", "住户.csv")
        self.assertEqual(out, "住户.csv：读取2行：新增2户，更新0户，未变0户，有误0行\n"
                              "没有对应字段的列，存为附加数据：C列\n")
        data, err = self.summary("households", "住户.csv", "--dry-run")
        self.assertEqual((data["unmapped"], data["unknown_columns"]), ([{"column": "C", "header": "",
                                                                           "resembles": None}], ["C"]))
        self.assertEqual(self.rows("SELECT code, extra FROM household ORDER BY code"),
                         [("DF001", '{"C":"楼下便利店"}'), ("DF002", None)])
        self.write_csv("住户2.csv", "户号,户主,,联系电话\nDF003,王建国,楼上,13700003333\n")
        line = self.fails(65, "-w", "ws", "import", "households", "住户2.csv", "--strict")
        self.assertEqual(line, "dongmao: error: 住户2.csv：第1行：--strict：C列（无表头）没有对应字段；请把表头加入 --mapping 文件")

        self.assertEqual(self.rows("SELECT count(*) FROM household"), [(2,)])

    def test_strict_passes_a_ledger_whose_columns_are_all_mapped(self):
        self.write_csv("住户.csv", "户号,户主,所在网格,所在社区\nDF001,张伟,第一网格,东风社区\n")
        self.imported("households", "住户.csv", "--strict")
        self.assertEqual(self.rows("SELECT h.code, g.name FROM household h JOIN grid g ON g.id = h.grid_id"),
                         [("DF001", "第一网格")])

    # The errors file imports back ----------------------------------------------------------

    def test_errors_file_of_a_two_row_header_is_fixed_and_imported_back(self):
        name = self.workbook("住户.xlsx", [
            ["户号", "户主情况", None, "联系方式", "所在社区", "楼栋长"],
            [None, "户主姓名", "身份证号", None, None, None],
            ["DF001", "张伟", ID_ZHANG, "13800001111", "东风社区", "刘红"],
            ["DF002", "李秀英", ID_BAD, "13900002222", "东风社区", "刘红"],
            ["DF003", "王建国", ID_WANG, "13700003333", "南湖社区", None],
        ], merges=["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2"])
        code, out, err = self.dm("import", "households", name, "--on-error", "skip", "--errors", "fix.xlsx")
        self.assertEqual(code, 0, err)
        book = openpyxl.load_workbook(self.path("fix.xlsx"))
        sheet = book.active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        self.assertEqual(rows[0], ["行号", "户号", "户主姓名", "身份证号", "联系方式", "所在社区", "楼栋长", "错误原因"])
        self.assertEqual(rows[1][:7], [4, "DF002", "李秀英", ID_BAD, "13900002222", "东风社区", "刘红"])
        self.assertEqual(len(rows), 2)
        # Staff fix the ID number and import the file as it is.
        sheet.cell(row=2, column=4, value=ID_LI)
        book.save(self.path("fix.xlsx"))
        data, err = self.summary("households", "fix.xlsx")
        self.assertEqual((err, data["inserted"], data["unmapped"], data["context"]),
                         ("", 1, [{"column": "G", "header": "楼栋长", "resembles": None}],
                          ["这是错误行文件：不读其行号列和错误原因列"]))
        self.assertEqual(self.rows(HOUSEHOLDS), [
            ("DF001", "东风社区", None, None, "张伟", ID_ZHANG, "13800001111", None, '{"楼栋长":"刘红"}'),
            ("DF002", "东风社区", None, None, "李秀英", ID_LI, "13900002222", None, '{"楼栋长":"刘红"}'),
            ("DF003", "南湖社区", None, None, "王建国", ID_WANG, "13700003333", None, None),
        ])


if __name__ == "__main__":
    unittest.main()
