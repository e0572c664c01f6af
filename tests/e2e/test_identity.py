"""Identity: who a ledger row is. Households by code, by the head's ID number (--match id,
automatic without a 户号 column) or by address within the project (--match address), with
generated codes for new ones; projects by code or by name; references exact after
normalisation or refused with "did you mean", never a prefix match."""

import json
import unittest

from dmtest import DongmaoTest, id_number
from ledgers import ID_LI, ID_WANG, ID_ZHANG, LedgerTest

ID_NEW = id_number("43060219900101123")
ID_NEW2 = id_number("43060219910202234")

ENROLLED = """
    SELECT h.code, h.head_name, h.head_id_number, h.address, e.stage, e.consent
    FROM enrollment e JOIN household h ON h.id = e.household_id JOIN project p ON p.id = e.project_id
    WHERE p.code = ? ORDER BY h.code"""


class ReferenceTest(LedgerTest):
    """--project, --community, --grid and reference cells: exact after normalisation."""

    def test_project_typo_prefix_and_longer_code_are_refused(self):
        self.write("dq.csv", "户编号,签约状态\nH001,谈判中\n")
        for typed in ("JHS2X", "JHS21", "JHS", "JH"):
            with self.subTest(typed=typed):
                self.assertEqual(self.assert_fails_cleanly(65, "import", "enrollments", "dq.csv", "--project", typed),
                                 f"--project: 未知项目“{typed}”；是不是“JHS2”？（请先导入项目）")
        # Far from every code and name: the known ones are listed.
        self.assertEqual(self.assert_fails_cleanly(65, "import", "enrollments", "dq.csv", "--project", "青石"),
                         "--project: 未知项目“青石”（已有：JHS2 九华山二期、DQ 大桥市场、GD 国大旧改）；请先导入项目")

    def test_project_by_name_or_code_in_any_width_and_case(self):
        self.write("dq.csv", "户编号,签约状态\nH001,谈判中\n")
        for typed in ("大桥市场", "dq", "ＤＱ", " 大桥 市场 "):
            with self.subTest(typed=typed):
                self.dm_ok("import", "enrollments", "dq.csv", "--project", typed)
        self.assertEqual(self.sql(ENROLLED, "DQ"), [("H001", "张伟", ID_ZHANG, "东茅岭路12号", "negotiating", None)])
        self.assertEqual(self.dm_fails(65, "household", "list", "--project", "大桥"),
                         "未知项目“大桥”；是不是“大桥市场”？（请先导入项目）")

    def test_project_cells_are_exact(self):
        self.write("cells.csv", "项目,户编号,签约状态\n大桥市场,H001,谈判中\n国大旧,H002,谈判中\n")
        code, out, err = self.dm("import", "enrollments", "cells.csv")
        self.assertEqual(code, 65)
        self.assertEqual(err, "dongmao: error: cells.csv：第3行 A列（项目）：未知项目“国大旧”；是不是“国大旧改”？"
                              "（请先导入项目）\n")
        self.assertEqual(self.sql(ENROLLED, "DQ"), [])

    def test_community_and_grid_spellings(self):
        self.write("h.csv", "户编号,户主姓名,社区,网格\n"
                            "H101,甲,柴家山,第1网格\n"
                            "H102,乙,柴家山社区居委会,一网格\n"
                            "H103,丙,东茅岭街道东茅岭社区,第２网格\n"
                            "H104,丁,ＣＨ２,第一网格\n")
        code, out, err = self.dm("import", "households", "h.csv")
        self.assertEqual(err, "dongmao: error: h.csv：第5行 C列（社区）：未知社区“CH2”（已有：东茅岭社区、柴家山社区）；"
                              "请先导入社区，或加 --create-missing\n")
        self.write("h.csv", "户编号,户主姓名,社区,网格\n"
                            "H101,甲,柴家山,第1网格\n"
                            "H102,乙,柴家山社区居委会,一网格\n"
                            "H103,丙,东茅岭街道东茅岭社区,第２网格\n"
                            "H104,丁,ｃ2,第一网格\n")
        self.dm_ok("import", "households", "h.csv")
        self.assertEqual(self.sql("SELECT h.code, c.name, g.name FROM household h JOIN community c ON c.id = "
                                  "h.community_id JOIN grid g ON g.id = h.grid_id WHERE h.code > 'H100' ORDER BY h.code"),
                         [("H101", "柴家山社区", "第一网格"), ("H102", "柴家山社区", "第一网格"),
                          ("H103", "东茅岭社区", "第二网格"), ("H104", "柴家山社区", "第一网格")])

    def test_a_prefix_is_no_match(self):
        self.write("h.csv", "户编号,户主姓名,社区\nH101,甲,柴家\nH102,乙,东茅\n")
        code, out, err = self.dm("import", "households", "h.csv")
        self.assertEqual(code, 65)
        self.assertEqual(err.splitlines(), [
            "dongmao: error: h.csv：第2行 C列（社区）：未知社区“柴家”；是不是“柴家山社区”？（或先导入该社区，或加 "
            "--create-missing）",
            "dongmao: error: h.csv：第3行 C列（社区）：未知社区“东茅”；是不是“东茅岭社区”？（或先导入该社区，或加 "
            "--create-missing）"])
        self.assertEqual(self.dm_fails(65, "household", "list", "--community", "柴家"),
                         "未知社区“柴家”；是不是“柴家山社区”？（或先导入该社区，或加 --create-missing）")
        self.assertEqual(self.dm_fails(65, "household", "list", "--grid", "第三网格"),
                         "未知网格“第三网格”（已有：第一网格、第二网格、第一网格）；请先导入网格，或加 --create-missing")
        self.assertEqual([r["code"] for r in self.dm_json("household", "list", "--grid", "第2网格")], ["H003"])

    def test_household_cells_are_exact(self):
        self.write("persons.csv", f"姓名,身份证号,户编号\n孙丽,{ID_NEW},h001\n周强,{ID_NEW2},H01\n")
        code, out, err = self.dm("import", "persons", "persons.csv")
        self.assertEqual(code, 65)
        self.assertEqual(err, "dongmao: error: persons.csv：第3行 C列（户编号）：未知住户“H01”；是不是“H001”？"
                              "（请先导入住户）\n")
        self.write("persons.csv", f"姓名,身份证号,户编号\n孙丽,{ID_NEW},h001\n")
        self.dm_ok("import", "persons", "persons.csv")
        self.assertEqual(self.sql("SELECT h.code FROM person p JOIN household h ON h.id = p.household_id"), [("H001",)])

    def test_create_missing_refuses_a_name_one_edit_away_unless_forced(self):
        self.write("h.csv", "户编号,户主姓名,社区,网格\nH101,甲,东茅领社区,第一网格\n")
        self.assertEqual(self.assert_fails_cleanly(65, "import", "households", "h.csv", "--create-missing"),
                         "h.csv：第2行 C列（社区）：未知社区“东茅领社区”与“东茅岭社区”只差一个字；请改正名称，或加 --force 创建它")
        self.dm_ok("import", "households", "h.csv", "--create-missing", "--force")
        self.assertEqual(self.sql("SELECT c.name, g.name FROM household h JOIN community c ON c.id = h.community_id "
                                  "JOIN grid g ON g.id = h.grid_id WHERE h.code = 'H101'"), [("东茅领社区", "第一网格")])
        # Another number is another grid; a name far from every other is simply created.
        self.write("h2.csv", "户编号,户主姓名,社区,网格\nH102,乙,东茅岭社区,第三网格\nH103,丙,白沙洲社区,第一网格\n"
                             "H104,丁,东茅岭社区,第一网络\n")
        self.assertEqual(self.assert_fails_cleanly(65, "import", "households", "h2.csv", "--create-missing"),
                         "h2.csv：第4行 D列（网格）：未知网格“第一网络”与“第一网格”只差一个字；请改正名称，或加 --force 创建它")
        self.write("h2.csv", "户编号,户主姓名,社区,网格\nH102,乙,东茅岭社区,第三网格\nH103,丙,白沙洲社区,第一网格\n")
        self.dm_ok("import", "households", "h2.csv", "--create-missing")
        self.assertEqual(self.sql("SELECT name FROM community ORDER BY id"),
                         [("东茅岭社区",), ("柴家山社区",), ("东茅领社区",), ("白沙洲社区",)])


