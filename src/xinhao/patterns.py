"""Trigger patterns: loaded from ``data/triggers/*.yaml`` (and user files).

A pattern says which words trigger an event, its PLOVER type, mode and
CAMEO code, and which *frame* finds its arguments (see ``events.py``)::

    - id: consult.meet                # unique
      type: CONSULT
      mode: null
      cameo: "040"
      words: [会见, 会晤]
      frame: svo                      # svo | pred | passive | visitor_after | none
      symmetric: true                 # a meeting: direction does not matter
      mutual: true                    # each side does it to the other (换俘): one event per direction
      pair_subject: true              # only with a pair as subject (中印…机制会议举行)
      group: true                     # a listed subject meets among itself (A、B和C举行三方峰会): one event per pair
      group_only: true                # ... and only then: a single subject yields no event
      dated_by_prior: true            # a response: without a time of its own it takes the time of
                                      # the act it answers, earlier in its sentence (…25日夜间开火，印军予以还击)
      recipient: null                 # fixed recipient code (CHN for 访华), or null
      requires: [..]                  # one of these must occur in the sentence
      requires_clause: [..]           # ... in the trigger's clause
      requires_before: [..]           # ... in the trigger's clause, before the trigger
      excludes: [..]                  # none of these may occur in the sentence
      not_before: [..]                # strings that may not end right before the trigger ("re:…": a regex, 12 characters back)
      not_after: [..]                 # strings that may not start right after it ("re:…": a regex)
      actor_kinds: [..]               # e.g. [MIL] to require a military actor sector
      mechanism: required|optional|none
      fallback: [context, location]   # recipient when the frame finds none: the last foreign
                                      # actor of the paragraph / the country of a 在-place
      optional: false                 # the kind of event gold files mark optional
      confidence: 0.9
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

FRAMES = {"svo", "pred", "passive", "visitor_after", "none", "both"}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@dataclass(frozen=True)
class Pattern:
    id: str
    type: str
    cameo: str
    words: tuple[str, ...]
    mode: str | None = None
    frame: str = "svo"
    symmetric: bool = False
    mutual: bool = False  # each side acts on the other (俄乌双方交换战俘): an event in each direction
    pair_subject: bool = False  # only when the subject is a pair (中印边境事务磋商…机制会议在北京举行)
    listed_before: bool = False  # the channels are named before the trigger (…会晤和…会议也一并取消)
    dated_by_prior: bool = False  # a response dated by the act it answers earlier in the sentence
    case_threat: bool = False  # a legal case brought (诉诸世贸组织): promised or weighed it is a threat, and the one
    # answered is the party whose measure it is about, never the forum (see events._respondent)
    group: bool = False  # the listed subjects meet each other (A、B和C举行三方峰会): one event per pair
    group_only: bool = False  # only a listed subject meeting among itself yields an event
    recipient: str | None = None
    actor: str | None = None
    requires: tuple[str, ...] = ()
    requires_clause: tuple[str, ...] = ()
    requires_after: tuple[str, ...] = ()
    requires_before: tuple[str, ...] = ()  # one of these in the trigger's clause before it (将, 必将 …)
    excludes: tuple[str, ...] = ()
    excludes_clause: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    actor_sectors: tuple[str, ...] = ()
    mechanism: str = "optional"
    needs_recipient: bool = True
    strict_subject: bool = False  # pred frame: the subject must open the trigger's own clause or stand right before it
    object_near: int = 0  # when > 0: an object after the trigger counts only within this many characters
    fallback: tuple[str, ...] = ()  # where to look when the frame finds no recipient: context | topic | object | speaker | location | place | sentence | after | posted | from | …
    optional: bool = False
    future: bool = False
    context: tuple[str, ...] = ()
    confidence: float = 0.8
    priority: int = 0
    source: str = ""

    def __post_init__(self):
        # compiled forms of the string tests, built once (the checks run for every trigger)
        def alt(words):
            # an entry "re:…" is a regular expression (前(?!来|往): 会见前, not 会见前来的…)
            return re.compile("|".join(w[3:] if w.startswith("re:") else re.escape(w)
                                       for w in sorted(words, key=len, reverse=True))) if words else None

        object.__setattr__(self, "_re", {k: alt(getattr(self, k)) for k in (
            "requires", "excludes", "requires_clause", "excludes_clause", "requires_after",
            "requires_before")})
        nb = sorted(self.not_before, key=len, reverse=True)
        object.__setattr__(self, "_before", (re.compile("(?:" + "|".join(
            w[3:] if w.startswith("re:") else re.escape(w) for w in nb) + ")$"),
            max(12 if w.startswith("re:") else len(w) for w in nb)) if nb else None)
        object.__setattr__(self, "_after", alt(self.not_after))

    def ok_before(self, text: str, ts: int) -> bool:
        b = self._before
        return b is None or not b[0].search(text, max(0, ts - b[1]), ts)

    def ok_after(self, text: str, te: int) -> bool:
        a = self._after
        return a is None or not a.match(text, te)


def _tuple(v) -> tuple:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(v)


def parse_pattern(d: dict, source: str = "") -> Pattern:
    unknown = set(d) - set(Pattern.__dataclass_fields__)
    if unknown:
        raise ValueError(f"{source}: pattern {d.get('id')!r}: unknown key(s) {sorted(unknown)}")
    kw = dict(d)
    for k in ("words", "requires", "requires_clause", "requires_after", "requires_before", "excludes", "excludes_clause",
              "not_before", "not_after", "actor_sectors", "context", "fallback"):
        if k in kw:
            kw[k] = _tuple(kw[k])
    kw["cameo"] = str(kw.get("cameo", ""))
    kw["source"] = source
    p = Pattern(**kw)
    if p.type not in TYPES:
        raise ValueError(f"{source}: pattern {p.id}: unknown type {p.type}")
    if p.frame not in FRAMES:
        raise ValueError(f"{source}: pattern {p.id}: unknown frame {p.frame}")
    if not p.words:
        raise ValueError(f"{source}: pattern {p.id}: no words")
    return p


def _packaged_files():
    root = resources.files("xinhao") / "data" / "triggers"
    return sorted((f for f in root.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


def _user_files(paths):
    for p in paths:
        p = Path(p)
        if p.is_dir():
            d = p / "triggers" if (p / "triggers").is_dir() else p
            yield from sorted(d.glob("*.yaml"))
        elif p.is_file() and ("trigger" in p.name or "pattern" in p.name):
            yield p


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping."""


