#!/usr/bin/python3
"""Fails when a source file includes a folder above its own.

The order of the folders is read from one place, the "Layer order" line of the README's
Layout section, so the README and this check cannot drift apart. A file in lib/dongmao/<x>/
may include its own folder and the folders of lower ranks; folders of one rank do not include
each other. cli/ is above every folder of the library. The headers directly in lib/dongmao/
(errors, embedded files, the version) sit below every folder and include none.

Usage: layers.py [SOURCE_DIR]   (default: the repository holding this script)
"""

import pathlib
import re
import sys

ROOT = "dongmao"  # the rank name of the headers directly in lib/dongmao/
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SOURCE_SUFFIXES = {".hpp", ".cpp", ".h", ".cc"}


class LayoutError(Exception):
    """The README's layer order is missing, malformed or out of step with lib/dongmao/."""


def read_order(readme):
    """The ranks of the README's "Layer order" line: {folder: rank}, the bottom being 0."""
    section = None
    lines = []
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif section == "Layout" and line.startswith("Layer order"):
            lines.append(line)
    if len(lines) != 1:
        raise LayoutError(f"{readme}: expected one 'Layer order' line in the Layout section, found {len(lines)}")
    spans = [span for span in re.findall(r"`([^`]*)`", lines[0]) if "<" in span]
    if len(spans) != 1:
        raise LayoutError(f"{readme}: the 'Layer order' line needs one `a < b, c < …` span")
    ranks = {}
    for rank, names in enumerate(spans[0].split("<"), start=1):
        for name in (name.strip() for name in names.split(",")):
            if not re.fullmatch(r"[a-z_]+", name):
                raise LayoutError(f"{readme}: '{name}' in the layer order is not a folder name")
            if name in ranks:
                raise LayoutError(f"{readme}: '{name}' appears twice in the layer order")
            ranks[name] = rank
    ranks[ROOT] = 0
    return ranks


def check_folders(source, ranks):
    """Raises LayoutError unless the order names exactly lib/dongmao/'s folders and cli."""
    lib = source / "lib" / ROOT
    folders = {path.name for path in lib.iterdir() if path.is_dir()} | {"cli"}
    named = set(ranks) - {ROOT}
    problems = [f"lib/{ROOT}/{name}/: not in the README's layer order" for name in sorted(folders - named)]
    problems += [f"{name}: in the README's layer order but not a folder" for name in sorted(named - folders)]
    if problems:
        raise LayoutError("\nlayers: ".join(problems))


def folder_of(path, source):
    """The rank name of the file at `path`: its folder in lib/dongmao/, ROOT, 'cli' or None."""
    try:
        parts = path.resolve().relative_to(source.resolve()).parts
    except ValueError:
        return None
    if parts[:2] == ("lib", ROOT):
        return parts[2] if len(parts) > 3 else ROOT
    if parts[:1] == ("cli",):
        return "cli"
    return None


def included_folder(target, including, source):
    """The rank name `target` (as written in an #include of file `including`) belongs to."""
    if target.startswith(ROOT + "/"):
        parts = target.split("/")
        return parts[1] if len(parts) > 2 else ROOT
    # A quoted include may name a file next to the including one.
    return folder_of(including.parent / target, source)


def violations(source, ranks):
    """One line per include of a folder above, or beside, the including file's folder."""
    files = [path for path in (source / "lib" / ROOT).rglob("*") if path.suffix in SOURCE_SUFFIXES]
    files += [path for path in (source / "cli").rglob("*") if path.suffix in SOURCE_SUFFIXES]
    found = []
    for path in sorted(files):
        own = folder_of(path, source)
        for line in path.read_text(encoding="utf-8").splitlines():
            match = INCLUDE.match(line)
            if not match:
                continue
            target = match.group(2)
            written = f"<{target}>" if match.group(1) == "<" else f'"{target}"'
            other = included_folder(target, path, source)
            if other is None or other == own:
                continue
            name = path.relative_to(source)
            if other not in ranks:
                found.append(f"{name}: includes {written} ({other} is not in the README's layer order)")
            elif ranks[other] > ranks[own]:
                found.append(f"{name}: includes {written} (rank of {other} above rank of {own})")
            elif ranks[other] == ranks[own]:
                found.append(f"{name}: includes {written} ({other} and {own} share a rank)")
    return found


def main(argv):
    source = pathlib.Path(argv[1]) if len(argv) > 1 else pathlib.Path(__file__).resolve().parent.parent
    try:
        ranks = read_order(source / "README.md")
        check_folders(source, ranks)
    except LayoutError as error:
        print(f"layers: {error}", file=sys.stderr)
        return 2
    found = violations(source, ranks)
    for line in found:
        print(line)
    if found:
        print(f"layers: {len(found)} include(s) break the layer order in README.md", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