class IdentityByIdTest(LedgerTest):
    """The head's ID number identifies a household across ledgers."""

    # 大桥市场's own ledger numbers its rows BJ001…: 张伟 and 李秀英 are H001 and H002.
    OWN_NUMBERS = ("户编号,户主姓名,身份证号,签约状态\n"
                   f"BJ001,张伟,{ID_ZHANG},已签约\n"
                   f"BJ002,李秀英,{ID_LI},谈判中\n"
                   f"BJ003,孙丽,{ID_NEW},谈判中\n")

    def test_own_numbering_matched_by_code_is_an_error_naming_both_codes(self):
        self.write("dq.csv", self.OWN_NUMBERS)
        code, out, err = self.dm("import", "enrollments", "dq.csv", "--project", "DQ")
        self.assertEqual(code, 65)
        hint = "；若台账用自己的编号，请用 --match id 导入"
        self.assertEqual(err.splitlines(), [
            f"dongmao: error: dq.csv：第2行 C列（身份证号）：此身份证号是住户H001的户主的，不是BJ001的{hint}",
            f"dongmao: error: dq.csv：第3行 C列（身份证号）：此身份证号是住户H002的户主的，不是BJ002的{hint}"])
        self.assertEqual(self.sql("SELECT count(*) FROM household"), [(4,)])

    def test_match_id_finds_households_and_codes_new_ones(self):
        self.write("dq.csv", self.OWN_NUMBERS)
        summary = self.dm_json("import", "enrollments", "dq.csv", "--project", "DQ", "--match", "id")
        self.assertEqual((summary["match"], summary["inserted"], summary["rejected"]), ("id", 3, 0))
        self.assertEqual(self.sql(ENROLLED, "DQ"), [
            ("DQ-001", "孙丽", ID_NEW, None, "negotiating", None),
            ("H001", "张伟", ID_ZHANG, "东茅岭路12号", "signed", None),
            ("H002", "李秀英", ID_LI, "柴家山巷3号", "negotiating", None)])
        self.assertEqual(self.sql("SELECT count(*) FROM household"), [(5,)])
        # Next month: the same people, one more; nobody is created twice.
        self.write("dq.csv", self.OWN_NUMBERS + f"BJ004,周强,{ID_NEW2},谈判中\n")
        summary = self.dm_json("import", "enrollments", "dq.csv", "--project", "DQ", "--match", "id")
        self.assertEqual((summary["inserted"], summary["unchanged"]), (1, 3))
        self.assertEqual([r[0] for r in self.sql(ENROLLED, "DQ")], ["DQ-001", "DQ-002", "H001", "H002"])

    def test_without_a_code_column_rows_are_matched_by_id(self):
        self.write("dq.csv", f"户主姓名,身份证号,签约状态\n王建国,{ID_WANG},已签约\n孙丽,{ID_NEW},谈判中\n孙丽,{ID_NEW},已签约\n")
        code, out, err = self.dm("import", "enrollments", "dq.csv", "--project", "DQ")
        self.assertEqual(code, 65)
        self.assertEqual(err, f"dongmao: error: dq.csv：第4行：与第3行重复（DQ/{ID_NEW[:6]}********{ID_NEW[-4:]}）\n")
        self.write("dq.csv", f"户主姓名,身份证号,签约状态\n王建国,{ID_WANG},已签约\n孙丽,{ID_NEW},谈判中\n,,谈判中\n")
        code, out, err = self.dm("import", "enrollments", "dq.csv", "--project", "DQ")
        self.assertEqual(err, "dongmao: error: dq.csv：第4行 B列（身份证号）：身份证号为空：此台账按身份证号匹配住户（--match id）\n")
        code, out, err = self.dm("--lang", "en", "import", "enrollments", "dq.csv", "--project", "DQ")
        self.assertEqual(err, "dongmao: error: dq.csv: row 4, column B (身份证号): 身份证号 is empty: this ledger's rows "
                              "are matched by ID number (--match id)\n")
        self.write("dq.csv", f"户主姓名,身份证号,签约状态\n王建国,{ID_WANG},已签约\n孙丽,{ID_NEW},谈判中\n")
        out = self.dm_ok("import", "enrollments", "dq.csv", "--project", "DQ", "--dry-run")
        self.assertEqual(out, "dq.csv：读取2行：可新增2户，可更新0户，未变0户，有误0行，试运行未写入\n"
                              "按户主身份证号找住户；新住户按规则编号（见 README）\n")
        summary = self.dm_json("import", "enrollments", "dq.csv", "--project", "DQ")
        self.assertEqual(summary["match"], "id")
        self.assertEqual(self.sql(ENROLLED, "DQ"), [("DQ-001", "孙丽", ID_NEW, None, "negotiating", None),
                                                   ("H003", "王建国", ID_WANG, "东茅岭路40号", "signed", None)])
        # A household ledger without codes: matched by ID too, new ones coded H-001.
        self.write("h.csv", f"户主姓名,身份证号,联系电话\n王建国,{ID_WANG},13973012345\n周强,{ID_NEW2},\n")
        self.assertEqual(self.dm_json("import", "households", "h.csv")["match"], "id")
        self.assertEqual(self.sql("SELECT code, head_name FROM household WHERE head_id_number IN (?, ?) ORDER BY code",
                                  ID_WANG, ID_NEW2), [("H-001", "周强"), ("H003", "王建国")])

    def test_match_id_needs_an_id_column(self):
        self.write("dq.csv", "户编号,签约状态\nH001,谈判中\n")
        self.assertEqual(self.assert_fails_cleanly(65, "import", "enrollments", "dq.csv", "--project", "DQ",
                                                   "--match", "id"),
                         "dq.csv：第1行：--match id 但没有户主身份证号列（表头如 身份证号）")
        self.assertEqual(self.assert_fails_cleanly(64, "import", "households", "dq.csv", "--match", "address"),
                         "--match address：只在项目内按地址找住户（import enrollments --project …）")
        self.write("p.csv", "项目编号,项目名称,项目类型\nQSQ,青石桥,征拆\n")
        self.assertEqual(self.assert_fails_cleanly(64, "import", "projects", "p.csv", "--match", "id"),
                         "--match 只用于 households 和 enrollments，不用于 projects")
        self.assertEqual(self.assert_fails_cleanly(64, "import", "enrollments", "dq.csv", "--match", "name"),
                         "--match: “name”不是可用的值；可用：code, id, address（见 dongmao --help）")

    def test_one_id_number_never_in_two_households(self):
        self.write("h.csv", f"户编号,户主姓名,身份证号\nH009,张伟,{ID_ZHANG}\n")
        self.assertEqual(self.assert_fails_cleanly(65, "import", "households", "h.csv"),
                         "h.csv：第2行 C列（身份证号）：此身份证号是住户H001的户主的，不是H009的；若台账用自己的编号，"
                         "请用 --match id 导入")
        self.write("h.csv", f"户编号,户主姓名,身份证号\nH008,孙丽,{ID_NEW}\nH009,孙丽,{ID_NEW}\n")
        self.assertEqual(self.assert_fails_cleanly(65, "import", "households", "h.csv"),
                         "h.csv：第3行 C列（身份证号）：此身份证号是住户H008的户主的，不是H009的；若台账用自己的编号，"
                         "请用 --match id 导入")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "add", "H005", "--name", "张伟", "--id-number",
                                                   ID_ZHANG),
                         "--id-number: 此身份证号是住户H001的户主的，不是H005的")
        self.assertEqual(self.assert_fails_cleanly(65, "household", "update", "H004", "--id-number", ID_LI),
                         "--id-number: 此身份证号是住户H002的户主的，不是H004的")
        # The same household keeps its own number.
        self.dm_ok("household", "update", "H001", "--id-number", ID_ZHANG, "--phone", "13807305678")


