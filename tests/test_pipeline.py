"""End to end: the API, the `code` command, bad input, the seed article."""
import json
import pathlib

import pytest
from click.testing import CliRunner

from xinhao.cli import main
from xinhao.pipeline import code_text

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "reference" / "seed-article.md"
SEED_GOLD = SHARED / "reference" / "seed-gold.jsonl"

SCHEMA_FIELDS = {"id", "doc_id", "date", "date_precision", "event_type", "mode", "context", "cameo", "goldstein",
                 "quad_class", "actor", "recipient", "location", "modality", "initiator", "mechanism", "attribution",
                 "evidence", "confidence"}

GOOD = "---\nid: good1\npublished: 2024-03-02\n---\n3月1日，国家主席习近平在北京会见来访的巴西总统卢拉。\n"


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def test_event_records_follow_the_schema():
    evs = code_text("3月1日，国务院总理李强在北京会见来访的新西兰总理。", published="2024-03-02", doc_id="x")
    assert evs
    for e in evs:
        assert SCHEMA_FIELDS <= set(e)
        assert set(e["evidence"]) >= {"sentence", "start", "end", "trigger", "rule"}
        assert e["actor"]["country"] and e["actor"]["code"]
        assert e["doc_id"] == "x"


def test_ids_are_stable():
    a = code_text(GOOD.split("---\n", 2)[2], published="2024-03-02", doc_id="good1")
    b = code_text(GOOD.split("---\n", 2)[2], published="2024-03-02", doc_id="good1")
    assert [e["id"] for e in a] == [e["id"] for e in b]


def test_code_command_jsonl_table_csv(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(GOOD, encoding="utf-8")
    r = run(["code", str(f), "--format", "jsonl"])
    assert r.exit_code == 0
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert lines and lines[0]["doc_id"] == "good1" and lines[0]["event_type"] == "CONSULT"
    assert "1 articles read, 1 with events" in r.stderr
    r = run(["code", str(f), "--format", "table"])
    assert r.stdout.splitlines()[0].startswith("doc_id\tdate\ttype")
    r = run(["code", str(f), "--format", "csv"])
    assert r.stdout.splitlines()[0].startswith("id,doc_id,date")


def test_published_flag_overrides_front_matter(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("昨天，两国外长举行会谈。中方同巴西方面昨天在北京举行会谈。", encoding="utf-8")
    r = run(["code", str(f), "--published", "2020-01-10"])
    evs = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert evs and all(e["date"] == "2020-01-09" for e in evs)


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.md").write_bytes(b"")
    (d / "blob.md").write_bytes(bytes(range(256)) * 8)
    (d / "gbk.txt").write_bytes("3月1日，国家主席习近平在北京会见来访的巴西总统卢拉。".encode("gbk"))
    (d / "big5.txt").write_bytes("3月1日，國家主席習近平在北京會見來訪的巴西總統盧拉。".encode("big5"))
    (d / "good.md").write_text(GOOD, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    r = run(["code", str(d), "--published", "2024-03-02", "--errors", str(errors)])
    assert r.exit_code == 0
    assert "3 articles read" in r.stderr and "2 errors" in r.stderr
    recs = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["error"] for x in recs) == ["binary", "empty"]
    assert all(str(d) in x["source"] for x in recs)
    evs = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    docs = {e["doc_id"] for e in evs if e["event_type"] == "CONSULT"}
    assert len(docs) == 3  # GBK, Big5 (Traditional) and UTF-8 all coded
    for e in evs:
        if e["doc_id"].endswith("big5.txt"):
            assert "會見" in e["evidence"]["sentence"]  # offsets point into the text as read


def test_nothing_readable_exits_non_zero(tmp_path):
    f = tmp_path / "empty.md"
    f.write_bytes(b"")
    r = CliRunner().invoke(main, ["code", str(f)])
    assert r.exit_code != 0
    assert "empty.md" in r.stderr


def test_stdin(tmp_path):
    r = run(["code", "-", "--published", "2024-03-02"], input="3月1日，国家主席习近平在北京会见来访的巴西总统卢拉。")
    assert r.exit_code == 0 and '"CONSULT"' in r.stdout


def test_example_corpus_codes_to_events():
    r = run(["code", str(ROOT / "examples"), "--format", "jsonl"])
    evs = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert len({e["doc_id"] for e in evs}) >= 8
    assert {"CONSULT", "REQUEST", "ACCUSE"} <= {e["event_type"] for e in evs}


@pytest.mark.skipif(not (SEED.exists() and SEED_GOLD.exists()), reason="../shared/reference not present")
def test_seed_article(tmp_path):
    """The article the project began from: every required event, no false
    positive (scored by the independent scorer in ../shared/tools)."""
    import subprocess
    import sys

    out = tmp_path / "seed.jsonl"
    r = run(["code", str(SEED), "--format", "jsonl", "-o", str(out)])
    assert r.exit_code == 0
    evs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    meet = [e for e in evs if e["event_type"] == "CONSULT" and e["date"] == "2023-07-12"]
    assert meet and meet[0]["initiator"] == "recipient"
    assert {meet[0]["actor"]["country"], meet[0]["recipient"]["country"]} == {"CHN", "USA"}
    mechs = {e["mechanism"] for e in evs if e["event_type"] in ("REJECT", "SANCTION")}
    assert {"CHN-USA/theater_commander_talks", "CHN-USA/defense_policy_coordination_talks", "CHN-USA/mmca"} <= mechs
    scorer = SHARED / "tools" / "score.py"
    if scorer.exists():
        res = json.loads(subprocess.run([sys.executable, str(scorer), str(SEED_GOLD), str(out), "--json"],
                                        capture_output=True, text=True, check=True).stdout)
        assert res["strict"]["f1"] >= 0.9, res["details"]
        assert res["strict"]["fp"] == 0 and res["strict"]["fn"] == 0, res["details"]


def test_parallel_workers_give_the_same_output_in_order(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run(["code", str(ROOT / "examples"), "-o", str(one)])
    run(["code", str(ROOT / "examples"), "-o", str(two), "--jobs", "2"])
    a, b = one.read_text(encoding="utf-8"), two.read_text(encoding="utf-8")
    assert a and a == b
