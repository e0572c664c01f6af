"""Every key of dongmao.toml is known: a misspelt one is exit 78 naming file, line and key,
with the key one edit away when there is one."""

import os
import unittest

from dmtest import DongmaoTest


class UnknownKeyTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        self.toml = os.path.join(self.ws, "dongmao.toml")

    def write(self, text):
        with open(self.toml, "w", encoding="utf-8") as f:
            f.write('[subdistrict]\nname = "东茅岭街道"\n' + text)

    def error(self, *args):
        return self.fails(78, "-w", self.ws, *(args or ("status",)))

    def test_misspelt_key_in_known_section_suggests_the_key(self):
        self.write('\n[petition]\nhandling_days = 60\nacceptence_days = 10\n')
        self.assertEqual(self.error(), f"dongmao: error: {self.toml} 第6行 [petition] acceptence_days："
                                       "没有此设置；是不是“acceptance_days”？")
        self.assertEqual(self.error("--lang", "en", "status"),
                         f"dongmao: error: {self.toml}:6: petition.acceptence_days: "
                         "unknown setting; did you mean 'petition.acceptance_days'?")

    def test_every_command_refuses_it(self):
        self.write('\n[petition]\nacceptence_days = 10\n')
        for args in (("report", "monthly", "--month", "2026-11"), ("household", "list"), ("petition", "list")):
            self.assertIn("[petition] acceptence_days：没有此设置", self.error(*args))

    def test_swapped_letters_and_missing_letter_are_one_edit(self):
        self.write('\n[workspace]\nbusy_timeout_sm = 10\n')
        self.assertIn("[workspace] busy_timeout_sm：没有此设置；是不是“busy_timeout_ms”？", self.error())
        self.write('timzone = "UTC"\n')
        self.assertEqual(self.error(), f"dongmao: error: {self.toml} 第3行 [subdistrict] timzone："
                                       "没有此设置；是不是“timezone”？")

    def test_key_far_from_any_lists_the_known_ones(self):
        self.write('\n[renovation]\nconsent = "2/3"\n')
        self.assertEqual(self.error(), f"dongmao: error: {self.toml} 第5行 [renovation] consent："
                                       "没有此设置（此处可用：quorum_ratio、rebuild_ratio）")
        self.assertEqual(self.error("status", "--lang", "en"), f"dongmao: error: {self.toml}:5: renovation.consent: "
                                       "unknown setting (known here: quorum_ratio, rebuild_ratio)")

    def test_unknown_key_in_a_sensitive_period(self):
        self.write('\n[[sensitive_periods]]\nname = "两会"\nfrom = 2026-03-01\nuntil = 2026-03-15\n')
        self.assertIn(" 第7行 [[sensitive_periods]] until：没有此设置（此处可用：name、from、to）", self.error())

    def test_unknown_key_in_report_and_import(self):
        self.write('\n[report]\nfile_mod = "0644"\n')
        self.assertIn(" 第5行 [report] file_mod：没有此设置；是不是“file_mode”？", self.error())
        self.write('\n[[import.househlds.field]]\nname = "head_name"\n')
        self.assertIn(" 第4行 [import] househlds：没有此设置；是不是“households”？", self.error())
        self.write('\n[[import.households.field]]\nname = "head_name"\nlabls = {}\n')
        self.assertIn(" 第6行 [import] households.field.labls：没有此设置；是不是“labels”？", self.error())

    def test_a_mapping_file_names_its_line_and_key(self):
        with open(self.path("h.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名\nH1,张三\n")
        with open(self.path("map.toml"), "w", encoding="utf-8") as f:
            f.write('[[field]]\nname = "head_nam"\naliases = ["户主名"]\n')
        args = ("import", "households", "h.csv", "--mapping", "map.toml")
        self.assertEqual(self.error(*args), "dongmao: error: map.toml 第2行 [field] name：“head_nam”不是住户的字段")
        self.assertEqual(self.error("--lang", "en", *args),
                         "dongmao: error: map.toml:2: field.name: 'head_nam' is not a field of households")

    def test_default_settings_and_known_keys_pass(self):
        self.ok("-w", self.ws, "status")
        self.write('\n[report]\nfile_mode = "0640"\n[report.templates]\n\n[[import.households.field]]\n'
                   'name = "head_name"\naliases = ["户主名"]\n')
        self.ok("-w", self.ws, "status")

    def test_file_mode_must_be_a_private_octal_mode(self):
        for bad in ('"0755"', '"0400"', '644', '"rw-r--r--"'):
            self.write(f'\n[report]\nfile_mode = {bad}\n')
            shown = f"“{bad[1:-1]}”" if bad.startswith('"') else bad
            self.assertEqual(self.error(), f"dongmao: error: {self.toml} 第5行 [report] file_mode：应为加引号的八进制"
                                           "权限，从\"0600\"到\"0666\"，例如\"0644\"（所有者可读写，不可执行），"
                                           f"而不是{shown}")
            self.assertEqual(self.error("--lang", "en", "status"),
                             f"dongmao: error: {self.toml}:5: report.file_mode: expected a quoted "
                             "octal mode from \"0600\" to \"0666\" such as \"0644\" (owner read-write, no execute)")


if __name__ == "__main__":
    unittest.main()