class FirstImportTest(DongmaoTest):
    """Into an empty workspace every code is new, and the rule of one ID number per head holds
    all the same."""

    def test_one_id_number_for_two_new_households_is_refused(self):
        ws = self.init_ws()
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write(f"户编号,户主姓名,身份证号\nH008,孙丽,{ID_NEW}\nH009,孙丽,{ID_NEW}\nH010,周强,{ID_NEW2}\n")
        code, out, err = self.run_dm("-w", ws, "import", "households", "h.csv", "--on-error", "skip")
        self.assertEqual((code, err), (0, "dongmao: error: h.csv：第3行 C列（身份证号）：此身份证号是住户H008的户主的，"
                                          "不是H009的；若台账用自己的编号，请用 --match id 导入\n"))
        self.assertEqual(self.query(ws, "SELECT code FROM household ORDER BY code"), [("H008",), ("H010",)])

    # A first import builds the table's indexes once its rows are in, and checks the head ID
    # numbers then: what it refuses and keeps must be what the row-by-row check did.
    LEDGER = ("户编号,户主姓名,身份证号,家庭人数\n"
              "H001,张三,{a},3\n"        # row 2
              "H002,李四,,两\n"          # row 3: refused before it is written (人数)
              "合计,,,3\n"              # row 4: a total, skipped
              "H003,王五,{b},2\n"        # row 5
              "H004,赵六,{a},1\n"        # row 6: H001's number
              "H005,钱七,{b},4\n")       # row 7: H003's number

    def indexes(self, ws, columns="name"):
        return self.query(ws, f"SELECT {columns} FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'household' "
                              "AND sql IS NOT NULL ORDER BY name")

    def test_a_refused_load_keeps_the_indexes_and_names_rows_in_order(self):
        ws = self.init_ws()
        indexes = self.indexes(ws)
        pages = self.indexes(ws, "name, rootpage")
        self.assertEqual(indexes, [("household_community",), ("household_grid",), ("household_head_id_number",)])
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write(self.LEDGER.format(a=ID_NEW, b=ID_NEW2))
        code, out, err = self.run_dm("-w", ws, "--json", "import", "households", "h.csv")
        self.assertEqual(code, 65, err)
        summary = json.loads(out)
        self.assertEqual((summary["inserted"], summary["rejected"], summary["committed"]), (2, 3, False))
        self.assertEqual([(e["row"], e["column"]) for e in summary["errors"]],
                         [(3, "D列（家庭人数）"), (6, "C列（身份证号）"), (7, "C列（身份证号）")])
        self.assertEqual(summary["errors"][2]["message"],
                         "此身份证号是住户H003的户主的，不是H005的；若台账用自己的编号，请用 --match id 导入")
        self.assertEqual(self.query(ws, "SELECT count(*) FROM household"), [(0,)])
        self.assertEqual(self.indexes(ws), indexes)
        # Rolled back: the very same indexes, on their first pages.
        self.assertEqual(self.indexes(ws, "name, rootpage"), pages)

    def test_a_code_listed_twice_in_a_first_load(self):
        # Row 4 is refused before it is written, so the second H001 (row 6) is named against row 2.
        ws = self.init_ws()
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,家庭人数\nH001,张三,3\nH002,李四,2\nH003,王五,两\n合计,,5\nH001,赵六,1\n"
                    "H004,钱七,4\nH002,孙八,2\n")
        code, out, err = self.run_dm("-w", ws, "--json", "import", "households", "h.csv", "--on-error", "skip")
        self.assertEqual(code, 0, err)
        summary = json.loads(out)
        self.assertEqual([(e["row"], e["message"]) for e in summary["errors"]],
                         [(4, "“两”不是整数"), (6, "与第2行重复（H001）"), (8, "与第3行重复（H002）")])
        self.assertEqual(self.query(ws, "SELECT code, head_name, members FROM household ORDER BY id"),
                         [("H001", "张三", 3), ("H002", "李四", 2), ("H004", "钱七", 4)])

    def test_a_load_that_skips_refused_rows_keeps_the_first_holder(self):
        ws = self.init_ws()
        pages = self.indexes(ws, "name, rootpage")
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write(self.LEDGER.format(a=ID_NEW, b=ID_NEW2))
        code, out, err = self.run_dm("-w", ws, "--json", "import", "households", "h.csv", "--on-error", "skip",
                                     "--errors", "errors.csv")
        self.assertEqual(code, 0, err)
        summary = json.loads(out)
        self.assertEqual((summary["inserted"], summary["rejected"], summary["committed"]), (2, 3, True))
        self.assertEqual(self.query(ws, "SELECT code, head_id_number FROM household ORDER BY code"),
                         [("H001", ID_NEW), ("H003", ID_NEW2)])
        with open(self.path("errors.csv"), encoding="utf-8-sig") as f:
            self.assertEqual(f.read().splitlines(), [
                "行号,户编号,户主姓名,身份证号,家庭人数,错误原因",
                "3,H002,李四,,两,D列（家庭人数）：“两”不是整数",
                f"6,H004,赵六,{ID_NEW},1,C列（身份证号）：此身份证号是住户H001的户主的，不是H004的；若台账用自己的编号，请用 --match id 导入",
                f"7,H005,钱七,{ID_NEW2},4,C列（身份证号）：此身份证号是住户H003的户主的，不是H005的；若台账用自己的编号，请用 --match id 导入"])
        self.assertEqual(self.indexes(ws), [("household_community",), ("household_grid",), ("household_head_id_number",)])
        # Dropped and built again after the rows: the indexes no longer start on the pages
        # the empty workspace gave them (a load row by row would leave them there).
        self.assertNotEqual(self.indexes(ws, "name, rootpage"), pages)
        self.assertEqual(self.query(ws, "PRAGMA integrity_check"), [("ok",)])
        # The number a head already holds is refused row by row in the next import.
        with open(self.path("more.csv"), "w", encoding="utf-8") as f:
            f.write(f"户编号,户主姓名,身份证号\nH006,孙丽,{ID_NEW}\n")
        code, out, err = self.run_dm("-w", ws, "import", "households", "more.csv")
        self.assertEqual((code, err), (65, "dongmao: error: more.csv：第2行 C列（身份证号）：此身份证号是住户H001的户主的，"
                                           "不是H006的；若台账用自己的编号，请用 --match id 导入\n"))


