#!/usr/bin/python3
"""report_sql — the monthly report's SQL, copied from the C++ sources, for the sqlite3 shell.

Usage (report_bench.sh does this for you):

    /usr/bin/python3 tests/bench/report_sql.py [--mode plain|explain|timed] \\
        [--month 2026-11] [--today 2026-11-27] [--group-threshold 5] \\
        [--dispute-households 50] [--scratch FILE] > queries.sql

Follows `report::build_report` (lib/dongmao/report/build.cpp) through every store function it
calls, in the order it calls them (lib/dongmao/store/*.cpp: report_*.cpp, project_progress.cpp,
petition.cpp, indicator.cpp today), and takes the text of every statement they prepare: the
expression passed to `db::Statement NAME(db, ...)` — adjacent string literals (raw ones too)
joined as the compiler joins them, `+` of literals and of file-level `constexpr const char*`
constants, and a local std::string a function builds up (each_petition's `where`, only the
parts the caller's filter turns on) — or the SQL argument of a helper that prepares its
parameter (count_by, count_rows). Each statement is written with its parameters replaced by the
literals `dongmao report monthly --month M --today T` binds (computed below exactly as
domain/period.cpp, figures/metrics.cpp, report/build.cpp and the store functions compute them;
settings are dongmao.toml's defaults: group_threshold 5, dispute_households 50, no
[[sensitive_periods]]), in the order dongmao runs them, between the BEGIN and COMMIT of the
report's read transaction.

The statement text is never retyped: if a function on the report's path gains, loses or
renames a statement, calls another function with the connection, or a statement's number of
parameters changes, this script stops with an error instead of benchmarking SQL that dongmao
no longer runs.

Statements whose running depends on the data are run as dongmao runs them: the shell itself
writes them to a scratch file (--scratch; overwritten on every run) from the rows or the
answer they depend on, then reads that file back:
    project_progress.cpp:compute.project, compute.rows
             once per project, in code order, with that project's id (ids from
             all_project_progress.s, the statement dongmao reads them with) — as dongmao does;
    report_overview.cpp:overview.count_rows#2
             only if overview.count_rows#1 (any person) is 0;
    report_overview.cpp:overview.persons
             only if overview.count_rows#1 is not 0;
    report_units.cpp:organisations_registered.s
             only if organisations_registered.any returns a row.
Not run: petition.cpp:count_in_periods.count (dongmao prepares it, but steps it once per
[[sensitive_periods]] entry the month overlaps; the default settings have none).

Statements are named file:function.variable (a helper's call: file:function.FIELD, the member
of its last argument, as count_by's f.by_channel, else file:function.helper#N, as count_rows#1).

Not mirrored: what opening the workspace runs before the report (schema check, PRAGMAs,
settings), and the per-row work dongmao does in C++ (deadline rules, consent, tallies) — the
shell only sends the rows to /dev/null. Per-project statements run in the order the shell
returns all_project_progress.s's rows through a CTE (code order in practice; SQLite does not
promise it, which only matters for the page cache).

Modes:
    plain    the statements, one after another (the benchmark's sqlite3 baseline)
    explain  EXPLAIN QUERY PLAN of each, under a header naming its source (a per-project
             statement: the plan for the first project; a conditional one: whatever the data)
    timed    each statement with the shell's .timer on, its rows to /dev/null and a
             "-- file:name" line before its "Run Time:" line (per-query times; a per-project
             statement is named file:name@ID, ID the project's id)
"""

import argparse
import calendar
import datetime as dt
import glob
import os
import re
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STORE = os.path.join(REPO, "lib", "dongmao", "store")
BUILD = os.path.join(REPO, "lib", "dongmao", "report", "build.cpp")
ROOT = "build_report"  # report::build_report: what `report monthly` runs (no --peers, --template, --rollup)


def fail(message):
    sys.exit(f"report_sql: {message}; update tests/bench/report_sql.py")


# --- reading C++ -------------------------------------------------------------------------------

RAW = re.compile(r'(?:u8|[uUL])?R"([^()\\\s]{0,16})\((.*?)\)\1"', re.S)
STRING = re.compile(r'(?:u8|[uUL])?"((?:[^"\\\n]|\\.)*)"')
ESCAPES = {'\\"': '"', "\\\\": "\\", "\\n": "\n", "\\t": "\t", "\\'": "'"}


