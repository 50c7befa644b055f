"""`xinhao code`: code articles into event records."""
from __future__ import annotations

import csv
import io
import json
import sys

import click

from ..model import InputError, json_line
from ..options import load_options

FLAT_COLUMNS = ["id", "doc_id", "date", "date_precision", "event_type", "mode", "cameo", "goldstein", "quad_class",
                "actor_text", "actor_country", "actor_code", "actor_role", "recipient_text", "recipient_country",
                "recipient_code", "recipient_role", "modality", "initiator", "mechanism", "location", "attribution",
                "trigger", "sentence", "start", "end", "rule", "confidence"]


def flatten(e: dict) -> dict:
    a, r = e.get("actor") or {}, e.get("recipient") or {}
    ev = e.get("evidence") or {}
    return {
        "id": e["id"], "doc_id": e["doc_id"], "date": e["date"], "date_precision": e["date_precision"],
        "event_type": e["event_type"], "mode": e["mode"], "cameo": e["cameo"], "goldstein": e["goldstein"],
        "quad_class": e["quad_class"], "actor_text": a.get("text"), "actor_country": a.get("country"),
        "actor_code": a.get("code"), "actor_role": a.get("role"), "recipient_text": r.get("text"),
        "recipient_country": r.get("country"), "recipient_code": r.get("code"), "recipient_role": r.get("role"),
        "modality": e["modality"], "initiator": e["initiator"], "mechanism": e["mechanism"],
        "location": (e.get("location") or {}).get("name"), "attribution": "|".join(e.get("attribution") or []),
        "trigger": ev.get("trigger"), "sentence": ev.get("sentence"), "start": ev.get("start"), "end": ev.get("end"),
        "rule": ev.get("rule"), "confidence": e["confidence"],
    }


class Writer:
    """Streams events in one format to one file."""

    def __init__(self, fmt: str, fh):
        self.fmt, self.fh = fmt, fh
        self.csv = None
        if fmt == "csv":
            self.csv = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS)
            self.csv.writeheader()
        elif fmt == "table":
            fh.write("\t".join(["doc_id", "date", "type", "cameo", "actor", "recipient", "modality", "initiator",
                                "mechanism", "trigger"]) + "\n")

    def write(self, e: dict) -> None:
        if self.fmt == "jsonl":
            self.fh.write(json_line(e) + "\n")
        elif self.fmt == "csv":
            self.csv.writerow(flatten(e))
        else:
            a, r = e.get("actor") or {}, e.get("recipient") or {}
            row = [e["doc_id"], e["date"] or "-", e["event_type"], e["cameo"],
                   f"{a.get('code') or a.get('country')} {a.get('name') or a.get('text') or ''}".strip(),
                   f"{r.get('code') or r.get('country') or '-'} {r.get('name') or r.get('text') or ''}".strip(),
                   e["modality"], e["initiator"] or "-", e["mechanism"] or "-", e["evidence"]["trigger"]]
            self.fh.write("\t".join(str(x) for x in row) + "\n")


@click.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", default=None, help="Reference date YYYY-MM-DD for every article (overrides front matter).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write events here (default: standard output).")
@click.option("--save", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the events as JSONL to this file.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write one JSON record per unreadable input here.")
@click.option("--max-bytes", type=int, default=None, help="Largest input accepted (default 5 MB).")
@click.option("--min-confidence", type=float, default=None, help="Drop events below this confidence.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("-j", "--jobs", type=int, default=1, show_default=True,
              help="Worker processes (0: one per CPU). Output keeps the input order.")
@click.pass_context
def code(ctx, paths, published, fmt, output, save, errors_path, max_bytes, min_confidence, progress, jobs):
    """Code PATHS (files, directories, globs, '-' for stdin) into events."""
    from ..pipeline import code_paths

    try:
        opts = load_options(ctx.obj.get("config"), published=published, max_bytes=max_bytes,
                            min_confidence=min_confidence)
    except ValueError as exc:
        raise click.UsageError(str(exc))
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    save_fh = open(save, "w", encoding="utf-8") if save else None
    err_fh = open(errors_path, "w", encoding="utf-8") if errors_path else None
    writer = Writer(fmt, out)
    saver = Writer("jsonl", save_fh) if save_fh else None
    if progress is None:
        progress = sys.stderr.isatty()
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
    n_read = n_with = n_events = n_err = 0
    try:
        if jobs == 0:
            import os
            jobs = os.cpu_count() or 1
        for item, events in code_paths(paths, opts, jobs=jobs):
            if isinstance(item, InputError):
                n_err += 1
                click.echo(str(item), err=True)
                if err_fh:
                    err_fh.write(json.dumps(item.to_record(), ensure_ascii=False) + "\n")
            else:
                n_read += 1
                if events:
                    n_with += 1
                for e in events:
                    writer.write(e)
                    if saver:
                        saver.write(e)
                n_events += len(events)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        if output:
            out.close()
        else:
            out.flush()  # the events before the summary line on a terminal
        for fh in (save_fh, err_fh):
            if fh:
                fh.close()
    click.echo(f"xinhao: {n_read} articles read, {n_with} with events, {n_events} events, {n_err} errors", err=True)
    if n_read == 0:
        ctx.exit(1)


def register(group: click.Group) -> None:
    group.add_command(code)
