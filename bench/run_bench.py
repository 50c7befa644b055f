"""Speed and memory benchmark of the whole pipeline (``make bench``; not part of the tests).

    .venv/bin/python bench/run_bench.py [--mb 20] [--scale 10] [--no-docs]

1. Builds >= ``--mb`` MB of Chinese text as JSONL (``bench/out/bench-1x.jsonl``) from
   the corpus articles (corpus/dev, corpus/test), repeated and shuffled, unique ids.
2. In a fresh process: the whole pipeline as ``xinhao code`` runs it (read the JSONL,
   code every article, serialise every event as a JSON line) -> articles/s, chars/s,
   peak RSS. Dictionaries are loaded before the clock starts (reported separately).
3. In a fresh process: plain ``jieba.lcut`` over the same texts (jieba initialised
   before timing; only the ``lcut`` calls are timed, reading is not) -> chars/s.
4. In a fresh process, paired: the pipeline and ``jieba.lcut`` block by block (500
   articles through the pipeline, then the same 500 through jieba, and so on), so that
   the machine's speed drifting between steps 2 and 3 (seen here: +-20%) hits both alike.
5. In a fresh process: the pipeline over ``--scale`` x the corpus, streamed (the 1x file
   read ``--scale`` times with new ids, nothing written to disk) -> peak RSS.
6. Accuracy on corpus/dev, corpus/test and ../shared/dev-real (when present).

Prints the figures and the ratio pipeline / jieba throughput, and rewrites its sections
of ``docs/benchmarks.md`` (other sections of that file are left alone).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "benchmarks.md"
SHARED = Path(os.environ.get("XINHAO_SHARED", ROOT.parent / "shared"))
COMMAND = "make bench  # = .venv/bin/python bench/run_bench.py"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def machine() -> dict:
    mem = None
    try:
        with open("/proc/meminfo") as fh:
            mem = round(int(fh.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "memory_gib": mem, "python": platform.python_version(), "cpu": cpu,
            "os": f"{platform.system()} {platform.release()}"}


# ------------------------------------------------------------------ corpus

def build_corpus(path: Path, mb: float, seed: int = 7) -> dict:
    from xinhao.model import InputError
    from xinhao.options import Options
    from xinhao.sources import iter_inputs

    dirs = [str(d) for d in (ROOT / "corpus" / "dev" / "articles", ROOT / "corpus" / "test" / "articles") if d.is_dir()]
    base = [a for a in iter_inputs(dirs, Options()) if not isinstance(a, InputError) and a.text.strip()]
    if not base:
        raise SystemExit("no corpus articles under corpus/*/articles")
    rnd = random.Random(seed)
    target = int(mb * 1024 * 1024)
    n_bytes = n_chars = n = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        rep = 0
        while n_bytes < target:
            order = base[:]
            rnd.shuffle(order)
            for a in order:
                rec = {"id": f"{a.id}~{rep}", "published": a.published.isoformat() if a.published else None,
                       "title": a.title, "text": a.text}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n_bytes += len(a.text.encode("utf-8"))
                n_chars += len(a.text)
                n += 1
            rep += 1
    return {"articles": n, "chars": n_chars, "text_mb": round(n_bytes / 1024 / 1024, 1),
            "file_mb": round(path.stat().st_size / 1024 / 1024, 1), "base_articles": len(base)}


# ------------------------------------------------------------------ workers (run in fresh processes)

def work_pipeline(path: str, scale: int) -> dict:
    from xinhao.model import InputError, json_line
    from xinhao.options import Options
    from xinhao.pipeline import get_pipeline
    from xinhao.sources import iter_inputs

    t0 = time.perf_counter()
    options = Options()
    pipe = get_pipeline(options)
    pipe.code_text("新华社北京1月1日电 外交部发言人表示。", "2024-01-01")  # warm every lazy table
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mb()
    n = chars = events = errors = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        t0 = time.perf_counter()
        for rep in range(scale):  # streamed: the same file read `scale` times, new ids each time
            for art in iter_inputs([path], options):
                if isinstance(art, InputError):
                    errors += 1
                    continue
                if rep:
                    art.id = f"{art.id}^{rep}"
                evs = pipe.code_article(art)
                for e in evs:
                    sink.write(json_line(e) + "\n")  # as `xinhao code` writes them
                n += 1
                chars += len(art.text)
                events += len(evs)
        secs = time.perf_counter() - t0
    return {"articles": n, "chars": chars, "events": events, "errors": errors, "seconds": secs,
            "load_seconds": load_s, "rss_loaded_mb": rss_loaded, "rss_peak_mb": peak_rss_mb()}


def work_paired(path: str, block: int = 500) -> dict:
    """Both in one process, block by block over the same texts (the pipeline on a block,
    then jieba on the same block): drifts in the machine's speed hit both alike."""
    import logging

    import jieba

    from xinhao.model import InputError, json_line
    from xinhao.options import Options
    from xinhao.pipeline import get_pipeline
    from xinhao.sources import iter_inputs

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    lcut = jieba.lcut
    options = Options()
    pipe = get_pipeline(options)
    pipe.code_text("新华社北京1月1日电 外交部发言人表示。", "2024-01-01")
    arts = [a for a in iter_inputs([path], options) if not isinstance(a, InputError)]
    tp = tj = 0.0
    chars = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for k in range(0, len(arts), block):
            part = arts[k:k + block]
            t0 = time.perf_counter()
            for art in part:
                for e in pipe.code_article(art):
                    sink.write(json_line(e) + "\n")
            t1 = time.perf_counter()
            for art in part:
                lcut(art.text)
            t2 = time.perf_counter()
            tp += t1 - t0
            tj += t2 - t1
            chars += sum(len(a.text) for a in part)
    return {"chars": chars, "pipeline_seconds": tp, "jieba_seconds": tj, "block": block}


