#!/usr/bin/env python3
"""Scores onrecord's quotation, speaker and date extraction against gold files.

Usage: python3 scripts/evaluate_extraction.py [--index PATH] GOLD_DIR...

Each GOLD_DIR holds article files (*.txt), quotes.jsonl ({"file", "quote", "speaker", "kind",
optional "date"}) and dates.jsonl ({"file", "text", "value", "precision"}). The script runs
`onrecord-index quotes` and `onrecord-index dates` on the articles and prints, per folder and
overall: precision and recall of quotation spans; for speech quotations the share whose speaker
is right, wrong and missing; the share of speech quotations attributed at all (a speaker or a
role) and how many of those are right; roles given to sources the text only describes; kind
accuracy; the share of dated quotations whose date is right, and how many are dated after their
article;
and precision, recall and value accuracy of date expressions. Scores are printed, not asserted.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(name):
    if name is None:
        return None
    name = re.sub(r"[^\w\s]", "", name.lower())
    return " ".join(name.split()) or None


def same_person(a, b):
    """Whether two folded names are forms of one name: one's words contain the other's
    ("obama" / "barack obama"), as a relaxed reading of a wrong speaker."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and all(w in long_ for w in short)


def norm(text):
    return " ".join(text.replace("\u2019", "'").split())


def run_tool(index, what, files):
    out = subprocess.run([index, what] + files, capture_output=True, text=True)
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    for row in rows:
        row["file"] = os.path.basename(row["file"])
    return rows


def by_key(rows, field):
    """Predictions grouped by (file, normalized text), to be matched against gold rows."""
    grouped = collections.defaultdict(list)
    for row in rows:
        grouped[(row["file"], norm(row[field]))].append(row)
    return grouped


def load(path):
    """Rows of a JSON Lines file; a folder's quotes.part*.jsonl (annotators' shares) count too."""
    if not os.path.exists(path):
        folder, name = os.path.split(path)
        stem = name[:-len(".jsonl")]
        parts = sorted(f for f in os.listdir(folder) if f.startswith(stem + ".part") and f.endswith(".jsonl"))
        return [row for part in parts for row in load(os.path.join(folder, part))]
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def article_date(path):
    """The date in an article file's front matter, or None."""
    with open(path, encoding="utf-8") as f:
        head = f.read(2000)
    m = re.search(r'^date:\s*"?(\d{4}(?:-\d\d){0,2})', head, re.M)
    return m.group(1) if m else None


def after_article(quote_date, article):
    """Whether a quotation's date lies wholly after its article's."""
    if not article:
        return False
    return first_day(quote_date) > article + {4: "-12-31", 7: "-31"}.get(len(article), "")


def first_day(value):
    """The ISO first day of a date in any of onrecord's forms (2012-Q3, 2013-W10, 199X, FY1990)."""
    m = re.fullmatch(r"(\d{4})-Q(\d)", value)
    if m:
        return f"{m.group(1)}-{3 * int(m.group(2)) - 2:02d}-01"
    m = re.fullmatch(r"(\d{4})-H(\d)", value)
    if m:
        return f"{m.group(1)}-{6 * int(m.group(2)) - 5:02d}-01"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        return f"{m.group(1)}-{ {'SP': 3, 'SU': 6, 'FA': 9, 'WI': 12}[m.group(2)]:02d}-01"
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        import datetime
        return datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
    m = re.fullmatch(r"FY(\d{4})", value)
    if m:
        return f"{m.group(1)}-01-01"
    if re.fullmatch(r"\d{3}X|\d{2}XX", value):
        return value.replace("X", "0") + "-01-01"
    return (value + "-01-01")[:10]


class Tally:
    def __init__(self):
        self.c = collections.Counter()

    def add(self, other):
        self.c.update(other.c)


