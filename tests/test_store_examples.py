"""The store over the bundled example corpus: channels, a timeline, every export."""
import json
import pathlib

import pytest
from click.testing import CliRunner

from xinhao.cli import main

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "ex.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(ROOT / "examples"), "--db", str(path)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return path


def cli(*args):
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout


def test_channels_over_the_examples(db):
    chans = {c["mechanism"]: c for c in json.loads(cli("channels", "CHN-USA", "--db", str(db), "--format", "json"))}
    # cancelled in August 2022, some resumed later
    assert chans["CHN-USA/mmca"]["state"] == "suspended" and chans["CHN-USA/mmca"]["since"].startswith("2022-08")
    assert chans["CHN-USA/climate_talks"]["state"] == "suspended"
    assert chans["CHN-USA/theater_commander_talks"]["state"] == "resumed"
    assert chans["CHN-USA/defense_policy_coordination_talks"]["state"] == "resumed"
    assert chans["CHN-USA/defense_ministers"]["state"] in ("active", "resumed")


def test_timeline_over_the_examples(db):
    rows = json.loads(cli("timeline", "CHN", "USA", "--by", "month", "--db", str(db), "--format", "json"))
    aug = [r for r in rows if r["period"] == "2022-08" and r["actor"] == "CHN"]
    assert aug and aug[0]["events"] >= 8 and aug[0]["goldstein_mean"] < 0


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "plover", "icews", "gdelt"])
def test_every_export_over_the_examples(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    cli("export", fmt, "-o", str(out), "--db", str(db))
    assert out.exists() and out.stat().st_size > 100
    if fmt in ("jsonl", "plover"):
        assert len(out.read_text(encoding="utf-8").splitlines()) >= 20
