#!/usr/bin/env python3
"""Checks that every #include between the project's libraries follows a CMake dependency.

Each folder under indexer/ and search/ is one library (one target in its CMakeLists.txt).
A file may include headers of its own folder, of the libraries its target links, and of those
they link PUBLIC (what a PRIVATE link brings stays inside the library that made it); anything
else is an arrow the wrong way (or one DESIGN.md's map lacks).
Prints each offending include with file and line and exits 1; prints a summary and exits 0.
  scripts/check_layers.py [ROOT]
"""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIDES = ("indexer", "search")
TARGET = re.compile(r"add_(?:library|executable)\(\s*([\w-]+)")
LINKS = re.compile(r"target_link_libraries\(\s*([\w-]+)([^)]*)\)", re.S)
INCLUDE = re.compile(r'^\s*#include "([a-z_]+)/[^"]+"', re.M)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def linked(words):
    """(all, public) project targets of one target_link_libraries call's arguments."""
    every, public, scope = set(), set(), "PUBLIC"
    for w in words:
        if w in ("PUBLIC", "PRIVATE", "INTERFACE"):
            scope = w
        elif w.startswith("onrecord_"):
            every.add(w)
            if scope != "PRIVATE":
                public.add(w)
    return every, public


def libraries():
    """folder (side/name) -> (target, directly linked project targets, those linked PUBLIC)"""
    found = {}
    for side in SIDES:
        for name in sorted(os.listdir(os.path.join(ROOT, side))):
            cmake = os.path.join(ROOT, side, name, "CMakeLists.txt")
            if not os.path.isfile(cmake):
                continue
            text = read(cmake)
            target = TARGET.search(text).group(1)
            links, public = set(), set()
            for m in LINKS.finditer(text):
                if m.group(1) == target:
                    every, shown = linked(m.group(2).split())
                    links |= every
                    public |= shown
            found[f"{side}/{name}"] = (target, links, public)
    return found


def closure(target, direct, public):
    """What `target` may include: its direct links, then what those link PUBLIC, and so on."""
    seen = set(direct.get(target, ()))
    todo = list(seen)
    while todo:
        for dep in public.get(todo.pop(), ()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def main():
    libs = libraries()
    direct = {target: links for target, links, _ in libs.values()}
    public = {target: shown for target, _, shown in libs.values()}
    folder_of_target = {target: folder for folder, (target, _, _) in libs.items()}
    problems, checked = [], 0
    for folder, (target, _, _) in libs.items():
        allowed = {folder} | {folder_of_target[t] for t in closure(target, direct, public)
                              if t in folder_of_target}
        side = folder.split("/")[0]
        directory = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(directory)):
            if not name.endswith((".cpp", ".hpp")):
                continue
            text = read(os.path.join(directory, name))
            for m in INCLUDE.finditer(text):
                checked += 1
                sub = m.group(1)
                candidates = [f"{s}/{sub}" for s in (side,) + SIDES if f"{s}/{sub}" in libs]
                if not candidates:
                    continue  # a path of another kind, e.g. a system header with a folder
                if not any(c in allowed for c in candidates):
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append(f"{folder}/{name}:{line}: includes {m.group(0).strip()!r}, "
                                    f"but {target} does not link {candidates[0]}'s library")
    for p in problems:
        print(p)
    print(f"check_layers: {len(libs)} libraries, {checked} project includes, {len(problems)} against the arrows")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