def score_folder(index, folder):
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    t = Tally()
    gold_q = load(os.path.join(folder, "quotes.jsonl"))
    pred_q = run_tool(index, "quotes", files)
    pred_by_key = by_key(pred_q, "quote")
    article_dates = {os.path.basename(f): article_date(f) for f in files}
    t.c["pred_quotes"] += len(pred_q)
    t.c["gold_quotes"] += len(gold_q)
    misses = []
    for g in gold_q:
        key = (g["file"], norm(g["quote"]))
        p = pred_by_key[key].pop(0) if pred_by_key[key] else None
        if p is not None:
            t.c["span_match"] += 1
            t.c["kind_right"] += p["kind"] == g["kind"]
        if g["kind"] == "speech":
            t.c["speech_all"] += 1
            attributed = p is not None and (p.get("speaker") or p.get("speaker_role"))
            if attributed:
                t.c["attributed"] += 1
                if g.get("speaker"):
                    t.c["attributed_right"] += fold(p.get("speaker")) == fold(g["speaker"])
                else:
                    t.c["attributed_right"] += not p.get("speaker")
            if not g.get("speaker") and g.get("speaker_role"):
                t.c["roles"] += 1
                given = bool(p and p.get("speaker_role") and not p.get("speaker"))
                t.c["role_given"] += given
                if not given and not (p and p.get("speaker")):
                    found = "not found" if p is None else f"kind {p['kind']}, cue {p.get('cue')!r}"
                    misses.append(f"  no role        {g['file']}: {g['quote'][:50]!r} ({found}; gold role {g['speaker_role']!r})")
            if p is not None and p.get("date") and after_article(p["date"], article_dates.get(g["file"])):
                t.c["dated_after_article"] += 1
                misses.append(f"  after article  {g['file']}: {g['quote'][:50]!r}: {p['date']!r}")
        if g["kind"] == "speech" and not g.get("speaker"):
            # No named source (unnamed, or only a role): right to name nobody.
            t.c["unnamed"] += 1
            if p is not None and p.get("speaker"):
                t.c["unnamed_named"] += 1
                misses.append(f"  named unnamed  {g['file']}: {g['quote'][:50]!r}: {p['speaker']!r} (gold role {g.get('speaker_role')!r})")
        elif g["kind"] == "speech":
            t.c["speech"] += 1
            got = fold(p["speaker"]) if p else None
            want = fold(g.get("speaker"))
            if p is not None and got == want:
                t.c["speaker_right"] += 1
            elif p is not None and got is not None:
                t.c["speaker_wrong"] += 1
                if same_person(got, want):
                    t.c["speaker_variant"] += 1  # another form of the same name
                misses.append(f"  wrong speaker  {g['file']}: {g['quote'][:50]!r}: {p['speaker']!r} (gold {g.get('speaker')!r})")
            else:
                t.c["speaker_missing"] += 1
                misses.append(f"  no speaker     {g['file']}: {g['quote'][:50]!r} (gold {g.get('speaker')!r})")
        if g.get("date"):
            t.c["dated"] += 1
            if p is not None and p.get("date") == g["date"]:
                t.c["date_right"] += 1
            else:
                misses.append(f"  wrong date     {g['file']}: {g['quote'][:50]!r}: {p.get('date') if p else None!r} (gold {g['date']!r})")
        if p is None:
            misses.append(f"  missed quote   {g['file']}: {g['quote'][:60]!r}")
    for key, left in pred_by_key.items():
        for p in left:
            misses.append(f"  extra quote    {p['file']}: {p['quote'][:60]!r}")

    # Date expressions of type DATE (scripts/evaluate_dates.py scores extents and values fully).
    gold_d = [g for g in load(os.path.join(folder, "dates.jsonl")) if g.get("type", "DATE") == "DATE"]
    pred_d = run_tool(index, "dates", files)
    pred_d_by_key = by_key(pred_d, "text")
    t.c["pred_dates"] += len(pred_d)
    t.c["gold_dates"] += len(gold_d)
    for g in gold_d:
        key = (g["file"], norm(g["text"]))
        # Gold may name the core of an expression ("Monday" for "Monday night"): match containment too.
        candidates = pred_d_by_key[key] or [p for k, ps in pred_d_by_key.items() for p in ps
                                             if k[0] == g["file"] and norm(g["text"]) in k[1]]
        p = candidates[0] if candidates else None
        if p is not None:
            pred_d_by_key[(p["file"], norm(p["text"]))].remove(p)
            t.c["date_match"] += 1
            if p["value"] == g["value"]:
                t.c["date_value_right"] += 1
            else:
                misses.append(f"  date value     {g['file']}: {g['text']!r}: {p['value']} (gold {g['value']})")
        else:
            misses.append(f"  missed date    {g['file']}: {g['text']!r}")
    for key, left in pred_d_by_key.items():
        for p in left:
            misses.append(f"  extra date     {p['file']}: {p['text']!r} = {p['value']}")
    return t, misses


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def report(name, t):
    c = t.c
    print(f"== {name}")
    print(f"quotation spans   precision {ratio(c['span_match'], c['pred_quotes'])}  recall {ratio(c['span_match'], c['gold_quotes'])}"
          f"  ({c['span_match']} of {c['gold_quotes']} gold, {c['pred_quotes']} found)")
    print(f"speech speakers   right {ratio(c['speaker_right'], c['speech'])}  wrong {ratio(c['speaker_wrong'], c['speech'])}"
          f"  missing {ratio(c['speaker_missing'], c['speech'])}  ({c['speech']} speech quotations with a named source)")
    if c["speaker_variant"]:
        print(f"                  of the wrong, {c['speaker_variant']} name the same person in another form"
              " (a shorter or longer name)")
    if c["unnamed"]:
        print(f"unnamed sources   given a name {ratio(c['unnamed_named'], c['unnamed'])}  ({c['unnamed']} speech quotations"
              " whose source the text does not name)")
    print(f"attributed        {ratio(c['attributed'], c['speech_all'])} of speech quotations get a speaker or role,"
          f" {ratio(c['attributed_right'], c['attributed'])} of those right")
    if c["roles"]:
        print(f"roles             given {ratio(c['role_given'], c['roles'])}  ({c['roles']} quotations whose source is only described)")
    print(f"quotation kinds   right {ratio(c['kind_right'], c['span_match'])}")
    print(f"quotation dates   right {ratio(c['date_right'], c['dated'])}  ({c['dated']} quotations the text dates);"
          f" {c['dated_after_article']} dated after their article")
    print(f"date expressions  precision {ratio(c['date_match'], c['pred_dates'])}  recall {ratio(c['date_match'], c['gold_dates'])}"
          f"  value right {ratio(c['date_value_right'], c['date_match'])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", default=os.path.join(ROOT, "build", "indexer", "onrecord-index"))
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    if not os.access(args.index, os.X_OK):
        sys.exit(f"error: {args.index} not found; build first (bash scripts/build.sh) or pass --index")
    total = Tally()
    for folder in args.folders:
        t, misses = score_folder(args.index, folder)
        report(folder, t)
        if args.verbose:
            print("\n".join(misses))
        total.add(t)
    if len(args.folders) > 1:
        report("all", total)


if __name__ == "__main__":
    main()