def _no_duplicates(loader, node, deep=False):
    keys = set()
    for k, _v in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in keys:
            raise ValueError(f"duplicate key {key!r} at line {k.start_mark.line + 1}")
        keys.add(key)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def load_patterns(user_paths=()) -> list[Pattern]:
    pats: list[Pattern] = []
    seen: dict[str, str] = {}
    for f in list(_packaged_files()) + list(_user_files(user_paths)):
        try:
            data = yaml.load(f.read_text(encoding="utf-8"), Loader=_StrictLoader) or []
        except ValueError as exc:
            raise ValueError(f"{f}: {exc}") from None
        name = os.path.basename(str(f))
        for d in data:
            p = parse_pattern(d, name)
            if p.id in seen:
                raise ValueError(f"{name}: duplicate pattern id {p.id} (also in {seen[p.id]})")
            seen[p.id] = name
            pats.append(p)
    return pats


# deliberate departures from the CAMEO->PLOVER crosswalk, kept for the gold convention
TYPE_EXCEPTIONS = {"concede.release": "release of detainees is CONCEDE in the gold files; CAMEO 0841 stays specific",
                   "concede.exchange": "a prisoner exchange releases detainees both ways: CONCEDE, as concede.release"}


def check_patterns(user_paths=(), mechanisms=None) -> list[str]:
    """Problems with the trigger files: unreadable or duplicate entries, CAMEO codes
    missing from the pinned table, types that disagree with the CAMEO->PLOVER
    table, fixed recipients that are not codes, mechanism ids in no registry."""
    from . import cameo

    try:
        pats = load_patterns(user_paths)
    except ValueError as exc:
        return [str(exc)]
    out = []
    for p in pats:
        where = f"{p.source}: {p.id}"
        if not cameo.is_code(p.cameo):
            out.append(f"{where}: unknown CAMEO code {p.cameo!r}")
            continue
        t = cameo.plover(p.cameo)[0]
        if t != p.type and p.id not in TYPE_EXCEPTIONS:
            out.append(f"{where}: type {p.type} but CAMEO {p.cameo} is {t} in the pinned crosswalk")
        for code in (p.recipient, p.actor):
            if code and not (len(code) == 3 and code.isupper()):
                out.append(f"{where}: fixed party {code!r} is not a country or PLOVER code")
        for w in p.words:
            if not w.strip():
                out.append(f"{where}: empty trigger word")
    ids = [m.get("id") for m in (mechanisms or [])]
    seen = set()
    for mid in ids:
        if mid in seen:
            out.append(f"mechanisms: duplicate id {mid}")
        seen.add(mid)
        dy = (mid or "").split("/")[0].split("-")
        if len(dy) != 2 or dy != sorted(dy):
            out.append(f"mechanisms: {mid}: the dyad must be two codes in alphabetical order")
    return out