class PlacesTest(DongmaoTest):
    """A ledger names the same few grids over and over; what a name was found to be is kept,
    until a name created on the way (--create-missing) changes what it may mean."""

    def test_a_grid_created_makes_a_bare_grid_name_ambiguous(self):
        ws = self.init_ws()
        with open(self.path("c.csv"), "w", encoding="utf-8") as f:
            f.write("社区名称\n东湖社区\n西湖社区\n")
        with open(self.path("g.csv"), "w", encoding="utf-8") as f:
            f.write("社区,网格名称\n东湖社区,第1网格\n")
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,社区,网格\nH1,,第1网格\nH2,西湖社区,第1网格\nH3,,第1网格\nH4,东湖社区,第1网格\n")
        self.ok("-w", ws, "import", "communities", "c.csv")
        self.ok("-w", ws, "import", "grids", "g.csv")
        code, out, err = self.run_dm("-w", ws, "import", "households", "h.csv", "--create-missing", "--on-error", "skip")
        self.assertEqual((code, err), (0, "dongmao: error: h.csv：第4行 C列（网格）：网格“第1网格”在多个社区中都有；请同时填社区列\n"))
        self.assertEqual(self.query(ws, "SELECT h.code, c.name FROM household h JOIN grid g ON g.id = h.grid_id "
                                        "JOIN community c ON c.id = g.community_id ORDER BY h.code"),
                         [("H1", "东湖社区"), ("H2", "西湖社区"), ("H4", "东湖社区")])


