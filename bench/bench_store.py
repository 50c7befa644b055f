"""Store benchmark (not part of the test suite).

1. Ingest throughput: N generated articles of pre-coded events (``xinhao ingest --events``
   path: JSONL parse, hashing, batched transactions, cluster refresh), articles/s.
2. Dyad timeline over >= 1,000,000 generated events: the events are generated inside
   DuckDB (no Python loop), clustered with the store's own cluster SQL, then
   ``analysis.timeline`` (clusters and raw events), ``alerts`` and ``events`` are timed.

    .venv/bin/python bench/bench_store.py [--articles 20000] [--events 1000000] [--db FILE]

Prints the figures and the machine (nproc, memory).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from xinhao import analysis, store  # noqa: E402

TYPES = [("CONSULT", "040", 1.0, 1), ("AGREE", "030", 4.0, 1), ("COOPERATE", "060", 6.0, 2),
         ("REQUEST", "020", 3.0, 3), ("ACCUSE", "112", -2.0, 3), ("REJECT", "120", -4.0, 3),
         ("SANCTION", "160", -4.0, 4), ("MOBILIZE", "150", -7.2, 4)]
COUNTRIES = ["CHN", "USA", "RUS", "JPN", "KOR", "PRK", "IND", "PAK", "GBR", "FRA", "DEU", "UKR",
             "IRN", "ISR", "SAU", "BRA", "ZAF", "AUS", "VNM", "PHL"]


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    import duckdb
    return (f"nproc={os.cpu_count()} memory={mem} python={platform.python_version()} "
            f"duckdb={duckdb.__version__} {platform.machine()}")


def gen_articles(path: Path, n: int, per_doc: int = 3) -> None:
    rnd = random.Random(7)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            doc = f"bench-{i:07d}"
            evs = []
            for k in range(per_doc):
                t, cameo, g, q = rnd.choice(TYPES)
                a, b = rnd.sample(COUNTRIES[:6], 2)
                date = f"20{rnd.randint(15, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                s = f"第{i}篇稿件第{k}句：{a}与{b}之间发生了一次{t}类事件。"
                evs.append({"id": f"{doc}-{k}", "doc_id": doc, "date": date, "date_precision": "day",
                            "event_type": t, "mode": None, "context": ["diplomatic"], "cameo": cameo,
                            "goldstein": g, "quad_class": q,
                            "actor": {"text": a, "name": None, "country": a, "sector": "GOV",
                                      "role": None, "code": a + "GOV"},
                            "recipient": {"text": b, "name": None, "country": b, "sector": "GOV",
                                          "role": None, "code": b + "GOV"},
                            "location": None, "modality": "asserted", "initiator": None,
                            "mechanism": None, "attribution": ["新华社"],
                            "evidence": {"sentence": s, "start": 40 * k, "end": 40 * k + len(s),
                                         "trigger": "会见", "rule": "bench"},
                            "confidence": 0.9})
            fh.write(json.dumps({"doc_id": doc, "published": "2024-12-31", "outlet": f"outlet{i % 9}",
                                 "events": evs}, ensure_ascii=False) + "\n")


GEN_SQL = """
INSERT INTO events (id, doc_id, content_hash, seq, date, date_precision, date_start, date_end,
    event_type, cameo, goldstein, quad_class, actor_country, recipient_country, modality,
    sentence, outlet, published, cluster_id, record)