class Source:
    """One .cpp file: `code` (comments blanked) and `skel` (comments and the insides of string
    and character literals blanked), both with the offsets of the file."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            src = fh.read()
        code, skel, i, n = list(src), list(src), 0, len(src)

        def blank(a, b, both):
            for k in range(a, b):
                if src[k] != "\n":
                    skel[k] = " "
                    if both:
                        code[k] = " "

        while i < n:
            c = src[i]
            if src.startswith("//", i):
                j = src.find("\n", i)
                j = n if j < 0 else j
                blank(i, j, True)
                i = j
            elif src.startswith("/*", i):
                j = src.index("*/", i) + 2
                blank(i, j, True)
                i = j
            elif c == '"' or (c == "R" and src.startswith('R"', i) and not (i and (src[i - 1].isalnum() or src[i - 1] == "_") and src[i - 1] not in "uUL8")):
                m = RAW.match(src, i) if c == "R" else None
                if m:
                    blank(m.start() + 1, m.end() - 1, False)
                    i = m.end()
                else:
                    m = STRING.match(src, i)
                    if not m:
                        fail(f"{self.name}: unterminated string at offset {i}")
                    blank(m.start() + 1, m.end() - 1, False)
                    i = m.end()
            elif c == "'" and not (i and src[i - 1].isalnum()):  # not a digit separator
                m = re.compile(r"'(?:[^'\\\n]|\\.)*'").match(src, i)
                if not m:
                    fail(f"{self.name}: unterminated character literal at offset {i}")
                blank(m.start() + 1, m.end() - 1, False)
                i = m.end()
            else:
                i += 1
        self.code, self.skel = "".join(code), "".join(skel)
        self.constants = {}
        for m in re.finditer(r'constexpr\s+const\s+char\s*\*\s*(\w+)\s*=([^;]*);', self.skel):
            self.constants[m.group(1)] = literal_text(self.code[m.start(2):m.end(2)], self.name)
        self.functions = self._functions()

    def close(self, i, open_c="(", close_c=")"):
        """The offset just past the bracket matching the one at `i`."""
        depth = 0
        for j in range(i, len(self.skel)):
            if self.skel[j] == open_c:
                depth += 1
            elif self.skel[j] == close_c:
                depth -= 1
                if depth == 0:
                    return j + 1
        fail(f"{self.name}: unbalanced {open_c} at offset {i}")

    def _functions(self):
        """[Function] defined at namespace level, in source order."""
        found, stack, boundary = [], [], -1
        for i, c in enumerate(self.skel):
            if c == "{":
                head = self.skel[boundary + 1:i]
                kind, name = "other", None
                m = re.search(r"\bnamespace\b\s*([\w:]*)\s*$", head)
                if m:
                    kind, name = "ns", m.group(1)
                elif all(k == "ns" for k, _, _ in stack):
                    m = re.search(r"(\w+)\s*\(((?:[^()]|\([^()]*\))*)\)\s*(?:const\s*)?(?:noexcept\s*)?$", head)
                    if m and "=" not in head[:m.start()] and m.group(1) not in ("if", "for", "while", "switch"):
                        kind, name = "fn", (m.group(1), m.group(2))
                stack.append((kind, name, i))
                boundary = i
            elif c == "}":
                kind, name, start = stack.pop()
                if kind == "fn":
                    anon = any(k == "ns" and not nm for k, nm, _ in stack)
                    params = parameter_names(name[1])
                    found.append(Function(self, name[0], params, start + 1, i, anon))
                boundary = i
            elif c == ";":
                boundary = i
        return found


def parameter_names(text):
    """The names of a parameter list's parameters ("" for an unnamed one)."""
    out, depth, cur = [], 0, ""
    for c in text + ",":
        if c in "<([":
            depth += 1
        elif c in ">)]":
            depth -= 1
        if c == "," and depth == 0:
            words = re.findall(r"[A-Za-z_]\w*", cur.split("=")[0])
            if cur.strip() and cur.strip() != "void":
                out.append(words[-1] if words else "")
            cur = ""
        else:
            cur += c
    return out


