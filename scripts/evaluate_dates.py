#!/usr/bin/env python3
"""Scores onrecord's date expressions in the TempEval-3 manner against TIMEX3 gold.

Usage: python3 scripts/evaluate_dates.py [--index PATH] [--verbose] GOLD_DIR...

Each GOLD_DIR holds article files (*.txt) and dates.jsonl rows {"file", "text", "value", "type",
"start", "end"} (offsets in code points of the body as onrecord reads it: title paragraph first,
paragraphs joined by a blank line), as scripts/meantime_articles.py writes them. The script runs
`onrecord-index dates` on the articles and prints, per folder and overall, for gold expressions of
type DATE:
  strict extent    precision, recall, F1 of predictions with exactly the gold span;
  relaxed extent   the same for predictions overlapping a gold span (one to one);
  value            accuracy of the value over relaxed matches, and over all gold (found and right);
  calendar         the same for gold whose value is a day, month or year (YYYY[-MM[-DD]]):
                   recall, and precision over predictions of such a value.
A prediction past the annotated part of its article (annotated.jsonl: MEANTIME annotates the title
and first five sentences) or overlapping a TIME, DURATION or SET expression is neither right nor wrong (those
types are not what onrecord resolves). TimeML writes a decade as "199" and a century as "19":
they equal onrecord's "199X" and "19XX". Scores are printed, never asserted.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CALENDAR = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predictions(index, files):
    out = subprocess.run([index, "dates"] + files, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"onrecord-index dates failed: {out.stderr.strip()}")
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    for row in rows:
        row["file"] = os.path.basename(row["file"])
    return rows


def canonical(value):
    """A value in one notation: TimeML's decade "199" and century "19" as "199X" and "19XX"."""
    if value is None:
        return None
    if re.fullmatch(r"\d{3}", value):
        return value + "X"
    if re.fullmatch(r"\d{2}", value):
        return value + "XX"
    return value


def overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


class Tally:
    def __init__(self):
        self.c = collections.Counter()

    def add(self, other):
        self.c.update(other.c)


def score_folder(folder, index, misses):
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    gold = load(os.path.join(folder, "dates.jsonl"))
    extent_file = os.path.join(folder, "annotated.jsonl")
    annotated = {r["file"]: r["annotated_end"] for r in load(extent_file)} if os.path.exists(extent_file) else {}
    pred = [p for p in predictions(index, files) if p["start"] < annotated.get(p["file"], float("inf"))]
    t = Tally()
    by_file = collections.defaultdict(list)
    for p in pred:
        by_file[p["file"]].append(p)
    gold_by_file = collections.defaultdict(list)
    for g in gold:
        gold_by_file[g["file"]].append(g)
    for name in sorted(set(by_file) | set(gold_by_file)):
        dates = [g for g in gold_by_file[name] if g["type"] == "DATE"]
        others = [g for g in gold_by_file[name] if g["type"] != "DATE"]
        left = list(by_file[name])
        for g in dates:
            calendar = bool(CALENDAR.fullmatch(g["value"]))
            t.c["gold"] += 1
            t.c["gold_calendar"] += calendar
            best = max(left, key=lambda p: overlap(p, g), default=None)
            if best is None or overlap(best, g) == 0:
                misses.append(f"  missed   {name}: {g['text']!r} = {g['value']}")
                continue
            left.remove(best)
            t.c["relaxed"] += 1
            t.c["strict"] += best["start"] == g["start"] and best["end"] == g["end"]
            right = canonical(best["value"]) == canonical(g["value"])
            t.c["value_right"] += right
            t.c["calendar_found"] += calendar
            t.c["calendar_right"] += calendar and right
            if CALENDAR.fullmatch(best["value"]):
                t.c["pred_calendar_matched"] += 1
                t.c["pred_calendar_right"] += right
            if not right:
                misses.append(f"  value    {name}: {best['text']!r} = {best['value']} (gold {g['text']!r} = {g['value']})")
            elif best["start"] != g["start"] or best["end"] != g["end"]:
                misses.append(f"  extent   {name}: {best['text']!r} (gold {g['text']!r})")
        for p in left:
            if any(overlap(p, o) for o in others):
                continue
            t.c["extra"] += 1
            t.c["extra_calendar"] += bool(CALENDAR.fullmatch(p["value"]))
            misses.append(f"  extra    {name}: {p['text']!r} = {p['value']}")
    t.c["pred"] = t.c["relaxed"] + t.c["extra"]
    return t


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def f1(p, r):
    return f"{2 * p * r / (p + r):.3f}" if p + r else "n/a"


def report(label, t):
    c = t.c
    print(f"== {label}: {c['gold']} gold DATE expressions, {c['pred']} predicted (not counting those on TIME/DURATION/SET)")
    for kind in ("strict", "relaxed"):
        p = c[kind] / c["pred"] if c["pred"] else 0
        r = c[kind] / c["gold"] if c["gold"] else 0
        print(f"{kind:8} extent  precision {ratio(c[kind], c['pred'])}  recall {ratio(c[kind], c['gold'])}  F1 {f1(p, r)}")
    print(f"value            accuracy {ratio(c['value_right'], c['relaxed'])} of matches;"
          f" {ratio(c['value_right'], c['gold'])} of all gold found and right")
    calendar_pred = c["pred_calendar_matched"] + c["extra_calendar"]
    print(f"calendar dates   recall {ratio(c['calendar_right'], c['gold_calendar'])} (found and right, of {c['gold_calendar']});"
          f" precision {ratio(c['pred_calendar_right'], calendar_pred)} (right, of {calendar_pred} predicted)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", default=os.path.join(ROOT, "build", "indexer", "onrecord-index"))
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    total = Tally()
    for folder in args.folders:
        misses = []
        t = score_folder(folder, args.index, misses)
        report(os.path.basename(os.path.normpath(folder)), t)
        if args.verbose:
            print("\n".join(misses))
        total.add(t)
    if len(args.folders) > 1:
        report("all", total)


if __name__ == "__main__":
    main()