SELECT 'g' || i, 'gdoc' || (i // 4), 'gh' || (i // 4), i % 4,
       strftime(d, '%Y-%m-%d'), 'day', d, d, t.event_type, t.cameo, t.goldstein, t.quad_class,
       a, b, 'asserted', 'generated', 'outlet' || (i % 50), d + 1,
       -- one cluster per (date, dyad, type): duplicates merge as reports of one event
       md5(strftime(d, '%Y-%m-%d') || a || b || t.event_type)[:16], '{{}}'
FROM (
    SELECT i, DATE '2010-01-01' + CAST(hash(i) % 5475 AS INTEGER) AS d,
           c[1 + CAST(hash(i * 3) % 20 AS INTEGER)] AS a0,
           c[1 + CAST(hash(i * 5) % 20 AS INTEGER)] AS b0,
           1 + CAST(hash(i * 7) % 8 AS INTEGER) AS ti,
           -- a third of all events are CHN<->USA so the dyad query has work to do
           CASE WHEN i % 3 = 0 THEN (CASE WHEN i % 2 = 0 THEN 'CHN' ELSE 'USA' END) ELSE a0 END AS a,
           CASE WHEN i % 3 = 0 THEN (CASE WHEN i % 2 = 0 THEN 'USA' ELSE 'CHN' END) ELSE b0 END AS b
    FROM range(?) r(i), (SELECT ? AS c)
) g JOIN (SELECT * FROM (VALUES {types}) v(k, event_type, cameo, goldstein, quad_class)) t ON t.k = g.ti
"""


def timed(fn, repeat=3):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--db", default=None, help="where to build the big store (default: temp)")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        # 1. ingest throughput
        src = Path(tmp) / "articles.jsonl"
        gen_articles(src, args.articles)
        con = store.connect(Path(tmp) / "ingest.duckdb")
        t0 = time.perf_counter()
        stats = store.ingest_events(con, str(src), batch_size=args.batch_size)
        dt = time.perf_counter() - t0
        print(f"ingest: {stats.articles} articles, {stats.events} events in {dt:.2f} s = "
              f"{stats.articles / dt:,.0f} articles/s ({stats.events / dt:,.0f} events/s), "
              f"batch {args.batch_size}")
        t0 = time.perf_counter()
        again = store.ingest_events(con, str(src), batch_size=args.batch_size)
        dt2 = time.perf_counter() - t0
        print(f"re-ingest (all skipped by hash): {again.skipped} articles in {dt2:.2f} s = "
              f"{again.skipped / dt2:,.0f} articles/s")
        con.close()

        # 2. one million events
        path = args.db or str(Path(tmp) / "big.duckdb")
        con = store.connect(path)
        types = ", ".join(f"({k + 1}, '{t}', '{c}', {g}, {q})" for k, (t, c, g, q) in enumerate(TYPES))
        t0 = time.perf_counter()
        con.execute(GEN_SQL.format(types=types), [args.events, COUNTRIES])
        gen = time.perf_counter() - t0
        t0 = time.perf_counter()
        con.execute("DELETE FROM clusters")
        con.execute(store.CLUSTER_SQL.replace(
            "WHERE cluster_id IN (SELECT unnest($1::VARCHAR[]))", ""))
        clus = time.perf_counter() - t0
        n_ev, n_cl = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM clusters)").fetchone()
        dyad = con.execute("SELECT count(*) FROM clusters WHERE actor_country IN ('CHN','USA') "
                           "AND recipient_country IN ('CHN','USA') AND actor_country <> recipient_country").fetchone()[0]
        print(f"generated {n_ev:,} events in {gen:.2f} s; {n_cl:,} clusters in {clus:.2f} s; "
              f"CHN-USA clusters: {dyad:,}")
        for by in ("month", "week", "day"):
            s, res = timed(lambda: analysis.timeline(con, "CHN", "USA", by=by))
            print(f"timeline CHN USA --by {by} (clusters): {s:.3f} s, {len(res['rows'])} rows")
        s, res = timed(lambda: analysis.timeline(con, "CHN", "USA", by="month", unit="events"))
        print(f"timeline CHN USA --by month --unit events: {s:.3f} s, {len(res['rows'])} rows")
        s, res = timed(lambda: analysis.alerts(con, by="month"), repeat=1)
        print(f"alerts --by month, all {len(COUNTRIES) * (len(COUNTRIES) - 1)} directed dyads: "
              f"{s:.3f} s, {len(res)} alerts")
        s, res = timed(lambda: analysis.events(con, dyad=("CHN", "USA"), types=["SANCTION"],
                                               since="2020-01", until="2020-03", limit=100))
        print(f"events --dyad CHN USA --type SANCTION, one quarter, limit 100: {s:.3f} s")
        con.close()


if __name__ == "__main__":
    main()
