"""Every command of the CLI is documented (README or docs/), and has --help."""
import pathlib

import click
import pytest
from click.testing import CliRunner

from xinhao.cli import main

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))


def commands(group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        path = prefix + (name,)
        if isinstance(cmd, click.Group):
            yield from commands(cmd, path)
        else:
            yield path


@pytest.mark.parametrize("path", list(commands(main)), ids=lambda p: " ".join(p))
def test_command_is_documented_and_has_help(path):
    assert "xinhao " + " ".join(path) in DOCS, f"`xinhao {' '.join(path)}` is not documented"
    r = CliRunner().invoke(main, list(path) + ["--help"])
    assert r.exit_code == 0 and "Usage:" in r.output
