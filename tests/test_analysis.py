"""Queries: events filters, the channel state machine, timelines and alerts."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinhao import analysis, store
from xinhao.cli import main

sys.path.insert(0, str(Path(__file__).parent))
from store_fixtures import make_event, seed_events  # noqa: E402


@pytest.fixture
def con():
    c = store.connect(":memory:")
    yield c
    c.close()


def put(con, docs: dict[str, list[dict]], published="2023-12-31", outlet="新华社"):
    items = []
    for doc_id, evs in docs.items():
        for e in evs:
            e.setdefault("published", published)
            e.setdefault("outlet", outlet)
        items.append(store.Item(doc_id=doc_id, events=evs, content_hash=f"h-{doc_id}"))
    return store.ingest_items(con, items)


def states(con, dyad="CHN-USA"):
    return {c["mechanism"]: c for c in analysis.channels(con, dyad)}


M = "CHN-USA/mmca"
E = make_event


# --------------------------------------------------------------------- channel states
def test_seed_channel_states(con):
    put(con, {"seed": seed_events()})
    ch = states(con)
    for m in ("theater_commander_talks", "defense_policy_coordination_talks", "mmca"):
        c = ch[f"CHN-USA/{m}"]
        assert (c["state"], c["since"]) == ("suspended", "2022-08")
        assert c["history"][0]["rule"] == "cancel_or_suspend"
    dm = ch["CHN-USA/defense_ministers"]
    assert (dm["state"], dm["since"], dm["history"][-1]["rule"]) == ("refused", "2023-06", "refuse_word")
    assert dm["evidence"]["doc_id"] == "seed"


def test_dyad_order_does_not_matter_and_every_registered_channel_is_listed(con):
    put(con, {"seed": seed_events()})
    a, b = analysis.channels(con, "USA-CHN"), analysis.channels(con, "chn-usa")
    assert a == b
    registered = [m["id"] for m in analysis.load_mechanisms() if m["id"].startswith("CHN-USA/")]
    assert [c["mechanism"] for c in a] == registered


def test_refusal_without_trigger_word_needs_a_prior_request(con):
    put(con, {
        "d1": [E("d1", 0, "REQUEST", "USA", "CHN", "2023-05-20", mode="meet", mechanism=None),
               E("d1", 1, "REJECT", "CHN", "USA", "2023-06", mode="meet",
                 mechanism="CHN-USA/defense_ministers", trigger="")],
        "d2": [E("d2", 0, "REJECT", "CHN", "USA", "2021-06-02", mode="meet",
                 mechanism="CHN-USA/military_hotline", trigger="")],
        # a request by the same side (CHN) does not make a CHN rejection a refusal
        "d3": [E("d3", 0, "REQUEST", "CHN", "USA", "2020-06-01", mode="meet", mechanism=M),
               E("d3", 1, "REJECT", "CHN", "USA", "2020-06-03", mode="meet", mechanism=M, trigger="")],
    })
    ch = states(con)
    assert ch["CHN-USA/defense_ministers"]["state"] == "refused"
    assert ch["CHN-USA/defense_ministers"]["history"][0]["rule"] == "refuse_request"
    assert ch["CHN-USA/military_hotline"]["state"] == "suspended"  # no request: default rule
    assert ch[M]["state"] == "suspended"


def test_request_outside_window_does_not_count(con):
    put(con, {"d": [E("d", 0, "REQUEST", "USA", "CHN", "2022-01-10", mode="meet", mechanism=M),
                    E("d", 1, "REJECT", "CHN", "USA", "2023-06-02", mode="meet", mechanism=M)]})
    assert states(con)[M]["state"] == "suspended"


def test_meeting_after_suspension_resumes_and_further_meetings_keep_resumed(con):
    put(con, {"d": [E("d", 0, "REJECT", "CHN", "USA", "2022-08", mechanism=M, trigger="取消"),
                    E("d", 1, "CONSULT", "CHN", "USA", "2024-04-03", mechanism=M, trigger="举行"),
                    E("d", 2, "CONSULT", "USA", "CHN", "2024-11-20", mechanism=M, trigger="举行")]})
    c = states(con)[M]
    assert (c["state"], c["since"]) == ("resumed", "2024-04-03")
    assert [h["state"] for h in c["history"]] == ["suspended", "resumed"]


def test_first_meeting_makes_a_channel_active_and_resume_word_resumes(con):
    cl = "CHN-USA/climate_talks"
    put(con, {"d": [E("d", 0, "CONSULT", "CHN", "USA", "2021-04", mechanism=cl, trigger="会谈"),
                    E("d", 1, "AGREE", "CHN", "USA", "2023-11", mechanism=M, trigger="恢复")]})
    ch = states(con)
    assert (ch[cl]["state"], ch[cl]["since"]) == ("active", "2021-04")
    assert (ch[M]["state"], ch[M]["history"][0]["rule"]) == ("resumed", "resume_word")


def test_only_asserted_dated_events_move_a_channel(con):
    put(con, {"d": [E("d", 0, "REJECT", "CHN", "USA", "2022-08", mechanism=M, trigger="取消"),
                    E("d", 1, "CONSULT", "CHN", "USA", "2024-01-02", mechanism=M, modality="future"),
                    E("d", 2, "CONSULT", "CHN", "USA", "2024-01-03", mechanism=M, modality="negated"),
                    E("d", 3, "CONSULT", "CHN", "USA", None, mechanism=M)]})
    c = states(con)[M]
    assert (c["state"], c["since"], c["events"]) == ("suspended", "2022-08", 1)


def test_partial_dates_sort_as_first_day_but_since_keeps_precision(con):
    # day-precise meeting early in the month, month-precise suspension: the month
    # sorts first (as Aug 1), so the later meeting resumes the channel
    put(con, {"a": [E("a", 0, "CONSULT", "CHN", "USA", "2022-08-20", mechanism=M)],
              "b": [E("b", 0, "SANCTION", "CHN", "USA", "2022-08", mechanism=M, trigger="暂停")]})
    c = states(con)[M]
    assert [(h["state"], h["since"]) for h in c["history"]] == [("suspended", "2022-08"),
                                                                ("resumed", "2022-08-20")]


def test_order_within_one_date_follows_evidence_position(con):
    put(con, {"d": [E("d", 0, "CONSULT", "CHN", "USA", "2023-03-01", mechanism=M, start=50),
                    E("d", 1, "REJECT", "CHN", "USA", "2023-03-01", mechanism=M, trigger="中止", start=10)]})
    # seq (position in the coder's output) breaks ties after date, published and doc
    assert [h["state"] for h in states(con)[M]["history"]] == ["active", "suspended"]


def test_unregistered_mechanisms_are_listed_after_registered_ones(con, tmp_path):
    put(con, {"d": [E("d", 0, "REJECT", "CHN", "USA", "2022-08", mechanism="CHN-USA/panda_loans",
                      trigger="暂停")]})
    last = analysis.channels(con, "CHN-USA")[-1]
    assert (last["mechanism"], last["registered"], last["state"]) == ("CHN-USA/panda_loans", False, "suspended")
    reg = tmp_path / "mech.yaml"
    reg.write_text("- id: CHN-USA/panda_loans\n  label: panda loans\n  names: [大熊猫租借]\n", encoding="utf-8")
    from xinhao.options import Options
    extra = {c["mechanism"]: c for c in analysis.channels(con, "CHN-USA",
                                                          options=Options(mechanisms_files=(str(reg),)))}
    assert extra["CHN-USA/panda_loans"]["registered"] is True


def test_state_machine_data_is_well_formed():
    m = analysis.load_state_machine()
    states_ = set(m["states"])
    assert states_ == {"unknown", "active", "suspended", "refused", "resumed"}
    assert m["initial"] in states_
    known = {"id", "event_type", "mode", "trigger_any", "from", "after_request", "to"}
    for rule in m["rules"]:
        assert set(rule) <= known, rule
        assert rule["to"] in states_
        assert set(rule.get("from", [])) <= states_


# --------------------------------------------------------------------- events
def test_event_filters(con):
    put(con, {
        "a": [E("a", 0, "CONSULT", "CHN", "USA", "2023-07-12", sentence="中美两军在华盛顿会见。"),
              E("a", 1, "ACCUSE", "USA", "CHN", "2023-07", mechanism=M),
              E("a", 2, "ASSAULT", "RUS", "UKR", "2023-07-01")],
        "b": [E("b", 0, "REJECT", "CHN", "USA", "2022-08", mechanism="CHN-USA/mmca")],
    }, outlet="人民日报")
    ids = lambda **kw: [(e["doc_id"], e["event_type"]) for e in analysis.events(con, **kw)]  # noqa: E731
    assert ids(dyad=("USA", "CHN")) == [("b", "REJECT"), ("a", "ACCUSE"), ("a", "CONSULT")]
    assert ids(actor="CHN") == [("b", "REJECT"), ("a", "CONSULT")]
    assert ids(types=["assault"]) == [("a", "ASSAULT")]
    assert ids(quad=[3]) == [("b", "REJECT"), ("a", "ACCUSE")]
    assert ids(since="2023-07-05") == [("a", "ACCUSE"), ("a", "CONSULT")]  # month overlaps
    assert ids(until="2022-12") == [("b", "REJECT")]
    assert ids(mechanism="CHN-USA/") == [("b", "REJECT"), ("a", "ACCUSE")]
    assert ids(search="华盛顿") == [("a", "CONSULT")]
    assert ids(outlet="新华社") == []
    assert ids(sort="-goldstein", limit=1) == [("a", "CONSULT")]
    assert ids(limit=2, offset=2) == [("a", "ASSAULT"), ("a", "CONSULT")]
    assert analysis.count_events(con, dyad=("CHN", "USA")) == 3
    rec = analysis.events(con, types=["CONSULT"])[0]
    assert rec["cluster_id"] and rec["outlet"] == "人民日报" and rec["evidence"]["trigger"] == ""
    with pytest.raises(ValueError):
        analysis.events(con, sort="nonsense")


# --------------------------------------------------------------------- timeline
def test_timeline_directions_quads_goldstein_and_unplaced(con):
    put(con, {
        "a": [E("a", 0, "CONSULT", "CHN", "USA", "2023-01-05"),
              E("a", 1, "REJECT", "CHN", "USA", "2023-01-09"),
              E("a", 2, "SANCTION", "USA", "CHN", "2023-03-01"),
              E("a", 3, "ACCUSE", "USA", "CHN", "2023-03"),      # month precision
              E("a", 4, "ACCUSE", "USA", "CHN", None),           # undated
              E("a", 5, "CONSULT", "CHN", "RUS", "2023-01-05")],  # other dyad
        "b": [E("b", 0, "CONSULT", "CHN", "USA", "2023-01-05")],  # same cluster as a0
    })
    res = analysis.timeline(con, "CHN", "USA", by="month")
    rows = {(r["period"], r["actor"]): r for r in res["rows"]}
    jan = rows[("2023-01", "CHN")]
    assert (jan["events"], jan["q1"], jan["q3"]) == (2, 1, 1)  # a0/b0 counted once
    assert (jan["goldstein_sum"], jan["goldstein_mean"], jan["conflict_share"]) == (-3.0, -1.5, 0.5)
    assert rows[("2023-02", "CHN")]["events"] == 0  # gap filled
    mar = rows[("2023-03", "USA")]
    assert (mar["events"], mar["q3"], mar["q4"]) == (2, 1, 1)
    assert res["unplaced"] == 1
    # day buckets leave out the month-precision event too
    day = analysis.timeline(con, "CHN", "USA", by="day")
    assert day["unplaced"] == 2
    assert sum(r["events"] for r in day["rows"]) == 3
    assert analysis.timeline(con, "CHN", "USA", by="month", unit="events")["rows"][0]["events"] == 3


def test_timeline_trend_is_exponentially_weighted_mean(con):
    put(con, {"a": [E("a", 0, "CONSULT", "CHN", "USA", "2023-01-05", goldstein=4.0),
                    E("a", 1, "REJECT", "CHN", "USA", "2023-03-05", goldstein=-4.0),
                    E("a", 2, "ACCUSE", "CHN", "USA", "2023-03-06", goldstein=-2.0)]})
    rows = [r for r in analysis.timeline(con, "CHN", "USA", by="month", halflife=1)["rows"]
            if r["actor"] == "CHN"]
    assert [r["period"] for r in rows] == ["2023-01", "2023-02", "2023-03"]
    # weights halve each month: Jan 4/1; Feb 2/0.5 = 4; Mar (1 - 6) / (0.25 + 2)
    assert [r["trend"] for r in rows] == [4.0, 4.0, round((4 * 0.25 - 6) / 2.25, 3)]


def test_timeline_cli_json(con, tmp_path):
    db = tmp_path / "t.duckdb"
    c = store.connect(db)
    put(c, {"a": [E("a", 0, "CONSULT", "CHN", "USA", "2023-01-05")]})
    c.close()
    res = CliRunner().invoke(main, ["timeline", "chn", "usa", "--by", "week", "--db", str(db),
                                    "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows[0]["period"] == "2023-01-02" and rows[0]["actor"] == "CHN" and rows[0]["events"] == 1


# --------------------------------------------------------------------- alerts
def _steady_then_spike(con):
    docs = {}
    for m in range(1, 7):  # six calm months: 4 meetings, 1 accusation each
        docs[f"m{m}"] = [E(f"m{m}", k, "CONSULT", "CHN", "USA", f"2023-{m:02d}-{k + 1:02d}")
                         for k in range(4)] + [E(f"m{m}", 9, "ACCUSE", "CHN", "USA", f"2023-{m:02d}-20")]
    docs["m7"] = [E("m7", k, t, "CHN", "USA", f"2023-07-{k + 1:02d}")  # a hostile month
                  for k, t in enumerate(["SANCTION", "REJECT", "ACCUSE", "THREATEN", "CONSULT"])]
    put(con, docs)


def test_alert_fires_on_departure_from_trailing_baseline(con):
    _steady_then_spike(con)
    out = analysis.alerts(con)
    assert [(a["period"], a["actor"], a["recipient"]) for a in out] == [("2023-07", "CHN", "USA")]
    a = out[0]
    assert set(a["kinds"]) == {"conflict_up", "goldstein_down"}
    assert (a["events"], a["baseline_events"]) == (5, 30)
    assert a["conflict_share"] == 0.8 and a["baseline_conflict_share"] == round(6 / 30, 4)
    assert len(a["evidence"]) == 5 and a["evidence"][0]["sentence"]
    assert a["evidence"][0]["goldstein"] == min(e["goldstein"] for e in a["evidence"])


def test_alert_thresholds_and_minimums(con):
    _steady_then_spike(con)
    assert analysis.alerts(con, share_delta=0.9, goldstein_delta=20) == []
    assert analysis.alerts(con, z=10) == []  # 5 events are not 10 standard errors away
    assert analysis.alerts(con)[0]["share_z"] == round(0.6 / (0.16 / 5) ** 0.5, 2)
    assert analysis.alerts(con, min_baseline=31) == []
    assert analysis.alerts(con, dyad=("RUS", "UKR")) == []
    # a one-month window still has 5 baseline events: too few for the default minimum
    assert analysis.alerts(con, window=1) == []
    assert [a["period"] for a in analysis.alerts(con, window=1, min_baseline=5)] == ["2023-07"]
