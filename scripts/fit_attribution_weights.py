#!/usr/bin/env python3
"""Fits the weights of the attribution evidence (indexer/quotes/attribution_evidence.hpp) on the
development gold only, and chooses the confidence below which a quotation gets no speaker.

Usage: python3 scripts/fit_attribution_weights.py [--index PATH] [--write] [DEV_DIR...]

It runs `onrecord-index quotes --keep-unsure` on the development folders (by default
tests/gold/{dev,meantime-dev,brown-dev,brown-editorial-dev,sotu-dev}: never a test split), pairs every attributed
speech quotation with its gold row, and fits a logistic regression of "the speaker is right" on
the evidence each attribution lists (L2-regularised, so that rare evidence keeps a weight near
zero). The threshold is the one that keeps the most right attributions (and of those, the fewest wrong)
while at most 5 % of the speech quotations with a named source get a wrong speaker. It prints the weights, the threshold
and the right/wrong shares it expects; with --write it rewrites the FITTED block of the header
(rebuild afterwards, then score the test splits with scripts/evaluate_extraction.py).
"""
import argparse
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate_extraction import ROOT, by_key, fold, load, norm, run_tool  # noqa: E402

HEADER = os.path.join(ROOT, "indexer", "quotes", "attribution_evidence.hpp")
DEFAULT_DIRS = [os.path.join(ROOT, "tests", "gold", d) for d in ("dev", "meantime-dev", "brown-dev", "brown-editorial-dev", "sotu-dev")]
MAX_WRONG = 0.05
L2 = 0.5


def evidence_names():
    text = open(HEADER, encoding="utf-8").read()
    return re.findall(r'\{Evidence::(k\w+), "([\w-]+)"\}', text)


def samples(index, folders):
    """(evidence list, right?) for every attributed speech quotation; and the number of gold
    speech quotations with a named source."""
    out, named = [], 0
    for folder in folders:
        files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
        if not files:
            print(f"warning: no articles in {folder} (run its fetch script)", file=sys.stderr)
            continue
        gold = load(os.path.join(folder, "quotes.jsonl"))
        pred = by_key(run_tool(index, "quotes", ["--keep-unsure"] + files), "quote")
        for g in gold:
            key = (g["file"], norm(g["quote"]))
            p = pred[key].pop(0) if pred[key] else None
            if g["kind"] != "speech":
                continue
            named += bool(g.get("speaker"))
            if p is None or not p.get("evidence") or not (p.get("speaker") or p.get("speaker_role")):
                continue
            if g.get("speaker"):
                right = fold(p.get("speaker")) == fold(g["speaker"])
            else:  # unnamed in the gold: a role is right, a name is wrong
                right = not p.get("speaker")
            out.append((p["evidence"], right, bool(g.get("speaker")), bool(p.get("speaker"))))
    return out, named


def fit(data, features, rounds=3000, rate=0.1):
    index = {f: i for i, f in enumerate(features)}
    w = [0.0] * len(features)
    b = 0.0
    n = len(data)
    for _ in range(rounds):
        gw = [L2 * x / n for x in w]
        gb = 0.0
        for evidence, right, *_ in data:
            z = b + sum(w[index[e]] for e in evidence if e in index)
            err = 1 / (1 + math.exp(-z)) - (1.0 if right else 0.0)
            gb += err / n
            for e in evidence:
                if e in index:
                    gw[index[e]] += err / n
        b -= rate * gb * 10
        w = [x - rate * g * 10 for x, g in zip(w, gw)]
    return b, w


def confidence(b, w, index, evidence):
    z = b + sum(w[index[e]] for e in evidence if e in index)
    return max(1, min(100, math.floor(100 / (1 + math.exp(-z)) + 0.5)))  # as std::lround


def choose_threshold(data, named, b, w, index):
    best = None
    for t in range(1, 100):
        right = sum(1 for e, r, g_named, p_named in data if g_named and r and confidence(b, w, index, e) >= t)
        wrong = sum(1 for e, r, g_named, p_named in data if p_named and not r and g_named and confidence(b, w, index, e) >= t)
        # The most right attributions; among those, the fewest wrong.
        if named and wrong / named <= MAX_WRONG and (
                best is None or (right, -wrong) > (best[1], -best[2])):
            best = (t, right, wrong)
    return best or (99, 0, 0)


def write_header(b, w, features, threshold):
    text = open(HEADER, encoding="utf-8").read()
    begin = text.index("// FITTED (scripts/fit_attribution_weights.py) — begin")
    end = text.index("// FITTED — end")
    lines = ["// FITTED (scripts/fit_attribution_weights.py) — begin",
             f"inline constexpr double kAttributionBias = {b:.2f};",
             f"inline constexpr std::uint8_t kAbstainBelowPercent = {threshold};",
             f"inline constexpr std::array<EvidenceWeight, {len(features)}> kEvidenceWeights{{{{"]
    for (enum, _), x in zip(features, w):
        lines.append(f"    {{Evidence::{enum}, {x:.2f}}},")
    lines.append("}};")
    text = text[:begin] + "\n".join(lines) + "\n" + text[end:]
    with open(HEADER, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", default=os.path.join(ROOT, "build", "indexer", "onrecord-index"))
    parser.add_argument("--write", action="store_true", help="rewrite the header's FITTED block")
    parser.add_argument("dirs", nargs="*", default=DEFAULT_DIRS)
    args = parser.parse_args()
    for d in args.dirs:
        name = os.path.basename(os.path.realpath(d))
        if name != "dev" and not name.endswith("-dev"):
            print(f"error: {d}: fit on development folders only (named dev or *-dev)", file=sys.stderr)
            return 2
    enums = evidence_names()
    names = [n for _, n in enums]
    data, named = samples(args.index, args.dirs)
    if not data:
        print("error: no attributed quotations to fit on", file=sys.stderr)
        return 1
    b, w = fit(data, names)
    b, w = round(b, 2), [round(x, 2) for x in w]  # choose the threshold with the weights as written
    index = {f: i for i, f in enumerate(names)}
    counts = {n: sum(1 for e, *_ in data if n in e) for n in names}
    print(f"{len(data)} attributed speech quotations ({named} with a named source in the gold)")
    print(f"bias {b:+.2f}")
    for n, x in zip(names, w):
        print(f"  {n:30s} {x:+.2f}   (seen {counts[n]})")
    t, right, wrong = choose_threshold(data, named, b, w, index)
    print(f"abstain below {t}%: right {right / named:.3f}, wrong {wrong / named:.3f} of named-source speech")
    if args.write:
        write_header(b, w, enums, t)
        print(f"wrote {os.path.relpath(HEADER, ROOT)}: rebuild, then score the test splits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
