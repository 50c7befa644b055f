"""Pinned CAMEO 1.1b3 tables: integrity of the TSVs and known values."""
import csv
import re
from importlib import resources

import pytest

from xinhao import cameo


def _raw(name):
    text = resources.files("xinhao").joinpath("data", "cameo", name).read_text(encoding="utf-8")
    body = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_code_table_shape():
    rows = _raw("cameo_codes.tsv")
    assert rows[0] == ["code", "label"]
    codes = [r[0] for r in rows[1:]]
    assert len(codes) == len(set(codes)) == 311
    for r in rows[1:]:
        assert len(r) == 2 and re.fullmatch(r"\d{2,4}", r[0]) and r[1].strip()
    # the 20 roots, each with its x0 "not specified" code
    roots = [c for c in codes if len(c) == 2]
    assert roots == [f"{i:02d}" for i in range(1, 21)]
    for rt in roots:
        assert rt + "0" in codes


def test_every_code_has_a_parent():
    codes = set(cameo.codes())
    for c in codes:
        if len(c) > 2:
            assert c[:-1] in codes or c[:2] in codes, c
        if len(c) == 4:
            assert c[:3] in codes, c


def test_goldstein_table_covers_exactly_the_codes():
    rows = _raw("goldstein.tsv")
    assert rows[0] == ["code", "goldstein"]
    g = {r[0]: float(r[1]) for r in rows[1:]}
    assert len(g) == len(rows) - 1
    assert set(g) == set(cameo.codes())
    for c, v in g.items():
        assert -10.0 <= v <= 10.0
        assert cameo.goldstein(c) == v


def test_plover_table_rows_valid():
    rows = _raw("cameo_plover.tsv")
    assert rows[0] == ["code", "event_type", "mode", "context"]
    seen = set()
    for code, etype, mode, ctx in rows[1:]:
        assert code not in seen
        seen.add(code)
        if code.startswith("01"):
            assert etype == "" and mode == ""
            continue
        assert etype in cameo.PLOVER_TYPES, code
        if mode:
            assert mode in cameo.PLOVER_MODES[etype], (code, etype, mode)
        for c in filter(None, ctx.split(";")):
            assert re.fullmatch(r"[a-z_]+", c), (code, c)
    assert seen == set(cameo.codes())


def test_plover_types_and_modes():
    assert len(cameo.PLOVER_TYPES) == 16 == len(set(cameo.PLOVER_TYPES))
    assert set(cameo.PLOVER_MODES) == set(cameo.PLOVER_TYPES)
    assert set(cameo.PLOVER_MODES["CONSULT"]) == {"visit", "phone", "third-party", "multilateral"}
    assert set(cameo.PLOVER_MODES["REQUEST"]) == set(cameo.PLOVER_MODES["REJECT"]) == {
        "meet", "change", "assist", "yield"}
    assert "weapons" in cameo.PLOVER_MODES["MOBILIZE"]
    assert {"withdraw", "discontinue"} <= set(cameo.PLOVER_MODES["SANCTION"])


def test_every_type_is_reached_by_some_code():
    reached = {cameo.plover(c)[0] for c in cameo.codes()} - {None}
    assert reached == set(cameo.PLOVER_TYPES)


@pytest.mark.parametrize("etype,quad", [
    ("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("CONCEDE", 1),
    ("COOPERATE", 2), ("AID", 2), ("RETREAT", 2),
    ("REQUEST", 3), ("ACCUSE", 3), ("REJECT", 3), ("THREATEN", 3),
    ("PROTEST", 4), ("SANCTION", 4), ("MOBILIZE", 4), ("COERCE", 4), ("ASSAULT", 4),
])
def test_quad_class(etype, quad):
    assert cameo.quad_class(etype) == quad


def test_quad_class_agrees_with_goldstein_sign():
    # cooperative quads never carry a clearly conflictual score and vice versa
    for c in cameo.codes():
        t, _ = cameo.plover(c)
        if t is None:
            continue
        q, g = cameo.quad_class(t), cameo.goldstein(c)
        if q in (1, 2):
            assert g > -1.0, c
        elif q == 4:
            assert g < 0, c


@pytest.mark.parametrize("code,score", [
    ("042", 1.9), ("043", 2.8), ("036", 4.0), ("040", 1.0), ("046", 7.0), ("057", 8.0),
    ("112", -2.0), ("125", -5.0), ("1246", -4.0), ("130", -4.4), ("138", -7.0),
    ("141", -6.5), ("154", -7.2), ("163", -8.0), ("161", -4.0), ("172", -5.0),
    ("173", -5.0), ("190", -10.0), ("195", -10.0), ("0874", 10.0), ("106", -5.0),
])
def test_known_goldstein(code, score):
    assert cameo.goldstein(code) == score


@pytest.mark.parametrize("code,expected", [
    ("040", ("CONSULT", None)), ("041", ("CONSULT", "phone")), ("042", ("CONSULT", "visit")),
    ("043", ("CONSULT", "visit")), ("044", ("CONSULT", "third-party")),
    ("036", ("AGREE", None)), ("057", ("SUPPORT", None)), ("061", ("COOPERATE", None)),
    ("073", ("AID", "humanitarian")), ("0841", ("RETREAT", "release")),
    ("0832", ("CONCEDE", None)), ("1042", ("REQUEST", "change")), ("108", ("REQUEST", "meet")),
    ("026", ("REQUEST", "meet")), ("112", ("ACCUSE", None)), ("125", ("REJECT", "meet")),
    ("1246", ("REJECT", "yield")), ("1384", ("THREATEN", "violence")),
    ("141", ("PROTEST", "demo")), ("154", ("MOBILIZE", "troops")),
    ("161", ("SANCTION", "withdraw")), ("163", ("SANCTION", "sever")),
    ("164", ("SANCTION", "withdraw")), ("172", ("COERCE", "restrict")),
    ("173", ("COERCE", "arrest")), ("190", ("ASSAULT", None)), ("195", ("ASSAULT", "aerial")),
    ("010", (None, None)),
])
def test_known_plover(code, expected):
    assert cameo.plover(code) == expected


def test_labels():
    assert cameo.label("042") == "Make a visit"
    assert cameo.label("106") == "Demand withdrawal"
    assert cameo.label("19") == "FIGHT"
    assert cameo.root("1246") == "12"
    assert "military" in cameo.plover_context("062")


@pytest.mark.parametrize("bad", ["42", "999", "1057", "", "0", "04a", "2043", 42, None])
def test_unknown_codes_raise(bad):
    assert not cameo.is_code(bad)
    for fn in (cameo.label, cameo.goldstein, cameo.plover):
        with pytest.raises(KeyError):
            fn(bad)


def test_unknown_type_raises():
    with pytest.raises(KeyError):
        cameo.quad_class("DEMAND")