class Function:
    def __init__(self, source, name, params, start, end, anon):
        self.source, self.name, self.params, self.start, self.end, self.anon = source, name, params, start, end, anon

    @property
    def skel(self):
        return self.source.skel[self.start:self.end]

    def where(self):
        return f"{self.source.name}:{self.name}"


def literal_text(code, where):
    """The text of a sequence of adjacent string literals."""
    out, i = [], 0
    while i < len(code):
        if code[i].isspace():
            i += 1
            continue
        m = RAW.match(code, i)
        if m:
            out.append(m.group(2))
            i = m.end()
            continue
        m = STRING.match(code, i)
        if not m:
            fail(f"{where}: expected a string literal, found {code[i:i + 40]!r}")
        for e in re.findall(r"\\.", m.group(1)):
            if e not in ESCAPES:
                fail(f"{where}: escape {e} in a statement")
        out.append(re.sub(r"\\.", lambda e: ESCAPES[e.group(0)], m.group(1)))
        i = m.end()
    return "".join(out)


def split_args(source, a, b):
    """[(start, end)] of the top-level comma-separated arguments in source[a:b]."""
    return [(s, e) for s, e in split_top(source, a, b, ",") if source.skel[s:e].strip()]


def evaluate(source, a, b, env, where):
    """The text of the C++ string expression source.code[a:b]: literals, constants, locals, +."""
    out = []
    for s, e in split_top(source, a, b, "+"):
        term = source.skel[s:e].strip()
        m = re.fullmatch(r"std::string\s*\((.*)\)", term, re.S)
        if m:
            inner = s + source.skel[s:e].index("(") + 1
            out.append(evaluate(source, inner, s + source.skel[s:e].rindex(")"), env, where))
        elif re.fullmatch(r"\w+", term):
            if term in env:
                out.append(env[term])
            elif term in source.constants:
                out.append(source.constants[term])
            else:
                fail(f"{where}: statement built from `{term}`, which this script cannot follow")
        elif term.startswith(('"', 'R"', 'u8"', 'u8R"')):
            out.append(literal_text(source.code[s:e], where))
        else:
            fail(f"{where}: statement built from `{term[:60]}`, which this script cannot follow")
    return "".join(out)


def control_end(source, a):
    """The end of the if/for/while whose condition opens at `a`: its block or statement."""
    k = source.close(a)
    while source.skel[k].isspace():
        k += 1
    return source.close(k, "{", "}") if source.skel[k] == "{" else source.skel.index(";", k) + 1


def split_top(source, a, b, sep):
    out, depth, start = [], 0, a
    for j in range(a, b):
        c = source.skel[j]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == sep and depth == 0:
            out.append((start, j))
            start = j + 1
    out.append((start, b))
    return out


# --- following the report ----------------------------------------------------------------------

class Statement:
    def __init__(self, file, name, sql):
        self.file, self.name, self.sql = file, name, sql

    @property
    def key(self):
        return (self.file, self.name)

    @property
    def where(self):
        return f"{self.file}:{self.name}"


