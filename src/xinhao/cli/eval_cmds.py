"""``xinhao eval``: score events against a gold file (ANNOTATION.md), and pin
the accuracy gate's floors. A thin layer over :mod:`xinhao.evaluate`."""
from __future__ import annotations

import json
import sys

import click

from .. import evaluate as ev


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@click.option("--run", "run", is_flag=True,
              help="Code INPUTS (files, directories, JSONL) with the pipeline first, then score them.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", is_flag=True, help="List the errors by kind, with evidence sentences and gold notes.")
@click.option("--details", is_flag=True, help="List every gold event and prediction of every article with its status.")
@click.option("--save-pred", type=click.Path(dir_okay=False, writable=True), default=None,
              help="With --run: also write the predicted events to this JSONL file.")
@click.option("--pin-floors", is_flag=True,
              help="Score the corpus splits (corpus/dev, corpus/test) and raise tests/floors.json to the current figures.")
@click.option("--allow-lower", is_flag=True, help="With --pin-floors: also lower floors (an explicit decision).")
@click.pass_context
def eval_cmd(ctx, gold, inputs, run, fmt, errors, details, save_pred, pin_floors, allow_lower):
    """Score predicted events against GOLD (JSONL, ANNOTATION.md format).

    \b
      xinhao eval GOLD PRED.jsonl            score a file of events
      xinhao eval GOLD --run PATHS...        code PATHS, then score them
      xinhao eval --pin-floors               re-pin the accuracy gate's floors

    Prints precision, recall and F1, strict (dates must agree) and relaxed
    (dates ignored), overall and for each of the 16 PLOVER types.
    """
    if pin_floors:
        try:
            ev.pin_floors(ev.repo_root(), allow_lower=allow_lower, options=_options(ctx))
        except (ValueError, FileNotFoundError) as exc:
            raise click.ClickException(str(exc))
        return
    if gold is None:
        raise click.UsageError("GOLD is required (or use --pin-floors)")
    gold_events = ev.load_gold(gold)
    if run:
        if not inputs:
            raise click.UsageError("--run needs the PATHS to code")
        events, problems = ev.predict(inputs, _options(ctx))
        for p in problems:
            click.echo(f"input error: {p}", err=True)
        if save_pred:
            with open(save_pred, "w", encoding="utf-8") as fh:
                for e in events:
                    fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        pred = ev.group_predictions(events)
    else:
        if len(inputs) != 1:
            raise click.UsageError("give one PRED.jsonl file (or --run PATHS...)")
        try:
            pred = ev.load_predictions(inputs[0])
        except ValueError as exc:
            raise click.ClickException(str(exc))
    rep = ev.score(gold_events, pred)
    if fmt == "json":
        click.echo(json.dumps(rep.as_dict(errors=errors, details=details), ensure_ascii=False, indent=1))
        return
    if details:
        click.echo(ev.format_details(rep))
        click.echo()
    if errors:
        click.echo(ev.format_errors(rep.errors()))
        click.echo()
    click.echo(ev.format_table(rep, title=f"gold: {gold}"))
    if rep.unscored_docs:
        click.echo("articles without gold: " + ", ".join(rep.unscored_docs[:10])
                   + (" …" if len(rep.unscored_docs) > 10 else ""), err=True)


def _options(ctx):
    from ..options import load_options

    config = (ctx.obj or {}).get("config") if ctx.obj is not None else None
    try:
        return load_options(config)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"config: {exc}")


def register(group: click.Group) -> None:
    group.add_command(eval_cmd)


if __name__ == "__main__":  # pragma: no cover
    eval_cmd(sys.argv[1:])
