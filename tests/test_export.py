"""Exports: JSONL, CSV, Parquet, PLOVER JSON, ICEWS-style TSV, GDELT-style table."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinhao import export, store
from xinhao.cli import main

sys.path.insert(0, str(Path(__file__).parent))
from store_fixtures import make_event, seed_events  # noqa: E402


@pytest.fixture
def con():
    c = store.connect(":memory:")
    evs = seed_events("s1")
    for e in evs:
        e.update(outlet="政知新媒体", published="2023-07-13")
    dup = make_event("s2", 0, "CONSULT", "CHN", "USA", "2023-07-12", mode="meet", trigger="会见",
                     outlet="新华社", published="2023-07-12")
    store.ingest_items(c, [store.Item(doc_id="s1", events=evs, content_hash="h1"),
                           store.Item(doc_id="s2", events=[dup], content_hash="h2")])
    yield c
    c.close()


def text_of(con, fmt, **kw):
    buf = io.StringIO()
    n = export.WRITERS[fmt](con, buf, **kw)
    return n, buf.getvalue()


def test_jsonl_round_trips_the_records(con):
    n, text = text_of(con, "jsonl")
    recs = [json.loads(line) for line in text.splitlines()]
    assert n == len(recs) == 9
    stored = {r[0]: json.loads(r[1]) for r in con.execute("SELECT id, record FROM events").fetchall()}
    for r in recs:
        assert r.pop("cluster_id")
        assert r == stored[r["id"]]


def test_csv_has_flat_columns_and_filters(con):
    n, text = text_of(con, "csv", types=["REJECT"])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 4
    assert list(rows[0]) == export.FLAT_COLUMNS
    assert {r["mechanism"] for r in rows} == {"CHN-USA/theater_commander_talks",
                                              "CHN-USA/defense_policy_coordination_talks",
                                              "CHN-USA/mmca", "CHN-USA/defense_ministers"}


def test_parquet_through_duckdb(con, tmp_path):
    out = tmp_path / "e.parquet"
    assert export.export(con, "parquet", str(out)) == 9
    rows = con.execute(f"SELECT count(*), count(DISTINCT id), any_value(context) FROM '{out}'").fetchone()
    assert rows[:2] == (9, 9) and isinstance(rows[2], list)
    with pytest.raises(ValueError):
        export.export(con, "parquet", None)


def test_plover_json_field_names(con):
    _, text = text_of(con, "plover")
    recs = {r["id"]: r for r in map(json.loads, text.splitlines())}
    r = next(v for v in recs.values() if v["mechanism"] == "CHN-USA/mmca")
    assert r["date"] == "2022-08-01" and r["enddate"] == "2022-08-31"  # a month as a range
    assert r["event"] == ["REJECT"] and r["quad_code"] == 3 and r["event_scale"] == -4.0
    assert r["source"][0]["code"] == "CHN" and r["recipient"][0]["code"] == "USA"
    assert r["cite_info"]["citation"] == "s1" and r["text_info"]["start"] == 420
    mob = next(v for v in recs.values() if v["event"] == ["MOBILIZE"])
    assert mob["recipient"] == [] and "enddate" not in mob


def test_icews_has_its_20_columns(con):
    _, text = text_of(con, "icews")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert rows[0] == export.ICEWS_COLUMNS and len(rows[0]) == 20
    assert all(len(r) == 20 for r in rows)
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    rej = next(r for r in body if r["CAMEO Code"] == "120")
    assert (rej["Source Country"], rej["Target Country"], rej["Intensity"]) == ("China", "United States", "-4.0")
    assert rej["Event Date"] == "2022-08-01" and rej["Publisher"] == "政知新媒体"


def test_gdelt_table_is_one_row_per_cluster(con):
    n, text = text_of(con, "gdelt")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert rows[0] == export.GDELT_COLUMNS
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert n == len(body) == 8  # the two reports of the 12 July meeting are one cluster
    meet = next(r for r in body if r["Day"] == "20230712")
    assert (meet["NumMentions"], meet["NumSources"], meet["NumArticles"]) == ("2", "2", "2")
    assert (meet["EventCode"], meet["EventBaseCode"], meet["EventRootCode"]) == ("040", "040", "04")
    assert meet["Actor1CountryCode"] == "CHN" and meet["Actor2CountryCode"] == "USA"
    month = next(r for r in body if r["MonthYear"] == "202208" and r["EventCode"] == "160")
    assert month["Day"] == "" and month["Year"] == "2022"


def test_export_cli_writes_file(con, tmp_path):
    db = tmp_path / "x.duckdb"
    c = store.connect(db)
    store.ingest_items(c, [store.Item(doc_id="s1", events=seed_events("s1"), content_hash="h1")])
    c.close()
    for fmt in export.FORMATS:
        out = tmp_path / f"out.{fmt}"
        res = CliRunner().invoke(main, ["export", fmt, "-o", str(out), "--db", str(db),
                                        "--dyad", "CHN", "USA"])
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 0
    res = CliRunner().invoke(main, ["export", "jsonl", "--db", str(db), "--type", "MOBILIZE"])
    assert [json.loads(x)["event_type"] for x in res.output.splitlines()] == ["MOBILIZE"]