class Tracer:
    def __init__(self):
        self.sources = [Source(p) for p in sorted(glob.glob(os.path.join(STORE, "*.cpp")))]
        self.by_file = {}
        self.exported = {}
        for src in self.sources:
            for f in src.functions:
                self.by_file.setdefault((src.name, f.name), []).append(f)
                if not f.anon:
                    self.exported.setdefault(f.name, []).append(f)
        # Helpers: functions that prepare their own parameter, fed by their callers' SQL.
        self.helpers = {}
        for src in self.sources:
            for f in src.functions:
                for m in re.finditer(r"db::Statement\s+\w+\s*\(\s*db\s*,\s*(\w+)\s*\)", f.skel):
                    if m.group(1) in f.params:
                        self.helpers[(src.name, f.name)] = f.params.index(m.group(1))
        self.statements = []
        self.stack = []

    def resolve(self, caller, name):
        local = self.by_file.get((caller.source.name, name), [])
        found = local or self.exported.get(name, [])
        if len(found) > 1:
            fail(f"{caller.where()}: calls {name}, defined {len(found)} times")
        return found[0] if found else None

    def root(self):
        """The store functions build_report calls, in order."""
        build = Source(BUILD)
        fns = [f for f in build.functions if f.name == ROOT]
        if len(fns) != 1:
            fail(f"build.cpp: no single {ROOT}")
        body = fns[0].skel
        calls = []
        for m in re.finditer(r"\bstore::(\w+)\s*\(", body):
            fn = self.exported.get(m.group(1), [])
            if len(fn) != 1:
                fail(f"build.cpp: {ROOT} calls store::{m.group(1)}, defined {len(fn)} times")
            calls.append(fn[0])
        uses = len(re.findall(r"\bws\.db\(\)", body))
        if uses != len(calls) + 1 or not re.search(r"db::ReadTransaction\s+\w+\s*\(\s*ws\.db\(\)\s*\)", body):
            fail(f"build.cpp: {ROOT} uses the connection other than through store:: calls and its ReadTransaction")
        if re.search(r"\bws\.db\(\)", body[:re.search(r"ReadTransaction", body).start()]):
            fail(f"build.cpp: {ROOT} runs something before BEGIN")
        for fn in calls:
            self.trace(fn, None)
        return self.statements

    def filter_blocks(self, fn, filt):
        """[(start, end, on)] of the if-blocks of fn whose condition reads the filter parameter
        `filt` = (param, fields set); `on` whether the caller's filter turns them on."""
        if not filt:
            return []
        param, fields = filt
        src, out = fn.source, []
        for m in re.finditer(r"\bif\s*\(", fn.skel):
            a = fn.start + m.end() - 1
            b = src.close(a)
            cond = src.skel[a:b]
            used = set(re.findall(r"\b" + param + r"\.(\w+)", cond))
            if not used:
                continue
            if re.search(r"!\s*" + param + r"\.\w+\b(?!\.empty)", cond):
                fail(f"{fn.where()}: a negated filter condition `{cond.strip()}`")
            end = control_end(src, a)
            if re.match(r"\s*else\b", src.skel[end:]):
                fail(f"{fn.where()}: an else after a filter condition")
            out.append((a, end, used <= fields))
        return out

    def trace(self, fn, filt):
        if fn in self.stack:
            fail(f"{fn.where()}: recursion")
        self.stack.append(fn)
        src, skel = fn.source, fn.skel
        blocks = self.filter_blocks(fn, filt)

        def off(pos):  # inside a block the caller's filter leaves off
            return any(a <= pos < b and not on for a, b, on in blocks)

        events = []  # (offset, kind, data)
        for m in re.finditer(r"db::Statement\s+(\w+)\s*\(", skel):
            pos = fn.start + m.start()
            a = fn.start + m.end() - 1
            args = split_args(src, a + 1, src.close(a) - 1)
            if len(args) != 2 or src.skel[args[0][0]:args[0][1]].strip() != "db":
                fail(f"{fn.where()}: statement {m.group(1)} is not (db, sql)")
            if (src.name, fn.name) in self.helpers and src.skel[args[1][0]:args[1][1]].strip() in fn.params:
                continue  # the helper's own statement: its callers give the SQL
            if not off(pos):
                events.append((pos, "sql", (m.group(1), args[1])))
        for m in re.finditer(r"(?<![\w.>:])(?:store::)?(\w+)\s*\(", skel):
            pos = fn.start + m.start()
            name = m.group(1)
            if off(pos) or name in ("if", "for", "while", "switch", "return", "sizeof"):
                continue
            decl = re.search(r"(?<![\w:])([A-Za-z_][\w:<>&*]*)\s+$", src.skel[fn.start:pos])
            if decl and decl.group(1) not in ("return", "else", "case", "throw", "co_return", "co_await"):
                continue  # a variable's declaration (Type name(...)), not a call
            target = self.resolve(fn, name)
            if target is None or target is fn:
                continue
            a = fn.start + m.end() - 1
            events.append((pos, "call", (target, a)))
        # The connection may only go to statements and to functions followed here.
        for m in re.finditer(r"\bdb\b(?!::)", skel):
            pos = fn.start + m.start()
            if off(pos):
                continue
            before = src.skel[:pos]
            call = re.search(r"(?:db::Statement\s+\w+|(?<![\w.>:])(?:store::)?(\w+))\s*\(\s*$", before)
            if not call:
                fail(f"{fn.where()}: the connection used other than as a call's first argument")
            if call.group(1) is None:
                continue
            if self.resolve(fn, call.group(1)) is None:
                fail(f"{fn.where()}: passes the connection to {call.group(1)}, which this script does not follow")
        counters = {}
        for pos, kind, data in sorted(events, key=lambda e: e[0]):
            if kind == "sql":
                name, (s, e) = data
                env = self.locals(fn, s, e, blocks, off)
                self.add(src.name, f"{fn.name}.{name}", evaluate(src, s, e, env, f"{fn.where()}.{name}"))
                continue
            target, a = data
            args = split_args(src, a + 1, src.close(a) - 1)
            hkey = (target.source.name, target.name)
            if hkey in self.helpers:
                s, e = args[self.helpers[hkey]]
                last = src.skel[args[-1][0]:args[-1][1]].strip()
                m = re.fullmatch(r"[\w.]*\.(\w+)", last)
                if m:
                    label = m.group(1)
                else:
                    counters[target.name] = counters.get(target.name, 0) + 1
                    label = f"{target.name}#{counters[target.name]}"
                self.add(src.name, f"{fn.name}.{label}", evaluate(src, s, e, {}, f"{fn.where()}.{label}"))
                continue
            # A filter variable passed on: which of its members this caller sets.
            sub = None
            for i, (s, e) in enumerate(args):
                arg = src.skel[s:e].strip()
                if re.fullmatch(r"\w+", arg) and re.search(r"\b\w*Filter\s+" + arg + r"\s*;", skel):
                    if i >= len(target.params):
                        fail(f"{target.where()}: parameters not understood")
                    sub = (target.params[i], set(re.findall(r"\b" + arg + r"\.(\w+)\s*=(?!=)", skel)))
            self.trace(target, sub)
        self.stack.pop()

    def locals(self, fn, s, e, blocks, off):
        """The values of the local std::strings a statement's expression names: the initial
        literal and every literal appended before the statement (directly or through a lambda
        taking the text), but for what the caller's filter leaves off."""
        src, env = fn.source, {}
        for var in sorted(set(re.findall(r"\b\w+\b", src.skel[s:e])) - set(src.constants)):
            m = re.search(r"std::string\s+" + var + r"\s*=([^;]*);", fn.skel)
            if not m:
                continue
            if re.search(r"\belse\b", fn.skel):
                fail(f"{fn.where()}: `{var}` built under an else")
            parts = [(fn.start + m.start(), literal_text(src.code[fn.start + m.start(1):fn.start + m.end(1)], fn.where()))]
            lambdas, appends = [], []  # lambda bodies (skipped); (offset, start, end) of appended text
            for lm in re.finditer(r"auto\s+(\w+)\s*=\s*\[[^\]]*\]\s*\(\s*const\s+char\s*\*\s*(\w+)", fn.skel):
                brace = src.skel.index("{", fn.start + lm.end())
                body = (brace, src.close(brace, "{", "}"))
                if re.search(r"\b" + var + r"\s*\+=\s*" + lm.group(2) + r"\s*;", src.skel[body[0]:body[1]]):
                    lambdas.append(body)
                    for cm in re.finditer(r"(?<![\w.])" + lm.group(1) + r"\s*\(", fn.skel):
                        a = fn.start + cm.end() - 1
                        first = split_args(src, a + 1, src.close(a) - 1)[0]
                        appends.append((fn.start + cm.start(), first[0], first[1]))
            for am in re.finditer(r"\b" + var + r"\s*\+=", fn.skel):
                a = fn.start + am.end()
                appends.append((fn.start + am.start(), a, src.skel.index(";", a)))
            others = []  # the ranges of conditions and loops that are not the caller's filter's
            for im in re.finditer(r"\b(?:if|for|while|switch)\s*\(", fn.skel):
                x = fn.start + im.start()
                if not any(bx == fn.start + im.end() - 1 for bx, _, _ in blocks):
                    others.append((x, control_end(src, fn.start + im.end() - 1)))
            for pos, a, b in appends:
                if pos > s or off(pos) or any(x <= pos < y for x, y in lambdas):
                    continue
                if any(x <= pos < y for x, y in others):
                    fail(f"{fn.where()}: `{var}` appended to under a condition this script cannot decide")
                parts.append((pos, evaluate(src, a, b, {}, f"{fn.where()}.{var}")))
            env[var] = "".join(t for _, t in sorted(parts))
        return env

    def add(self, file, name, sql):
        if any(st.key == (file, name) for st in self.statements):
            fail(f"{file}:{name}: reached twice")
        self.statements.append(Statement(file, name, sql))


