"""Text that is not valid UTF-8 never reaches the JSON of the `extra` column: every reader
refuses it where it enters (exit 65, naming the file and place), so an import never ends in a
raw JSON exception (exit 1). Valid text under an unknown header is kept in `extra` as typed."""

import json
import unittest
import zipfile

import openpyxl

from dmtest import DongmaoTest

HEADER = ["社区名称", "社区代码", "备注甲"]


class InvalidUtf8Test(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def communities(self):
        return self.query(self.ws, "SELECT name, code, extra FROM community ORDER BY code")

    def xlsx(self, name, note):
        # openpyxl writes only valid text: the marker is swapped for raw bytes in the zip.
        book = openpyxl.Workbook()
        book.active.append(HEADER)
        book.active.append(["东茅岭社区", "001", "甲MARK乙"])
        book.save(self.path("plain.xlsx"))
        with zipfile.ZipFile(self.path("plain.xlsx")) as src, zipfile.ZipFile(self.path(name), "w") as dst:
            for item in src.infolist():
                dst.writestr(item, src.read(item.filename).replace(b"MARK", note))

    def test_csv_cell_with_invalid_utf8_under_an_unknown_header(self):
        with open(self.path("bad.csv"), "wb") as f:
            f.write(",".join(HEADER).encode() + b"\n\xe4\xb8\x9c\xe8\x8c\x85\xe5\xb2\xad\xe7\xa4\xbe\xe5\x8c\xba,001,"
                    b"\xe7\x94\xb2\xe4\xb8\n")
        self.assertEqual(self.fails(65, "-w", self.ws, "import", "communities", "bad.csv", "--encoding", "utf-8"),
                         "dongmao: error: bad.csv：第2行：不是有效的UTF-8文本（偏移59处的字节0xE4无效）")
        self.assertEqual(self.communities(), [])

    def test_xlsx_cell_with_invalid_utf8_under_an_unknown_header(self):
        self.xlsx("bad.xlsx", b"\xff\xfe")
        self.assertEqual(self.fails(65, "-w", self.ws, "import", "communities", "bad.xlsx"),
                         "dongmao: error: bad.xlsx：xl/worksheets/sheet1.xml：第 1 行的 XML 格式错误"
                         "（not well-formed (invalid token)）")
        self.assertEqual(self.communities(), [])

    def test_valid_text_under_an_unknown_header_is_kept_in_extra(self):
        self.xlsx("good.xlsx", "\u00e9".encode())
        self.ok("-w", self.ws, "-q", "import", "communities", "good.xlsx")
        rows = self.communities()
        self.assertEqual([(name, code) for name, code, _ in rows], [("东茅岭社区", "001")])
        self.assertEqual(json.loads(rows[0][2]), {"备注甲": "甲\u00e9乙"})


if __name__ == "__main__":
    unittest.main()
