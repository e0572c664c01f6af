"""Bounded memory: hostile files made at test time (a 1 MiB shared string in every cell, millions
of empty shared strings or cell formats, 200,000 bad CSV rows) are imported while the peak
resident memory of dongmao is measured; errors are capped, the errors file streamed.

The peak figures in the README come from this test: run it with DONGMAO_MEMORY_REPORT=1 to
print them."""

import csv
import json
import os
import subprocess
import sys
import unittest
import zipfile

from dmtest import BIN, DongmaoTest

# The bound the README states for every hostile file.
PEAK_RSS_MB = 150
MIB = 1 << 20

# Runs dongmao with its stdout and stderr sent to files and prints its peak RSS (KiB): measured
# in a process of its own, so each import is measured alone.
MEASURE = """
import resource, subprocess, sys
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
    code = subprocess.run(sys.argv[3:], stdout=out, stderr=err, env=None).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="社区" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def write_xlsx(path, sheet_rows, strings, styles=""):
    """A workbook of one sheet 社区: `sheet_rows` is the <sheetData> body, `strings` the <sst>
    body (an iterable of str pieces), `styles` the <cellXfs> body."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet {MAIN}><sheetData>{sheet_rows}</sheetData></worksheet>')
        with z.open("xl/sharedStrings.xml", "w") as f:
            f.write(f"<sst {MAIN}>".encode())
            for piece in strings:
                f.write(piece.encode())
            f.write(b"</sst>")
        z.writestr("xl/styles.xml", f"<styleSheet {MAIN}><cellXfs>{styles}</cellXfs></styleSheet>")


def header_row():
    return ('<row r="1"><c r="A1" t="inlineStr"><is><t>社区名称</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>社区代码</t></is></c></row>')


@unittest.skipIf(os.environ.get("DONGMAO_SANITIZED") == "1",
                 "peak RSS is the release build's: ASan's shadow memory and quarantine are not dongmao's")
