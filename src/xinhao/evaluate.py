"""Scoring predicted events against gold files (``ANNOTATION.md``).

The rules, exactly as ANNOTATION.md states them:

* predictions whose ``modality`` is ``negated`` or ``hypothetical`` are dropped;
* predictions are de-duplicated per article on (type, actor country, recipient
  country, date, mechanism), the dyad unordered for the symmetric types
  (:data:`SYMMETRIC_TYPES`), the first occurrence kept;
* a prediction matches a gold event when its type is the gold type or one of
  its ``alt_types``; its actor and recipient countries equal the gold ones
  (either order when the gold event is ``symmetric``; any recipient when the
  gold recipient is null); the gold ``mechanism``, when set, is equal; and, in
  the *strict* figures, the predicted date starts with the gold date when that
  is not null (the *relaxed* figures ignore dates);
* matching is one-to-one and maximum (augmenting paths), required gold events
  first, then optional ones. Matched required gold events are true positives;
  unmatched required gold events are false negatives; unmatched predictions
  are false positives (a prediction matched to an optional gold event counts
  neither way). Per-type figures count a true positive or a false negative
  under the gold type and a false positive under the predicted type.

Articles absent from the gold file are not scored (their predictions are
counted in ``Report.unscored_docs``).

The error listing (:func:`error_listing`) pairs each false positive with the
closest false negative of the same article: a pair is an error of the first
field that differs, in the order type, actor, recipient, date, mechanism
(``wrong_type`` … ``wrong_mechanism``); what is left is ``missed`` (gold) or
``spurious`` (prediction). Closest: most agreeing fields, then most overlap of
the evidence sentence with the gold note; :func:`_pair_score` says which pairs
are close enough to be one error.

Accuracy gate: ``tests/floors.json`` pins strict P/R/F1 floors per corpus split
with a fingerprint of that split; ``python -m xinhao.evaluate pin`` (or
``xinhao eval --pin-floors``) re-pins them. See docs/evaluation.md.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# types whose predictions are de-duplicated with an unordered dyad (meetings, joint acts)
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
DROPPED_MODALITIES = frozenset({"negated", "hypothetical"})
ERROR_KINDS = ("wrong_type", "wrong_actor", "wrong_recipient", "wrong_date", "wrong_mechanism",
               "missed", "spurious")
SPLITS = ("dev", "test")
TOLERANCE = 0.002


# ---------------------------------------------------------------- loading

def country(ent) -> str | None:
    """The country code of an entity (a dict with ``country``, or a bare code)."""
    if not ent:
        return None
    if isinstance(ent, str):
        return ent
    return ent.get("country")


def _jsonl(path) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc}") from None


def load_gold(path) -> dict[str, list[dict]]:
    """``{doc_id: [gold events]}`` from an ANNOTATION.md gold file (file order kept)."""
    gold: dict[str, list[dict]] = {}
    for n, rec in _jsonl(path):
        if "doc_id" not in rec or not isinstance(rec.get("events"), list):
            raise ValueError(f"{path}:{n}: a gold line needs 'doc_id' and a list 'events'")
        for e in rec["events"]:
            if "event_type" not in e or "actor" not in e:
                raise ValueError(f"{path}:{n}: gold event without event_type/actor in {rec['doc_id']}")
        gold[rec["doc_id"]] = rec["events"]
    return gold


def group_predictions(events: Iterable[dict]) -> dict[str, list[dict]]:
    pred: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        pred[e.get("doc_id")].append(e)
    return dict(pred)


def load_predictions(path) -> dict[str, list[dict]]:
    """``{doc_id: [events]}`` from a JSONL file of events (EVENT_SCHEMA.md)."""
    return group_predictions(rec for _, rec in _jsonl(path))


# ---------------------------------------------------------------- matching

def dedup(events: Iterable[dict]) -> list[dict]:
    """Drop negated/hypothetical events and duplicates (first one kept)."""
    seen, out = set(), []
    for e in events:
        if e.get("modality") in DROPPED_MODALITIES:
            continue
        a, r = country(e.get("actor")), country(e.get("recipient"))
        pair = tuple(sorted([str(a), str(r)])) if e.get("event_type") in SYMMETRIC_TYPES else (a, r)
        key = (e.get("event_type"), pair, e.get("date"), e.get("mechanism"))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _types(g: dict) -> list[str]:
    return [g["event_type"], *(g.get("alt_types") or [])]


def _dyad_ok(p: dict, g: dict) -> tuple[bool, bool]:
    """(actor ok, recipient ok), in the better orientation when symmetric."""
    pa, pr = country(p.get("actor")), country(p.get("recipient"))
    ga, gr = g.get("actor"), g.get("recipient")
    best = (pa == ga, gr is None or pr == gr)
    if g.get("symmetric"):
        rev = (pr == ga, gr is None or pa == gr)
        if sum(rev) > sum(best):
            best = rev
    return best


def _date_ok(p: dict, g: dict) -> bool:
    return not g.get("date") or str(p.get("date") or "").startswith(g["date"])


def _mech_ok(p: dict, g: dict) -> bool:
    return not g.get("mechanism") or p.get("mechanism") == g["mechanism"]


def matches(p: dict, g: dict, use_date: bool = True) -> bool:
    """Does prediction ``p`` match gold event ``g`` (ANNOTATION.md)?"""
    if p.get("event_type") not in _types(g):
        return False
    a_ok, r_ok = _dyad_ok(p, g)
    if not (a_ok and r_ok) or not _mech_ok(p, g):
        return False
    return _date_ok(p, g) if use_date else True


def match_doc(gold: list[dict], preds: list[dict], use_date: bool = True) -> dict[int, int]:
    """Maximum one-to-one matching ``{prediction index: gold index}``.

    Kuhn's augmenting paths from each gold event, required ones first, then
    optional ones; augmenting never unmatches a gold event already matched,
    so every required event matchable in some maximum matching is matched."""
    edges = [[pi for pi, p in enumerate(preds) if matches(p, g, use_date)] for g in gold]
    used: dict[int, int] = {}

    def augment(gi: int, seen: set) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in used or augment(used[pi], seen):
                used[pi] = gi
                return True
        return False

    for want_optional in (False, True):
        for gi, g in enumerate(gold):
            if bool(g.get("optional")) == want_optional:
                augment(gi, set())
    return used


# ---------------------------------------------------------------- figures

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, digits: int = 4) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, digits),
                "recall": round(self.recall, digits), "f1": round(self.f1, digits)}


@dataclass
class DocResult:
    doc_id: str
    gold: list[dict]
    preds: list[dict]            # after dedup
    strict: dict[int, int]       # prediction index -> gold index
    relaxed: dict[int, int]


@dataclass
class Report:
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)          # strict
    per_type_relaxed: dict[str, Counts] = field(default_factory=dict)
    docs: list[DocResult] = field(default_factory=list)
    unscored_docs: list[str] = field(default_factory=list)  # predicted, not in gold

    @property
    def n_docs(self) -> int:
        return len(self.docs)

    def errors(self) -> list[dict]:
        return error_listing(self)

    def as_dict(self, errors: bool = False, details: bool = False) -> dict:
        out = {"docs": self.n_docs, "gold_events": sum(len(d.gold) for d in self.docs),
               "predicted_events": sum(len(d.preds) for d in self.docs),
               "strict": self.strict.as_dict(), "relaxed": self.relaxed.as_dict(),
               "per_type": {t: c.as_dict() for t, c in self.per_type.items()},
               "per_type_relaxed": {t: c.as_dict() for t, c in self.per_type_relaxed.items()},
               "unscored_docs": self.unscored_docs}
        if errors:
            out["errors"] = self.errors()
        if details:
            out["details"] = doc_details(self)
        return out


def _tally(doc: DocResult, mapping: dict[int, int], total: Counts, per: dict[str, Counts]) -> None:
    matched = set(mapping.values())
    for gi, g in enumerate(doc.gold):
        if g.get("optional"):
            continue
        c = per.setdefault(g["event_type"], Counts())
        if gi in matched:
            total.tp += 1
            c.tp += 1
        else:
            total.fn += 1
            c.fn += 1
    for pi, p in enumerate(doc.preds):
        if pi not in mapping:
            total.fp += 1
            per.setdefault(p.get("event_type"), Counts()).fp += 1


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> Report:
    """Score predictions ``{doc_id: [events]}`` against gold ``{doc_id: [events]}``."""
    rep = Report(per_type={t: Counts() for t in PLOVER_TYPES},
                 per_type_relaxed={t: Counts() for t in PLOVER_TYPES})
    for doc_id, gevs in gold.items():
        pevs = dedup(pred.get(doc_id, []))
        d = DocResult(doc_id, gevs, pevs, match_doc(gevs, pevs, True), match_doc(gevs, pevs, False))
        rep.docs.append(d)
        _tally(d, d.strict, rep.strict, rep.per_type)
        _tally(d, d.relaxed, rep.relaxed, rep.per_type_relaxed)
    rep.unscored_docs = sorted(str(k) for k in pred if k not in gold)
    return rep


def score_files(gold_path, pred_path) -> Report:
    return score(load_gold(gold_path), load_predictions(pred_path))


# ---------------------------------------------------------------- errors

def _pair_score(p: dict, g: dict) -> tuple[int, list[str]] | None:
    """How close an unmatched prediction is to an unmatched gold event.

    Returns (number of agreeing fields among type, actor, recipient, date,
    plus one when the gold mechanism is set and equal; the differing fields in
    order) or None when they are too far apart to be one error. A pair must
    agree on at least three of type, actor, recipient and date, or be the
    gold event with its direction reversed (same type and date)."""
    t_ok = p.get("event_type") in _types(g)
    a_ok, r_ok = _dyad_ok(p, g)
    d_ok = _date_ok(p, g)
    agree = t_ok + a_ok + r_ok + d_ok
    reversed_dyad = (g.get("recipient") is not None and country(p.get("actor")) == g.get("recipient")
                     and country(p.get("recipient")) == g.get("actor"))
    if agree < 3 and not (t_ok and d_ok and reversed_dyad):
        return None
    m_ok = _mech_ok(p, g)
    diff = [name for name, ok in (("type", t_ok), ("actor", a_ok), ("recipient", r_ok), ("date", d_ok),
                                  ("mechanism", m_ok)) if not ok]
    return agree + (bool(g.get("mechanism")) and m_ok), diff


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _overlap(p: dict, g: dict) -> float:
    """Character-bigram overlap of the evidence sentence and the gold note (a tie-breaker)."""
    a, b = _bigrams((p.get("evidence") or {}).get("sentence", "")), _bigrams(g.get("note", ""))
    return len(a & b) / (len(b) or 1)


def _gold_view(doc_id: str, g: dict) -> dict:
    return {"doc_id": doc_id, "event_type": g["event_type"], "alt_types": g.get("alt_types") or [],
            "actor": g.get("actor"), "recipient": g.get("recipient"), "date": g.get("date"),
            "mechanism": g.get("mechanism"), "symmetric": bool(g.get("symmetric")), "note": g.get("note", "")}


def _pred_view(p: dict) -> dict:
    ev = p.get("evidence") or {}
    return {"doc_id": p.get("doc_id"), "event_type": p.get("event_type"), "actor": country(p.get("actor")),
            "recipient": country(p.get("recipient")), "date": p.get("date"), "mechanism": p.get("mechanism"),
            "sentence": ev.get("sentence", ""), "trigger": ev.get("trigger"), "rule": ev.get("rule")}


def error_listing(rep: Report) -> list[dict]:
    """The strict errors, each ``{kind, doc_id, gold, pred, differs}``, in ERROR_KINDS order."""
    errors: list[dict] = []
    for d in rep.docs:
        matched = set(d.strict.values())
        golds = [gi for gi, g in enumerate(d.gold) if gi not in matched and not g.get("optional")]
        preds = [pi for pi in range(len(d.preds)) if pi not in d.strict]
        cands = []
        for gi in golds:
            for pi in preds:
                s = _pair_score(d.preds[pi], d.gold[gi])
                if s is not None:
                    cands.append((-s[0], -_overlap(d.preds[pi], d.gold[gi]), gi, pi, s[1]))
        cands.sort(key=lambda c: c[:4])
        g_done, p_done = set(), set()
        for _, _, gi, pi, diff in cands:
            if gi in g_done or pi in p_done:
                continue
            g_done.add(gi)
            p_done.add(pi)
            errors.append({"kind": f"wrong_{diff[0]}", "doc_id": d.doc_id, "differs": diff,
                           "gold": _gold_view(d.doc_id, d.gold[gi]), "pred": _pred_view(d.preds[pi])})
        errors += [{"kind": "missed", "doc_id": d.doc_id, "differs": [], "gold": _gold_view(d.doc_id, d.gold[gi]),
                    "pred": None} for gi in golds if gi not in g_done]
        errors += [{"kind": "spurious", "doc_id": d.doc_id, "differs": [], "gold": None,
                    "pred": _pred_view(d.preds[pi])} for pi in preds if pi not in p_done]
    order = {k: i for i, k in enumerate(ERROR_KINDS)}
    errors.sort(key=lambda e: order[e["kind"]])  # stable: document order within a kind
    return errors


def doc_details(rep: Report) -> list[dict]:
    """Per article: every gold event and prediction with its strict status."""
    out = []
    for d in rep.docs:
        g2p = {gi: pi for pi, gi in d.strict.items()}
        gold = []
        for gi, g in enumerate(d.gold):
            status = ("matched" if gi in g2p else "missed") if not g.get("optional") else \
                ("optional-found" if gi in g2p else "optional-absent")
            gold.append({"status": status, **_gold_view(d.doc_id, g)})
        preds = []
        for pi, p in enumerate(d.preds):
            if pi in d.strict:
                status = "optional" if d.gold[d.strict[pi]].get("optional") else "tp"
            else:
                status = "fp"
            preds.append({"status": status, **_pred_view(p)})
        out.append({"doc_id": d.doc_id, "gold": gold, "pred": preds})
    return out


# ---------------------------------------------------------------- text output

def _fmt_ev(e: dict | None) -> str:
    if not e:
        return "-"
    rec = e.get("recipient") or "·"
    return f"{e['event_type']} {e.get('actor')}→{rec} {e.get('date') or 'undated'}" + \
        (f" [{e['mechanism']}]" if e.get("mechanism") else "")


def format_table(rep: Report, title: str = "") -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{rep.n_docs} articles, {sum(len(d.gold) for d in rep.docs)} gold events, "
                 f"{sum(len(d.preds) for d in rep.docs)} predicted (after de-duplication)")
    lines.append(f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name, c in (("strict", rep.strict), ("relaxed", rep.relaxed)):
        lines.append(f"{name:10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}")
    lines.append("")
    lines.append(f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}   {'F1 (no dates)':>13}")
    for t, c in rep.per_type.items():
        rc = rep.per_type_relaxed.get(t, Counts())
        lines.append(f"{t:10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}   "
                     f"{rc.f1:13.3f}")
    if rep.unscored_docs:
        lines.append(f"\nnot in gold (not scored): {len(rep.unscored_docs)} articles")
    return "\n".join(lines)


def format_errors(errors: list[dict]) -> str:
    lines, kind = [], None
    for e in errors:
        if e["kind"] != kind:
            kind = e["kind"]
            n = sum(1 for x in errors if x["kind"] == kind)
            lines.append(f"\n== {kind.replace('_', ' ')} ({n})")
        g, p = e["gold"], e["pred"]
        extra = f" (also: {', '.join(e['differs'][1:])})" if len(e["differs"]) > 1 else ""
        lines.append(f"[{e['doc_id']}] gold {_fmt_ev(g)}  pred {_fmt_ev(p)}{extra}")
        if g:
            lines.append(f"    note: {g.get('note', '')}")
        if p:
            lines.append(f"    evidence: {p.get('sentence', '')}  ({p.get('rule') or ''})")
    return "\n".join(lines).lstrip("\n")


def format_details(rep: Report) -> str:
    lines = []
    for d in doc_details(rep):
        lines.append(f"# {d['doc_id']}")
        for g in d["gold"]:
            lines.append(f"  gold {g['status']:15} {_fmt_ev(g)}  {g['note']}")
        for p in d["pred"]:
            lines.append(f"  pred {p['status']:15} {_fmt_ev(p)}  {p['sentence']}")
    return "\n".join(lines)


# ---------------------------------------------------------------- running the coder

def predict(paths: Iterable[str], options=None, pipeline=None) -> tuple[list[dict], list]:
    """Code ``paths``; returns (events, input errors). ``pipeline`` defaults to the
    process-wide one for ``options`` (what :func:`xinhao.pipeline.code_paths` uses)."""
    from .model import InputError
    from .options import Options

    options = options or Options()
    events, problems = [], []
    if pipeline is None:
        from .pipeline import code_paths
        items = code_paths(list(paths), options)
    else:
        from .sources import iter_inputs
        items = ((a, [] if isinstance(a, InputError) else pipeline.code_article(a))
                 for a in iter_inputs(list(paths), options))
    for item, evs in items:
        if isinstance(item, InputError):
            problems.append(item)
        events.extend(evs)
    return events, problems


def evaluate_paths(gold_path, paths: Iterable[str], options=None, pipeline=None) -> Report:
    events, _ = predict(paths, options, pipeline)
    return score(load_gold(gold_path), group_predictions(events))


# ---------------------------------------------------------------- accuracy gate

def repo_root(start: Path | None = None) -> Path:
    """The checkout holding ``corpus/`` and ``tests/`` (searching up from ``start``
    or the working directory, then from this file)."""
    for base in (start or Path.cwd(), Path(__file__).resolve()):
        for d in (base, *base.parents):
            if (d / "corpus").is_dir() and (d / "tests").is_dir():
                return d
    raise FileNotFoundError("no xinhao checkout (a folder with corpus/ and tests/) found")


def split_paths(root: Path, split: str) -> tuple[Path, Path]:
    return root / "corpus" / split / "gold.jsonl", root / "corpus" / split / "articles"


def fingerprint(gold_path, articles_dir) -> str:
    """sha256 over the article files (sorted by relative path) and the gold file."""
    h = hashlib.sha256()
    articles_dir = Path(articles_dir)
    files = sorted(p for p in articles_dir.rglob("*") if p.is_file())
    for p in files:
        h.update(p.relative_to(articles_dir).as_posix().encode() + b"\0")
        h.update(p.read_bytes() + b"\0")
    h.update(b"gold\0" + Path(gold_path).read_bytes())
    return h.hexdigest()


def floors_path(root: Path) -> Path:
    return root / "tests" / "floors.json"


def load_floors(root: Path) -> dict:
    with open(floors_path(root), encoding="utf-8") as fh:
        return json.load(fh)


def round_down(x: float) -> float:
    """Round down to 4 decimals (a floor must never sit above the figure)."""
    return int(x * 10000) / 10000


def pin_floors(root: Path | None = None, splits: Iterable[str] = SPLITS, options=None,
               allow_lower: bool = False, out=sys.stdout) -> dict:
    """Score each split and write its strict P/R/F1 and fingerprint to tests/floors.json.

    A floor is only ever raised while its split's corpus is unchanged: when a
    current figure is below the pinned floor the command refuses (lowering is
    an explicit edit of floors.json, or ``allow_lower``). A changed corpus is
    re-baselined at its current figures (the diff of floors.json shows it)."""
    root = root or repo_root()
    path = floors_path(root)
    old = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = {"tolerance": old.get("tolerance", TOLERANCE),
            "how": "strict P/R/F1 floors per corpus split; raise with `xinhao eval --pin-floors` "
                   "(or `python -m xinhao.evaluate pin`); lower only by editing this file",
            "splits": dict(old.get("splits", {}))}
    refused = []
    for split in splits:
        gold, arts = split_paths(root, split)
        if not gold.is_file() or not arts.is_dir():
            print(f"{split}: no corpus at {gold.parent}, not pinned", file=out)
            continue
        rep = evaluate_paths(gold, [str(arts)], options)
        fp = fingerprint(gold, arts)
        cur = {"precision": round_down(rep.strict.precision), "recall": round_down(rep.strict.recall),
               "f1": round_down(rep.strict.f1)}
        prev = data["splits"].get(split) or {}
        same_corpus = prev.get("fingerprint") == fp
        new = dict(cur)
        if same_corpus:
            lower = [k for k in cur if cur[k] < prev.get(k, 0.0)]
            if lower and not allow_lower:
                refused.append(f"{split}: " + ", ".join(f"{k} {cur[k]:.4f} < floor {prev[k]:.4f}" for k in lower))
            new = {k: (cur[k] if allow_lower else max(cur[k], prev.get(k, 0.0))) for k in cur}
        elif prev:
            print(f"{split}: corpus changed since the last pin: re-baselined", file=out)
        data["splits"][split] = {"gold": gold.relative_to(root).as_posix(),
                                 "articles": arts.relative_to(root).as_posix(), "fingerprint": fp, **new,
                                 "counts": {"tp": rep.strict.tp, "fp": rep.strict.fp, "fn": rep.strict.fn,
                                            "docs": rep.n_docs}}
        print(f"{split}: P={new['precision']:.4f} R={new['recall']:.4f} F1={new['f1']:.4f} "
              f"(was {prev.get('precision', '-')}/{prev.get('recall', '-')}/{prev.get('f1', '-')})", file=out)
    if refused:
        raise ValueError("refusing to lower floors (edit tests/floors.json by hand if you mean it):\n  "
                         + "\n  ".join(refused))
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=out)
    return data


def check_split(root: Path, split: str, floors: dict, report: Report | None = None) -> list[str]:
    """Problems with one split against its floors (empty when the gate passes)."""
    spec = floors["splits"][split]
    tol = floors.get("tolerance", TOLERANCE)
    gold, arts = root / spec["gold"], root / spec["articles"]
    fp = fingerprint(gold, arts)
    if fp != spec["fingerprint"]:
        return [f"{split}: the corpus ({spec['articles']}, {spec['gold']}) changed since its floors were "
                f"pinned (fingerprint {fp[:12]} != {spec['fingerprint'][:12]}): score it and re-pin with "
                f"`xinhao eval --pin-floors`, then commit tests/floors.json"]
    report = report or evaluate_paths(gold, [str(arts)])
    got = {"precision": report.strict.precision, "recall": report.strict.recall, "f1": report.strict.f1}
    return [f"{split}: strict {k} {got[k]:.4f} fell below its floor {spec[k]:.4f} (tolerance {tol})"
            for k in ("precision", "recall", "f1") if got[k] < spec[k] - tol]


def main(argv: list[str] | None = None) -> int:
    """``python -m xinhao.evaluate pin [--allow-lower] [SPLIT...]`` | ``check``"""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("pin", "check"):
        print("usage: python -m xinhao.evaluate pin [--allow-lower] [SPLIT ...] | check", file=sys.stderr)
        return 2
    cmd, rest = argv[0], argv[1:]
    allow = "--allow-lower" in rest
    splits = [a for a in rest if not a.startswith("--")] or list(SPLITS)
    root = repo_root()
    if cmd == "pin":
        try:
            pin_floors(root, splits, allow_lower=allow)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0
    floors = load_floors(root)
    problems = [m for s in splits if s in floors["splits"] for m in check_split(root, s, floors)]
    print("\n".join(problems) or "accuracy gate: all splits at or above their floors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
