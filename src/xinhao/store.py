"""The event store: an embedded DuckDB file of articles, events, clusters and errors.

Tables (schema version :data:`SCHEMA_VERSION`, see docs/store.md):

- ``meta``      key/value; ``schema_version``.
- ``articles``  one row per stored article: ``doc_id``, ``content_hash`` (sha256 of the
  text as read + published), metadata, the text itself, ``n_events``.
- ``events``    one row per event record (EVENT_SCHEMA.md), flattened for queries, plus
  the record itself as JSON (``record``) so it comes back exactly as coded.
- ``clusters``  the same event reported by several articles: one row per one-a-day key
  (date, actor country, recipient country, event_type, mechanism, modality) with
  GDELT's NumMentions / NumSources / NumArticles.
- ``mentions``  (a view over ``events``) every mention of a cluster with its outlet and
  attribution.
- ``errors``    inputs that could not be read (``InputError``).

Ingest is idempotent by content hash and transactional per batch: a batch of articles
is written in one transaction together with its clusters, so a killed process leaves
the last committed batch and a re-run skips what is stored and completes the rest.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from calendar import monthrange
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import duckdb

from .model import Article, InputError

SCHEMA_VERSION = 1

# version -> statements that bring a database from version-1 to version.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE IF NOT EXISTS articles (
            doc_id VARCHAR, content_hash VARCHAR, source VARCHAR, title VARCHAR,
            url VARCHAR, outlet VARCHAR, published DATE, text VARCHAR, meta VARCHAR,
            n_events INTEGER, kind VARCHAR, ingested_at TIMESTAMP)""",
        """CREATE TABLE IF NOT EXISTS events (
            id VARCHAR, doc_id VARCHAR, content_hash VARCHAR, seq INTEGER,
            date VARCHAR, date_precision VARCHAR, date_start DATE, date_end DATE,
            event_type VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR,
            goldstein DOUBLE, quad_class TINYINT,
            actor_country VARCHAR, actor_name VARCHAR, actor_text VARCHAR,
            actor_sector VARCHAR, actor_role VARCHAR, actor_code VARCHAR,
            recipient_country VARCHAR, recipient_name VARCHAR, recipient_text VARCHAR,
            recipient_sector VARCHAR, recipient_role VARCHAR, recipient_code VARCHAR,
            location_name VARCHAR, location_country VARCHAR,
            modality VARCHAR, initiator VARCHAR, mechanism VARCHAR, attribution VARCHAR[],
            sentence VARCHAR, ev_start INTEGER, ev_end INTEGER, trigger VARCHAR, rule VARCHAR,
            confidence DOUBLE, outlet VARCHAR, published DATE, cluster_id VARCHAR,
            record VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS clusters (
            cluster_id VARCHAR, date VARCHAR, date_precision VARCHAR, date_start DATE,
            date_end DATE, actor_country VARCHAR, recipient_country VARCHAR,
            event_type VARCHAR, mechanism VARCHAR, modality VARCHAR, cameo VARCHAR,
            goldstein DOUBLE, quad_class TINYINT, num_mentions INTEGER,
            num_sources INTEGER, num_articles INTEGER, first_event_id VARCHAR,
            first_doc_id VARCHAR, first_published DATE, last_published DATE)""",
        """CREATE TABLE IF NOT EXISTS errors (
            source VARCHAR, kind VARCHAR, reason VARCHAR, recorded_at TIMESTAMP)""",
        """CREATE OR REPLACE VIEW mentions AS
            SELECT cluster_id, id AS event_id, doc_id, outlet, published, attribution,
                   sentence, ev_start, ev_end, trigger, confidence FROM events""",
    ],
}

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


class StoreError(Exception):
    pass


# --------------------------------------------------------------------- connection
def connect(path: str | os.PathLike = ":memory:", *, create: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (and migrate) a store. ``create=False`` refuses to create a new file."""
    path = str(path)
    if not create and path != ":memory:" and not os.path.exists(path):
        raise StoreError(f"{path}: no such database (run `xinhao ingest … --db {path}` first)")
    con = duckdb.connect(path)
    migrate(con)
    return con


def schema_version(con) -> int:
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0]
    if not has_meta:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con) -> int:
    """Bring the database to :data:`SCHEMA_VERSION`, one version per transaction."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise StoreError(f"database schema version {current} is newer than this xinhao "
                         f"({SCHEMA_VERSION}); upgrade xinhao")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)")
            for stmt in MIGRATIONS[version]:
                con.execute(stmt)
            con.execute("DELETE FROM meta WHERE key = 'schema_version'")
            con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(version)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


