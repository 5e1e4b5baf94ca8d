"""The shard benchmark of scripts/bench (`scripts/bench --shards 1,2,4 [--shard-scale 16]`).

The State of the Union at one scale, indexed as one database and as N shards (`--shards N`, the
bulk build; seconds and peak memory), the N shards served by xapian-tcpsrv on loopback ports
(scripts/shards-up); then every query class of the benchmark as a full page (exact facets,
snippets) and as a plain top 10, through one `--batch` client per configuration: p50/p99 in ms,
the ratio to one database's p50, and the bytes the client received per query (from
/proc/PID/io: over tcp, what the shards sent — postings statistics, spy counts, documents).
Nothing is asserted. On one 2-core machine shards only add overhead (serialising, a round trip
per shard, N servers sharing two cores); the rows show that overhead. Raw Xapian (its baseline of
scripts/baselines, the same passages dealt out to N databases and served the same way) gives the
remote backend's own cost for the same query classes: what any client of a stock xapian-tcpsrv
pays, the floor under onrecord's figures.
"""
import os
import shutil
import subprocess



def received_bytes(pid):
    with open(f"/proc/{pid}/io", encoding="ascii") as f:
        for line in f:
            if line.startswith("rchar:"):
                return int(line.split()[1])
    return 0


def batch_run(search, db, flags, queries, repetitions, onrecord_query):
    """One --batch client: a warm-up round, then `repetitions` rounds; took_ms per class and bytes
    read per query after the warm-up."""
    import json

    proc = subprocess.Popen([search, "--db", db, *flags, "--batch", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)

    def ask(q):
        proc.stdin.write(onrecord_query(q) + "\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            raise SystemExit(f"bench: onrecord-search --db {db} stopped: {proc.stderr.read()[-2000:]}")
        return json.loads(line)

    for q in queries:
        ask(q)
    before = received_bytes(proc.pid)
    per_class = {}
    for _ in range(repetitions):
        for q in queries:
            per_class.setdefault(q[0], []).append(ask(q)["took_ms"])
    after = received_bytes(proc.pid)
    proc.stdin.close()
    proc.wait()
    out = {}
    for k, v in per_class.items():
        v.sort()
        out[k] = {"p50": v[len(v) // 2], "p99": v[min(len(v) - 1, int(0.99 * len(v)))]}
    return out, (after - before) / (repetitions * len(queries))


def raw_xapian_run(xapian_bin, db, queries, repetitions, work):
    """Raw Xapian's top 10 and full page (its facets by ValueCountMatchSpy, MSet::snippet) per class."""
    import json

    tsv = os.path.join(work, "shard-queries.tsv")
    with open(tsv, "w", encoding="utf-8") as f:
        for mode in ("plain", "page"):
            for k, text, speaker, y0, y1 in queries:
                f.write(f"{k}-{mode}\t{mode}\t{text}\t{speaker}\t{y0 or ''}\t{y1 or ''}\n")
    out = subprocess.run([xapian_bin, "search", db, tsv, str(repetitions)], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out)


def run(args, root, index_bin, search_bin, xapian_bin, articles, timed, queries, onrecord_query, work):
    counts = [int(n) for n in args.shards.split(",")]
    shards_up = os.path.join(root, "scripts", "shards-up")
    builds = {}
    configurations = []  # (label, db)
    servers = []
    try:
        one = os.path.join(work, "shards-one.db")
        seconds, peak = timed([index_bin, "--db", one, "add", "--jsonl", articles])
        builds["one database"] = (seconds, peak)
        configurations.append(("one database", one))
        raw_one = os.path.join(work, "raw-one.db")
        subprocess.run([xapian_bin, "index", articles, raw_one], check=True, capture_output=True)
        raw_dbs = {"one database": raw_one}
        for n in counts:
            folder = os.path.join(work, f"shards-{n}")
            seconds, peak = timed([index_bin, "--db", folder, "--shards", str(n), "add", "--jsonl", articles])
            builds[f"{n} shards"] = (seconds, peak)
            stub = folder + ".remote"
            port = 7800 + 10 * n
            subprocess.run(["python3", shards_up, folder, "--port", str(port), "--stub", stub], check=True,
                           capture_output=True)
            servers.append(stub)
            configurations.append((f"{n} tcp shards", stub))
            raw_folder = os.path.join(work, f"raw-shards-{n}")
            subprocess.run([xapian_bin, "index-shards", articles, raw_folder, str(n)], check=True,
                           capture_output=True)
            raw_stub = raw_folder + ".remote"
            subprocess.run(["python3", shards_up, raw_folder, "--port", str(port + 1000), "--stub", raw_stub],
                           check=True, capture_output=True)
            servers.append(raw_stub)
            raw_dbs[f"{n} tcp shards"] = raw_stub
        rows = {}
        for label, db in configurations:
            page, page_bytes = batch_run(search_bin, db, [], queries, args.repetitions, onrecord_query)
            plain, _ = batch_run(search_bin, db, ["--no-facets", "--no-snippets"], queries, args.repetitions,
                                 onrecord_query)
            rows[label] = (page, plain, page_bytes)
        raw = {label: raw_xapian_run(xapian_bin, db, queries, args.repetitions, work)
               for label, db in raw_dbs.items()}
    finally:
        for stub in servers:
            subprocess.run(["python3", shards_up, "--stop", stub], capture_output=True)

    print(f"\n== shards: State of the Union at {args.shard_scale}x, the bulk build (seconds, peak MB)")
    for label, (seconds, peak) in builds.items():
        print(f"  {label:>14}: {seconds:8.2f} s {peak:8.0f} MB")
    classes = list(dict.fromkeys(q[0] for q in queries))
    print(f"\n== shards: ms p50/p99 per query class, {args.repetitions} rounds after a warm-up, one --batch client;"
          " ratio = p50 / one database's p50")
    header = f"{'class':>8}"
    for label, _ in configurations:
        header += f" | {label + ' page':>22} {'plain':>16}"
    print(header)
    base_page, base_plain, _ = rows["one database"]
    for k in classes:
        line = f"{k:>8}"
        for label, _ in configurations:
            page, plain, _ = rows[label]
            line += (f" | {page[k]['p50']:6.2f}/{page[k]['p99']:6.2f} x{page[k]['p50'] / base_page[k]['p50']:5.2f}"
                     f" {plain[k]['p50']:5.2f} x{plain[k]['p50'] / base_plain[k]['p50']:5.2f}")
        print(line)
    print(f"\n== shards: raw Xapian over the same layouts, ms p50 (top 10 / full page: spies and snippets);"
          " ratio = p50 / raw Xapian's one database")
    header = f"{'class':>8}"
    for label, _ in configurations:
        header += f" | {label + ' plain':>20} {'page':>14}"
    print(header)
    for k in classes:
        line = f"{k:>8}"
        for label, _ in configurations:
            plain, page = raw[label][k + "-plain"]["p50"], raw[label][k + "-page"]["p50"]
            line += (f" | {plain:6.2f} x{plain / raw['one database'][k + '-plain']['p50']:5.2f}"
                     f"       {page:6.2f} x{page / raw['one database'][k + '-page']['p50']:5.2f}")
        print(line)
    widest = counts[-1]
    label = f"{widest} tcp shards"
    print(f"\n== shards: onrecord's p50 at {widest} tcp shards against raw Xapian's at {widest} tcp shards"
          " (full page / top 10)")
    for k in classes:
        print(f"  {k:>8}: {rows[label][0][k]['p50'] / raw[label][k + '-page']['p50']:5.2f}"
              f" / {rows[label][1][k]['p50'] / raw[label][k + '-plain']['p50']:5.2f}")
    print("\n== shards: bytes the client read per full-page query (over tcp: what the shards sent)")
    for label, _ in configurations:
        print(f"  {label:>14}: {rows[label][2] / 1024:9.1f} KiB")
    for label, db in configurations:
        if os.path.isdir(db):
            shutil.rmtree(db, ignore_errors=True)
    for path in [os.path.join(work, "raw-one.db")] + [os.path.join(work, f"{kind}-{n}") for n in counts
                                                      for kind in ("shards", "raw-shards")]:
        shutil.rmtree(path, ignore_errors=True)

