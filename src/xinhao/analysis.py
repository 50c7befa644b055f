"""Queries over the store: events, dyad timelines, channel states, change alerts.

Each function takes an open store connection (``xinhao.store.connect``) and returns
plain lists of dicts; the CLI (``xinhao.cli.store_cmds``) only formats them.
Rules and thresholds are documented in docs/store.md.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
from importlib import resources
from typing import Any, Iterable

import yaml

from .store import PRECISION_RANK, date_bounds

QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation",
              3: "verbal_conflict", 4: "material_conflict"}
BUCKETS = {"day": 0, "week": 0, "month": 1, "year": 2}  # finest event precision a bucket takes


# --------------------------------------------------------------------- events
SORTS = {
    "date": "date_start NULLS LAST, published NULLS LAST, doc_id, seq",
    "-date": "date_start DESC NULLS LAST, published DESC NULLS LAST, doc_id, seq",
    "published": "published NULLS LAST, doc_id, seq",
    "-published": "published DESC NULLS LAST, doc_id, seq",
    "goldstein": "goldstein NULLS LAST, date_start, doc_id, seq",
    "-goldstein": "goldstein DESC NULLS LAST, date_start, doc_id, seq",
    "doc": "doc_id, seq",
}


def _as_date(v: Any) -> _dt.date | None:
    if v is None or isinstance(v, _dt.date):
        return v
    start, _end, _p = date_bounds(str(v))
    return start


def _as_end(v: Any) -> _dt.date | None:
    if v is None or isinstance(v, _dt.date):
        return v
    return date_bounds(str(v))[1]


def event_filters(*, dyad: tuple[str, str] | None = None, actor: str | None = None,
                  recipient: str | None = None, types: Iterable[str] = (),
                  quad: Iterable[int] = (), since: Any = None, until: Any = None,
                  mechanism: str | None = None, outlet: str | None = None,
                  search: str | None = None, modality: str | None = None,
                  doc_id: str | None = None, cluster: str | None = None) -> tuple[str, list]:
    """A WHERE clause and its parameters for the ``events`` table. Dates filter by
    overlap: a "2022-08" event is inside ``since=2022-08-15``."""
    where, params = ["TRUE"], []
    if dyad:
        a, b = dyad
        where.append("((actor_country = ? AND recipient_country = ?) OR "
                     "(actor_country = ? AND recipient_country = ?))")
        params += [a, b, b, a]
    for col, val in (("actor_country", actor), ("recipient_country", recipient),
                     ("outlet", outlet), ("modality", modality), ("doc_id", doc_id),
                     ("cluster_id", cluster)):
        if val:
            where.append(f"{col} = ?")
            params.append(val)
    types = [t.upper() for t in types if t]
    if types:
        where.append("event_type IN (SELECT unnest(?::VARCHAR[]))")
        params.append(types)
    quad = [int(q) for q in quad if q]
    if quad:
        where.append("quad_class IN (SELECT unnest(?::INTEGER[]))")
        params.append(quad)
    if since is not None:
        where.append("date_end >= ?")
        params.append(_as_date(since))
    if until is not None:
        where.append("date_start <= ?")
        params.append(_as_end(until))
    if mechanism:
        if mechanism.endswith("/"):
            where.append("starts_with(mechanism, ?)")
        else:
            where.append("mechanism = ?")
        params.append(mechanism)
    if search:
        where.append("(contains(sentence, ?) OR contains(coalesce(actor_text, ''), ?) OR "
                     "contains(coalesce(recipient_text, ''), ?))")
        params += [search] * 3
    return " AND ".join(where), params


def events(con, *, sort: str = "date", limit: int | None = None, offset: int = 0,
           **filters) -> list[dict]:
    """Event records (as coded) plus ``cluster_id``, ``outlet`` and ``published``."""
    where, params = event_filters(**filters)
    order = SORTS.get(sort)
    if order is None:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")
    sql = f"SELECT record, cluster_id, outlet, published FROM events WHERE {where} ORDER BY {order}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    out = []
    for record, cid, outlet, published in con.execute(sql, params).fetchall():
        rec = json.loads(record)
        rec["cluster_id"] = cid
        rec["outlet"] = outlet
        rec["published"] = published.isoformat() if published else None
        out.append(rec)
    return out


def count_events(con, **filters) -> int:
    where, params = event_filters(**filters)
    return con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]


# --------------------------------------------------------------------- timeline
def _period_sql(by: str) -> str:
    if by not in BUCKETS:
        raise ValueError(f"--by must be one of {', '.join(BUCKETS)}")
    return f"CAST(date_trunc('{by}', date_start) AS DATE)"


def _next_period(d: _dt.date, by: str) -> _dt.date:
    if by == "day":
        return d + _dt.timedelta(days=1)
    if by == "week":
        return d + _dt.timedelta(days=7)
    if by == "month":
        return _dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return _dt.date(d.year + 1, 1, 1)


def period_label(d: _dt.date, by: str) -> str:
    return {"month": d.strftime("%Y-%m"), "year": d.strftime("%Y")}.get(by, d.isoformat())


def timeline(con, a: str, b: str, *, by: str = "month", since: Any = None, until: Any = None,
             halflife: float = 3.0, modality: str = "asserted", unit: str = "clusters",
             fill: bool = True) -> dict:
    """Directional A->B and B->A series per period.

    Counts distinct clusters (``unit="clusters"``: one event however many articles
    report it) or raw event records (``unit="events"``). Only events whose date is at
    least as precise as the bucket are placed (a "2022-08" event is in the month
    series, not the day series); the others are counted in ``unplaced``. ``trend`` is
    the exponentially weighted mean Goldstein score per event with a half-life of
    ``halflife`` periods: sum_k w^(t-k) G_k / sum_k w^(t-k) N_k, w = 0.5**(1/halflife),
    so empty periods only decay the weights.
    """
    table = {"clusters": "clusters", "events": "events"}[unit]
    period = _period_sql(by)
    rank = BUCKETS[by]
    precs = [p for p, r in PRECISION_RANK.items() if r <= rank]
    where = ["modality = ?", "((actor_country = ? AND recipient_country = ?) OR "
             "(actor_country = ? AND recipient_country = ?))"]
    params: list = [modality, a, b, b, a]
    if since is not None:
        where.append("date_start >= ?")
        params.append(_as_date(since))
    if until is not None:
        where.append("date_start <= ?")
        params.append(_as_end(until))
    w = " AND ".join(where)
    rows = con.execute(f"""
        SELECT {period} AS period, actor_country, recipient_country, count(*) AS n,
               count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2),
               count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4),
               sum(goldstein), avg(goldstein)
        FROM {table}
        WHERE {w} AND date_start IS NOT NULL AND date_precision IN (SELECT unnest(?::VARCHAR[]))
        GROUP BY ALL ORDER BY 1""", params + [precs]).fetchall()
    unplaced = con.execute(
        f"SELECT count(*) FROM {table} WHERE {w} AND (date_start IS NULL OR "
        f"date_precision NOT IN (SELECT unnest(?::VARCHAR[])))", params + [precs]).fetchone()[0]
    directions = [(a, b)] if a == b else [(a, b), (b, a)]
    cells = {(r[0], r[1], r[2]): r for r in rows}
    periods = sorted({r[0] for r in rows})
    if fill and periods:
        full, d = [], periods[0]
        while d <= periods[-1]:
            full.append(d)
            d = _next_period(d, by)
        periods = full
    decay = 0.5 ** (1.0 / halflife) if halflife > 0 else 0.0
    series = []
    for src, dst in directions:
        wg = wn = 0.0
        for p in periods:
            r = cells.get((p, src, dst))
            n = r[3] if r else 0
            gsum = float(r[8] or 0.0) if r else 0.0
            wg = wg * decay + gsum
            wn = wn * decay + n
            q = [r[4], r[5], r[6], r[7]] if r else [0, 0, 0, 0]
            series.append({
                "period": period_label(p, by), "actor": src, "recipient": dst, "events": n,
                "q1": q[0], "q2": q[1], "q3": q[2], "q4": q[3],
                "conflict_share": round((q[2] + q[3]) / n, 4) if n else None,
                "goldstein_sum": round(gsum, 3), "goldstein_mean": round(gsum / n, 3) if n else None,
                "trend": round(wg / wn, 3) if wn > 1e-12 else None,
            })
    series.sort(key=lambda s: (s["period"], s["actor"] != a))
    return {"dyad": [a, b], "by": by, "unit": unit, "halflife": halflife,
            "unplaced": unplaced, "rows": series}


# --------------------------------------------------------------------- alerts
ALERT_DEFAULTS = {"window": 6, "min_events": 3, "min_baseline": 10,
                  "share_delta": 0.25, "goldstein_delta": 2.0, "z": 3.0, "max_events": 50}


def _z(diff: float, se: float) -> float:
    if se > 1e-12:
        return abs(diff) / se
    return math.inf if abs(diff) > 1e-12 else 0.0


def alerts(con, *, dyad: tuple[str, str] | None = None, by: str = "month",
           since: Any = None, until: Any = None, modality: str = "asserted", **thresholds) -> list[dict]:
    """Periods where a directed dyad departs from its trailing baseline.

    For each (actor country, recipient country, period) with at least ``min_events``
    clusters, the baseline pools the clusters of the ``window`` preceding periods
    (calendar periods; empty ones count as empty) and needs ``min_baseline`` of them.
    An alert fires when the conflict share (quad 3+4) differs from the baseline's by
    at least ``share_delta`` (``conflict_up`` / ``conflict_down``) or the mean Goldstein
    score by at least ``goldstein_delta`` points (``goldstein_down`` / ``goldstein_up``),
    and in each case the difference is at least ``z`` standard errors of a period of
    that size drawn from the baseline (share: sqrt(p(1-p)/n); Goldstein: sd/sqrt(n)),
    so a handful of events cannot fire on noise.
    """
    t = {**ALERT_DEFAULTS, **{k: v for k, v in thresholds.items() if v is not None}}
    period = _period_sql(by)
    precs = [p for p, r in PRECISION_RANK.items() if r <= BUCKETS[by]]
    unit = {"day": "DAY", "week": "DAY", "month": "MONTH", "year": "YEAR"}[by]
    span = int(t["window"]) * (7 if by == "week" else 1)
    where, params = ["modality = ?", "date_start IS NOT NULL", "actor_country IS NOT NULL",
                     "recipient_country IS NOT NULL", "actor_country <> recipient_country",
                     "date_precision IN (SELECT unnest(?::VARCHAR[]))"], [modality, precs]
    if dyad:
        where.append("((actor_country = ? AND recipient_country = ?) OR "
                     "(actor_country = ? AND recipient_country = ?))")
        params += [dyad[0], dyad[1], dyad[1], dyad[0]]
    rows = con.execute(f"""
        WITH p AS (
            SELECT {period} AS period, actor_country AS a, recipient_country AS r,
                   count(*) AS n, count(*) FILTER (quad_class >= 3) AS c, sum(goldstein) AS g,
                   sum(goldstein * goldstein) AS g2
            FROM clusters WHERE {' AND '.join(where)} GROUP BY ALL),
        w AS (
            SELECT *, sum(n) OVER win AS bn, sum(c) OVER win AS bc, sum(g) OVER win AS bg,
                   sum(g2) OVER win AS bg2
            FROM p WINDOW win AS (PARTITION BY a, r ORDER BY period RANGE BETWEEN
                INTERVAL {span} {unit} PRECEDING AND INTERVAL 1 DAY PRECEDING))
        SELECT period, a, r, n, c, g, bn, bc, bg, bg2 FROM w
        WHERE n >= ? AND coalesce(bn, 0) >= ? ORDER BY period, a, r""",
        params + [int(t["min_events"]), int(t["min_baseline"])]).fetchall()
    lo, hi = _as_date(since), _as_end(until)
    out, keys = [], []
    for period_d, a, r, n, c, g, bn, bc, bg, bg2 in rows:
        if (lo and period_d < lo) or (hi and period_d > hi):
            continue
        share, bshare = c / n, bc / bn
        mean, bmean = (g or 0.0) / n, (bg or 0.0) / bn
        share_z = _z(share - bshare, math.sqrt(bshare * (1 - bshare) / n))
        sd = math.sqrt(max((bg2 or 0.0) / bn - bmean * bmean, 0.0))
        gold_z = _z(mean - bmean, sd / math.sqrt(n))
        kinds = []
        if abs(share - bshare) >= t["share_delta"] and share_z >= t["z"]:
            kinds.append("conflict_up" if share > bshare else "conflict_down")
        if abs(mean - bmean) >= t["goldstein_delta"] and gold_z >= t["z"]:
            kinds.append("goldstein_down" if mean < bmean else "goldstein_up")
        if not kinds:
            continue
        keys.append((a, r, period_d, _next_period(period_d, by)))
        out.append({
            "period": period_label(period_d, by), "actor": a, "recipient": r, "kinds": kinds,
            "events": n, "conflict_share": round(share, 4), "goldstein_mean": round(mean, 3),
            "baseline_events": int(bn), "baseline_conflict_share": round(bshare, 4),
            "baseline_goldstein_mean": round(bmean, 3), "baseline_goldstein_sd": round(sd, 3),
            "share_z": round(min(share_z, 99.0), 2), "goldstein_z": round(min(gold_z, 99.0), 2),
            "evidence": [],
        })
    for idx, ev in _alert_events(con, keys, modality, precs, int(t["max_events"])):
        out[idx]["evidence"].append(ev)
    return out


def _alert_events(con, keys, modality, precs, limit):
    """The clusters behind each alert (most conflictual first), in one query."""
    if not keys:
        return []
    cols = list(zip(*keys))
    rows = con.execute("""
        WITH k AS (SELECT unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS r,
                          unnest(?::DATE[]) AS s, unnest(?::DATE[]) AS e,
                          unnest(range(?)) AS idx),
        hit AS (
            SELECT k.idx, c.cluster_id, c.first_event_id, c.first_doc_id, c.date, c.event_type,
                   c.cameo, c.goldstein, c.quad_class, c.num_articles,
                   row_number() OVER (PARTITION BY k.idx ORDER BY c.goldstein NULLS LAST,
                                      c.date_start, c.cluster_id) AS rn
            FROM k JOIN clusters c ON c.actor_country = k.a AND c.recipient_country = k.r
                 AND c.date_start >= k.s AND c.date_start < k.e
            WHERE c.modality = ? AND c.date_precision IN (SELECT unnest(?::VARCHAR[]))
            QUALIFY rn <= ?)
        SELECT h.idx, h.cluster_id, h.first_event_id, h.date, h.event_type, h.cameo, h.goldstein,
               h.quad_class, h.num_articles, e.sentence, h.first_doc_id
        FROM hit h LEFT JOIN events e ON e.id = h.first_event_id AND e.doc_id = h.first_doc_id
        ORDER BY h.idx, h.rn""",
        [list(cols[0]), list(cols[1]), list(cols[2]), list(cols[3]), len(keys),
         modality, precs, limit]).fetchall()
    names = ["cluster_id", "event_id", "date", "event_type", "cameo", "goldstein",
             "quad_class", "num_articles", "sentence", "doc_id"]
    return [(row[0], dict(zip(names, row[1:]))) for row in rows]


# --------------------------------------------------------------------- channels
def load_mechanisms(options=None) -> list[dict]:
    """The mechanism registry: the packaged mechanisms.yaml, then Options.mechanisms_files
    (a later entry with the same id replaces an earlier one)."""
    texts = [resources.files("xinhao").joinpath("data/mechanisms.yaml").read_text("utf-8")]
    for path in getattr(options, "mechanisms_files", ()) or ():
        with open(path, encoding="utf-8") as fh:
            texts.append(fh.read())
    reg: dict[str, dict] = {}
    for text in texts:
        for entry in yaml.safe_load(text) or []:
            if isinstance(entry, dict) and entry.get("id"):
                reg[str(entry["id"])] = entry
    return list(reg.values())


def load_state_machine(path: str | None = None) -> dict:
    if path:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    return yaml.safe_load(resources.files("xinhao").joinpath("data/channel_states.yaml")
                          .read_text("utf-8"))


def normalize_dyad(dyad: str) -> str:
    parts = [p.strip().upper() for p in dyad.replace("/", "-").split("-") if p.strip()]
    if len(parts) != 2:
        raise ValueError(f"a dyad is two codes joined by '-', e.g. CHN-USA (got {dyad!r})")
    return "-".join(sorted(parts))


_EV_COLS = ["id", "doc_id", "seq", "date", "date_precision", "date_start", "date_end",
            "event_type", "mode", "actor_country", "recipient_country", "mechanism",
            "modality", "sentence", "ev_start", "ev_end", "trigger", "rule", "published"]


def _rule_matches(rule: dict, ev: dict, state: str, requests: list[dict], window: int) -> bool:
    if "event_type" in rule and ev["event_type"] not in rule["event_type"]:
        return False
    if "mode" in rule and ev["mode"] not in rule["mode"]:
        return False
    if "from" in rule and state not in rule["from"]:
        return False
    if "trigger_any" in rule:
        hay = ev["trigger"] or ev["sentence"] or ""
        if not any(w in hay for w in rule["trigger_any"]):
            return False
    if rule.get("after_request"):
        lo = ev["date_start"] - _dt.timedelta(days=window)
        if not any(q["actor_country"] == ev["recipient_country"]
                   and q["recipient_country"] == ev["actor_country"]
                   and q["mode"] in ("meet", None)
                   and q["mechanism"] in (ev["mechanism"], None)
                   and q["date_start"] <= ev["date_end"] and q["date_end"] >= lo
                   for q in requests):
            return False
    return True


def _evidence(ev: dict) -> dict:
    return {"doc_id": ev["doc_id"], "sentence": ev["sentence"], "start": ev["ev_start"],
            "end": ev["ev_end"], "trigger": ev["trigger"], "rule": ev["rule"]}


def channel_states(events_in_order: list[dict], machine: dict, requests: list[dict]) -> dict:
    """Replay one channel's events through the state machine."""
    state, since, setter, history = machine.get("initial", "unknown"), None, None, []
    window = int(machine.get("request_window_days", 120))
    for ev in events_in_order:
        for rule in machine.get("rules", []):
            if _rule_matches(rule, ev, state, requests, window):
                new = rule["to"]
                if new != state:
                    state, since, setter = new, ev["date"], ev
                    history.append({"state": new, "since": ev["date"], "event_id": ev["id"],
                                    "event_type": ev["event_type"], "mode": ev["mode"],
                                    "rule": rule.get("id"), "evidence": _evidence(ev)})
                break
    return {"state": state, "since": since,
            "event_id": setter["id"] if setter else None,
            "evidence": _evidence(setter) if setter else None, "history": history}