# --------------------------------------------------------------------- dates and keys
def date_bounds(date: str | None) -> tuple[_dt.date | None, _dt.date | None, str | None]:
    """``"2022-08"`` -> (2022-08-01, 2022-08-31, "month"); None -> (None, None, None)."""
    if not date:
        return None, None, None
    parts = str(date).split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year"
        m = int(parts[1])
        if len(parts) == 2:
            return _dt.date(y, m, 1), _dt.date(y, m, monthrange(y, m)[1]), "month"
        d = _dt.date(y, m, int(parts[2][:2]))
        return d, d, "day"
    except (ValueError, IndexError):
        return None, None, None


def content_hash(text: str, published: _dt.date | str | None) -> str:
    """sha256 of the text as read plus the published date (ISO or empty)."""
    pub = published.isoformat() if isinstance(published, _dt.date) else (published or "")
    return hashlib.sha256((text + "\x00" + pub).encode("utf-8")).hexdigest()


def _country(ent: Any) -> str | None:
    return ent.get("country") if isinstance(ent, dict) else None


def cluster_key(ev: dict, doc_id: str) -> str:
    """Phoenix's one-a-day key, plus mechanism and modality (an asserted and a negated
    meeting are not the same event). Undated events never cluster across articles."""
    date = ev.get("date") or f"undated:{doc_id}"
    parts = [date, _country(ev.get("actor")) or "", _country(ev.get("recipient")) or "",
             ev.get("event_type") or "", ev.get("mechanism") or "",
             ev.get("modality") or "asserted"]
    return "|".join(parts)


def cluster_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------- rows
_EVENT_COLS = [
    ("id", "VARCHAR"), ("doc_id", "VARCHAR"), ("content_hash", "VARCHAR"), ("seq", "INTEGER"),
    ("date", "VARCHAR"), ("date_precision", "VARCHAR"), ("date_start", "DATE"), ("date_end", "DATE"),
    ("event_type", "VARCHAR"), ("mode", "VARCHAR"), ("context", "VARCHAR[]"), ("cameo", "VARCHAR"),
    ("goldstein", "DOUBLE"), ("quad_class", "TINYINT"),
    ("actor_country", "VARCHAR"), ("actor_name", "VARCHAR"), ("actor_text", "VARCHAR"),
    ("actor_sector", "VARCHAR"), ("actor_role", "VARCHAR"), ("actor_code", "VARCHAR"),
    ("recipient_country", "VARCHAR"), ("recipient_name", "VARCHAR"), ("recipient_text", "VARCHAR"),
    ("recipient_sector", "VARCHAR"), ("recipient_role", "VARCHAR"), ("recipient_code", "VARCHAR"),
    ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
    ("modality", "VARCHAR"), ("initiator", "VARCHAR"), ("mechanism", "VARCHAR"),
    ("attribution", "VARCHAR[]"), ("sentence", "VARCHAR"), ("ev_start", "INTEGER"),
    ("ev_end", "INTEGER"), ("trigger", "VARCHAR"), ("rule", "VARCHAR"), ("confidence", "DOUBLE"),
    ("outlet", "VARCHAR"), ("published", "DATE"), ("cluster_id", "VARCHAR"), ("record", "VARCHAR"),
]
_ARTICLE_COLS = [
    ("doc_id", "VARCHAR"), ("content_hash", "VARCHAR"), ("source", "VARCHAR"), ("title", "VARCHAR"),
    ("url", "VARCHAR"), ("outlet", "VARCHAR"), ("published", "DATE"), ("text", "VARCHAR"),
    ("meta", "VARCHAR"), ("n_events", "INTEGER"), ("kind", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
]


def _ent(ent: Any) -> list:
    if not isinstance(ent, dict):
        return [None] * 6
    return [ent.get("country"), ent.get("name"), ent.get("text"), ent.get("sector"),
            ent.get("role"), ent.get("code")]


def _str_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]


def _num(v: Any, cast=float):
    try:
        return None if v is None else cast(v)
    except (TypeError, ValueError):
        return None


