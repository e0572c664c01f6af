"""The language of messages: Chinese by default, English under --lang en or DONGMAO_LANG=en
(the flag wins over the environment); any other word is a usage error naming the two. The
same failing import, its summary and errors file, status and a usage error, in both."""

from dmtest import SCHEMA_VERSION, DongmaoTest, id_number

ID_ZHANG = id_number("43060219850312451")
ID_WANG = id_number("43060219771130003")
ID_BAD = "430602199001011234"  # check digit should be 5
TODAY = "2026-11-27"

LEDGER = ("户编号,户主姓名,身份证号,联系电话\n"
          f"H001,张伟,{ID_ZHANG},13973012345\n"
          f"H002,赵敏,{ID_BAD},13973012346\n"
          f"H003,王建国,{ID_WANG},12345\n")

ERRORS_ZH = [
    "dongmao: error: h.csv：第3行 C列（身份证号）：“430602********1234”不是有效的身份证号：校验位不对",
    "dongmao: error: h.csv：第4行 D列（联系电话）：“***45”不是电话号码",
]
ERRORS_EN = [
    "dongmao: error: h.csv: row 3, column C (身份证号): '430602********1234' is not a valid ID number: "
    "check digit is wrong",
    "dongmao: error: h.csv: row 4, column D (联系电话): '***45' is not a phone number",
]


class LangTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write(LEDGER)

    def dm(self, *args, env=None):
        return self.run_dm("-w", "ws", "--today", TODAY, *args, env=env)

    def test_failed_import_in_chinese_by_default(self):
        code, out, err = self.dm("import", "households", "h.csv", "--errors", "fix.csv")
        self.assertEqual((code, err.splitlines()), (65, ERRORS_ZH))
        self.assertEqual(out, "h.csv：读取3行：可新增1户，可更新0户，未变0户，有误2行，未写入\n")
        with open(self.path("fix.csv"), encoding="utf-8-sig") as f:
            self.assertEqual(f.read().splitlines(), [
                "行号,户编号,户主姓名,身份证号,联系电话,错误原因",
                f"3,H002,赵敏,{ID_BAD},13973012346,C列（身份证号）：“430602********1234”不是有效的身份证号：校验位不对",
                "4,H003,王建国,430602197711300032,12345,D列（联系电话）：“***45”不是电话号码",
            ])
        code, out, err = self.dm("import", "households", "h.csv", "--on-error", "skip")
        self.assertEqual((code, err.splitlines()), (0, ERRORS_ZH))
        self.assertEqual(out, "h.csv：读取3行：新增1户，更新0户，未变0户，有误2行\n")

    def test_failed_import_in_english_under_the_flag_and_the_environment(self):
        for args, env in ((["--lang", "en"], None), (["--lang=en"], None), ([], {"DONGMAO_LANG": "en"}),
                          (["--lang", "en"], {"DONGMAO_LANG": "zh"})):
            with self.subTest(args=args, env=env):
                code, out, err = self.dm(*args, "import", "households", "h.csv", "--errors", "fix.csv", env=env)
                self.assertEqual((code, err.splitlines()), (65, ERRORS_EN))
                self.assertEqual(out, "households h.csv: read 3, would insert 1, would update 0, unchanged 0, "
                                      "rejected 2 (nothing written)\n")
                with open(self.path("fix.csv"), encoding="utf-8-sig") as f:
                    self.assertEqual(f.read().splitlines()[1], f"3,H002,赵敏,{ID_BAD},13973012346,C (身份证号): "
                                     "'430602********1234' is not a valid ID number: check digit is wrong")
        # The global flag may follow the command, like every global flag.
        code, out, err = self.dm("import", "households", "h.csv", "--on-error", "skip", "--lang", "en")
        self.assertEqual((code, err.splitlines()), (0, ERRORS_EN))
        self.assertEqual(out, "households h.csv: read 3, inserted 1, updated 0, unchanged 0, rejected 2\n")
        # Under --json the keys stay the same, the text values follow the language.
        code, out, err = self.dm("--json", "import", "households", "h.csv", env={"DONGMAO_LANG": "en"})
        self.assertIn('"message": "\'***45\' is not a phone number"', out)

    def test_status_in_both_languages(self):
        self.ok("-w", "ws", "--today", TODAY, "import", "households", "h.csv", "--on-error", "skip")
        ws = "ws"  # as -w named it
        zh = self.ok("-w", "ws", "status").splitlines()
        self.assertEqual(zh[:4], ["东茅岭街道 (430602001)", f"工作区：{ws}", f"数据库版本：{SCHEMA_VERSION}", "社区           0"])
        self.assertEqual(zh[5], "住户           1")
        self.assertTrue(zh[-1].startswith("最近导入：住户 h.csv，"), zh[-1])
        en = self.ok("-w", "ws", "status", env={"DONGMAO_LANG": "en"}).splitlines()
        self.assertEqual(en[:4], ["东茅岭街道 (430602001)", f"workspace: {ws}", f"schema version: {SCHEMA_VERSION}",
                                  "communities    0"])
        self.assertEqual(en[5], "households     1")
        self.assertTrue(en[-1].startswith("last import: households h.csv at "), en[-1])
        self.assertEqual(self.ok("-w", "ws", "--lang", "en", "status").splitlines(), en)

    def test_backup_and_check_in_both_languages(self):
        self.assertEqual(self.ok("-w", "ws", "backup", "zh.db"), "已备份工作区 ws 到 zh.db\n")
        self.assertEqual(self.ok("-w", "ws", "--lang", "en", "backup", "en.db"), "backed up workspace ws to en.db\n")
        self.assertEqual(self.ok("-w", "ws", "check"), "ws: 检查通过，未发现问题\n")
        self.assertEqual(self.ok("-w", "ws", "check", env={"DONGMAO_LANG": "en"}), "ws: checked, no problems found\n")

    def test_usage_errors_in_both_languages(self):
        self.assertEqual(self.fails(64, "-w", "ws", "import", "household", "h.csv"),
                         "dongmao: error: ENTITY: “household”不是可用的值；可用：communities, grids, households, "
                         "persons, organisations, projects, enrollments, petitions, metrics, indicators, units"
                         "（见 dongmao --help）")
        self.assertEqual(self.fails(64, "-w", "ws", "--lang", "en", "import", "household", "h.csv"),
                         "dongmao: error: ENTITY: 'household' is not one of communities, grids, households, "
                         "persons, organisations, projects, enrollments, petitions, metrics, indicators, units "
                         "(see 'dongmao --help')")
        self.assertEqual(self.fails(64, "statu", env={"DONGMAO_LANG": "en"}),
                         "dongmao: error: unknown command 'statu'; did you mean 'status'? (see 'dongmao --help')")
        self.assertEqual(self.fails(64, "-w", "ws", "--today", "2026-02-30", "status", env={"DONGMAO_LANG": "en"}),
                         "dongmao: error: --today: '2026-02-30' is not a date YYYY-MM-DD")

    def test_a_word_that_is_no_language_is_a_usage_error(self):
        self.assertEqual(self.fails(64, "-w", "ws", "--lang", "fr", "status"),
                         "dongmao: error: --lang：“fr”不是可用的语言；可用：zh（中文）、en（英文）")
        self.assertEqual(self.fails(64, "-w", "ws", "status", env={"DONGMAO_LANG": "EN"}),
                         "dongmao: error: DONGMAO_LANG：“EN”不是可用的语言；可用：zh（中文）、en（英文）")
        # The flag wins: a bad environment is not read when --lang is given.
        self.ok("-w", "ws", "--lang", "zh", "status", env={"DONGMAO_LANG": "xx"})

    def test_report_follows_the_global_language(self):
        zh = self.ok("-w", "ws", "--today", TODAY, "report", "monthly", "--month", "2026-11")
        en = self.ok("-w", "ws", "--today", TODAY, "report", "monthly", "--month", "2026-11",
                     env={"DONGMAO_LANG": "en"})
        self.assertIn("基本情况", zh)
        self.assertIn("Overview", en)
        self.assertEqual(self.ok("-w", "ws", "--today", TODAY, "report", "monthly", "--month", "2026-11",
                                 "--lang", "en"), en)


if __name__ == "__main__":
    import unittest
    unittest.main()
