#!/usr/bin/python3
"""report_sql — the monthly report's SQL, copied from the C++ sources, for the sqlite3 shell.

Usage (report_bench.sh does this for you):

    /usr/bin/python3 tests/bench/report_sql.py [--mode plain|explain|timed] \\
        [--month 2026-11] [--today 2026-11-27] [--group-threshold 5] > queries.sql

Reads lib/dongmao/store/report_{overview,projects,petitions,metrics}.cpp, takes the text of
every statement they prepare — the string literal(s) passed to `db::Statement NAME(db, ...)`
or to `count_by(db, ...)`, adjacent literals joined as the C++ compiler joins them — and
writes each one with its parameters replaced by the literals `dongmao report monthly --month
M --today T` binds (computed below exactly as domain/period.cpp, report/build.cpp and the
store functions compute them). The statements come out in the order dongmao runs them.

The statement text is never retyped: if a source gains, loses or renames a statement, or a
statement's number of parameters changes, this script stops with an error instead of
benchmarking SQL that dongmao no longer runs.

Modes:
    plain    the statements, one after another (the benchmark's sqlite3 baseline)
    explain  EXPLAIN QUERY PLAN of each, under a header naming its source
    timed    each statement with the shell's .timer on, its rows to /dev/null and a
             "-- file:name" line before its "Run Time:" line (per-query times)
"""

import argparse
import calendar
import datetime as dt
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STORE = os.path.join(REPO, "lib", "dongmao", "store")
FILES = ("report_overview.cpp", "report_projects.cpp", "report_petitions.cpp", "report_metrics.cpp")

# A C++ string literal sequence: "..." "..." with only whitespace between them.
LITERALS = r'((?:\s*"(?:[^"\\]|\\.)*")+)'
STATEMENT = re.compile(r'db::Statement\s+(\w+)\s*\(\s*db\s*,' + LITERALS)
COUNT_BY = re.compile(r'count_by\s*\(\s*db\s*,' + LITERALS + r'\s*,\s*period\s*,\s*f\.(\w+)\s*\)')
HELPER = re.compile(r'db::Statement\s+\w+\s*\(\s*db\s*,\s*sql\s*\)')
ESCAPES = {'\\"': '"', "\\\\": "\\", "\\n": "\n", "\\t": "\t"}


def join_literals(text):
    out = []
    for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', text):
        out.append(re.sub(r'\\.', lambda m: ESCAPES[m.group(0)], lit))
    return "".join(out)


def extract():
    """[(file, name, sql)] in source order."""
    found = []
    for f in FILES:
        with open(os.path.join(STORE, f), encoding="utf-8") as fh:
            src = fh.read()
        hits = [(m.start(), m.group(1), join_literals(m.group(2))) for m in STATEMENT.finditer(src)]
        hits += [(m.start(), m.group(2), join_literals(m.group(1))) for m in COUNT_BY.finditer(src)]
        # Anything else that looks like a statement would be missed: refuse. (The one
        # `db::Statement statement(db, sql)` is count_by's own, fed by the count_by calls.)
        declared = len(re.findall(r"db::Statement\s+\w+\s*\(", src)) - len(HELPER.findall(src))
        if declared != len(STATEMENT.findall(src)) or src.count("count_by(db,") != len(COUNT_BY.findall(src)):
            sys.exit(f"report_sql: {f}: a statement this script cannot parse; update report_sql.py")
        found += [(f, name, sql) for _, name, sql in sorted(hits)]
    return found


def month_bounds(y, m):
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def previous_month(y, m):
    return (y - 1, 12) if m == 1 else (y, m - 1)


def bindings(month, today, group_threshold):
    """{(file, name): [values by parameter index] or None (not run)} for report monthly."""
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
    return {
        ("report_overview.cpp", "communities"): [],
        ("report_overview.cpp", "grids"): [],
        ("report_overview.cpp", "households"): [],
        ("report_overview.cpp", "persons"): [],
        ("report_overview.cpp", "organisations"): [],
        ("report_projects.cpp", "list"): [],
        ("report_projects.cpp", "stages"): [],
        ("report_projects.cpp", "signed_in"): [F, T],
        ("report_projects.cpp", "cleared"): [],
        ("report_projects.cpp", "milestones"): [F, T],
        ("report_petitions.cpp", "totals"): [F, T, group_threshold],
        ("report_petitions.cpp", "by_channel"): [F, T],
        ("report_petitions.cpp", "by_category"): [F, T],
        ("report_petitions.cpp", "by_community"): [F, T],
        ("report_petitions.cpp", "accepted"): [F, T],
        ("report_petitions.cpp", "answered"): [F, T],
        ("report_petitions.cpp", "open"): [end.isoformat()],
        # Run once per [[sensitive_periods]] entry of dongmao.toml; the default has none.
        ("report_petitions.cpp", "sensitive"): None,
        ("report_petitions.cpp", "incidents"): [F, T],
        ("report_petitions.cpp", "per_month"): [first12.isoformat(), last12.isoformat()],
        ("report_metrics.cpp", "query"): [ym, ym, f"{y:04d}-01", f"{py:04d}-{pm:02d}", f"{py:04d}-{pm:02d}"],
    }


def literal(v):
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def bind(sql, values, where):
    """Replace ?NNN and bare ? (SQLite numbering) outside quoted SQL text with literals."""
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
            out.append(literal(values[n - 1]))
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    if used != set(range(1, len(values) + 1)):
        sys.exit(f"report_sql: {where}: binds {len(values)} values but the statement uses {sorted(used)}")
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("plain", "explain", "timed"), default="plain")
    parser.add_argument("--month", default="2026-11")
    parser.add_argument("--today", default="2026-11-27")
    parser.add_argument("--group-threshold", type=int, default=5)
    args = parser.parse_args()
    binds = bindings(args.month, dt.date.fromisoformat(args.today), args.group_threshold)
    statements = extract()
    keys = [(f, n) for f, n, _ in statements]
    if sorted(keys) != sorted(binds) or len(set(keys)) != len(keys):
        sys.exit("report_sql: the statements in the sources no longer match the bindings here:\n"
                 f"  only in sources: {sorted(set(keys) - set(binds))}\n"
                 f"  only here:       {sorted(set(binds) - set(keys))}")
    out = [f"-- dongmao report monthly --month {args.month} --today {args.today}: the SQL of "
           "lib/dongmao/store/report_*.cpp,", "-- generated by tests/bench/report_sql.py; do not edit."]
    if args.mode == "timed":
        out += [".timer on", ".output /dev/null"]
    for f, name, sql in statements:
        where = f"{f}:{name}"
        if binds[(f, name)] is None:
            out.append(f"-- {where}: not run (once per [[sensitive_periods]] entry; the workspace has none)")
            continue
        text = bind(sql, binds[(f, name)], where)
        if args.mode == "plain":
            out += [f"-- {where}", text + ";"]
        elif args.mode == "explain":
            shown = text.replace("\\", "\\\\").replace('"', '\\"')  # .print "..." resolves backslashes
            out += [f".print '-- {where}'", f'.print "{shown}"', f"EXPLAIN QUERY PLAN {text};", ".print ''"]
        else:
            out += [".output stdout", f".print '-- {where}'", ".output /dev/null", text + ";"]
    print("\n".join(out))


if __name__ == "__main__":
    main()
