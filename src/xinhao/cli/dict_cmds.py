"""Knowledge-base commands: ``xinhao actors lookup``, ``xinhao dict check``,
``xinhao dict stats``. User files come from ``Options.user_dicts``
(``user_dicts = [...]`` in xinhao.toml, or ``xinhao --config FILE``)."""
from __future__ import annotations

import json

import click

from ..kb import KB


def _kb(ctx: click.Context, extra: tuple[str, ...] = ()) -> KB:
    from ..options import load_options
    obj = ctx.find_root().obj or {}
    try:
        opts = load_options(obj.get("config"))
        return KB.load(tuple(opts.user_dicts) + tuple(extra), opts.home_country)
    except (OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("actors")
def actors() -> None:
    """People in the knowledge base and the offices they held."""


@actors.command("lookup")
@click.argument("name")
@click.option("--date", "date", default=None, metavar="D",
              help="YYYY-MM-DD, YYYY-MM or YYYY; default: every role ever held.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.pass_context
def lookup_cmd(ctx: click.Context, name: str, date: str | None, fmt: str) -> None:
    """Roles NAME (a name, alias or person id) held on --date."""
    kb = _kb(ctx)
    try:
        rows = kb.lookup(name, date)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--date") from exc
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        known = "known" if kb.persons_named(name) else "not in the knowledge base"
        click.echo(f"{name}: no role" + (f" on {date}" if date else "") + f" ({known})")
        return
    cols = ["name", "country", "sector", "role", "start", "end"]
    click.echo("\t".join(cols))
    for r in rows:
        click.echo("\t".join("" if r[c] is None else str(r[c]) for c in cols))


@click.group("dict")
def dict_group() -> None:
    """Validate and count the dictionaries (knowledge base, triggers)."""


@dict_group.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.pass_context
def check_cmd(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Validate the packaged data, the configured user files and PATHS.
    Prints one problem a line; exits 1 when there is any."""
    problems = _kb(ctx, paths).check()
    from ..options import load_options
    from ..patterns import check_patterns
    from ..pipeline import load_mechanisms

    opts = load_options(ctx.obj.get("config"))
    problems += check_patterns(tuple(opts.user_dicts) + tuple(paths), load_mechanisms(opts.mechanisms_files))
    for p in problems:
        click.echo(p)
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        ctx.exit(1)
    click.echo("ok", err=True)


@dict_group.command("stats")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.pass_context
def stats_cmd(ctx: click.Context, fmt: str) -> None:
    """Counts: persons, organisations, countries, places, role words, triggers."""
    stats = _kb(ctx).stats()
    if fmt == "json":
        click.echo(json.dumps(stats, ensure_ascii=False))
    else:
        for k, v in stats.items():
            click.echo(f"{k}\t{v}")


def register(group: click.Group) -> None:
    group.add_command(actors)
    group.add_command(dict_group)