def channels(con, dyad: str, *, options=None, machine: dict | None = None) -> list[dict]:
    """Every tracked mechanism of ``dyad`` (registered ones first, then mechanism ids
    seen in events but not registered, ``registered: false``) with its state."""
    dyad = normalize_dyad(dyad)
    machine = machine or load_state_machine()
    prefix = dyad + "/"
    registry = [m for m in load_mechanisms(options) if str(m["id"]).startswith(prefix)]
    modalities = list(machine.get("modalities", ["asserted"]))
    cols = ", ".join(_EV_COLS)
    order = "date_start, published NULLS LAST, doc_id, seq"
    rows = con.execute(
        f"SELECT {cols} FROM events WHERE starts_with(mechanism, ?) AND date_start IS NOT NULL "
        f"AND modality IN (SELECT unnest(?::VARCHAR[])) ORDER BY {order}",
        [prefix, modalities]).fetchall()
    evs = [dict(zip(_EV_COLS, r)) for r in rows]
    a, b = dyad.split("-")
    req_rows = con.execute(
        f"SELECT {cols} FROM events WHERE event_type = 'REQUEST' AND date_start IS NOT NULL "
        f"AND modality IN (SELECT unnest(?::VARCHAR[])) AND "
        f"((actor_country = ? AND recipient_country = ?) OR (actor_country = ? AND recipient_country = ?))",
        [modalities, a, b, b, a]).fetchall()
    requests = [dict(zip(_EV_COLS, r)) for r in req_rows]
    by_mech: dict[str, list[dict]] = {}
    for ev in evs:
        by_mech.setdefault(ev["mechanism"], []).append(ev)
    out = []
    known = [str(m["id"]) for m in registry]
    labels = {str(m["id"]): m.get("label") for m in registry}
    extra = sorted(set(by_mech) - set(known))
    for mech in known + extra:
        st = channel_states(by_mech.get(mech, []), machine, requests)
        out.append({"mechanism": mech, "label": labels.get(mech), "registered": mech in labels,
                    **st, "events": len(by_mech.get(mech, []))})
    return out


def jsonable(obj: Any) -> Any:
    """Dates to ISO strings, recursively (for JSON/CSV output)."""
    if isinstance(obj, dict):
        return {k: jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [jsonable(v) for v in obj]
    if isinstance(obj, (_dt.date, _dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, float) and math.isnan(obj):
        return None
    return obj
