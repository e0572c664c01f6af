"""Shared helpers for the end-to-end tests: run the built dongmao in fresh temporary
directories and look at what it left in the workspace database."""

import os
import shutil
import sqlite3
import subprocess
import tempfile
import unittest

BIN = os.environ.get("DONGMAO_BIN", "dongmao")
FIXTURES = os.environ.get(
    "DONGMAO_FIXTURES", os.path.join(os.path.dirname(__file__), "..", "fixtures"))


ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17):
    """The valid 18-character ID number (GB 11643) that starts with `first17`."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS))
    return first17 + "10X98765432"[total % 11]


def fixture(*parts):
    return os.path.join(FIXTURES, *parts)


class DongmaoTest(unittest.TestCase):
    """Each test runs in its own temporary directory, which is also the working directory
    given to dongmao, with a clean environment."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="dongmao-e2e-")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("DONGMAO_")}
        self.env["DONGMAO_OPERATOR"] = "tester"
        self.env["LANG"] = "C.UTF-8"

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def run_dm(self, *args, cwd=None, env=None, input=None):
        """Runs dongmao; returns (exit code, stdout, stderr) as text."""
        run_env = dict(self.env)
        if env:
            run_env.update(env)
        proc = subprocess.run([BIN, *args], cwd=cwd or self.tmp, env=run_env, input=input,
                              capture_output=True, text=True, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr

    def ok(self, *args, **kwargs):
        """Runs dongmao and asserts exit 0; returns stdout."""
        code, out, err = self.run_dm(*args, **kwargs)
        self.assertEqual(code, 0, f"dongmao {' '.join(args)} failed:\n{err}")
        return out

    def fails(self, code, *args, **kwargs):
        """Runs dongmao and asserts exit `code` with one error line; returns that line."""
        got, out, err = self.run_dm(*args, **kwargs)
        self.assertEqual(got, code, f"dongmao {' '.join(args)}: stdout={out!r} stderr={err!r}")
        lines = err.strip().splitlines()
        self.assertEqual(len(lines), 1, f"expected one error line, got {err!r}")
        self.assertTrue(lines[0].startswith("dongmao: error: "), lines[0])
        return lines[0]

    def init_ws(self, name="ws", *extra):
        self.ok("init", name, "--name", "东茅岭街道", "--division-code", "430602001", *extra)
        return self.path(name)

    def edit_settings(self, ws, replace=(), append=""):
        """Rewrites the workspace's dongmao.toml: each (old, new) of `replace` must be there;
        `append` goes at the end."""
        path = os.path.join(ws, "dongmao.toml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for old, new in replace:
            self.assertIn(old, text)
            text = text.replace(old, new)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text + append)

    def query(self, ws, sql, *params):
        con = sqlite3.connect(os.path.join(ws, "dongmao.db"))
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()

# The schema version this build creates: one per migration file.
SCHEMA_VERSION = len([name for name in os.listdir(os.path.join(os.path.dirname(__file__), "..", "..", "schemas",
                                                                "migrations")) if name.endswith(".sql")])
