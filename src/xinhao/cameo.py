"""Pinned CAMEO 1.1b3 tables: labels, Goldstein scores, PLOVER crosswalk, quad class.

Data lives in ``data/cameo/`` (each file documents its source and choices at its top):

* ``cameo_codes.tsv``  -- every CAMEO 1.1b3 event code (2, 3 and 4 digits) and its label;
* ``goldstein.tsv``    -- one Goldstein score per code (GDELT 1.0's CAMEO table, 1.1b3 numbering);
* ``cameo_plover.tsv`` -- code -> PLOVER event_type, mode, context.

Codes are strings and keep their leading zero (``"042"``, not ``42``). Every lookup
raises :class:`KeyError` for a code that is not in the 1.1b3 codebook: there is no
silent fallback to a parent code or a default score.

Quad class (EVENT_SCHEMA.md ``quad_class``) comes from the PLOVER type, following the
PLOVER manual, which labels every type with one of the four classes:

====  =====================  =============================================
 1    verbal cooperation     AGREE, CONSULT, SUPPORT, CONCEDE
 2    material cooperation   COOPERATE, AID, RETREAT
 3    verbal conflict        REQUEST, ACCUSE, REJECT, THREATEN
 4    material conflict      PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
====  =====================  =============================================

REQUEST is verbal conflict: it is the manual's DEMAND category (CAMEO 10, quad 3)
renamed, and CAMEO 02 APPEAL, which it absorbs, is a demand in milder words; the
act is still verbal, and it presses the recipient to change course. PROTEST is
material conflict: the manual files it there, as CAMEO puts 14 in quad 4, because
demonstrations, strikes, boycotts and blockades are physical collective acts, not
statements. CONCEDE is verbal (promised concessions), RETREAT its material half.
"""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# Allowed modes per PLOVER type (PLOVER manual mode tables, plus the values the
# PLOVER CAMEO crosswalk uses: RETREAT ease, SANCTION discontinue, ASSAULT
# cleansing/unconventional; ASSAULT aerial for CAMEO 195). Types with no mode
# table take no mode (mode is null).
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": ("economic", "military", "humanitarian", "asylum"),
    "RETREAT": ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign", "ease"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("investigate",),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "ban", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"),
    "SANCTION": ("convict", "cancel", "expel", "withdraw", "sever", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police"),
    "COERCE": ("confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold"),
    "ASSAULT": ("abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons",
                "aerial", "cleansing", "unconventional"),
}

_QUAD: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}

QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation",
               3: "verbal conflict", 4: "material conflict"}


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV in data/cameo (``#`` lines are comments; first other line is the header)."""
    text = resources.files("xinhao").joinpath("data", "cameo", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def _labels() -> dict[str, str]:
    return {r["code"]: r["label"] for r in _rows("cameo_codes.tsv")}


@cache
def _goldstein() -> dict[str, float]:
    return {r["code"]: float(r["goldstein"]) for r in _rows("goldstein.tsv")}


@cache
def _plover() -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    out = {}
    for r in _rows("cameo_plover.tsv"):
        ctx = tuple(c for c in (r["context"] or "").split(";") if c)
        out[r["code"]] = (r["event_type"] or None, r["mode"] or None, ctx)
    return out


def codes() -> list[str]:
    """All CAMEO 1.1b3 codes, in codebook order."""
    return list(_labels())


def is_code(code: str) -> bool:
    """True when ``code`` (a string) is a CAMEO 1.1b3 event code."""
    return isinstance(code, str) and code in _labels()


def _check(code: str) -> str:
    if not is_code(code):
        raise KeyError(f"not a CAMEO 1.1b3 event code: {code!r}")
    return code


def label(code: str) -> str:
    """English label of a CAMEO code (``"042"`` -> ``"Make a visit"``)."""
    return _labels()[_check(code)]


def goldstein(code: str) -> float:
    """Goldstein score of a CAMEO code from the pinned table; KeyError if unknown."""
    return _goldstein()[_check(code)]


def plover(code: str) -> tuple[str | None, str | None]:
    """``(event_type, mode)`` for a CAMEO code.

    ``mode`` is None where the code implies none. CAMEO 01x (public statements) has
    no PLOVER counterpart: it returns ``(None, None)``. For ``"043"`` (host a visit)
    the PLOVER actor is the visitor, i.e. the CAMEO target (see cameo_plover.tsv).
    """
    t, m, _ = _plover()[_check(code)]
    return t, m


def plover_context(code: str) -> tuple[str, ...]:
    """PLOVER context values the CAMEO code implies (may be empty)."""
    return _plover()[_check(code)][2]


def quad_class(event_type: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    try:
        return _QUAD[event_type]
    except KeyError:
        raise KeyError(f"not a PLOVER event type: {event_type!r}") from None


def root(code: str) -> str:
    """The 2-digit root of a CAMEO code (``"1246"`` -> ``"12"``)."""
    return _check(code)[:2]
