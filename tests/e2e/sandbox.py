"""Runs dongmao where a directory is a small or read-only filesystem, as root in a private
mount namespace (unshare -m), or as an unprivileged user (setpriv): the faults a real disk or a
mounted backup gives, made on purpose. Tests skip when the machine allows neither."""

import os
import shutil
import subprocess

from dmtest import BIN

NOBODY = 65534

# Mounts a tmpfs of SIZE on DIR, copies SEED's files into it (unless SEED is ""), fills it to
# leave LEFT bytes, runs the command, then lists what is left in DIR on stderr after a "--" line.
_FULL = ('d="$1"; size="$2"; left="$3"; seed="$4"; shift 4; mount -t tmpfs -o size="$size" tmpfs "$d" || exit 99; '
         'if [ -n "$seed" ]; then cp -a "$seed/." "$d/" || exit 99; fi; '
         'used=$(du -sb "$d" | cut -f1); head -c $(( size - left - used )) /dev/zero > "$d/filler"; '
         '"$@"; rc=$?; echo -- >&2; ls -A "$d" >&2; exit $rc')
# Binds DIR onto itself read-only, then runs the command.
_READ_ONLY = ('d="$1"; shift; mount --bind "$d" "$d" && mount -o remount,ro,bind "$d" "$d" || exit 99; '
              'exec "$@"')


def _probe(script, *args):
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    try:
        proc = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", *args], capture_output=True, timeout=30)
    except OSError:
        return False
    return proc.returncode == 0


def can_mount():
    """True when a private mount namespace with tmpfs and read-only binds is available."""
    return _probe('mount -t tmpfs tmpfs /mnt && mount --bind /mnt /mnt && mount -o remount,ro,bind /mnt /mnt')


def can_drop_root():
    """True when dongmao can run as the unprivileged user nobody."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        return False
    proc = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", BIN, "--version"],
                          capture_output=True)
    return proc.returncode == 0


def on_full_disk(test, directory, size, left, *args, env=None, seed=""):
    """Runs dongmao with `directory` a tmpfs of `size` bytes holding a copy of `seed`'s files and
    `left` bytes free; returns (exit code, stdout, stderr before the listing, names left in the
    directory)."""
    return _split_listing(_run(test, ["unshare", "-m", "sh", "-c", _FULL, "sh", directory, str(size), str(left),
                                      seed, BIN, *args], env))


def on_read_only(test, directory, *args, env=None):
    """Runs dongmao with `directory` mounted read-only; returns (exit code, stdout, stderr)."""
    return _run(test, ["unshare", "-m", "sh", "-c", _READ_ONLY, "sh", directory, BIN, *args], env)


def as_nobody(test, *args, env=None):
    """Runs dongmao as the user nobody; returns (exit code, stdout, stderr)."""
    return _run(test, ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", BIN, *args], env)


def _run(test, argv, env):
    run_env = dict(test.env)
    if env:
        run_env.update(env)
    proc = subprocess.run(argv, cwd=test.tmp, env=run_env, capture_output=True, text=True, timeout=300)
    test.assertNotEqual(proc.returncode, 99, proc.stderr)
    return proc.returncode, proc.stdout, proc.stderr


def _split_listing(result):
    code, out, err = result
    err, _, listing = err.rpartition("--\n")
    return code, out, err, sorted(listing.split())
