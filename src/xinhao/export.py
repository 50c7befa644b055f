"""Exports of the store: JSONL, CSV, Parquet, PLOVER JSON, ICEWS-style TSV, GDELT-style table.

All take the same filters as ``analysis.events`` (``event_filters``). JSONL / PLOVER /
ICEWS have one row per event record (a mention); the GDELT table has one row per
cluster (GDELT's events are de-duplicated, with NumMentions/NumSources/NumArticles).
Column mappings are documented in docs/store.md.
"""
from __future__ import annotations

import csv
import datetime as _dt
import json
from typing import IO, Iterator

from . import __version__
from .analysis import event_filters

FORMATS = ("jsonl", "csv", "parquet", "plover", "icews", "gdelt")

FLAT_COLUMNS = [
    "id", "doc_id", "date", "date_precision", "event_type", "mode", "context", "cameo",
    "goldstein", "quad_class", "actor_country", "actor_sector", "actor_name", "actor_role",
    "actor_code", "actor_text", "recipient_country", "recipient_sector", "recipient_name",
    "recipient_role", "recipient_code", "recipient_text", "location_name", "location_country",
    "modality", "initiator", "mechanism", "attribution", "sentence", "ev_start", "ev_end",
    "trigger", "rule", "confidence", "outlet", "published", "cluster_id",
]

ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]

# GDELT 2.0 event table columns we can fill; the others are left out rather than faked.
GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL",
]


def _select(con, columns: list[str], filters: dict, order="date_start NULLS LAST, published NULLS LAST, doc_id, seq"):
    where, params = event_filters(**filters)
    sql = f"SELECT {', '.join(columns)} FROM events WHERE {where} ORDER BY {order}"
    return sql, params


def _open(out: str | None) -> tuple[IO, bool]:
    if out in (None, "-"):
        import sys
        return sys.stdout, False
    return open(out, "w", encoding="utf-8", newline=""), True


def _rows(con, sql: str, params: list, size: int = 5000) -> Iterator[tuple]:
    cur = con.execute(sql, params)
    while True:
        chunk = cur.fetchmany(size)
        if not chunk:
            return
        yield from chunk


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


# --------------------------------------------------------------------- writers
def write_jsonl(con, fh: IO, **filters) -> int:
    """The event records as coded (EVENT_SCHEMA.md) plus cluster_id, outlet, published."""
    sql, params = _select(con, ["record", "cluster_id", "outlet", "published"], filters)
    n = 0
    for record, cid, outlet, pub in _rows(con, sql, params):
        rec = json.loads(record)
        rec.update(cluster_id=cid, outlet=outlet, published=pub.isoformat() if pub else None)
        fh.write(_dump(rec) + "\n")
        n += 1
    return n


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ";".join(str(x) for x in v)
    if isinstance(v, float):
        return repr(round(v, 6))
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    return str(v)


def write_csv(con, fh: IO, **filters) -> int:
    """Flat columns (FLAT_COLUMNS); list fields joined with ';'."""
    sql, params = _select(con, FLAT_COLUMNS, filters)
    w = csv.writer(fh)
    w.writerow(FLAT_COLUMNS)
    n = 0
    for row in _rows(con, sql, params):
        w.writerow([_cell(v) for v in row])
        n += 1
    return n


def write_parquet(con, path: str, **filters) -> int:
    """Flat columns (lists stay lists) through DuckDB's own Parquet writer."""
    sql, params = _select(con, FLAT_COLUMNS, filters)
    n = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    target = str(path).replace("'", "''")
    con.execute(f"COPY ({sql}) TO '{target}' (FORMAT PARQUET)", params)
    return n


def _plover_actor(code, sector, name, text, role):
    if code is None and text is None:
        return []
    a = {"code": code, "sector": sector, "actor_text": text}
    if name:
        a["identifier_text"] = name
    if role:
        a["office"] = role
    return [a]


PLOVER_SQL = ["id", "doc_id", "date", "date_start", "date_end", "date_precision", "event_type",
              "mode", "context", "quad_class", "goldstein", "actor_country", "actor_sector",
              "actor_name", "actor_text", "actor_role", "recipient_country", "recipient_sector",
              "recipient_name", "recipient_text", "recipient_role", "location_name",
              "location_country", "sentence", "ev_start", "ev_end", "trigger", "outlet",
              "cluster_id", "modality", "mechanism", "cameo", "published"]


def plover_record(r: dict) -> dict:
    """One event in the PLOVER manual's JSON field names. A partial date becomes
    ``date`` (first day) + ``enddate`` (last day), the manual's way to give a range."""
    rec = {
        "id": r["id"],
        "date": r["date_start"].isoformat() if r["date_start"] else None,
        "source": _plover_actor(r["actor_country"], r["actor_sector"], r["actor_name"],
                                r["actor_text"], r["actor_role"]),
        "recipient": _plover_actor(r["recipient_country"], r["recipient_sector"],
                                   r["recipient_name"], r["recipient_text"], r["recipient_role"]),
        "event": [r["event_type"]],
        "mode": r["mode"],
        "context": r["context"] or [],
        "quad_code": r["quad_class"],
        "event_scale": r["goldstein"],
        "event_text": [r["trigger"]] if r["trigger"] else [],
        "text": r["sentence"],
        "text_info": {"start": r["ev_start"], "end": r["ev_end"]},
        "cite_info": {"citation": r["doc_id"], "publication": r["outlet"], "language": "zh"},
        "link": r["cluster_id"],
        "coder": f"xinhao {__version__}",
        "coded_date": _dt.date.today().isoformat(),
        # fields beyond the manual's list (it invites named extras)
        "date_precision": r["date_precision"], "modality": r["modality"],
        "mechanism": r["mechanism"], "cameo": r["cameo"],
    }
    if r["date_precision"] in ("month", "year") and r["date_end"]:
        rec["enddate"] = r["date_end"].isoformat()
    if r["location_name"] or r["location_country"]:
        rec["event_loc"] = {"name": r["location_name"], "cc3": r["location_country"]}
    return rec


