"""What every office generator needs: people with valid ID numbers, and writers of the file
forms staff receive (.xlsx with merged title and group cells, CSV in GBK or UTF-8)."""

import csv
import datetime
import io

import openpyxl
from openpyxl.utils import get_column_letter

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "红梅", "志强", "海燕", "玉兰", "德明"]


def id_number(first17):
    """The valid 18-character ID number (GB 11643) that starts with `first17`."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS))
    return first17 + "10X98765432"[total % 11]


def day(text):
    return datetime.date.fromisoformat(text)


def in_month(date, month):
    """Whether `date` (a date or None) falls in `month`, 'YYYY-MM'."""
    return date is not None and date.isoformat()[:7] == month


class People:
    """Unique names-with-IDs for one office, from a seeded random source."""

    def __init__(self, rng, region):
        self.rng, self.region = rng, region
        self.ids, self.phones = set(), set()

    def name(self):
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def id_number(self):
        while True:
            birth = datetime.date(1945, 1, 1) + datetime.timedelta(days=self.rng.randrange(0, 50 * 365))
            number = id_number(f"{self.region}{birth:%Y%m%d}{self.rng.randrange(0, 1000):03d}")
            if number not in self.ids:
                self.ids.add(number)
                return number

    def phone(self):
        while True:
            number = self.rng.choice(["139", "138", "135", "187"]) + f"{self.rng.randrange(0, 10 ** 8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def date(self, first, last):
        """A day between `first` and `last` (dates), both included."""
        return first + datetime.timedelta(days=self.rng.randrange(0, (last - first).days + 1))


def write_xlsx(path, sheets):
    """Writes a workbook: each sheet is (title, rows, merges), merges as ranges such as 'A1:I1'."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows, merges in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cells in merges:
            sheet.merge_cells(cells)
        for column in range(1, max(len(row) for row in rows) + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 14
    book.save(path)


def write_csv(path, rows, encoding):
    """Writes rows as CSV the way Chinese Excel saves it (CRLF; GBK unless told otherwise)."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([["" if c is None else c for c in row] for row in rows])
    with open(path, "wb") as f:
        f.write(text.getvalue().encode(encoding))


def slash_date(date):
    """2026/9/5, as Excel exports a date to CSV."""
    return f"{date.year}/{date.month}/{date.day}" if date else ""
