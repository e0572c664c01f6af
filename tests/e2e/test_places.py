"""The 社区 and 网格 of household rows: one ledger names a few places over and over, and every
row gets the same answer its first mention got, unknown names and names created on the fly
(--create-missing) included."""

import unittest

from dmtest import DongmaoTest


class PlacesTest(DongmaoTest):
    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        with open(self.path("communities.csv"), "w", encoding="utf-8") as f:
            f.write("社区名称,社区代码\n东茅岭社区,430602001001\n柴家山社区,430602001002\n")
        self.ok("-w", self.ws, "-q", "import", "communities", "communities.csv")

    def ledger(self, rows):
        with open(self.path("households.csv"), "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,社区,网格\n")
            for row in rows:
                f.write(",".join(row) + "\n")
        return "households.csv"

    def test_an_unknown_grid_is_refused_on_every_row_that_names_it(self):
        self.ok("-w", self.ws, "-q", "import", "households", self.ledger([
            ("H1", "张三", "东茅岭社区", "第1网格"), ("H2", "李四", "东茅岭社区", "第1网格")]), "--create-missing")
        file = self.ledger([("H3", "王五", "东茅岭社区", "第7网格"), ("H4", "赵六", "东茅岭社区", "第1网格"),
                            ("H5", "钱七", "东茅岭社区", "第7网格")])
        code, out, err = self.run_dm("-w", self.ws, "import", "households", file, "--on-error", "skip")
        self.assertEqual(code, 0, err)
        self.assertEqual(err.count("未知网格“第7网格”"), 2, err)
        self.assertIn("households.csv：第2行 D列（网格）：未知网格“第7网格”（已有：第1网格）", err)
        self.assertIn("households.csv：第4行 D列（网格）：未知网格“第7网格”（已有：第1网格）", err)
        self.assertEqual(self.query(self.ws, "SELECT code FROM household ORDER BY code"),
                         [("H1",), ("H2",), ("H4",)])

    def test_a_grid_created_on_the_fly_is_one_grid_per_community(self):
        self.ok("-w", self.ws, "-q", "import", "households", self.ledger([
            ("H1", "张三", "东茅岭社区", "第1网格"), ("H2", "李四", "柴家山社区", "第1网格"),
            ("H3", "王五", "东茅岭社区", "第1网格"), ("H4", "赵六", "柴家山社区", "第1网格"),
            ("H5", "钱七", "东茅岭社区", "第2网格")]), "--create-missing")
        self.assertEqual(self.query(self.ws, """
            SELECT h.code, c.name, g.name FROM household h JOIN community c ON c.id = h.community_id
            JOIN grid g ON g.id = h.grid_id AND g.community_id = c.id ORDER BY h.code"""), [
            ("H1", "东茅岭社区", "第1网格"), ("H2", "柴家山社区", "第1网格"), ("H3", "东茅岭社区", "第1网格"),
            ("H4", "柴家山社区", "第1网格"), ("H5", "东茅岭社区", "第2网格")])
        self.assertEqual(self.query(self.ws, "SELECT count(*) FROM grid"), [(3,)])


if __name__ == "__main__":
    unittest.main()
