"""The command line: a thin layer over the Python API.

Each command family lives in its own module and registers itself on the
``main`` group, so the modules stay small and independent.
"""
from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="xinhao")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="TOML config file (default: ./xinhao.toml or $XINHAO_CONFIG).")
@click.pass_context
def main(ctx: click.Context, config: str | None) -> None:
    """xinhao (信号): code Chinese international news into PLOVER/CAMEO events."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


from . import code_cmd, dict_cmds, eval_cmds, store_cmds  # noqa: E402

for _m in (code_cmd, dict_cmds, eval_cmds, store_cmds):
    _m.register(main)