class IdentityByAddressTest(LedgerTest):
    """A consent survey by 楼栋/单元/房号 identifies households within the project."""

    def setUp(self):
        super().setUp()
        self.write("gd.csv", "户编号,地址,是否同意\nH001,国大小区3栋2单元301室,同意\nH002,国大小区3栋2单元302室,未表态\n")
        self.dm_ok("import", "enrollments", "gd.csv", "--project", "GD")

    def test_survey_by_building_unit_room(self):
        survey = "楼栋,单元,房号,户主姓名,是否同意\n3幢,2,302,李秀英,同意\n三号楼,二单元,501室,何平,不同意\n"
        self.write("survey.csv", survey)
        summary = self.dm_json("import", "enrollments", "survey.csv", "--project", "国大旧改")
        self.assertEqual((summary["match"], summary["inserted"], summary["updated"]), ("address", 1, 1))
        self.assertEqual(self.sql(ENROLLED, "GD"), [
            ("GD-001", "何平", None, "3栋2单元501室", "surveyed", "disagree"),
            ("H001", "张伟", ID_ZHANG, "国大小区3栋2单元301室", "surveyed", "agree"),
            ("H002", "李秀英", ID_LI, "国大小区3栋2单元302室", "surveyed", "agree")])
        # Again, spelt otherwise: nothing changes.
        self.write("survey.csv", "楼栋,单元,房号,户主姓名,是否同意\n3栋,2单元,302室,李秀英,同意\n3,2,501,何平,不同意\n")
        summary = self.dm_json("import", "enrollments", "survey.csv", "--project", "GD")
        self.assertEqual((summary["inserted"], summary["updated"], summary["unchanged"]), (0, 0, 2))
        self.assertEqual(self.sql("SELECT count(*) FROM household"), [(5,)])

    def test_address_only_within_the_project(self):
        # H001 is at 3栋2单元301 in 国大旧改, not in 大桥市场: there it is a new household.
        self.write("survey.csv", "楼栋,单元,房号,户主姓名\n3,2,301,张伟\n")
        self.dm_ok("import", "enrollments", "survey.csv", "--project", "DQ")
        self.assertEqual([r[0] for r in self.sql(ENROLLED, "DQ")], ["DQ-001"])

    def test_an_address_of_two_households_is_refused(self):
        self.write("gd2.csv", "户编号,地址\nH003,新村3栋2单元301室\n")
        self.dm_ok("import", "enrollments", "gd2.csv", "--project", "GD")
        self.write("survey.csv", "楼栋,单元,房号,是否同意\n3,2,301,同意\n")
        self.assertEqual(self.assert_fails_cleanly(65, "import", "enrollments", "survey.csv", "--project", "GD"),
                         "survey.csv：第2行 A列（楼栋）：地址“3栋2单元301室”是项目中H001、H003这几户的；请填户号或身份证号")