class MemoryTest(DongmaoTest):

    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def measure(self, *args):
        """Runs dongmao on the workspace; returns (exit code, stdout, stderr, peak RSS in MB)."""
        out, err = self.path("stdout"), self.path("stderr")
        env = dict(self.env, DONGMAO_WORKSPACE=self.ws)
        proc = subprocess.run([sys.executable, "-c", MEASURE, out, err, BIN, *args], cwd=self.tmp, env=env,
                              capture_output=True, text=True, timeout=120, check=True)
        code, kib = proc.stdout.split()
        with open(out, encoding="utf-8") as f, open(err, encoding="utf-8") as g:
            result = int(code), f.read(), g.read(), int(kib) / 1024
        if os.environ.get("DONGMAO_MEMORY_REPORT"):
            print(f"\n{self.id().rsplit('.', 1)[-1]}: {' '.join(args)}: peak RSS {result[3]:.0f} MB, "
                  f"stderr {len(result[2].encode())} bytes", file=sys.stderr)
        self.assertLessEqual(result[3], PEAK_RSS_MB, f"peak RSS of dongmao {' '.join(args)}")
        return result

    def error_lines(self, err):
        return [line for line in err.splitlines() if line.startswith("dongmao: error: ")]

    def test_one_mebibyte_shared_string_in_every_cell(self):
        # 40 KB on disk: 2,000 rows whose cells B to E each name the same 1 MiB string.
        rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>社区{r}</t></is></c>'
                       + "".join(f'<c r="{c}{r}" t="s"><v>0</v></c>' for c in "BCDE") + "</row>"
                       for r in range(2, 2002))
        write_xlsx(self.path("big.xlsx"), header_row() + rows, ["<si><t>", "长" * (MIB // 3) + "x", "</t></si>"])
        self.assertLess(os.path.getsize(self.path("big.xlsx")), 50000)
        code, out, err, _ = self.measure("import", "communities", "big.xlsx", "--errors", "bad.csv")
        self.assertEqual(code, 65, err)
        lines = self.error_lines(err)
        self.assertEqual(len(lines), 101)
        self.assertEqual(lines[0], "dongmao: error: big.xlsx：工作表 社区：第2行 B列（社区代码）：该行文本超过"
                                   "1048576字节的上限：此单元格有1048576字节，"
                                   f"“{'长' * 40}…”")
        self.assertEqual(lines[100], "dongmao: error: ……另有1900个错误未显示；全部错误行见 bad.csv")
        self.assertLess(len(err.encode()), 40000)
        self.assertIn("有误2000行，未写入", out)
        # The errors file has every row: the cells within the budget in full, the start of the rest.
        with open(self.path("bad.csv"), encoding="utf-8-sig", newline="") as f:
            written = list(csv.reader(f))
        self.assertEqual(written[0], ["行号", "社区名称", "社区代码", "错误原因"])
        self.assertEqual(len(written), 2001)
        self.assertEqual([row[0] for row in written[1:3]], ["2", "3"])
        self.assertEqual(written[1][1:3], ["社区2", "长" * 41])
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM community"), [(0,)])
        # --json lists the same first 100 and counts the rest.
        code, out, _, _ = self.measure("--json", "import", "communities", "big.xlsx")
        data = json.loads(out)
        self.assertEqual((code, len(data["errors"]), data["errors_omitted"], data["rejected"]), (65, 100, 1900, 2000))
        self.assertEqual(data["errors"][99]["row"], 101)

    def test_rows_near_the_budget_are_not_held_ahead(self):
        # 500 rows whose first cell names the same 1,000,002-byte string: each row fits the
        # budget, and batches are cut by bytes, so few of them are in memory at once.
        rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}" t="inlineStr"><is><t>C{r}</t></is>'
                       "</c></row>" for r in range(2, 502))
        write_xlsx(self.path("near.xlsx"), header_row() + rows, ["<si><t>", "长" * 333334, "</t></si>"])
        code, out, err, _ = self.measure("import", "communities", "near.xlsx", "--dry-run")
        self.assertEqual(code, 65, err)
        lines = self.error_lines(err)
        self.assertEqual(len(lines), 101)
        self.assertEqual(lines[0], f"dongmao: error: near.xlsx：工作表 社区：第3行：与第2行重复（{'长' * 40}…）")

    def test_millions_of_empty_shared_strings_are_refused(self):
        # 9.4 million <si/>: 47 MB of XML, 100 KB on disk.
        write_xlsx(self.path("sst.xlsx"), header_row(), ["<si/>" * (1 << 20)] * 9)
        code, _, err, _ = self.measure("import", "communities", "sst.xlsx")
        self.assertEqual(code, 65, err)
        self.assertEqual(err, "dongmao: error: sst.xlsx：xl/sharedStrings.xml：共享字符串超过 8388608 个的上限，"
                              "拒绝读取（文件异常或经过构造）\n")

    def test_millions_of_cell_formats_are_refused(self):
        write_xlsx(self.path("styles.xlsx"), header_row(), [], styles="<xf/>" * (1 << 20) + "<xf/>")
        code, _, err, _ = self.measure("import", "communities", "styles.xlsx")
        self.assertEqual(code, 65, err)
        self.assertEqual(err, "dongmao: error: styles.xlsx：xl/styles.xml：单元格格式超过 1048576 个的上限，"
                              "拒绝读取（文件异常或经过构造）\n")
        # One format fewer is read.
        write_xlsx(self.path("styles.xlsx"), header_row(), [], styles="<xf/>" * (1 << 20))
        code, _, err, _ = self.measure("import", "communities", "styles.xlsx")
        self.assertEqual((code, err), (0, ""))

    def test_two_hundred_thousand_bad_csv_rows(self):
        with open(self.path("bad_rows.csv"), "w", encoding="utf-8") as f:
            f.write("社区名称,社区代码,面积\n")
            for i in range(200000):
                f.write(f"社区{i},C{i},约{i}亩\n")
        code, out, err, _ = self.measure("import", "communities", "bad_rows.csv", "--errors", "bad.xlsx")
        self.assertEqual(code, 65, err)
        lines = err.splitlines()
        self.assertEqual(len(lines), 101)
        self.assertEqual(lines[0], "dongmao: error: bad_rows.csv：第2行 C列（面积）：“约0亩”不是平方公里数值：“亩”与本列不符")
        self.assertEqual(lines[100], "dongmao: error: ……另有199900个错误未显示；全部错误行见 bad.xlsx")
        self.assertIn("有误200000行，未写入", out)
        with zipfile.ZipFile(self.path("bad.xlsx")) as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
        self.assertIn('<dimension ref="A1:E200001"/>', sheet)
        self.assertIn("约199999亩", sheet)


class RowBudgetTest(DongmaoTest):
    """The smaller rules: a CSV row over the budget, the errors file and Excel's cell limit,
    a guarded formula read back."""

    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return name

    def test_csv_row_over_the_budget_is_a_bad_row(self):
        half = "长" * 200000  # 600,000 bytes: one fits the budget, two do not
        self.write("big.csv", f"社区名称,社区代码,面积\n{half},{half},1\n东茅岭社区,C1,2\n")
        code, out, err = self.run_dm("-w", "ws", "import", "communities", "big.csv", "--on-error", "skip")
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "dongmao: error: big.csv：第2行 B列（社区代码）：该行文本超过1048576字节的上限："
                              f"此单元格有600000字节，“{'长' * 40}…”\n")

        self.assertEqual(self.query(self.ws, "SELECT name FROM community"), [("东茅岭社区",)])

    def test_errors_file_as_xlsx_refuses_a_cell_excel_would_cut(self):
        long = "地" * 40000
        self.write("long.csv", f"社区名称,社区代码,面积\n{long},C1,约1亩\n")
        line = self.fails(65, "-w", "ws", "import", "communities", "long.csv", "--on-error", "skip",
                          "--errors", "bad.xlsx")
        self.assertEqual(line, "dongmao: error: bad.xlsx：第2行“社区名称”列有40000个字符，超过 Excel 单元格32767"
                               "个字符的上限，错误行无法完整写入 .xlsx；请改用 --errors 文件名.csv")
        self.assertFalse(os.path.exists(self.path("bad.xlsx")))
        self.assertEqual([name for name in os.listdir(self.tmp) if name.startswith("bad")], [])
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM community"), [(0,)])
        # As CSV the whole text is kept.
        code, _, err = self.run_dm("-w", "ws", "import", "communities", "long.csv", "--on-error", "skip",
                                   "--errors", "bad.csv")
        self.assertEqual(code, 0, err)
        with open(self.path("bad.csv"), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[1][:3], ["2", long, "C1"])

    def test_guarded_formula_text_reads_back_without_the_quote(self):
        self.write("guarded.csv", "社区名称,社区代码\n'=1+1社区,C1\n'-东茅岭,C2\n'柴家山,C3\n")
        code, _, err = self.run_dm("-w", "ws", "import", "communities", "guarded.csv")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(self.query(self.ws, "SELECT name FROM community ORDER BY code"),
                         [("=1+1社区",), ("-东茅岭",), ("'柴家山",)])