def event_row(ev: dict, seq: int, doc_id: str, chash: str, outlet: str | None,
              published: _dt.date | None) -> list:
    start, end, prec = date_bounds(ev.get("date"))
    evid = ev.get("evidence") if isinstance(ev.get("evidence"), dict) else {}
    loc = ev.get("location") if isinstance(ev.get("location"), dict) else {}
    return [
        str(ev.get("id") or f"{doc_id}#{seq}"), doc_id, chash, seq,
        ev.get("date"), ev.get("date_precision") or prec, start, end,
        ev.get("event_type"), ev.get("mode"), _str_list(ev.get("context")),
        None if ev.get("cameo") is None else str(ev.get("cameo")),
        _num(ev.get("goldstein")), _num(ev.get("quad_class"), int),
        *_ent(ev.get("actor")), *_ent(ev.get("recipient")),
        loc.get("name") or loc.get("text"), loc.get("country"),
        ev.get("modality") or "asserted", ev.get("initiator"), ev.get("mechanism"),
        _str_list(ev.get("attribution")), evid.get("sentence"), _num(evid.get("start"), int),
        _num(evid.get("end"), int), _str_or_join(evid.get("trigger")), _str_or_join(evid.get("rule")),
        _num(ev.get("confidence")), outlet, published,
        cluster_id(cluster_key(ev, doc_id)),
        json.dumps(ev, ensure_ascii=False, sort_keys=False, default=str),
    ]


def _str_or_join(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, (list, tuple)):
        return " ".join(str(x) for x in v)
    return json.dumps(v, ensure_ascii=False, default=str)


def _insert_columns(con, table: str, cols: list[tuple[str, str]], rows: list[list]) -> None:
    """Bulk insert: one list parameter per column, unnested together (fast in DuckDB)."""
    if not rows:
        return
    columns = list(zip(*rows))
    sel = ", ".join(f"unnest(${i + 1}::{typ}[])" for i, (_, typ) in enumerate(cols))
    names = ", ".join(name for name, _ in cols)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {sel}", [list(c) for c in columns])


# --------------------------------------------------------------------- clusters
CLUSTER_SQL = """
INSERT INTO clusters
SELECT cluster_id,
       first(date ORDER BY published NULLS LAST, doc_id, seq),
       first(date_precision ORDER BY published NULLS LAST, doc_id, seq),
       min(date_start), max(date_end),
       first(actor_country), first(recipient_country), first(event_type),
       first(mechanism), first(modality),
       first(cameo ORDER BY published NULLS LAST, doc_id, seq),
       first(goldstein ORDER BY published NULLS LAST, doc_id, seq),
       first(quad_class ORDER BY published NULLS LAST, doc_id, seq),
       count(*), count(DISTINCT coalesce(outlet, '')), count(DISTINCT doc_id),
       first(id ORDER BY published NULLS LAST, doc_id, seq),
       first(doc_id ORDER BY published NULLS LAST, doc_id, seq),
       min(published), max(published)
FROM events WHERE cluster_id IN (SELECT unnest($1::VARCHAR[]))
GROUP BY cluster_id
"""


def refresh_clusters(con, ids: Iterable[str] | None = None) -> None:
    """Recompute the given clusters (all when ``ids`` is None) from their events."""
    if ids is None:
        con.execute("DELETE FROM clusters")
        ids = [r[0] for r in con.execute("SELECT DISTINCT cluster_id FROM events").fetchall()]
    ids = sorted(set(ids))
    if not ids:
        return
    con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
    con.execute(CLUSTER_SQL, [ids])


# --------------------------------------------------------------------- ingest
@dataclass
class Item:
    """One unit of ingest: an article (or a pseudo-article of pre-coded events) and
    its events, or an input error."""

    doc_id: str = ""
    events: list[dict] = field(default_factory=list)
    content_hash: str = ""
    article: Article | None = None
    error: InputError | None = None
    kind: str = "article"


