"""`cmake --install --strip` installs a small binary without debug information, the man page
(when help2man was found at build time) and the bash completion."""

import os
import shutil
import subprocess
import tempfile
import unittest

from dmtest import BIN


class InstallTest(unittest.TestCase):

    def test_install_strip(self):
        build = os.path.dirname(os.path.dirname(os.path.abspath(BIN)))
        if not os.path.isfile(os.path.join(build, "CMakeCache.txt")) or not shutil.which("cmake"):
            self.skipTest("not run from a CMake build tree")
        prefix = tempfile.mkdtemp(prefix="dongmao-install-")
        try:
            subprocess.run(["cmake", "--install", build, "--prefix", prefix, "--strip"], check=True,
                           capture_output=True)
            binary = os.path.join(prefix, "bin", "dongmao")
            self.assertTrue(os.access(binary, os.X_OK))
            if os.environ.get("DONGMAO_SANITIZED") != "1":
                # A sanitizer's instrumentation, not debug information, is what makes that binary large.
                self.assertLess(os.path.getsize(binary), 20 * 1024 * 1024)
            if shutil.which("file"):
                described = subprocess.run(["file", binary], capture_output=True, text=True).stdout
                self.assertIn(", stripped", described)
                self.assertNotIn("with debug_info", described)
            version = subprocess.run([binary, "--version"], capture_output=True, text=True)
            self.assertEqual(version.returncode, 0)
            with open(os.path.join(prefix, "share", "bash-completion", "completions", "dongmao")) as f:
                self.assertIn("complete -o filenames -F _dongmao dongmao", f.read())
            man = os.path.join(prefix, "share", "man", "man1", "dongmao.1")
            with open(os.path.join(build, "CMakeCache.txt")) as f:
                help2man = any(line.startswith("HELP2MAN:") and not line.rstrip().endswith("NOTFOUND")
                               for line in f)
            self.assertEqual(os.path.isfile(man), help2man)
            if help2man:
                with open(man, encoding="utf-8") as f:
                    page = f.read()
                self.assertIn(".TH DONGMAO", page)
                self.assertIn("\\-\\-workspace", page)
        finally:
            shutil.rmtree(prefix, ignore_errors=True)