def write_plover(con, fh: IO, **filters) -> int:
    """PLOVER JSON, one record a line (the manual recommends JSONL)."""
    sql, params = _select(con, PLOVER_SQL, filters)
    n = 0
    for row in _rows(con, sql, params):
        fh.write(_dump(plover_record(dict(zip(PLOVER_SQL, row)))) + "\n")
        n += 1
    return n


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        import pycountry
        c = pycountry.countries.get(alpha_3=code)
        if c is not None:
            return c.name
    except Exception:  # pragma: no cover - pycountry is a dependency, but be forgiving
        pass
    return code


def _cameo_label(code: str | None, fallback: str) -> str:
    """The CAMEO label from the pinned tables (``xinhao.cameo.label``), else ``fallback``."""
    try:
        from .cameo import label
        return str(label(code)) if code else fallback
    except Exception:  # module absent or an unknown code: keep the PLOVER type
        return fallback


ICEWS_SQL = ["id", "date", "date_start", "actor_name", "actor_text", "actor_sector",
             "actor_country", "event_type", "cameo", "goldstein", "recipient_name", "recipient_text",
             "recipient_sector", "recipient_country", "doc_id", "ev_start", "outlet",
             "location_name", "location_country"]


def write_icews(con, fh: IO, **filters) -> int:
    """ICEWS-style TSV, its 20 columns. Countries are written as names (as ICEWS does);
    ``Event Date`` is the first day of a partial date; ``Sentence Number`` is the
    evidence's character offset (we have no sentence index in the record);
    City/District/Province/Latitude/Longitude stay empty (no geocoder)."""
    sql, params = _select(con, ICEWS_SQL, filters)
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(ICEWS_COLUMNS)
    n = 0
    for row in _rows(con, sql, params):
        r = dict(zip(ICEWS_SQL, row))
        w.writerow([
            r["id"], r["date_start"].isoformat() if r["date_start"] else "",
            r["actor_name"] or r["actor_text"] or "", r["actor_sector"] or "",
            _country_name(r["actor_country"]), _cameo_label(r["cameo"], r["event_type"] or ""),
            r["cameo"] or "", _cell(r["goldstein"]),
            r["recipient_name"] or r["recipient_text"] or "", r["recipient_sector"] or "",
            _country_name(r["recipient_country"]), r["doc_id"], _cell(r["ev_start"]),
            r["outlet"] or "", "", "", "", _country_name(r["location_country"]), "", "",
        ])
        n += 1
    return n


GDELT_SQL = """
SELECT c.cluster_id, c.date, c.date_precision, c.date_start, c.actor_country,
       e.actor_code, e.actor_name, e.actor_sector, c.recipient_country, e.recipient_code,
       e.recipient_name, e.recipient_sector, c.cameo, c.quad_class, c.goldstein,
       c.num_mentions, c.num_sources, c.num_articles, e.location_name, e.location_country,
       a.ingested_at, a.url, c.first_doc_id
FROM clusters c
LEFT JOIN events e ON e.id = c.first_event_id AND e.doc_id = c.first_doc_id
LEFT JOIN articles a ON a.doc_id = c.first_doc_id
WHERE c.cluster_id IN (SELECT DISTINCT cluster_id FROM events WHERE {where})
ORDER BY c.date_start NULLS LAST, c.cluster_id
"""


def gdelt_row(r: tuple) -> list:
    (cid, date, prec, start, a_cc, a_code, a_name, a_sec, r_cc, r_code, r_name, r_sec, cameo,
     quad, gold, nm, ns, na, loc_name, loc_cc, added, url, doc) = r
    day = start.strftime("%Y%m%d") if start and prec == "day" else ""
    month = start.strftime("%Y%m") if start and prec in ("day", "month") else ""
    year = str(start.year) if start else ""
    frac = ""
    if start and prec == "day":
        frac = f"{start.year + (start.timetuple().tm_yday - 1) / 365:.4f}"
    cameo = cameo or ""
    return [cid, day, month, year, frac,
            a_code or a_cc or "", a_name or "", a_cc or "", a_sec or "",
            r_code or r_cc or "", r_name or "", r_cc or "", r_sec or "",
            "", cameo, cameo[:3], cameo[:2], _cell(quad), _cell(gold), nm, ns, na,
            loc_name or "", loc_cc or "", added.strftime("%Y%m%d%H%M%S") if added else "",
            url or doc or ""]


def write_gdelt(con, fh: IO, **filters) -> int:
    """GDELT-style event table (one row per cluster), tab-separated with a header of
    GDELT 2.0 column names. Day/FractionDate are empty for partial dates; country
    codes are ISO alpha-3 (GDELT uses CAMEO country codes, mostly the same)."""
    where, params = event_filters(**filters)
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(GDELT_COLUMNS)
    n = 0
    for row in _rows(con, GDELT_SQL.format(where=where), params):
        w.writerow(gdelt_row(row))
        n += 1
    return n


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "plover": write_plover,
           "icews": write_icews, "gdelt": write_gdelt}


def export(con, fmt: str, out: str | None = None, **filters) -> int:
    """Write the store (filtered) in ``fmt`` to ``out`` (a path; None/"-" = stdout,
    except parquet which needs a path). Returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out in (None, "-"):
            raise ValueError("parquet export needs an output file (-o FILE.parquet)")
        return write_parquet(con, out, **filters)
    fh, close = _open(out)
    try:
        return WRITERS[fmt](con, fh, **filters)
    finally:
        if close:
            fh.close()
