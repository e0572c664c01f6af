"""Faults injected into real runs: an import killed with SIGKILL at random points leaves the
workspace all-or-nothing, and reports read while imports write either succeed with figures
of a committed state or fail with the documented busy exit 75."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
import unittest

from dmtest import BIN, DongmaoTest, fixture

ROWS = 20000


class FaultTest(DongmaoTest):

    def setUp(self):
        super().setUp()
        self.ws = self.init_ws()
        self.ok("-w", "ws", "-q", "import", "communities", fixture("import", "communities.csv"))
        self.rng = random.Random(int(os.environ.get("DONGMAO_FAULT_SEED", "15")))

    def ledger(self, batch, rows=ROWS):
        """A households ledger of `rows` new households, codes B<batch>-<n>."""
        name = self.path(f"households_{batch}.csv")
        with open(name, "w", encoding="utf-8") as f:
            f.write("户编号,户主姓名,社区,地址,家庭人数,建筑面积\n")
            for n in range(rows):
                f.write(f"B{batch}-{n:05d},住户{n},东茅岭社区,东茅岭路{n}号,{n % 6 + 1},{50 + n % 90}.5\n")
        return name

    def households(self):
        return self.query(self.ws, "SELECT count(*) FROM household")[0][0]

    def import_process(self, batch):
        return subprocess.Popen([BIN, "-w", "ws", "-q", "import", "households", self.ledger(batch)], cwd=self.tmp,
                                env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def test_killed_imports_are_all_or_nothing(self):
        started = time.monotonic()
        first = self.import_process(0)
        self.assertEqual(first.wait(timeout=120), 0)
        duration = time.monotonic() - started
        expected = self.households()
        self.assertEqual(expected, ROWS)
        killed_midway = 0
        for batch in range(1, 9):
            proc = self.import_process(batch)
            time.sleep(self.rng.uniform(0.0, duration * 1.1))
            proc.send_signal(signal.SIGKILL)
            code = proc.wait(timeout=60)
            count = self.households()
            if code == -signal.SIGKILL:
                killed_midway += 1
            self.assertIn(count, (expected, expected + ROWS), f"batch {batch}: exit {code}")
            expected = count
            self.assertEqual(self.run_dm("-w", "ws", "check")[0], 0, f"batch {batch}: check after exit {code}")
            self.assertEqual(self.query(self.ws, "SELECT count(*) FROM import_run WHERE status = 'committed'")[0][0],
                             expected // ROWS + 1)
        self.assertGreater(killed_midway, 0)
        # Whatever was interrupted, importing the same ledgers again completes them.
        for batch in range(1, 9):
            self.ok("-w", "ws", "-q", "import", "households", self.ledger(batch))
        self.assertEqual(self.households(), 9 * ROWS)
        self.ok("-w", "ws", "check")

    def test_killed_restores_leave_the_old_data_or_the_new(self):
        self.ok("-w", "ws", "-q", "import", "households", self.ledger(0))
        self.ok("-w", "ws", "backup", "one.db")
        self.ok("-w", "ws", "-q", "import", "households", self.ledger(1))
        self.ok("-w", "ws", "backup", "two.db")
        started = time.monotonic()
        self.ok("-w", "ws", "restore", "--force", "one.db")
        duration = time.monotonic() - started
        backups = ["one.db", "two.db"]
        for attempt in range(8):
            proc = subprocess.Popen([BIN, "-w", "ws", "restore", "--force", backups[attempt % 2]], cwd=self.tmp,
                                    env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(self.rng.uniform(0.0, duration * 1.1))
            proc.send_signal(signal.SIGKILL)
            code = proc.wait(timeout=60)
            self.assertIn(self.households(), (ROWS, 2 * ROWS), f"attempt {attempt}: exit {code}")
            self.assertEqual(self.run_dm("-w", "ws", "check")[0], 0, f"attempt {attempt}: exit {code}")

    def test_readers_during_imports_see_committed_states_or_busy(self):
        batches = 5
        errors = []

        def write():
            for batch in range(batches):
                code, _, err = self.run_dm("-w", "ws", "-q", "import", "households", self.ledger(batch, 500))
                if code != 0:
                    errors.append(f"import {batch}: {code} {err}")

        writer = threading.Thread(target=write)
        writer.start()
        outcomes = {}
        try:
            while writer.is_alive() or not outcomes:
                code, out, err = self.run_dm("-w", "ws", "--json", "status")
                outcomes[code] = outcomes.get(code, 0) + 1
                if code == 0:
                    # Every count from one committed state: as many runs as batches in.
                    counts = json.loads(out)["counts"]
                    self.assertEqual(counts["households"] % 500, 0, counts)
                    self.assertEqual(counts["households"] // 500 + 1, counts["import_runs"], counts)
                else:
                    self.assertEqual(code, 75, err)
                    self.assertIn("工作区正忙", err)
                code, out, err = self.run_dm("-w", "ws", "--json", "report", "monthly", "--month", "2026-11")
                outcomes[code] = outcomes.get(code, 0) + 1
                if code != 0:
                    self.assertEqual(code, 75, err)
        finally:
            writer.join()
        self.assertEqual(errors, [])
        self.assertEqual(self.households(), batches * 500)
        self.assertIn(0, outcomes)
        self.ok("-w", "ws", "check")

    def test_backup_while_importing_is_consistent(self):
        errors = []

        def write():
            for batch in range(4):
                code, _, err = self.run_dm("-w", "ws", "-q", "import", "households", self.ledger(batch, 500))
                if code != 0:
                    errors.append(err)

        writer = threading.Thread(target=write)
        writer.start()
        copies = 0
        while writer.is_alive():
            name = f"b{copies}.db"
            code, _, err = self.run_dm("-w", "ws", "backup", name)
            self.assertIn(code, (0, 75), err)
            if code == 0:
                con = sqlite3.connect(self.path(name))
                households = con.execute("SELECT count(*) FROM household").fetchone()[0]
                con.close()
                self.assertEqual(households % 500, 0)
                copies += 1
        writer.join()
        self.assertEqual(errors, [])
        self.assertGreater(copies, 0)
        empty = self.init_ws("empty")
        self.ok("-w", "empty", "restore", f"b{copies - 1}.db")
        self.ok("-w", "empty", "check")


if __name__ == "__main__":
    unittest.main()
