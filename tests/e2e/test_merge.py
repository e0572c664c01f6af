"""The merge rules of a re-import (issue #11): an empty cell never clears a stored value
unless --clear-empty; a differing cell updates and is audited; stages, consent and petition
status never move back through an import (kept newer); moving forward records an event per
stage reached; extra data merges key by key; --on-error skip --dry-run exits as the real run."""

import json
import unittest

from ledgers import HOUSEHOLDS, ID_LI, ID_WANG, ID_ZHANG, JHS2_LEDGER, LedgerTest

PETITIONS = "信访编号,登记日期,信访形式,信访人,信访类别,受理日期,答复日期,办结日期,承办人\n"


class MergeTest(LedgerTest):

    def imported(self, *args):
        """Runs `import` with --json; returns the summary."""
        return self.dm_json("import", *args)

    def household(self, code, columns="phone, extra"):
        return self.sql(f"SELECT {columns} FROM household WHERE code = ?", code)[0]

    def import_audits(self, entity):
        """The audit entries of `entity` written by imports: key and changes."""
        return [(key, json.loads(changes)) for key, changes in self.sql(
            "SELECT entity_key, changes FROM audit_log WHERE entity = ? AND import_run_id IS NOT NULL ORDER BY id",
            entity)]

    # 1. Empty cells keep, --clear-empty clears, a differing cell updates and is audited ----

    def test_empty_cell_keeps_the_stored_value(self):
        self.write("v2.csv", HOUSEHOLDS.replace(",13807301234,", ",,"))
        summary = self.imported("households", "v2.csv")
        self.assertEqual((summary["updated"], summary["unchanged"]), (0, 4))
        self.assertEqual(self.household("H001", "phone"), ("13807301234",))
        self.assertEqual(self.import_audits("household"), [])

    def test_clear_empty_clears_and_is_audited(self):
        self.write("v2.csv", HOUSEHOLDS.replace(",13807301234,", ",,"))
        summary = self.imported("households", "v2.csv", "--clear-empty")
        self.assertEqual((summary["updated"], summary["unchanged"]), (1, 3))
        self.assertEqual(self.household("H001", "phone"), (None,))
        self.assertEqual(self.import_audits("household"), [("H001", {"phone": ["13807301234", None]})])

    def test_differing_cell_updates_and_is_audited(self):
        self.write("v2.csv", HOUSEHOLDS.replace(",13807301234,", ",13807309999,"))
        summary = self.imported("households", "v2.csv")
        self.assertEqual((summary["updated"], summary["unchanged"]), (1, 3))
        self.assertEqual(self.household("H001", "phone"), ("13807309999",))
        self.assertEqual(self.sql("SELECT operator, action, entity_key, changes FROM audit_log "
                                  "WHERE import_run_id = ? AND action = 'update'", summary["import_run"]),
                         [("tester", "update", "H001", '{"phone":["13807301234","13807309999"]}')])

    # 2. Stages, consent and petition status never move back -------------------------------

    def test_stage_set_with_a_command_survives_a_ledger_behind(self):
        self.dm_ok("household", "stage", "H002", "--project", "JHS2", "已签约")
        events = self.events_of("H002", "JHS2")
        self.write("jhs2.csv", JHS2_LEDGER)
        summary = self.imported("enrollments", "jhs2.csv", "--project", "JHS2")
        self.assertEqual(summary["kept_newer"],
                         [{"row": 3, "key": "H002", "field": "stage", "kept": "signed", "ledger": "negotiating"}])
        self.assertEqual((summary["updated"], summary["unchanged"]), (0, 3))
        self.assertEqual(self.stage_of("H002", "JHS2"), ("signed", TODAY_))
        self.assertEqual(self.events_of("H002", "JHS2"), events)
        self.assertEqual(self.import_audits("enrollment")[-1:], [])
        out = self.dm_ok("import", "enrollments", "jhs2.csv", "--project", "JHS2")
        self.assertIn("\n保留工作区中较新的状态：1行（H002）\n", out)

    def test_withdrawing_a_signed_household_is_the_command_s(self):
        self.write("v2.csv", JHS2_LEDGER.replace("H003,已签约,2026-09-07,2026-11-25,", "H003,已退出,,,"))
        summary = self.imported("enrollments", "v2.csv", "--project", "JHS2")
        self.assertEqual(summary["kept_newer"],
                         [{"row": 4, "key": "H003", "field": "stage", "kept": "signed", "ledger": "withdrawn"}])
        self.assertEqual(self.stage_of("H003", "JHS2"), ("signed", "2026-11-25"))

    def enroll_gd(self):
        self.write("gd.csv", "户编号,是否同意\nH001,未表态\nH003,不同意\n")
        self.imported("enrollments", "gd.csv", "--project", "GD")

    def consent_of(self, household):
        return self.sql("SELECT e.consent FROM enrollment e JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id WHERE h.code = ? AND p.code = 'GD'", household)[0][0]

    def test_consent_recorded_with_a_command_survives_a_ledger_behind(self):
        self.enroll_gd()
        self.dm_ok("household", "consent", "H001", "--project", "GD", "同意")
        summary = self.imported("enrollments", "gd.csv", "--project", "GD")
        self.assertEqual(summary["kept_newer"],
                         [{"row": 2, "key": "H001", "field": "consent", "kept": "agree", "ledger": "pending"}])
        self.assertEqual((summary["updated"], summary["unchanged"]), (0, 2))
        self.assertEqual(self.consent_of("H001"), "agree")
        # 不同意 is behind 同意 too: a change of mind is recorded with the command.
        self.write("gd2.csv", "户编号,是否同意\nH001,不同意\nH003,不同意\n")
        summary = self.imported("enrollments", "gd2.csv", "--project", "GD")
        self.assertEqual([(k["key"], k["kept"], k["ledger"]) for k in summary["kept_newer"]],
                         [("H001", "agree", "disagree")])
        self.assertEqual(self.consent_of("H001"), "agree")

    def test_consent_moving_on_through_a_ledger_is_audited(self):
        self.enroll_gd()
        self.write("gd2.csv", "户编号,是否同意\nH001,未表态\nH003,同意\n")
        summary = self.imported("enrollments", "gd2.csv", "--project", "GD")
        self.assertEqual((summary["updated"], summary["unchanged"], summary["kept_newer"]), (1, 1, []))
        self.assertEqual(self.consent_of("H003"), "agree")
        self.assertEqual(self.import_audits("enrollment")[-1], ("GD/H003", {"consent": ["disagree", "agree"]}))

    def test_assignee_and_status_set_with_commands_survive_a_ledger(self):
        self.write("xf.csv", PETITIONS + "XF1,2026-11-02,来访,张伟,征拆补偿,,,,\n")
        self.imported("petitions", "xf.csv")
        self.dm_ok("petition", "accept", "XF1", "--assignee", "李四", "--date", "2026-11-05")
        summary = self.imported("petitions", "xf.csv")
        self.assertEqual(summary["kept_newer"],
                         [{"row": 2, "key": "XF1", "field": "status", "kept": "accepted", "ledger": "received"}])
        self.assertEqual(self.sql("SELECT status, accepted_date, assignee FROM petition"),
                         [("accepted", "2026-11-05", "李四")])
        self.assertEqual(summary["updated"], 0)
        # A case kept as the workspace has it keeps its assignee too, whatever the ledger says.
        self.write("xf2.csv", PETITIONS + "XF1,2026-11-02,来访,张伟,征拆补偿,,,,王五\n")
        self.imported("petitions", "xf2.csv")
        self.assertEqual(self.sql("SELECT status, assignee FROM petition"), [("accepted", "李四")])

    def test_status_only_ledgers_wrote_never_moves_back(self):
        self.write("xf.csv", PETITIONS + "XF1,2026-11-02,来访,张伟,征拆补偿,2026-11-03,2026-11-10,,王五\n")
        self.imported("petitions", "xf.csv")
        self.write("xf2.csv", PETITIONS + "XF1,2026-11-02,来访,张伟,征拆补偿,2026-11-03,,,\n")
        summary = self.imported("petitions", "xf2.csv")
        self.assertEqual([(k["key"], k["kept"], k["ledger"]) for k in summary["kept_newer"]],
                         [("XF1", "answered", "accepted")])
        self.assertEqual(self.sql("SELECT status, answered_date, assignee FROM petition"),
                         [("answered", "2026-11-10", "王五")])

    # 3. Moving forward records one event per stage reached --------------------------------

    def test_moving_forward_records_each_stage_reached_with_the_ledger_dates(self):
        self.write("v2.csv", JHS2_LEDGER.replace("H002,谈判中,2026-09-06,,", "H002,已交房,2026-09-06,2026-11-20,2026-11-26"))
        summary = self.imported("enrollments", "v2.csv", "--project", "JHS2")
        self.assertEqual((summary["updated"], summary["unchanged"], summary["kept_newer"]), (1, 2, []))
        self.assertEqual(self.stage_of("H002", "JHS2"), ("vacated", "2026-11-26"))
        self.assertEqual(self.events_of("H002", "JHS2"), [("surveyed", "2026-09-06", "tester", None),
                                                          ("signed", "2026-11-20", "tester", None),
                                                          ("vacated", "2026-11-26", "tester", None)])
        self.assertEqual(self.import_audits("enrollment")[-1],
                         ("JHS2/H002", {"stage": ["negotiating", "vacated"], "stage_date": [None, "2026-11-26"]}))

    def test_moving_forward_without_a_date_is_dated_the_day_of_the_import(self):
        self.write("v2.csv", JHS2_LEDGER.replace("H002,谈判中,", "H002,已签约,"))
        self.imported("enrollments", "v2.csv", "--project", "JHS2")
        self.assertEqual(self.stage_of("H002", "JHS2"), ("signed", TODAY_))
        self.assertEqual(self.events_of("H002", "JHS2")[1:], [("signed", TODAY_, "tester", None)])

    def test_no_event_for_a_stage_already_recorded(self):
        # H003 signed on 11-25 by the first import; the command dates H002's signing.
        self.dm_ok("household", "stage", "H002", "--project", "JHS2", "已签约", "--date", "2026-11-21")
        self.write("v2.csv", JHS2_LEDGER.replace("H002,谈判中,2026-09-06,,", "H002,已签约,2026-09-06,2026-11-20,")
                   .replace("H003,已签约,2026-09-07,2026-11-25,", "H003,已交房,2026-09-07,2026-11-25,2026-11-26"))
        self.imported("enrollments", "v2.csv", "--project", "JHS2")
        self.assertEqual(self.stage_of("H002", "JHS2"), ("signed", "2026-11-21"))
        self.assertEqual([e[:2] for e in self.events_of("H002", "JHS2")],
                         [("surveyed", "2026-09-06"), ("signed", "2026-11-21")])
        self.assertEqual([e[:2] for e in self.events_of("H003", "JHS2")],
                         [("surveyed", "2026-09-07"), ("signed", "2026-11-25"), ("vacated", "2026-11-26")])

    def test_moving_forward_dated_before_a_move_back_is_kept_with_a_warning(self):
        self.dm_ok("household", "stage", "H003", "--project", "JHS2", "谈判中", "--force", "--note", "协议作废",
                   "--date", "2026-11-26")
        self.write("jhs2.csv", JHS2_LEDGER)
        code, out, err = self.dm("--json", "import", "enrollments", "jhs2.csv", "--project", "JHS2")
        self.assertEqual(code, 0)
        self.assertEqual(err, "dongmao: warning: jhs2.csv：第4行：住户H003：台账的已签约日期2026-11-25早于最近记录的阶段"
                              "（谈判中 2026-11-26）；阶段保持不变\n")
        self.assertEqual(json.loads(out)["kept_newer"], [])
        self.assertEqual(self.stage_of("H003", "JHS2"), ("negotiating", "2026-11-26"))
        # Signed again later: a signing of its own, the first one stays in the history.
        self.write("v2.csv", JHS2_LEDGER.replace("2026-11-25,", "2026-11-27,"))
        self.imported("enrollments", "v2.csv", "--project", "JHS2")
        self.assertEqual(self.stage_of("H003", "JHS2"), ("signed", "2026-11-27"))
        self.assertEqual([e[:2] for e in self.events_of("H003", "JHS2")],
                         [("surveyed", "2026-09-07"), ("signed", "2026-11-25"), ("negotiating", "2026-11-26"),
                          ("signed", "2026-11-27")])
        project = self.dm_json("project", "progress", "JHS2")[0]
        self.assertEqual((project["signed_total"], project["signed_in_period"]), (2, 2))

    # 4. Extra data and phones merge key by key across ledgers -----------------------------

    def enrollment_extra(self, code, project):
        return self.sql("SELECT e.extra FROM enrollment e JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id WHERE h.code = ? AND p.code = ?", code, project)[0][0]

    def test_household_and_project_ledgers_never_erase_each_other(self):
        households = HOUSEHOLDS.replace("建筑面积\n", "建筑面积,楼栋长\n").replace(",85.5\n", ",85.5,刘红\n")
        self.write("households.csv", households)
        self.assertEqual(self.imported("households", "households.csv")["updated"], 1)
        self.write("jhs2.csv", "户编号,签约状态,联系电话,评估公司\nH001,已交房,,湘评\nH002,谈判中,13900000002,\n")
        summary = self.imported("enrollments", "jhs2.csv", "--project", "JHS2")
        self.assertEqual((summary["updated"], summary["unchanged"]), (2, 0))
        # The project ledger's own column is the enrollment's; the household keeps its own.
        self.assertEqual(self.household("H001"), ("13807301234", '{"楼栋长":"刘红"}'))
        self.assertEqual(self.enrollment_extra("H001", "JHS2"), '{"评估公司":"湘评"}')
        self.assertEqual(self.household("H002"), ("13900000002", None))
        # The unchanged household ledger changes nothing but the phone the project ledger changed.
        summary = self.imported("households", "households.csv")
        self.assertEqual((summary["updated"], summary["unchanged"]), (1, 3))
        self.assertEqual(self.household("H001"), ("13807301234", '{"楼栋长":"刘红"}'))
        self.assertEqual(self.enrollment_extra("H001", "JHS2"), '{"评估公司":"湘评"}')
        summary = self.imported("households", "households.csv")
        self.assertEqual((summary["updated"], summary["unchanged"]), (0, 4))
        # --clear-empty removes only the keys of the file's own columns.
        self.write("jhs2.csv", "户编号,签约状态,评估公司\nH001,已交房,\n")
        self.imported("enrollments", "jhs2.csv", "--project", "JHS2", "--clear-empty")
        self.assertEqual(self.household("H001"), ("13807301234", '{"楼栋长":"刘红"}'))
        self.assertEqual(self.enrollment_extra("H001", "JHS2"), None)
        self.assertEqual(self.import_audits("enrollment")[-1], ("JHS2/H001", {"extra": ['{"评估公司":"湘评"}', None]}))

    # 5. --on-error skip --dry-run exits as the real run -----------------------------------

    def test_dry_run_with_on_error_skip_exits_as_the_real_run(self):
        self.write("bad.csv", HOUSEHOLDS + "H005,钱七,430602,,东茅岭社区,第一网格,东茅岭路16号,2,私产,50\n")
        runs = {}
        for flags in (("--on-error", "skip", "--dry-run"), ("--on-error", "skip"), ("--dry-run",), ()):
            before = self.snapshot()
            code, out, err = self.dm("import", "households", "bad.csv", *flags)
            runs[flags] = code
            if "--dry-run" in flags:
                self.assertEqual(self.snapshot(), before)
        self.assertEqual(runs, {("--on-error", "skip", "--dry-run"): 0, ("--on-error", "skip"): 0,
                                ("--dry-run",): 65, (): 65})


TODAY_ = "2026-11-27"

if __name__ == "__main__":
    unittest.main()
