"""report ready to print: the XLSX's page setup, number formats, fonts and chart axes read back
with openpyxl and from the chart XML; the HTML printed to PDF by headless Chromium and checked
with poppler (A4, page count, section titles, nothing wider than the page)."""

import json
import os
import re
import shutil
import subprocess
import unittest
import zipfile

import openpyxl

from dmtest import DongmaoTest
from test_report import TODAY, import_ledgers

# A flow in 万元 and a rate, so that both kinds of chart axis are drawn.
METRICS = ("指标,社区,月份,数值,单位\n"
           "协税护税,东茅岭社区,2026-11,1200,万元\n"
           "协税护税,柴家山社区,2026-11,80,万元\n"
           "参保率,东茅岭社区,2026-11,86.81,%\n"
           "参保率,柴家山社区,2026-11,50,%\n")

CHROMIUM = shutil.which("chromium")


def content_width_px(page):
    """The width the page's @page rule leaves between the side margins of A4, in CSS pixels."""
    rule = re.search(r"@page\{size:A4( landscape)?;margin:(\d+)mm(?: (\d+)mm)?", page)
    paper = 297 if rule.group(1) else 210
    side = int(rule.group(3) or rule.group(2))
    return round((paper - 2 * side) / 25.4 * 96)


# Records each table's laid-out width beside the width the page leaves it.
MEASURE = """<script>
addEventListener('load', () => {
  const page = document.body.getBoundingClientRect().width;
  for (const t of document.querySelectorAll('table')) {
    t.dataset.width = Math.ceil(t.getBoundingClientRect().width);
    t.dataset.page = Math.floor(page);
  }
});
</script>"""


class PrintTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        import_ledgers(self, METRICS)

    def report(self, *args):
        return self.ok("-w", self.ws, "--today", TODAY, "-q", "report", "monthly", "--month", "2026-11", *args)


class XlsxPrintTest(PrintTest):
    def setUp(self):
        super().setUp()
        self.report("--format", "xlsx", "-o", self.path("r.xlsx"))
        self.book = openpyxl.load_workbook(self.path("r.xlsx"))

    def test_every_sheet_prints_a4_landscape_one_page_wide_under_its_title(self):
        for sheet in self.book:
            setup = sheet.page_setup
            self.assertEqual((setup.orientation, setup.paperSize), ("landscape", 9), sheet.title)
            self.assertTrue(sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title)
            # fitToWidth defaults to 1 in the file format and is then left out.
            self.assertIn(setup.fitToWidth, (None, 1), sheet.title)
            self.assertEqual(setup.fitToHeight, 0, sheet.title)
            self.assertRegex(sheet["A1"].value, r"^东茅岭街道月报·.+（2026-11-01 至 2026-11-30）$")
            self.assertTrue(sheet["A1"].font.b)
            self.assertEqual(sheet["A1"].font.name, "等线")
        self.assertEqual(self.book["重点项目"].print_title_rows, "$2:$2")
        self.assertEqual(self.book["重点项目"].freeze_panes, "A3")
        # 信访维稳 holds several tables: row 2 is the first one's title, row 3 its header.
        self.assertEqual(self.book["信访维稳"].print_title_rows, "$3:$3")

    def test_cells_typed_bordered_and_formatted(self):
        sheet = self.book["重点项目"]
        header = [c.value for c in sheet[2]]
        p1 = sheet[3]
        self.assertEqual(p1[0].value, "P1")
        pct = p1[header.index("签约率")]
        self.assertAlmostEqual(pct.value, 2 / 3, places=3)  # stored as a fraction, shown 66.7%
        self.assertEqual(pct.number_format, "0.0%")
        enrolled = p1[header.index("在册户数")]
        self.assertEqual((enrolled.value, enrolled.number_format, enrolled.alignment.horizontal), (3, "#,##0", "right"))
        for cell in [pct, enrolled, p1[1], sheet.cell(row=2, column=1)]:
            self.assertEqual((cell.border.left.style, cell.border.bottom.style), ("thin", "thin"))
            self.assertEqual(cell.font.name, "等线")
        metrics = self.book["指标"]
        rows = {(r[0].value, r[3].value): r for r in metrics.iter_rows(min_row=3) if r[0].value}
        rate = rows[("参保率", "东茅岭社区")][4]
        self.assertAlmostEqual(rate.value, 0.8681, places=12)
        self.assertEqual(rate.number_format, "0.0%")
        self.assertEqual(rows[("协税护税", "东茅岭社区")][4].number_format, "#,##0")
        total = rows[("协税护税", "合计")]
        self.assertEqual((total[4].value, total[4].font.b, total[0].font.b), (1280, True, True))
        self.assertFalse(rows[("协税护税", "东茅岭社区")][4].font.b)
        overview = self.book["基本情况"]
        last = [r for r in overview.iter_rows(min_row=3) if r[0].value == "合计"][0]
        self.assertTrue(all(c.font.b for c in last))

    def test_narrative_wraps_in_a_wide_column(self):
        sheet = self.book["情况汇报"]
        self.assertTrue(sheet["A3"].value.startswith("本月九华山二期项目"))
        self.assertTrue(sheet["A3"].alignment.wrap_text)
        self.assertGreaterEqual(sheet.column_dimensions["A"].width, 100)

    def test_chart_axes_start_at_zero_with_whole_steps_and_rates_to_100_percent(self):
        with zipfile.ZipFile(self.path("r.xlsx")) as z:
            charts = {}
            for name in z.namelist():
                if re.match(r"xl/charts/chart\d+\.xml$", name):
                    xml = z.read(name).decode("utf-8")
                    title = "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml))
                    value_axis = re.search(r"<c:valAx>.*</c:valAx>", xml, re.S).group(0)
                    charts[title] = {k: v for k, v in re.findall(r'<c:(min|max|majorUnit) val="([^"]+)"', value_axis)}
                    charts[title]["format"] = re.search(r'<c:numFmt formatCode="([^"]+)"', value_axis).group(1)
                    self.assertIn('typeface="等线"', xml, title)
        self.assertEqual(charts["签约率"], {"min": "0", "max": "1", "majorUnit": "0.2", "format": "0%"})
        self.assertEqual(charts["参保率（%）"], {"min": "0", "max": "1", "majorUnit": "0.2", "format": "0%"})
        # Three petitions at most on a channel: a step of 1, never 0.2.
        self.assertEqual(charts["按渠道"], {"min": "0", "majorUnit": "1", "format": "#,##0"})
        self.assertEqual(charts["近12个月信访件数"], {"min": "0", "majorUnit": "1", "format": "#,##0"})
        self.assertEqual(charts["协税护税（万元）"], {"min": "0", "majorUnit": "500", "format": "#,##0"})
        sheets = {s.title: len(s._charts) for s in self.book}
        self.assertEqual(sheets, {"情况汇报": 0, "基本情况": 0, "重点项目": 1, "信访维稳": 2, "超期件": 0, "指标": 2})


