"""Scoring (ANNOTATION.md) on small hand-made gold/prediction pairs, the error
listing, the floors file, and the ``xinhao eval`` command."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinhao import evaluate as ev
from xinhao.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("XINHAO_SHARED", ROOT.parent / "shared"))
REFERENCE = SHARED / "tools" / "score.py"


def G(t, a, r, date=None, *, alt=(), sym=False, opt=False, mech=None, note=""):
    return {"event_type": t, "alt_types": list(alt), "actor": a, "recipient": r, "date": date,
            "symmetric": sym, "optional": opt, "modality": "asserted", "mechanism": mech, "note": note}


def P(t, a, r, date=None, *, doc="d1", mech=None, modality="asserted", sentence=""):
    ent = (lambda c: None if c is None else {"text": c, "country": c})
    return {"doc_id": doc, "event_type": t, "actor": ent(a), "recipient": ent(r), "date": date,
            "mechanism": mech, "modality": modality, "evidence": {"sentence": sentence, "rule": "test"}}


def run(gold_events, preds, doc="d1"):
    return ev.score({doc: gold_events}, ev.group_predictions(preds))


def counts(c):
    return c.tp, c.fp, c.fn


# --------------------------------------------------------------- matching rules

@pytest.mark.parametrize("pred,expected", [
    (P("CONSULT", "CHN", "USA", "2023-07-12"), (1, 0, 0)),
    (P("CONSULT", "USA", "CHN", "2023-07-12"), (1, 0, 0)),   # symmetric: either order
    (P("CONSULT", "CHN", "RUS", "2023-07-12"), (0, 1, 1)),
])
def test_symmetric_gold_matches_either_order(pred, expected):
    rep = run([G("CONSULT", "CHN", "USA", "2023-07-12", sym=True)], [pred])
    assert counts(rep.strict) == expected


def test_asymmetric_gold_needs_direction():
    rep = run([G("ACCUSE", "CHN", "USA", "2023-07-12")], [P("ACCUSE", "USA", "CHN", "2023-07-12")])
    assert counts(rep.strict) == (0, 1, 1)
    assert [e["kind"] for e in rep.errors()] == ["wrong_actor"]
    assert rep.errors()[0]["differs"] == ["actor", "recipient"]


@pytest.mark.parametrize("ptype,ok", [("REJECT", True), ("SANCTION", True), ("AGREE", False)])
def test_alt_types(ptype, ok):
    rep = run([G("REJECT", "CHN", "USA", "2022-08-05", alt=["SANCTION"])], [P(ptype, "CHN", "USA", "2022-08-05")])
    assert counts(rep.strict) == ((1, 0, 0) if ok else (0, 1, 1))


def test_optional_never_counts():
    gold = [G("CONSULT", "CHN", "USA", "2023-11", sym=True, opt=True)]
    assert counts(run(gold, [P("CONSULT", "CHN", "USA", "2023-11-15")]).strict) == (0, 0, 0)
    assert counts(run(gold, []).strict) == (0, 0, 0)
    assert counts(run(gold, [P("CONSULT", "CHN", "JPN", "2023-11-15")]).strict) == (0, 1, 0)


def test_required_gold_matched_before_optional():
    gold = [G("ACCUSE", "CHN", "USA", None, opt=True), G("ACCUSE", "CHN", "USA", "2024-05")]
    rep = run(gold, [P("ACCUSE", "CHN", "USA", "2024-05-18")])
    assert counts(rep.strict) == (1, 0, 0)


def test_matching_is_maximum_not_greedy():
    # p1 fits both gold events, p2 only the first: a greedy p1->g1 would lose g2
    gold = [G("AGREE", "CHN", "USA", "2024-01", alt=["SUPPORT"]), G("SUPPORT", "CHN", "USA", "2024-01")]
    preds = [P("SUPPORT", "CHN", "USA", "2024-01-09"), P("AGREE", "CHN", "USA", "2024-01-09")]
    rep = run(gold, preds)
    assert counts(rep.strict) == (2, 0, 0)


def test_one_to_one():
    gold = [G("REQUEST", "CHN", "USA", "2024-01")]
    preds = [P("REQUEST", "CHN", "USA", "2024-01-09"), P("REQUEST", "CHN", "USA", "2024-01-10")]
    assert counts(run(gold, preds).strict) == (1, 1, 0)


@pytest.mark.parametrize("gdate,pdate,strict,relaxed", [
    ("2023-07", "2023-07-12", (1, 0, 0), (1, 0, 0)),      # gold date is a prefix
    ("2023-07-12", "2023-07", (0, 1, 1), (1, 0, 0)),      # prediction less precise
    ("2023-07-12", "2023-07-13", (0, 1, 1), (1, 0, 0)),
    ("2023", "2023-12-01", (1, 0, 0), (1, 0, 0)),
    (None, "2019-01-01", (1, 0, 0), (1, 0, 0)),           # null gold date: any date
    (None, None, (1, 0, 0), (1, 0, 0)),
    ("2023-07-12", None, (0, 1, 1), (1, 0, 0)),
])
def test_dates(gdate, pdate, strict, relaxed):
    rep = run([G("THREATEN", "CHN", "USA", gdate)], [P("THREATEN", "CHN", "USA", pdate)])
    assert counts(rep.strict) == strict
    assert counts(rep.relaxed) == relaxed


def test_null_gold_recipient_matches_any():
    rep = run([G("MOBILIZE", "CHN", None, "2024-05")], [P("MOBILIZE", "CHN", "TWN", "2024-05-23")])
    assert counts(rep.strict) == (1, 0, 0)
    rep = run([G("MOBILIZE", "CHN", None, "2024-05")], [P("MOBILIZE", "CHN", None, "2024-05-23")])
    assert counts(rep.strict) == (1, 0, 0)


@pytest.mark.parametrize("gmech,pmech,ok", [
    ("CHN-USA/mmca", "CHN-USA/mmca", True),
    ("CHN-USA/mmca", None, False),                 # a gold mechanism must be found
    ("CHN-USA/mmca", "CHN-USA/climate_talks", False),
    (None, "CHN-USA/mmca", True),                  # none in gold: anything goes
])
def test_mechanism(gmech, pmech, ok):
    rep = run([G("REJECT", "CHN", "USA", "2022-08", mech=gmech)], [P("REJECT", "CHN", "USA", "2022-08-05", mech=pmech)])
    assert counts(rep.strict) == ((1, 0, 0) if ok else (0, 1, 1))
    assert counts(rep.relaxed) == ((1, 0, 0) if ok else (0, 1, 1))
    if not ok:
        assert rep.errors()[0]["kind"] == "wrong_mechanism"


def test_dedup_of_predictions():
    gold = [G("CONSULT", "CHN", "USA", "2023-07-12", sym=True)]
    same = [P("CONSULT", "CHN", "USA", "2023-07-12"), P("CONSULT", "CHN", "USA", "2023-07-12")]
    assert counts(run(gold, same).strict) == (1, 0, 0)
    swapped = [P("CONSULT", "CHN", "USA", "2023-07-12"), P("CONSULT", "USA", "CHN", "2023-07-12")]
    assert counts(run(gold, swapped).strict) == (1, 0, 0)          # unordered for symmetric types
    other_mech = swapped + [P("CONSULT", "CHN", "USA", "2023-07-12", mech="CHN-USA/mmca")]
    assert counts(run(gold, other_mech).strict) == (1, 1, 0)        # mechanism is part of the key
    accuse = [P("ACCUSE", "CHN", "USA", "2023-07-12"), P("ACCUSE", "USA", "CHN", "2023-07-12")]
    assert len(ev.dedup(accuse)) == 2                               # ordered for the others
    assert len(ev.dedup(accuse + accuse)) == 2


@pytest.mark.parametrize("modality", ["negated", "hypothetical"])
def test_negated_and_hypothetical_predictions_dropped(modality):
    gold = [G("CONSULT", "CHN", "USA", "2023-07-12", sym=True)]
    rep = run(gold, [P("CONSULT", "CHN", "USA", "2023-07-12", modality=modality)])
    assert counts(rep.strict) == (0, 0, 1)
    rep = run([], [P("CONSULT", "CHN", "USA", "2023-07-12", modality=modality)])
    assert counts(rep.strict) == (0, 0, 0)


def test_future_prediction_kept():
    rep = run([G("CONSULT", "USA", "CHN", "2023-06")], [P("CONSULT", "USA", "CHN", "2023-06", modality="future")])
    assert counts(rep.strict) == (1, 0, 0)


def test_per_type_all_types_and_attribution():
    gold = [G("ACCUSE", "CHN", "USA", "2024-05"), G("SANCTION", "CHN", "USA", "2024-05", alt=["COERCE"])]
    preds = [P("COERCE", "CHN", "USA", "2024-05-01"), P("ASSAULT", "RUS", "UKR", "2024-05-02")]
    rep = run(gold, preds)
    assert list(rep.per_type) == list(ev.PLOVER_TYPES)
    assert counts(rep.per_type["SANCTION"]) == (1, 0, 0)   # tp under the gold type
    assert counts(rep.per_type["ACCUSE"]) == (0, 0, 1)
    assert counts(rep.per_type["ASSAULT"]) == (0, 1, 0)    # fp under the predicted type
    assert counts(rep.per_type["COERCE"]) == (0, 0, 0)
    d = rep.as_dict()
    assert set(d["per_type"]) == set(ev.PLOVER_TYPES)
    assert d["per_type"]["AGREE"]["f1"] == 0.0


def test_figures():
    c = ev.Counts(tp=6, fp=2, fn=4)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert ev.Counts().f1 == 0.0


def test_docs_without_gold_are_not_scored_and_gold_without_preds_are_missed():
    gold = {"a": [G("AID", "CHN", "PAK", "2022-09")], "b": []}
    pred = ev.group_predictions([P("AID", "CHN", "PAK", "2022-09-01", doc="zzz")])
    rep = ev.score(gold, pred)
    assert counts(rep.strict) == (0, 0, 1)
    assert rep.unscored_docs == ["zzz"]
    assert rep.n_docs == 2


# --------------------------------------------------------------- error listing

def test_error_kinds_with_evidence_and_notes():
    gold = [G("ACCUSE", "CHN", "USA", "2024-05-18", note="n-type"),
            G("PROTEST", "CHN", "JPN", "2024-05-18", note="n-actor"),
            G("REQUEST", "CHN", "PHL", "2024-05-18", note="n-recipient"),
            G("AID", "CHN", "PAK", "2024-05-18", note="n-date"),
            G("RETREAT", "USA", "CHN", "2024-05", note="n-missed")]
    preds = [P("SUPPORT", "CHN", "USA", "2024-05-18", sentence="s-type"),
             P("PROTEST", "KOR", "JPN", "2024-05-18", sentence="s-actor"),
             P("REQUEST", "CHN", "VNM", "2024-05-18", sentence="s-recipient"),
             P("AID", "CHN", "PAK", "2024-04-30", sentence="s-date"),
             P("ASSAULT", "RUS", "UKR", "2024-05-18", sentence="s-spurious")]
    errs = run(gold, preds).errors()
    assert [e["kind"] for e in errs] == ["wrong_type", "wrong_actor", "wrong_recipient", "wrong_date",
                                         "missed", "spurious"]
    for e, suffix in zip(errs, ["type", "actor", "recipient", "date"]):
        assert e["gold"]["note"] == f"n-{suffix}" and e["pred"]["sentence"] == f"s-{suffix}"
    assert errs[4]["pred"] is None and errs[4]["gold"]["note"] == "n-missed"
    assert errs[5]["gold"] is None and errs[5]["pred"]["sentence"] == "s-spurious"
    text = ev.format_errors(errs)
    assert "wrong type (1)" in text and "s-spurious" in text and "n-missed" in text


def test_far_apart_events_are_not_paired():
    rep = run([G("AGREE", "CHN", "USA", "2024-01")], [P("ASSAULT", "RUS", "UKR", "2022-02-24")])
    assert sorted(e["kind"] for e in rep.errors()) == ["missed", "spurious"]


def test_optional_gold_is_no_error_and_matched_events_are_none():
    gold = [G("CONSULT", "CHN", "USA", "2023-11", sym=True, opt=True), G("AGREE", "CHN", "USA", "2023-11")]
    rep = run(gold, [P("AGREE", "CHN", "USA", "2023-11-15")])
    assert rep.errors() == []
    det = ev.doc_details(rep)[0]
    assert [g["status"] for g in det["gold"]] == ["optional-absent", "matched"]
    assert [p["status"] for p in det["pred"]] == ["tp"]


def test_error_pairs_prefer_the_closest_gold():
    gold = [G("ACCUSE", "CHN", "USA", "2024-05-18", note="美方的做法严重违背国际惯例"),
            G("ACCUSE", "CHN", "USA", "2024-05-19", note="坚决反对美方对台军售")]
    preds = [P("ACCUSE", "CHN", "USA", "2024-05-01", sentence="中方坚决反对美方对台军售。")]
    errs = run(gold, preds).errors()
    wrong = [e for e in errs if e["kind"] == "wrong_date"]
    assert len(wrong) == 1 and wrong[0]["gold"]["note"] == "坚决反对美方对台军售"


# --------------------------------------------------------------- loading

def test_load_gold_and_predictions(tmp_path):
    g = tmp_path / "gold.jsonl"
    g.write_text(json.dumps({"doc_id": "a", "published": "2024-01-01", "events": [G("AID", "CHN", "PAK")]},
                            ensure_ascii=False) + "\n\n", encoding="utf-8")
    assert list(ev.load_gold(g)) == ["a"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="events"):
        ev.load_gold(bad)
    p = tmp_path / "pred.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in [P("AID", "CHN", "PAK", doc="a"), P("AID", "CHN", "PAK", doc="b")]),
                 encoding="utf-8")
    assert sorted(ev.load_predictions(p)) == ["a", "b"]
    p.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not JSON"):
        ev.load_predictions(p)


# --------------------------------------------------------------- agreement with the reference scorer

CASES = {
    "sym": ([G("CONSULT", "CHN", "USA", "2023-07-12", sym=True)],
            [P("CONSULT", "USA", "CHN", "2023-07-12"), P("CONSULT", "CHN", "USA", "2023-07-12")]),
    "alt": ([G("REJECT", "CHN", "USA", "2022-08-05", alt=["SANCTION"], mech="CHN-USA/mmca")],
            [P("SANCTION", "CHN", "USA", "2022-08-05", mech="CHN-USA/mmca"), P("SANCTION", "CHN", "USA", "2022-08-05")]),
    "opt": ([G("ACCUSE", "CHN", "USA", None, opt=True), G("ACCUSE", "CHN", "USA", "2024-05"),
             G("AGREE", "CHN", "USA", "2024-01", alt=["SUPPORT"]), G("SUPPORT", "CHN", "USA", "2024-01")],
            [P("ACCUSE", "CHN", "USA", "2024-05-18"), P("ACCUSE", "CHN", "USA", "2024-04-01"),
             P("SUPPORT", "CHN", "USA", "2024-01-09"), P("AGREE", "CHN", "USA", "2024-01-09")]),
    "dates": ([G("THREATEN", "CHN", "USA", "2023-07-12"), G("AID", "CHN", None, None)],
              [P("THREATEN", "CHN", "USA", "2023-07"), P("AID", "CHN", "PAK", None),
               P("THREATEN", "CHN", "USA", "2023-07-12", modality="negated")]),
}


def _reference(gold_path, pred_path):
    out = subprocess.run([sys.executable, str(REFERENCE), str(gold_path), str(pred_path), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def assert_agrees(rep: ev.Report, ref: dict):
    for name, mine, per in (("strict", rep.strict, rep.per_type), ("relaxed", rep.relaxed, rep.per_type_relaxed)):
        assert (mine.tp, mine.fp, mine.fn) == (ref[name]["tp"], ref[name]["fp"], ref[name]["fn"]), name
        assert round(mine.f1, 3) == ref[name]["f1"]
        theirs = ref[name]["per_type"]
        for t, c in per.items():
            want = theirs.get(t, {"tp": 0, "fp": 0, "fn": 0})
            assert (c.tp, c.fp, c.fn) == (want["tp"], want["fp"], want["fn"]), (name, t)


needs_reference = pytest.mark.skipif(not REFERENCE.is_file(), reason=f"reference scorer {REFERENCE} absent")


@needs_reference
@pytest.mark.parametrize("case", sorted(CASES))
def test_agrees_with_reference_on_small_cases(case, tmp_path):
    gold, preds = CASES[case]
    gp, pp = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gp.write_text(json.dumps({"doc_id": "d1", "events": gold}) + "\n", encoding="utf-8")
    pp.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    assert_agrees(ev.score_files(gp, pp), _reference(gp, pp))


@needs_reference
def test_agrees_with_reference_on_dev_split(tmp_path):
    gold, arts = ev.split_paths(ROOT, "dev")
    if not gold.is_file():
        pytest.skip("no dev split yet")
    events, _ = ev.predict([str(arts)])
    pp = tmp_path / "pred.jsonl"
    pp.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    assert_agrees(ev.score_files(gold, pp), _reference(gold, pp))


# --------------------------------------------------------------- floors (a tiny corpus of our own)

ARTICLE = """---
id: t1
published: 2023-07-13
---
国家主席习近平12日在北京会见美国国务卿布林肯。
"""


@pytest.fixture
def tiny_repo(tmp_path):
    arts = tmp_path / "corpus" / "dev" / "articles"
    arts.mkdir(parents=True)
    (tmp_path / "tests").mkdir()
    (arts / "t1.md").write_text(ARTICLE, encoding="utf-8")
    gold = {"doc_id": "t1", "published": "2023-07-13",
            "events": [G("CONSULT", "CHN", "USA", "2023-07-12", sym=True, note="习近平会见布林肯"),
                       G("AID", "CHN", "PAK", "2023-07-12", note="a gold event the text does not carry")]}
    (tmp_path / "corpus" / "dev" / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")
    return tmp_path


def test_pin_and_check_floors(tiny_repo, capsys):
    data = ev.pin_floors(tiny_repo, ["dev"])
    spec = data["splits"]["dev"]
    assert spec["fingerprint"] == ev.fingerprint(*ev.split_paths(tiny_repo, "dev"))
    assert spec["recall"] <= 0.5  # the AID event cannot be found
    floors = ev.load_floors(tiny_repo)
    assert ev.check_split(tiny_repo, "dev", floors) == []
    # a floor above the figure trips the gate
    floors["splits"]["dev"]["recall"] = spec["recall"] + 0.01
    assert any("recall" in m and "below its floor" in m for m in ev.check_split(tiny_repo, "dev", floors))
    # within the tolerance it does not
    floors["splits"]["dev"]["recall"] = spec["recall"] + 0.001
    assert ev.check_split(tiny_repo, "dev", floors) == []


def test_pin_refuses_to_lower_and_corpus_change_is_caught(tiny_repo):
    ev.pin_floors(tiny_repo, ["dev"])
    path = ev.floors_path(tiny_repo)
    floors = json.loads(path.read_text())
    floors["splits"]["dev"]["f1"] = 0.99
    path.write_text(json.dumps(floors))
    with pytest.raises(ValueError, match="lower"):
        ev.pin_floors(tiny_repo, ["dev"])
    assert json.loads(path.read_text())["splits"]["dev"]["f1"] == 0.99  # untouched
    assert ev.pin_floors(tiny_repo, ["dev"], allow_lower=True)["splits"]["dev"]["f1"] < 0.99
    # change the corpus: the check says to re-pin
    (tiny_repo / "corpus" / "dev" / "articles" / "t2.md").write_text("---\nid: t2\n---\n今天天气晴。\n",
                                                                      encoding="utf-8")
    msgs = ev.check_split(tiny_repo, "dev", ev.load_floors(tiny_repo))
    assert len(msgs) == 1 and "changed since its floors were pinned" in msgs[0] and "--pin-floors" in msgs[0]


def test_fingerprint_depends_on_names_contents_and_gold(tiny_repo):
    gold, arts = ev.split_paths(tiny_repo, "dev")
    base = ev.fingerprint(gold, arts)
    (arts / "t1.md").rename(arts / "t0.md")
    assert ev.fingerprint(gold, arts) != base
    (arts / "t0.md").rename(arts / "t1.md")
    assert ev.fingerprint(gold, arts) == base
    gold.write_text(gold.read_text() + "\n", encoding="utf-8")
    assert ev.fingerprint(gold, arts) != base


# --------------------------------------------------------------- the command

@pytest.fixture
def files(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "d1", "events": [G("CONSULT", "CHN", "USA", "2023-07-12", sym=True,
                                                                note="会见"),
                                                              G("AID", "CHN", "PAK", "2023-07", note="援助")]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in
                            [P("CONSULT", "USA", "CHN", "2023-07-12", sentence="习近平会见布林肯。"),
                             P("ACCUSE", "CHN", "USA", "2023-07-12", sentence="外交部发言人表示。")]),
                    encoding="utf-8")
    return gold, pred


def test_cli_table(files):
    gold, pred = files
    r = CliRunner().invoke(main, ["eval", str(gold), str(pred)])
    assert r.exit_code == 0, r.output
    assert "strict" in r.output and "relaxed" in r.output
    for t in ev.PLOVER_TYPES:
        assert t in r.output
    assert "0.500  0.500  0.500" in r.output


def test_cli_json_errors_details(files):
    gold, pred = files
    r = CliRunner().invoke(main, ["eval", str(gold), str(pred), "--format", "json", "--errors", "--details"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert (d["strict"]["tp"], d["strict"]["fp"], d["strict"]["fn"]) == (1, 1, 1)
    assert {e["kind"] for e in d["errors"]} == {"missed", "spurious"}
    assert d["details"][0]["pred"][0]["status"] == "tp"
    r = CliRunner().invoke(main, ["eval", str(gold), str(pred), "--errors", "--details"])
    assert "== missed (1)" in r.output and "外交部发言人表示。" in r.output and "援助" in r.output


def test_cli_run_codes_then_scores(tmp_path):
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "t1.md").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "t1", "events": [G("CONSULT", "CHN", "USA", "2023-07-12", sym=True)]})
                    + "\n", encoding="utf-8")
    saved = tmp_path / "pred.jsonl"
    r = CliRunner().invoke(main, ["eval", str(gold), "--run", str(arts), "--format", "json", "--save-pred", str(saved)])
    assert r.exit_code == 0, r.output
    ran = json.loads(r.output)
    assert ran["docs"] == 1 and ran["predicted_events"] >= 1
    r2 = CliRunner().invoke(main, ["eval", str(gold), str(saved), "--format", "json"])
    assert json.loads(r2.output)["strict"] == ran["strict"]  # --run == coding, saving, scoring


@pytest.mark.parametrize("args,msg", [
    ([], "GOLD is required"),
    (["{gold}", "--run"], "--run needs"),
    (["{gold}"], "one PRED.jsonl"),
    (["{gold}", "{pred}", "{pred}"], "one PRED.jsonl"),
])
def test_cli_usage_errors(files, args, msg):
    gold, pred = files
    r = CliRunner().invoke(main, ["eval", *[a.format(gold=gold, pred=pred) for a in args]])
    assert r.exit_code == 2 and msg in r.output


def test_python_m_usage():
    r = subprocess.run([sys.executable, "-m", "xinhao.evaluate"], capture_output=True, text=True)
    assert r.returncode == 2 and "pin" in r.stderr