@dataclass
class IngestStats:
    articles: int = 0  # newly stored
    events: int = 0
    skipped: int = 0  # already stored (same content hash)
    replaced: int = 0  # same doc_id, new content: old version replaced
    errors: int = 0
    batches: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def items_from_coder(pairs: Iterable[tuple[Article | InputError, list[dict]]]) -> Iterator[Item]:
    """Adapt ``pipeline.code_paths`` output to ingest items."""
    for art, events in pairs:
        if isinstance(art, InputError):
            yield Item(error=art)
            continue
        yield Item(doc_id=art.id, events=list(events or []), article=art,
                   content_hash=content_hash(art.text, art.published))


def _parse_date(v: Any) -> _dt.date | None:
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def items_from_events_file(path: str) -> Iterator[Item]:
    """Pre-coded events (JSONL). Each line is either one event record (EVENT_SCHEMA.md,
    with ``doc_id``; optional extra fields ``published``, ``outlet``) or one article
    object ``{"doc_id", "published"?, "outlet"?, "title"?, "events": [...]}``.
    Events of one doc_id must be contiguous (as ``xinhao code`` writes them); a pseudo
    article's content hash is the sha256 of its lines as read (+ published)."""
    seen: set[str] = set()

    def make(doc_id: str, events: list[dict], head: dict, lineno: int, raw: list[str]) -> Item:
        if doc_id in seen:
            raise StoreError(f"{path}:{lineno}: events of doc_id {doc_id!r} are not contiguous; "
                             "sort the file by doc_id")
        seen.add(doc_id)
        pub = _parse_date(head.get("published"))
        art = Article(id=doc_id, text="", published=pub, title=head.get("title") or "",
                      url=head.get("url"), outlet=head.get("outlet"), source=f"{path}:{lineno}")
        return Item(doc_id=doc_id, events=events, article=art, kind="events",
                    content_hash=content_hash("\n".join(raw), pub))

    cur_id, cur_events, cur_head, cur_line, cur_raw = None, [], {}, 0, []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Item(error=InputError(f"{path}:{lineno}", f"bad JSON: {exc}", "malformed"))
                continue
            if not isinstance(obj, dict) or not obj.get("doc_id"):
                yield Item(error=InputError(f"{path}:{lineno}", "no doc_id", "malformed"))
                continue
            if isinstance(obj.get("events"), list):  # an article line
                if cur_id is not None:
                    yield make(cur_id, cur_events, cur_head, cur_line, cur_raw)
                    cur_id, cur_events = None, []
                yield make(str(obj["doc_id"]), obj["events"], obj, lineno, [line])
                continue
            doc_id = str(obj["doc_id"])
            if doc_id != cur_id:
                if cur_id is not None:
                    yield make(cur_id, cur_events, cur_head, cur_line, cur_raw)
                cur_id, cur_events, cur_head, cur_line, cur_raw = doc_id, [], obj, lineno, []
            cur_events.append(obj)
            cur_raw.append(line)
    if cur_id is not None:
        yield make(cur_id, cur_events, cur_head, cur_line, cur_raw)


def _article_row(item: Item, now: _dt.datetime) -> list:
    a = item.article
    meta = json.dumps(a.meta, ensure_ascii=False, default=str) if a and a.meta else None
    return [item.doc_id, item.content_hash, a.source if a else None, a.title if a else None,
            a.url if a else None, a.outlet if a else None, a.published if a else None,
            (a.text or None) if a else None, meta, len(item.events), item.kind, now]