class ProjectsByNameTest(LedgerTest):
    """A list of projects that staff name but do not number."""

    def test_projects_keyed_by_name_with_generated_codes(self):
        self.write("p.csv", "项目名称,项目类型,完成时限\n九华山二期,棚改,2027-03-31\n青石桥片区,征拆,2027-06-30\n"
                            "新河路整治,环境整治,\n")
        summary = self.dm_json("import", "projects", "p.csv")
        self.assertEqual((summary["inserted"], summary["updated"]), (2, 1))
        self.assertEqual(self.sql("SELECT code, name, kind, due_date FROM project ORDER BY id"), [
            ("JHS2", "九华山二期", "shantytown", "2027-03-31"), ("DQ", "大桥市场", "expropriation", "2026-11-20"),
            ("GD", "国大旧改", "renovation", "2027-06-30"), ("P-001", "青石桥片区", "expropriation", "2027-06-30"),
            ("P-002", "新河路整治", "remediation", None)])
        # Again: matched by name, nothing new.
        summary = self.dm_json("import", "projects", "p.csv")
        self.assertEqual((summary["inserted"], summary["updated"], summary["unchanged"]), (0, 0, 3))
        # The name is enough wherever a project is named.
        self.write("q.csv", "户编号,签约状态\nH001,谈判中\n")
        self.dm_ok("import", "enrollments", "q.csv", "--project", "青石桥片区")
        self.assertEqual([r[0] for r in self.sql(ENROLLED, "P-001")], ["H001"])
        self.write("p.csv", "项目名称,项目类型\n青石桥片区,征拆\n青石桥片区,征拆\n")
        self.assertEqual(self.assert_fails_cleanly(65, "import", "projects", "p.csv"),
                         "p.csv：第3行：与第2行重复（name 青石桥片区）")


if __name__ == "__main__":
    unittest.main()
