"""A file the readers refuse is named first, then what is wrong with it, in the language of the
run: Chinese by default, English under --lang en or DONGMAO_LANG=en. The exit code is the same
in both."""

import shutil
import unittest
import zipfile

from dmtest import DongmaoTest, fixture


class ReadMessagesTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def both(self, name, code, zh, en, *extra):
        """Imports `name` as communities in each language and checks the one error line."""
        args = ("-w", self.ws, "import", "communities", name, *extra)
        self.assertEqual(self.fails(code, *args), "dongmao: error: " + zh)
        self.assertEqual(self.fails(code, "--lang", "en", *args), "dongmao: error: " + en)
        self.assertEqual(self.fails(code, *args, env={"DONGMAO_LANG": "en"}), "dongmao: error: " + en)
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM community"), [(0,)])

    def test_csv_with_a_nul_byte(self):
        with open(self.path("nul.csv"), "wb") as f:
            f.write("社区名称,社区代码\n东茅岭社区,0".encode() + b"\x0001\n")
        self.both("nul.csv", 65, "nul.csv：第2行：含有NUL字符（不是文本文件？）",
                  "nul.csv: line 2: NUL character (not a text file?)")

    def test_csv_with_a_quote_never_closed(self):
        shutil.copy(fixture("csv", "unterminated_quote.csv"), self.path("quote.csv"))
        self.both("quote.csv", 65, "quote.csv：第3行第2列：从第3行开始的引号没有闭合",
                  "quote.csv: row 3, column 2: quoted field starting on line 3 is never closed")

    def test_csv_in_no_known_encoding(self):
        shutil.copy(fixture("csv", "invalid_byte.csv"), self.path("bytes.csv"))
        self.both("bytes.csv", 65, "bytes.csv：不是UTF-8、GB18030或UTF-16文本（偏移27处的字节0xFF无效）",
                  "bytes.csv: not UTF-8, GB18030 or UTF-16 text (invalid byte 0xFF at offset 27)")

    def test_csv_invalid_in_the_encoding_given(self):
        shutil.copy(fixture("csv", "invalid_byte.csv"), self.path("bytes.csv"))
        self.both("bytes.csv", 65, "bytes.csv：第2行：不是有效的UTF-8文本（偏移27处的字节0xFF无效）",
                  "bytes.csv: line 2: not valid UTF-8 text (invalid byte 0xFF at offset 27)", "--encoding", "utf-8")

    def test_unknown_encoding_is_a_usage_error(self):
        shutil.copy(fixture("csv", "utf8_bom.csv"), self.path("a.csv"))
        self.both("a.csv", 64, "未知的编码“latin1”（可用 utf-8、gb18030、gbk、utf-16le 或 utf-16be）",
                  "unknown encoding 'latin1' (expected utf-8, gb18030, gbk, utf-16le or utf-16be)", "--encoding",
                  "latin1")

    def test_corrupt_xls(self):
        shutil.copy(fixture("xls", "truncated.xls"), self.path("bad.xls"))
        self.both("bad.xls", 65, "bad.xls：不是可读的 .xls 工作簿（文件已损坏，libfreexl 错误 -8）",
                  "bad.xls: not a readable .xls workbook (corrupt file, libfreexl error -8)")

    def test_xlsx_without_a_workbook_part(self):
        with zipfile.ZipFile(self.path("bad.xlsx"), "w") as book:
            book.writestr("[Content_Types].xml", "<Types/>")
        self.both("bad.xlsx", 65, "bad.xlsx：不是 .xlsx 工作簿（缺少 xl/workbook.xml）",
                  "bad.xlsx: not an .xlsx workbook (no xl/workbook.xml)")

    def test_xlsx_sheet_asked_for_that_does_not_exist(self):
        shutil.copy(fixture("xlsx", "ledger.xlsx"), self.path("ledger.xlsx"))
        self.both("ledger.xlsx", 65, "ledger.xlsx：没有工作表“统计”（现有工作表：说明、台账、汇总）",
                  "ledger.xlsx: no sheet '统计' (sheets: 说明, 台账, 汇总)", "--sheet", "统计")


if __name__ == "__main__":
    unittest.main()