@unittest.skipIf(CHROMIUM is None, "chromium is not installed (scripts/install-deps installs it)")
class HtmlPrintTest(PrintTest):
    def chromium(self, *args):
        proc = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               f"--user-data-dir={self.path('chromium')}", *args],
                              capture_output=True, text=True, timeout=60, cwd=self.tmp)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return proc.stdout

    def test_html_prints_on_a4_with_every_section(self):
        self.report("--format", "html", "-o", self.path("r.html"))
        self.chromium("--no-pdf-header-footer", f"--print-to-pdf={self.path('r.pdf')}",
                      "file://" + self.path("r.html"))
        info = subprocess.run(["pdfinfo", self.path("r.pdf")], capture_output=True, text=True, check=True).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        self.assertEqual(sorted(round(float(v)) for v in size.groups()), [595, 842])  # A4 either way round
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        self.assertTrue(1 <= pages <= 6, pages)
        text = subprocess.run(["pdftotext", "-layout", self.path("r.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        for title in ["东茅岭街道月报（2026-11-01 至 2026-11-30）", "情况汇报（草稿）", "基本情况", "重点项目", "签约率",
                      "信访维稳", "近12个月信访件数", "按渠道", "逾期未办", "指标", "街道合计与上期比较"]:
            self.assertIn(title, text)
        self.assertIn("66.7%", text)
        # Overdue cases are marked; a project cleared after its due date has no days left.
        self.assertIn("▲57", text)
        self.assertNotIn("▲-27", text)
        # No text is cut at the page's right edge: every word lies inside the page box.
        bbox = subprocess.run(["pdftotext", "-bbox", self.path("r.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
        right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
        self.assertLessEqual(max(right_edges), width)

    def test_no_table_is_wider_than_the_printed_page(self):
        # Lay the page out at the printed page's content width with its print rules in force,
        # and let the page record each table's width (Chromium would otherwise shrink or clip
        # a table too wide for the paper without saying so).
        page = self.report("--format", "html")
        width_px = content_width_px(page)
        page = page.replace("@media print{", "@media all{").replace("</body>", MEASURE + "</body>")
        with open(self.path("measure.html"), "w", encoding="utf-8") as f:
            f.write(page)
        dom = self.chromium("--hide-scrollbars", f"--window-size={width_px},800", "--dump-dom",
                            "file://" + self.path("measure.html"))
        tables = re.findall(r'<table data-width="(\d+)" data-page="(\d+)"', dom)
        self.assertEqual(len(tables), page.count("<table>"))
        self.assertGreaterEqual(len(tables), 8)
        for width, room in tables:
            self.assertEqual(int(room), width_px)
            self.assertLessEqual(int(width), int(room))


if __name__ == "__main__":
    unittest.main()