def work_jieba(path: str) -> dict:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    lcut = jieba.lcut
    n = chars = tokens = 0
    secs = 0.0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            t0 = time.perf_counter()
            toks = lcut(text)
            secs += time.perf_counter() - t0
            n += 1
            chars += len(text)
            tokens += len(toks)
    return {"articles": n, "chars": chars, "tokens": tokens, "seconds": secs, "rss_peak_mb": peak_rss_mb(),
            "jieba": jieba.__version__}


def spawn(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"worker {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ accuracy

def accuracy() -> list[dict]:
    from xinhao import evaluate as ev

    rows = []
    sets = [(s, ROOT / "corpus" / s / "gold.jsonl", ROOT / "corpus" / s / "articles",
             f"xinhao eval corpus/{s}/gold.jsonl --run corpus/{s}/articles") for s in ev.SPLITS]
    sets.append(("dev-real", SHARED / "dev-real" / "gold.jsonl", SHARED / "dev-real" / "articles",
                 "make eval-real  # = xinhao eval ../shared/dev-real/gold.jsonl --run ../shared/dev-real/articles"))
    for name, gold, arts, cmd in sets:
        if not gold.is_file():
            rows.append({"split": name, "absent": True, "command": cmd})
            continue
        rep = ev.evaluate_paths(gold, [str(arts)])
        rows.append({"split": name, "docs": rep.n_docs, "command": cmd, "strict": rep.strict.as_dict(3),
                     "relaxed": rep.relaxed.as_dict(3)})
    return rows


# ------------------------------------------------------------------ report

def render(r: dict) -> tuple[str, str]:
    m, c, p, j, big = r["machine"], r["corpus"], r["pipeline"], r["jieba"], r["scaled"]
    speed = [
        "<!-- bench:pipeline:start (written by bench/run_bench.py; edit the script, not this section) -->",
        "## Pipeline speed and memory",
        "",
        f"Command: `{COMMAND}` (run {r['when']}).",
        "",
        f"Machine: {m['cpu']}, nproc={m['nproc']}, memory {m['memory_gib']} GiB, {m['os']}, "
        f"Python {m['python']}, jieba {j['jieba']}.",
        "",
        f"Corpus: {c['base_articles']} corpus articles (corpus/dev + corpus/test) repeated and shuffled into "
        f"{c['articles']:,} articles, {c['chars']:,} characters ({c['text_mb']} MB of UTF-8 text, "
        f"{c['file_mb']} MB JSONL).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| pipeline throughput (like `xinhao code`: read JSONL, code, serialise events) | "
        f"{p['articles'] / p['seconds']:,.1f} articles/s, {p['chars'] / p['seconds']:,.0f} chars/s "
        f"({p['seconds']:.1f} s, {p['events']:,} events) |",
        f"| plain `jieba.lcut` over the same texts | {j['chars'] / j['seconds']:,.0f} chars/s ({j['seconds']:.1f} s) |",
        f"| **ratio pipeline ÷ jieba throughput** | **{r['ratio']:.2f}×** (target ≥ 1.0×) |",
        f"| ratio measured paired (one process, blocks of {r['paired']['block']} articles: pipeline, then jieba "
        f"on the same block; immune to the machine's speed drifting between runs) | "
        f"**{r['paired_ratio']:.2f}×** ({r['paired']['pipeline_seconds']:.1f} s vs {r['paired']['jieba_seconds']:.1f} s) |",
        f"| dictionary load (once per process, not timed above) | {p['load_seconds']:.2f} s, "
        f"RSS {p['rss_loaded_mb']:.0f} MB |",
        f"| pipeline peak RSS, 1× corpus ({c['text_mb']} MB) | {p['rss_peak_mb']:.0f} MB |",
        f"| pipeline peak RSS, {r['scale']}× corpus (streamed, {big['articles']:,} articles) | "
        f"{big['rss_peak_mb']:.0f} MB |",
        f"| **RSS {r['scale']}× ÷ 1×** | **{r['rss_ratio']:.2f}** (target ≤ 1.10) |",
        f"| pipeline throughput at {r['scale']}× | {big['chars'] / big['seconds']:,.0f} chars/s |",
        f"| jieba process peak RSS | {j['rss_peak_mb']:.0f} MB |",
        "",
        "Each measurement runs in a fresh process, so each RSS figure is that run's own peak.",
        "<!-- bench:pipeline:end -->",
    ]
    acc = [
        "<!-- bench:accuracy:start (written by bench/run_bench.py) -->",
        "## Accuracy",
        "",
        f"Scored with ANNOTATION.md's rules by `xinhao eval` (run {r['when']}). Strict: type, dyad and date; "
        "relaxed: dates ignored.",
        "",
        "| split | articles | strict P | strict R | strict F1 | relaxed F1 | tp / fp / fn | command |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for a in r["accuracy"]:
        if a.get("absent"):
            acc.append(f"| {a['split']} | absent | | | | | | `{a['command']}` |")
            continue
        s, x = a["strict"], a["relaxed"]
        acc.append(f"| {a['split']} | {a['docs']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                   f"{x['f1']:.3f} | {s['tp']} / {s['fp']} / {s['fn']} | `{a['command']}` |")
    acc += ["", "Targets: test split strict F1 ≥ 0.90 and P ≥ 0.92; dev-real strict F1 ≥ 0.85 and P ≥ 0.90. "
            "The dev and test figures are gated by `tests/floors.json` (see docs/evaluation.md).",
            "<!-- bench:accuracy:end -->"]
    return "\n".join(speed), "\n".join(acc)


def update_doc(speed: str, acc: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.is_file() else "# Benchmarks\n"
    for block, name in ((speed, "pipeline"), (acc, "accuracy")):
        start, end = f"<!-- bench:{name}:start", f"<!-- bench:{name}:end -->"
        if start in text and end in text:
            i = text.index(start)
            k = text.index(end) + len(end)
            text = text[:i] + block + text[k:]
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="size of the 1x corpus in MB of text (default 20)")
    ap.add_argument("--scale", type=int, default=10, help="the large run is this many times the corpus (default 10)")
    ap.add_argument("--no-docs", action="store_true", help="do not rewrite docs/benchmarks.md")
    ap.add_argument("--no-accuracy", action="store_true", help="skip the accuracy figures")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        kind, *rest = args.worker
        res = work_jieba(rest[0]) if kind == "jieba" else work_paired(rest[0]) if kind == "paired" \
            else work_pipeline(rest[0], int(rest[1]))
        print(json.dumps(res))
        return

    path = OUT / "bench-1x.jsonl"
    print(f"building >= {args.mb} MB of text at {path} ...", flush=True)
    corpus = build_corpus(path, args.mb)
    print(f"  {corpus['articles']:,} articles, {corpus['chars']:,} chars, {corpus['text_mb']} MB text", flush=True)
    print("pipeline 1x ...", flush=True)
    pipe = spawn("pipeline", str(path), "1")
    print(f"  {pipe['chars'] / pipe['seconds']:,.0f} chars/s, peak RSS {pipe['rss_peak_mb']:.0f} MB", flush=True)
    print("jieba.lcut 1x ...", flush=True)
    jb = spawn("jieba", str(path))
    print(f"  {jb['chars'] / jb['seconds']:,.0f} chars/s", flush=True)
    print("paired (pipeline and jieba block by block in one process) ...", flush=True)
    paired = spawn("paired", str(path))
    print(f"  ratio {paired['jieba_seconds'] / paired['pipeline_seconds']:.2f}", flush=True)
    print(f"pipeline {args.scale}x (streamed) ...", flush=True)
    big = spawn("pipeline", str(path), str(args.scale))
    r = {"when": time.strftime("%Y-%m-%d"), "machine": machine(), "corpus": corpus, "pipeline": pipe, "jieba": jb,
         "scaled": big, "scale": args.scale, "paired": paired,
         "paired_ratio": paired["jieba_seconds"] / paired["pipeline_seconds"],
         "ratio": (pipe["chars"] / pipe["seconds"]) / (jb["chars"] / jb["seconds"]),
         "rss_ratio": big["rss_peak_mb"] / pipe["rss_peak_mb"],
         "accuracy": [] if args.no_accuracy else accuracy()}
    speed, acc = render(r)
    print()
    print(speed)
    print()
    print(acc)
    (OUT / "last.json").write_text(json.dumps(r, indent=1, ensure_ascii=False), encoding="utf-8")
    if not args.no_docs:
        update_doc(speed, acc)
        print(f"\nwrote {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