# --- what report monthly binds -----------------------------------------------------------------

class Run:
    """Run once with these values; `only_if` = (key, "row" | "nonzero" | "zero") of the
    statement whose answer decides; `per_row` = key of the statement whose rows it runs for,
    ROW standing for the row's first column."""

    def __init__(self, values, only_if=None, per_row=None):
        self.values, self.only_if, self.per_row = values, only_if, per_row


class NotRun:
    def __init__(self, why):
        self.why = why


ROW = object()


def month_bounds(y, m):
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def previous_month(y, m):
    return (y - 1, 12) if m == 1 else (y, m - 1)


def bindings(month, today, group_threshold, dispute_households):
    """{(file, name): Run | NotRun} for report monthly."""
    y, m = map(int, month.split("-"))
    frm, to = month_bounds(y, m)                 # period (period.cpp: of_month)
    as_of = min(to, today)                       # build.cpp
    end = min(to, as_of)                         # petition_figures: open at the period's end
    py, pm = previous_month(y, m)                # previous_period()
    months = [(y, m)]                            # petition_figures: 12 months to period.to
    for _ in range(11):
        months.insert(0, previous_month(*months[0]))
    first12 = month_bounds(*months[0])[0]
    last12 = month_bounds(*months[-1])[1]
    F, T = frm.isoformat(), to.isoformat()
    ym = f"{y:04d}-{m:02d}"
    # metric_figures: from the first month of the period, the previous period and the year to
    # date (figures::metric_spans; compared as text, as std::min does) to the period's month.
    first_month = min(ym, f"{py:04d}-{pm:02d}", f"{y:04d}-01")
    ids = ("project_progress.cpp", "all_project_progress.s")
    persons_exist = ("report_overview.cpp", "overview.count_rows#1")
    return {
        # project_figures → all_project_progress → compute (per project), then its own
        ids: Run([]),
        ("project_progress.cpp", "compute.project"): Run([ROW], per_row=ids),
        ("project_progress.cpp", "compute.rows"): Run([ROW], per_row=ids),
        ("report_projects.cpp", "project_figures.investment"): Run([]),
        ("report_projects.cpp", "project_figures.milestones"): Run([F, T]),
        ("report_units.cpp", "add_unit_figures.units"): Run([]),
        # petition_figures
        ("report_petitions.cpp", "petition_figures.totals"): Run([F, T, group_threshold]),
        ("report_petitions.cpp", "petition_figures.by_channel"): Run([F, T]),
        ("report_petitions.cpp", "petition_figures.by_category"): Run([F, T]),
        ("report_petitions.cpp", "petition_figures.by_community"): Run([F, T]),
        ("report_petitions.cpp", "petition_figures.accepted"): Run([F, T]),
        ("petition.cpp", "each_petition.select"): Run([T]),          # count_steps: received_to
        ("report_petitions.cpp", "list_disputes.disputes"): Run([F, T, dispute_households, group_threshold]),
        ("petition.cpp", "petitions_open_on.select"): Run([end.isoformat()]),
        ("petition.cpp", "count_in_periods.count"): NotRun(
            "prepared, but stepped once per [[sensitive_periods]] entry the period overlaps; the default has none"),
        ("report_petitions.cpp", "petition_figures.per_month"): Run([first12.isoformat(), last12.isoformat()]),
        # organisations_registered
        ("report_units.cpp", "organisations_registered.any"): Run([]),
        ("report_units.cpp", "organisations_registered.s"): Run(
            [F, T], only_if=(("report_units.cpp", "organisations_registered.any"), "row")),
        # metric_figures
        ("report_metrics.cpp", "metric_figures.values"): Run([first_month, ym]),
        ("report_metrics.cpp", "metric_figures.community_query"): Run([]),
        ("indicator.cpp", "indicators.query"): Run([]),
        # overview
        ("report_overview.cpp", "overview.communities"): Run([]),
        persons_exist: Run([]),
        ("report_overview.cpp", "overview.count_rows#2"): Run([], only_if=(persons_exist, "zero")),
        ("report_overview.cpp", "overview.count_rows#3"): Run([]),
        ("report_overview.cpp", "overview.grids"): Run([]),
        ("report_overview.cpp", "overview.households"): Run([]),
        ("report_overview.cpp", "overview.persons"): Run([], only_if=(persons_exist, "nonzero")),
        ("report_overview.cpp", "overview.organisations"): Run([]),
    }