def _write_batch(con, batch: list[Item], stats: IngestStats) -> None:
    errors = [it.error for it in batch if it.error is not None]
    docs = [it for it in batch if it.error is None]
    # already stored (same hash) -> skip; same hash twice in the batch -> first wins
    hashes = list({it.content_hash for it in docs})
    stored = {r[0] for r in con.execute(
        "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest($1::VARCHAR[]))",
        [hashes]).fetchall()} if hashes else set()
    fresh: dict[str, Item] = {}  # doc_id -> item (a later version in the batch replaces)
    seen_hash: set[str] = set()
    for it in docs:
        if it.content_hash in stored or it.content_hash in seen_hash:
            stats.skipped += 1
            continue
        seen_hash.add(it.content_hash)
        if it.doc_id in fresh:
            stats.replaced += 1
        fresh[it.doc_id] = it
    ids = list(fresh)
    con.execute("BEGIN TRANSACTION")
    try:
        touched: set[str] = set()
        if ids:
            old = con.execute(
                "SELECT DISTINCT cluster_id FROM events WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))",
                [ids]).fetchall()
            touched.update(r[0] for r in old)
            n_old = con.execute(
                "SELECT count(*) FROM articles WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))",
                [ids]).fetchone()[0]
            stats.replaced += n_old
            if n_old:
                con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
                con.execute("DELETE FROM articles WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
        now = _dt.datetime.now().replace(microsecond=0)
        arows, erows = [], []
        for it in fresh.values():
            a = it.article
            arows.append(_article_row(it, now))
            for seq, ev in enumerate(it.events):
                row = event_row(ev, seq, it.doc_id, it.content_hash,
                                (a.outlet if a else None) or ev.get("outlet"),
                                (a.published if a else None) or _parse_date(ev.get("published")))
                touched.add(row[-2])
                erows.append(row)
        _insert_columns(con, "articles", _ARTICLE_COLS, arows)
        _insert_columns(con, "events", _EVENT_COLS, erows)
        refresh_clusters(con, touched)
        if errors:
            srcs = [e.source for e in errors]
            con.execute("DELETE FROM errors WHERE source IN (SELECT unnest($1::VARCHAR[]))", [srcs])
            _insert_columns(con, "errors", [("source", "VARCHAR"), ("kind", "VARCHAR"),
                                             ("reason", "VARCHAR"), ("recorded_at", "TIMESTAMP")],
                            [[e.source, e.kind, e.reason, now] for e in errors])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    stats.articles += len(arows)
    stats.events += len(erows)
    stats.errors += len(errors)
    stats.batches += 1


def ingest_items(con, items: Iterable[Item], *, batch_size: int = 200,
                 on_commit: Callable[[IngestStats], None] | None = None) -> IngestStats:
    """Store items, committing every ``batch_size`` articles. ``on_commit`` is called
    after each committed batch (progress files, bars)."""
    stats = IngestStats()
    batch: list[Item] = []
    n_docs = 0
    for it in items:
        batch.append(it)
        if it.error is None:
            n_docs += 1
        if n_docs >= batch_size:
            _write_batch(con, batch, stats)
            batch, n_docs = [], 0
            if on_commit:
                on_commit(stats)
    if batch:
        _write_batch(con, batch, stats)
        if on_commit:
            on_commit(stats)
    return stats


def ingest_paths(con, paths: Iterable[str], options=None, **kw) -> IngestStats:
    """Code the articles under ``paths`` (``xinhao.pipeline.code_paths``) and store them."""
    from .options import Options
    from .pipeline import code_paths  # the coder; imported late so the store works without it
    return ingest_items(con, items_from_coder(code_paths(list(paths), options or Options())), **kw)


def ingest_events(con, path: str, **kw) -> IngestStats:
    """Store pre-coded events from a JSONL file (see :func:`items_from_events_file`)."""
    return ingest_items(con, items_from_events_file(path), **kw)


def progress_writer(path: str) -> Callable[[IngestStats], None]:
    """An ``on_commit`` callback appending one JSON line per committed batch."""
    def write(stats: IngestStats) -> None:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"committed": stats.batches, **stats.as_dict()}) + "\n")
    return write


# --------------------------------------------------------------------- integrity
def integrity(con) -> dict:
    """Counts a test (or a user) can check after a crash: duplicates must be zero."""
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": q("SELECT count(*) FROM articles"),
        "events": q("SELECT count(*) FROM events"),
        "clusters": q("SELECT count(*) FROM clusters"),
        "errors": q("SELECT count(*) FROM errors"),
        "duplicate_articles": q("SELECT count(*) - count(DISTINCT doc_id) FROM articles"),
        "duplicate_hashes": q("SELECT count(*) - count(DISTINCT content_hash) FROM articles"),
        "duplicate_events": q("SELECT count(*) FROM (SELECT doc_id, id FROM events "
                              "GROUP BY ALL HAVING count(*) > 1)"),
        "orphan_events": q("SELECT count(*) FROM events e WHERE NOT EXISTS "
                           "(SELECT 1 FROM articles a WHERE a.doc_id = e.doc_id "
                           "AND a.content_hash = e.content_hash)"),
        "cluster_mentions_mismatch": q("SELECT count(*) FROM clusters c WHERE num_mentions <> "
                                       "(SELECT count(*) FROM events e WHERE e.cluster_id = c.cluster_id)"),
    }
