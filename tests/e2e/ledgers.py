"""A small 东茅岭 workspace for the household and project tests: two communities, three
grids, four households, three projects and a 九华山二期 ledger, all set up the way staff
would, with `dongmao import` on CSV files written by the test."""

import json

from dmtest import DongmaoTest, id_number

TODAY = "2026-11-27"

ID_ZHANG = id_number("43060219850312451")  # 430602198503124518
ID_LI = id_number("43060219620718202")     # 430602196207182028
ID_WANG = id_number("43060219771130003")   # 430602197711300032
ID_SON = id_number("43060220100506451")

COMMUNITIES = "社区名称,社区代码\n东茅岭社区,C1\n柴家山社区,C2\n"
GRIDS = "网格名称,社区\n第一网格,东茅岭社区\n第二网格,东茅岭社区\n第一网格,柴家山社区\n"
HOUSEHOLDS = (
    "户编号,户主姓名,身份证号,联系电话,社区,网格,地址,家庭人数,房屋性质,建筑面积\n"
    f"H001,张伟,{ID_ZHANG},13807301234,东茅岭社区,第一网格,东茅岭路12号,3,私产,85.5\n"
    f"H002,李秀英,{ID_LI},0730-8223456,柴家山社区,第一网格,柴家山巷3号,2,公产,62\n"
    f"H003,王建国,{ID_WANG},13973012345,东茅岭社区,第二网格,东茅岭路40号,5,门面,120.25\n"
    "H004,赵敏,,,东茅岭社区,第一网格,东茅岭路14号,4,私产,70\n"
)
PROJECTS = (
    "项目编号,项目名称,项目类型,启动日期,完成时限,任务户数,投资\n"
    "JHS2,九华山二期,棚改,2026-09-01,2026-12-31,3,\n"
    "DQ,大桥市场,征拆,2026-03-01,2026-11-20,2,\n"
    "GD,国大旧改,老旧小区改造,2026-10-01,2027-06-30,,1.4亿\n"
)
# 九华山二期: H001 signed and vacated, H002 negotiating, H003 signed on the 25th.
JHS2_LEDGER = (
    "户编号,签约状态,入户调查日期,签约日期,交房日期\n"
    "H001,已交房,2026-09-05,2026-11-03,2026-11-10\n"
    "H002,谈判中,2026-09-06,,\n"
    "H003,已签约,2026-09-07,2026-11-25,\n"
)


class LedgerTest(DongmaoTest):
    """Each test starts from the small workspace above, built afresh."""

    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        for entity, name, text in (("communities", "communities.csv", COMMUNITIES),
                                   ("grids", "grids.csv", GRIDS),
                                   ("households", "households.csv", HOUSEHOLDS),
                                   ("projects", "projects.csv", PROJECTS)):
            self.write(name, text)
            self.dm_ok("import", entity, name)
        self.write("jhs2.csv", JHS2_LEDGER)
        self.dm_ok("import", "enrollments", "jhs2.csv", "--project", "JHS2")

    def write(self, name, text, encoding="utf-8"):
        with open(self.path(name), "w", encoding=encoding) as f:
            f.write(text)
        return name

    def dm(self, *args, **kwargs):
        """Runs dongmao on the test workspace with today pinned; returns (code, out, err)."""
        return self.run_dm("-w", "ws", "--today", TODAY, *args, **kwargs)

    def dm_ok(self, *args):
        """Runs dongmao on the workspace, asserting exit 0 and a silent stderr; returns stdout."""
        code, out, err = self.dm(*args)
        self.assertEqual(code, 0, f"dongmao {' '.join(args)} failed:\n{err}")
        self.assertEqual(err, "", f"dongmao {' '.join(args)} wrote to stderr")
        return out

    def dm_json(self, *args):
        return json.loads(self.dm_ok("--json", *args))

    def dm_fails(self, code, *args):
        """Asserts exit `code` with one error line; returns the message after the prefix."""
        line = self.fails(code, "-w", "ws", "--today", TODAY, *args)
        return line[len("dongmao: error: "):]

    def sql(self, query, *params):
        return self.query(self.ws, query, *params)

    def snapshot(self):
        """Every row of the tables a command may write, to show that a failure wrote nothing."""
        return {table: self.sql(f"SELECT * FROM {table} ORDER BY id")
                for table in ("household", "project", "enrollment", "stage_event", "milestone", "audit_log")}

    def assert_fails_cleanly(self, code, *args):
        """Asserts the command fails with `code` and changes nothing; returns the message."""
        before = self.snapshot()
        message = self.dm_fails(code, *args)
        self.assertEqual(self.snapshot(), before, f"dongmao {' '.join(args)} wrote something")
        return message

    def stage_of(self, household, project):
        rows = self.sql("SELECT e.stage, e.stage_date FROM enrollment e JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id WHERE h.code = ? AND p.code = ?", household, project)
        return rows[0] if rows else None

    def events_of(self, household, project):
        return self.sql("SELECT s.stage, s.effective_date, s.operator, s.note FROM stage_event s "
                        "JOIN enrollment e ON e.id = s.enrollment_id JOIN household h ON h.id = e.household_id "
                        "JOIN project p ON p.id = e.project_id WHERE h.code = ? AND p.code = ? ORDER BY s.id",
                        household, project)

    def audits(self, entity, key):
        return [(action, json.loads(changes) if changes else None) for action, changes in self.sql(
            "SELECT action, changes FROM audit_log WHERE entity = ? AND entity_key = ? ORDER BY id", entity, key)]