def literal(v):
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def bind(sql, values, where):
    """[text | ROW]: sql with ?NNN and bare ? (SQLite numbering) outside quoted SQL text
    replaced by literals (ROW left for the caller)."""
    out, i, nxt, used = [], 0, 1, set()
    while i < len(sql):
        c = sql[i]
        if c in "'\"":
            j = sql.index(c, i + 1)
            while j + 1 < len(sql) and sql[j + 1] == c:  # '' inside a string
                j = sql.index(c, j + 2)
            out.append(sql[i:j + 1])
            i = j + 1
        elif c == "?":
            m = re.match(r"\?(\d*)", sql[i:])
            n = int(m.group(1)) if m.group(1) else nxt
            nxt = max(nxt, n + 1)
            if n > len(values):
                sys.exit(f"report_sql: {where}: parameter ?{n} but only {len(values)} values bound")
            used.add(n)
            out.append(values[n - 1] if values[n - 1] is ROW else literal(values[n - 1]))
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    if used != set(range(1, len(values) + 1)):
        sys.exit(f"report_sql: {where}: binds {len(values)} values but the statement uses {sorted(used)}")
    return out


def text_of(parts):
    return "".join(parts)


def sql_string(parts, row="r.v"):
    """A SQL expression giving the text `parts`, ROW as the text of `row`."""
    pieces, buf = [], []
    for p in parts:
        if p is ROW:
            pieces.append(literal("".join(buf)))
            pieces.append(row)
            buf = []
        else:
            buf.append(p)
    pieces.append(literal("".join(buf)))
    return " || ".join(x for x in pieces if x != "''") or "''"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("plain", "explain", "timed"), default="plain")
    parser.add_argument("--month", default="2026-11")
    parser.add_argument("--today", default="2026-11-27")
    parser.add_argument("--group-threshold", type=int, default=5)
    parser.add_argument("--dispute-households", type=int, default=50)
    parser.add_argument("--scratch", help="file the shell writes the data-dependent statements to "
                        "(default: report_sql-MODE.UID.sql in the temporary directory)")
    args = parser.parse_args()
    binds = bindings(args.month, dt.date.fromisoformat(args.today), args.group_threshold, args.dispute_households)
    statements = Tracer().root()
    keys = [st.key for st in statements]
    if sorted(keys) != sorted(binds):
        sys.exit("report_sql: the statements in the sources no longer match the bindings here:\n"
                 f"  only in sources: {sorted(set(keys) - set(binds))}\n"
                 f"  only here:       {sorted(set(binds) - set(keys))}")
    by_key = {st.key: st for st in statements}
    for st in statements:  # what decides a statement's running runs before it
        b = binds[st.key]
        dep = isinstance(b, Run) and (b.only_if[0] if b.only_if else b.per_row)
        if dep and (keys.index(dep) > keys.index(st.key) or not isinstance(binds[dep], Run) or binds[dep].values):
            sys.exit(f"report_sql: {st.where}: depends on {dep}, which does not run before it unbound")
    scratch = args.scratch or os.path.join(tempfile.gettempdir(), f"report_sql-{args.mode}.{os.getuid()}.sql")
    mode = args.mode
    out = [f"-- dongmao report monthly --month {args.month} --today {args.today}: the SQL of "
           "lib/dongmao/store, in the order report::build_report runs it,",
           "-- generated by tests/bench/report_sql.py; do not edit.", ".mode list", ".headers off"]
    if mode == "plain":
        out.append("BEGIN;")
    elif mode == "timed":
        out += ["BEGIN;", ".timer on", ".output /dev/null"]
    back = {"plain": ".output stdout", "explain": ".output stdout", "timed": ".output /dev/null"}[mode]

    def generate(select):
        """The shell writes what `select` returns to the scratch file and runs it."""
        lines = []
        if mode == "timed":
            lines.append(".timer off")
        lines += [f".output '{scratch}'", select + ";", back]
        if mode == "timed":
            lines.append(".timer on")
        return lines + [f".read '{scratch}'"]

    def printable(text):  # .print "..." resolves backslashes; a dot-command is one line
        return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    def shown(where, text):
        return [f".print '-- {where}'", f'.print "{printable(text)}"']

    # Consecutive per-row statements over the same rows run together, row by row.
    i = 0
    while i < len(statements):
        st = statements[i]
        b = binds[st.key]
        if isinstance(b, NotRun):
            out.append(f"-- {st.where}: not run ({b.why})")
            i += 1
            continue
        parts = bind(st.sql, b.values, st.where)
        if b.per_row:
            group = [st]
            while i + len(group) < len(statements):
                nb = binds[statements[i + len(group)].key]
                if not (isinstance(nb, Run) and nb.per_row == b.per_row):
                    break
                group.append(statements[i + len(group)])
            rows = by_key[b.per_row].sql
            exprs = []
            for g in group:
                gp = bind(g.sql, binds[g.key].values, g.where)
                if mode == "plain":
                    exprs.append(literal(f"-- {g.where}@") + " || r.v || char(10) || " + sql_string(gp) + " || ';'")
                elif mode == "explain":
                    head = f".print '-- {g.where} (once per row of {by_key[b.per_row].where}; the plan for the first)'"
                    exprs.append(" || ".join([
                        literal(head + '\n.print "'), sql_string([p if p is ROW else printable(p) for p in gp]),
                        literal('"\nEXPLAIN QUERY PLAN '), sql_string(gp), literal(";\n.print ''")]))
                else:
                    exprs.append(f"'.output stdout' || char(10) || '.print ''-- {g.where}@' || r.v || '''' || char(10) "
                                 "|| '.output /dev/null' || char(10) || " + sql_string(gp) + " || ';'")
            limit = " LIMIT 1" if mode == "explain" else ""
            out.append(f"-- {', '.join(g.where for g in group)}: once per row of {by_key[b.per_row].where}")
            out += generate(f"WITH r(v) AS ({rows}) SELECT {' || char(10) || '.join(exprs)} FROM r{limit}")
            i += len(group)
            continue
        text = text_of(parts)
        if b.only_if:
            dep, test = b.only_if
            dsql = by_key[dep].sql
            cond = {"row": f"EXISTS ({dsql})", "nonzero": f"({dsql}) != 0", "zero": f"({dsql}) = 0"}[test]
            note = {"row": f"only if {by_key[dep].where} returns a row",
                    "nonzero": f"only if {by_key[dep].where} is not 0",
                    "zero": f"only if {by_key[dep].where} is 0"}[test]
            if mode == "explain":
                out += shown(f"{st.where} ({note})", text)
                out += [f"EXPLAIN QUERY PLAN {text};", ".print ''"]
            else:
                body = [f"-- {st.where}", text + ";"] if mode == "plain" else \
                    [".output stdout", f".print '-- {st.where}'", ".output /dev/null", text + ";"]
                out.append(f"-- {st.where}: {note}")
                out += generate(f"SELECT {literal(chr(10).join(body))} WHERE {cond}")
        elif mode == "plain":
            out += [f"-- {st.where}", text + ";"]
        elif mode == "explain":
            out += shown(st.where, text) + [f"EXPLAIN QUERY PLAN {text};", ".print ''"]
        else:
            out += [".output stdout", f".print '-- {st.where}'", ".output /dev/null", text + ";"]
        i += 1
    if mode == "plain":
        out.append("COMMIT;")
    elif mode == "timed":
        out += [".timer off", ".output stdout", "COMMIT;"]
    print("\n".join(out))


if __name__ == "__main__":
    main()
