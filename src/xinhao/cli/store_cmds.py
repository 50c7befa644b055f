"""Store commands: ingest, events, timeline, channels, alerts, export.

Thin wrappers over ``xinhao.store``, ``xinhao.analysis`` and ``xinhao.export``.
"""
from __future__ import annotations

import csv
import json
import sys

import click

from ..options import load_options


# --------------------------------------------------------------------- helpers
def _options(ctx: click.Context, db: str | None):
    return load_options((ctx.obj or {}).get("config"), db=db)


def _connect(ctx, db, create=False):
    from ..store import StoreError, connect
    opts = _options(ctx, db)
    try:
        return connect(opts.db, create=create), opts
    except StoreError as exc:
        raise click.ClickException(str(exc))


def db_option(f):
    return click.option("--db", default=None, metavar="FILE",
                        help="DuckDB store (default: Options.db, 'xinhao.duckdb').")(f)


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                        default="table", show_default=True, help="Output format.")(f)


def _flat(v):
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def emit(rows: list[dict], fmt: str, columns: list[str] | None = None, width: int = 60) -> None:
    """Print rows: ``json`` one JSON array, ``csv`` a header + rows, ``table`` aligned
    columns (long cells cut to ``width``)."""
    from ..analysis import jsonable
    rows = jsonable(rows)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        for r in rows:
            w.writerow([_flat(r.get(c)) for c in columns])
        return
    cells = [[_flat(r.get(c)).replace("\n", " ")[:width] for c in columns] for r in rows]
    widths = [max([_w(c)] + [_w(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(_pad(c, widths[i]) for i, c in enumerate(columns)).rstrip())
    for row in cells:
        click.echo("  ".join(_pad(v, widths[i]) for i, v in enumerate(row)).rstrip())


def _w(s: str) -> int:  # display width: CJK characters take two columns
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _pad(s: str, n: int) -> str:
    return s + " " * (n - _w(s))


def filter_options(f):
    opts = [
        click.option("--dyad", nargs=2, default=None, metavar="A B", help="Either direction."),
        click.option("--actor", default=None, help="Actor country code."),
        click.option("--recipient", default=None, help="Recipient country code."),
        click.option("--type", "types", multiple=True, help="PLOVER event type (repeatable)."),
        click.option("--quad", multiple=True, type=int, help="Quad class 1-4 (repeatable)."),
        click.option("--since", default=None, help="From date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", default=None, help="To date (inclusive)."),
        click.option("--mechanism", default=None, help="Mechanism id, or a prefix ending in '/'."),
        click.option("--outlet", default=None, help="Outlet name."),
        click.option("--search", default=None, help="Text in the evidence sentence or actors."),
        click.option("--modality", default=None, help="asserted|future|negated|hypothetical."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def _filters(kw: dict) -> dict:
    keys = ("dyad", "actor", "recipient", "types", "quad", "since", "until", "mechanism",
            "outlet", "search", "modality")
    out = {k: kw.pop(k) for k in keys if k in kw}
    if out.get("dyad"):
        out["dyad"] = tuple(c.upper() for c in out["dyad"])
    for k in ("actor", "recipient"):
        if out.get(k):
            out[k] = out[k].upper()
    return out


# --------------------------------------------------------------------- commands
@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--events", "events_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Pre-coded events (JSONL: event records, or article objects with 'events').")
@click.option("--batch-size", default=200, show_default=True, type=click.IntRange(1),
              help="Articles per transaction.")
@click.option("--progress", "progress_file", default=None, type=click.Path(dir_okay=False),
              help="Append one JSON line per committed batch to this file.")
@db_option
@click.pass_context
def ingest(ctx, paths, events_files, batch_size, progress_file, db):
    """Code articles under PATHS (and/or load --events files) into the store.

    Idempotent: an article already stored (same text and published date) is skipped;
    an article whose doc_id is stored with different content replaces it. Each batch
    is one transaction: re-run after an interruption to complete."""
    from ..store import StoreError, ingest_events, ingest_items, items_from_coder, progress_writer
    if not paths and not events_files:
        raise click.UsageError("give PATHS to code, or --events FILE.jsonl")
    con, opts = _connect(ctx, db, create=True)
    hook = progress_writer(progress_file) if progress_file else None
    totals = {}
    try:
        for path in events_files:
            _add(totals, ingest_events(con, path, batch_size=batch_size, on_commit=hook).as_dict())
        if paths:
            try:
                from ..pipeline import code_paths
            except ImportError as exc:
                raise click.ClickException(f"the coder (xinhao.pipeline) is not available: {exc}")
            stats = ingest_items(con, items_from_coder(code_paths(list(paths), opts)),
                                 batch_size=batch_size, on_commit=hook)
            _add(totals, stats.as_dict())
    except StoreError as exc:
        raise click.ClickException(str(exc))
    finally:
        con.close()
    click.echo(f"xinhao: stored {totals.get('articles', 0)} article(s), {totals.get('events', 0)} "
               f"event(s); skipped {totals.get('skipped', 0)} already stored; replaced "
               f"{totals.get('replaced', 0)}; {totals.get('errors', 0)} input error(s) -> {opts.db}",
               err=True)


def _add(acc: dict, d: dict) -> None:
    for k, v in d.items():
        acc[k] = acc.get(k, 0) + v


EVENT_TABLE = ["date", "actor", "recipient", "event_type", "mode", "cameo", "goldstein",
               "modality", "mechanism", "outlet", "sentence"]


@click.command("events")
@filter_options
@click.option("--sort", default="date", show_default=True,
              help="date, -date, published, -published, goldstein, -goldstein, doc.")
@click.option("--limit", default=0, type=int, help="At most N events (0: all).")
@click.option("--page", default=1, type=click.IntRange(1), help="Page number (with --limit).")
@db_option
@format_option
@click.pass_context
def events_cmd(ctx, sort, limit, page, db, fmt, **kw):
    """List stored events (records as coded, plus cluster_id, outlet, published)."""
    from ..analysis import events
    con, _ = _connect(ctx, db)
    try:
        rows = events(con, sort=sort, limit=limit or None,
                      offset=(page - 1) * limit if limit else 0, **_filters(kw))
    except ValueError as exc:
        raise click.UsageError(str(exc))
    finally:
        con.close()
    if fmt == "table":
        rows = [{**r, "actor": (r.get("actor") or {}).get("country"),
                 "recipient": (r.get("recipient") or {}).get("country"),
                 "sentence": (r.get("evidence") or {}).get("sentence")} for r in rows]
        emit(rows, fmt, EVENT_TABLE)
    elif fmt == "csv":
        emit(rows, fmt, None)
    else:
        emit(rows, fmt)


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
              show_default=True)
@click.option("--since", default=None)
@click.option("--until", default=None)
@click.option("--halflife", default=3.0, show_default=True, type=float,
              help="Half-life of the trend, in periods.")
@click.option("--unit", type=click.Choice(["clusters", "events"]), default="clusters",
              show_default=True, help="Count de-duplicated clusters or every record.")
@click.option("--modality", default="asserted", show_default=True)
@db_option
@format_option
@click.pass_context
def timeline(ctx, a, b, by, since, until, halflife, unit, modality, db, fmt):
    """Directional A->B and B->A series: counts per quad class, Goldstein sum and mean,
    conflict share and a smoothed trend (exponentially weighted mean Goldstein)."""
    from ..analysis import timeline as tl
    con, _ = _connect(ctx, db)
    try:
        res = tl(con, a.upper(), b.upper(), by=by, since=since, until=until,
                 halflife=halflife, unit=unit, modality=modality)
    finally:
        con.close()
    emit(res["rows"], fmt)
    if res["unplaced"] and fmt == "table":
        click.echo(f"xinhao: {res['unplaced']} event(s) undated or less precise than a {by} "
                   f"not placed", err=True)


@click.command()
@click.argument("dyad")
@db_option
@format_option
@click.pass_context
def channels(ctx, dyad, db, fmt):
    """State of every tracked mechanism of DYAD (e.g. CHN-USA): active, suspended,
    refused, resumed or unknown, since when, the event that set it, and its history."""
    from ..analysis import channels as ch
    con, opts = _connect(ctx, db)
    try:
        rows = ch(con, dyad, options=opts)
    except ValueError as exc:
        raise click.UsageError(str(exc))
    finally:
        con.close()
    if fmt == "table":
        rows = [{**r, "sentence": (r.get("evidence") or {}).get("sentence"),
                 "changes": len(r["history"])} for r in rows]
        emit(rows, fmt, ["mechanism", "state", "since", "events", "changes", "sentence"])
    else:
        emit(rows, fmt, ["mechanism", "state", "since", "event_id", "events", "label"]
             if fmt == "csv" else None)


@click.command()
@click.option("--dyad", nargs=2, default=None, metavar="A B")
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
              show_default=True)
@click.option("--since", default=None)
@click.option("--until", default=None)
@click.option("--window", default=None, type=int, help="Baseline periods (default 6).")
@click.option("--min-events", default=None, type=int, help="Events in the period (default 3).")
@click.option("--min-baseline", default=None, type=int, help="Events in the baseline (default 10).")
@click.option("--share-delta", default=None, type=float, help="Conflict share change (default 0.25).")
@click.option("--goldstein-delta", default=None, type=float, help="Mean Goldstein change (default 2.0).")
@click.option("--z", "z", default=None, type=float, help="Standard errors a change must reach (default 3.0).")
@db_option
@format_option
@click.pass_context
def alerts(ctx, dyad, by, since, until, window, min_events, min_baseline, share_delta,
           goldstein_delta, z, db, fmt):
    """Periods where a dyad's conflict share or mean Goldstein departs from its
    trailing baseline, with the events behind each."""
    from ..analysis import alerts as al
    con, _ = _connect(ctx, db)
    try:
        rows = al(con, dyad=tuple(c.upper() for c in dyad) if dyad else None, by=by,
                  since=since, until=until, window=window, min_events=min_events,
                  min_baseline=min_baseline, share_delta=share_delta,
                  goldstein_delta=goldstein_delta, z=z)
    finally:
        con.close()
    cols = ["period", "actor", "recipient", "kinds", "events", "conflict_share",
            "baseline_conflict_share", "goldstein_mean", "baseline_goldstein_mean"]
    emit(rows, fmt, cols if fmt != "json" else None)


@click.command()
@click.argument("fmt", metavar="FORMAT",
                type=click.Choice(["jsonl", "csv", "parquet", "plover", "icews", "gdelt"]))
@click.option("-o", "--output", default=None, help="Output file (default: stdout; parquet needs one).")
@filter_options
@db_option
@click.pass_context
def export(ctx, fmt, output, db, **kw):
    """Export events: jsonl, csv, parquet, plover (PLOVER JSON lines), icews (ICEWS-style
    TSV, 20 columns) or gdelt (GDELT-style table of clusters)."""
    from ..export import export as ex
    con, _ = _connect(ctx, db)
    try:
        n = ex(con, fmt, output, **_filters(kw))
    except ValueError as exc:
        raise click.UsageError(str(exc))
    finally:
        con.close()
    if output not in (None, "-"):
        click.echo(f"xinhao: wrote {n} row(s) to {output}", err=True)


COMMANDS = (ingest, events_cmd, timeline, channels, alerts, export)


def register(group: click.Group) -> None:
    for cmd in COMMANDS:
        group.add_command(cmd)
