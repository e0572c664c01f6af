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
        self.assertEqual(self.error(), f"dongmao: error: {self.toml}:6: petition.acceptence_days: "
                                       "unknown setting; did you mean 'petition.acceptance_days'?")

    def test_every_command_refuses_it(self):
        self.write('\n[petition]\nacceptence_days = 10\n')
        for args in (("report", "monthly", "--month", "2026-11"), ("household", "list"), ("petition", "list")):
            self.assertIn("petition.acceptence_days: unknown setting", self.error(*args))

    def test_swapped_letters_and_missing_letter_are_one_edit(self):
        self.write('\n[workspace]\nbusy_timeout_sm = 10\n')
        self.assertIn("did you mean 'workspace.busy_timeout_ms'?", self.error())
        self.write('timzone = "UTC"\n')
        self.assertEqual(self.error(), f"dongmao: error: {self.toml}:3: subdistrict.timzone: "
                                       "unknown setting; did you mean 'subdistrict.timezone'?")

    def test_key_far_from_any_lists_the_known_ones(self):
        self.write('\n[renovation]\nconsent = "2/3"\n')
        self.assertEqual(self.error(), f"dongmao: error: {self.toml}:5: renovation.consent: "
                                       "unknown setting (known here: quorum_ratio, rebuild_ratio)")

    def test_unknown_key_in_a_sensitive_period(self):
        self.write('\n[[sensitive_periods]]\nname = "两会"\nfrom = 2026-03-01\nuntil = 2026-03-15\n')
        self.assertIn(":7: sensitive_periods.until: unknown setting", self.error())

    def test_unknown_key_in_report_and_import(self):
        self.write('\n[report]\nfile_mod = "0644"\n')
        self.assertIn(":5: report.file_mod: unknown setting; did you mean 'report.file_mode'?", self.error())
        self.write('\n[[import.househlds.field]]\nname = "head_name"\n')
        self.assertIn(":4: import.househlds: unknown setting; did you mean 'import.households'?", self.error())
        self.write('\n[[import.households.field]]\nname = "head_name"\nlabls = {}\n')
        self.assertIn(":6: import.households.field.labls: unknown setting; did you mean "
                      "'import.households.field.labels'?", self.error())

    def test_default_settings_and_known_keys_pass(self):
        self.ok("-w", self.ws, "status")
        self.write('\n[report]\nfile_mode = "0640"\n[report.templates]\n\n[[import.households.field]]\n'
                   'name = "head_name"\naliases = ["户主名"]\n')
        self.ok("-w", self.ws, "status")

    def test_file_mode_must_be_a_private_octal_mode(self):
        for bad in ('"0755"', '"0400"', '644', '"rw-r--r--"'):
            self.write(f'\n[report]\nfile_mode = {bad}\n')
            self.assertEqual(self.error(), f"dongmao: error: {self.toml}:5: report.file_mode: expected a quoted "
                                           "octal mode from \"0600\" to \"0666\" such as \"0644\" "
                                           "(owner read-write, no execute)")


if __name__ == "__main__":
    unittest.main()
