"""Files that are not a workbook dongmao reads are named for what they are, with the way out
(另存为 .xlsx); a blank shared-string cell reads as empty; an empty sheet says so. The files
are made by tests/fixtures/kinds/make_kinds.py (see the README there)."""

import hashlib
import os
import shutil
import unittest

from dmtest import DongmaoTest, fixture

SAVE_AS = "请在 Excel 或 WPS 中打开并另存为 .xlsx"
PASSWORD = "请在 Excel 或 WPS 中输入密码打开，取消密码后另存为 .xlsx"


class FileKindTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def refused(self, name):
        shutil.copyfile(fixture("kinds", name), self.path(name))
        line = self.fails(65, "-w", self.ws, "import", "households", name, "--create-missing")
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM household"), [(0,)])
        return line

    def test_encrypted_xlsx(self):
        self.assertEqual(self.refused("encrypted.xlsx"),
                         f"dongmao: error: encrypted.xlsx：是加密（设了打开密码）的 Excel 工作簿，无法读取；{PASSWORD}")

    def test_password_protected_xls(self):
        self.assertEqual(self.refused("encrypted.xls"),
                         f"dongmao: error: encrypted.xls：是设了打开密码的 .xls 工作簿，无法读取；{PASSWORD}")

    def test_word_document_named_xls(self):
        self.assertEqual(self.refused("word.xls"),
                         "dongmao: error: word.xls：是 Word 文档，不是工作簿；请把表格复制到 Excel 或 WPS 表格中另存为 .xlsx")

    def test_xlsb_and_ods(self):
        self.assertEqual(self.refused("ledger.xlsb"),
                         f"dongmao: error: ledger.xlsb：是 Excel 二进制工作簿（.xlsb），无法读取；{SAVE_AS}")
        self.assertEqual(self.refused("ledger.ods"),
                         f"dongmao: error: ledger.ods：是 OpenDocument 表格（.ods），无法读取；{SAVE_AS}")

    def test_excel_2_to_4_files(self):
        self.assertEqual(self.refused("excel2.xls"),
                         f"dongmao: error: excel2.xls：是 Excel 2.x 的旧格式工作簿（BIFF2），无法读取；{SAVE_AS}")
        self.assertEqual(self.refused("excel4.xls"),
                         f"dongmao: error: excel4.xls：是 Excel 4.0 的旧格式工作簿（BIFF4），无法读取；{SAVE_AS}")

    def test_web_page_and_xml_2003_saved_as_xls(self):
        self.assertEqual(self.refused("html.xls"),
                         f"dongmao: error: html.xls：这个 .xls 其实是网页（HTML），不是工作簿；{SAVE_AS}")
        self.assertEqual(self.refused("xml2003.xls"),
                         f"dongmao: error: xml2003.xls：这个 .xls 其实是 XML 电子表格（Excel 2003 XML），不是工作簿；{SAVE_AS}")

    def test_xls_libfreexl_cannot_parse(self):
        self.assertEqual(self.refused("unparsed_record.xls"),
                         "dongmao: error: unparsed_record.xls：libfreexl 无法解析这个 .xls 中的记录（常见于 Excel 5.0/95 或"
                         f"其他程序生成的 .xls），无法读取；{SAVE_AS}")

    def test_xls_that_would_make_libfreexl_read_out_of_bounds(self):
        # Found by fuzz_xls: directory entry 0 claims a 5,632-byte name, and libfreexl 1.0.6 would
        # hand iconv that many bytes of a 512-byte buffer. Refused before libfreexl sees the file.
        corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz", "corpus", "xls")
        shutil.copyfile(os.path.join(corpus, "xls-crash-d486434400f700ebe1b5ad1b89de0f4c3be28431"),
                        self.path("ledger.xls"))
        db = os.path.join(self.ws, "dongmao.db")
        with open(db, "rb") as before:
            digest = hashlib.sha256(before.read()).hexdigest()
        self.assertEqual(self.fails(65, "-w", self.ws, "import", "households", "ledger.xls", "--create-missing"),
                         "dongmao: error: ledger.xls：.xls 文件已损坏（目录项 0 的名称长度为 5632 字节，超过 64 字节），"
                         f"无法安全读取；{SAVE_AS}")
        with open(db, "rb") as after:
            self.assertEqual(hashlib.sha256(after.read()).hexdigest(), digest)

    def test_empty_sheet_says_so(self):
        self.assertEqual(self.refused("empty_sheet.xlsx"),
                         "dongmao: error: empty_sheet.xlsx：工作表 住户：工作表是空的，没有可导入的内容")

    def test_empty_csv_says_so(self):
        with open(self.path("empty.csv"), "w"):
            pass
        self.assertEqual(self.fails(65, "-w", self.ws, "import", "households", "empty.csv"),
                         "dongmao: error: empty.csv：文件是空的，没有可导入的内容")

    def test_blank_shared_string_reads_as_an_empty_cell(self):
        shutil.copyfile(fixture("kinds", "empty_shared_string.xlsx"), self.path("ledger.xlsx"))
        self.ok("-w", self.ws, "-q", "import", "households", "ledger.xlsx", "--create-missing")
        self.assertEqual(self.query(self.ws, "SELECT code, head_name FROM household ORDER BY code"),
                         [("H201", "陈静"), ("H202", None)])

    def test_workbook_stream_named_book_is_read(self):
        # Excel 5.0/95 names the stream "Book": the file is read, and its sheet judged on its header.
        shutil.copyfile(fixture("kinds", "book_stream.xls"), self.path("book.xls"))
        code, _, err = self.run_dm("-w", self.ws, "import", "households", "book.xls")
        self.assertEqual(code, 65, err)
        lines = [line for line in err.splitlines() if line.startswith("dongmao: error: ")]
        self.assertTrue(lines and all(line.startswith("dongmao: error: book.xls：工作表 台账：第") for line in lines), err)



if __name__ == "__main__":
    unittest.main()
