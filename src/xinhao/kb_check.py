"""Validation of the knowledge base (``xinhao dict check``).

Each problem is one line: ``FILE: what is wrong``. The rules (documented in
docs/knowledge-base.md):

1. ids are unique within the packaged data, and within the user files (a user
   file may repeat a packaged id on purpose: its record replaces the packaged one);
2. every country code is a known ISO alpha-3 (or XKX), or UNO EUR IGO NGO MNC;
   every sector is a known PLOVER/CAMEO sector; every role is in roles.yaml;
3. dates parse (YYYY-MM-DD, YYYY-MM, YYYY) and no spell ends before it starts;
4. no two persons hold the same single-holder seat on overlapping dates;
5. no surface names two different entities of the same kind (or a person and an
   organisation/country) unless a rule tells them apart: the country surface is
   declared ambiguous, the entities carry a ``disambiguation:`` note, or (for
   persons) their dated roles never overlap.
"""
from __future__ import annotations

import datetime as _dt
from itertools import combinations
from typing import TYPE_CHECKING

import yaml

from .kb import HOME, NON_STATE, SECTORS, _as_list, _Loader, bounds, date_str

if TYPE_CHECKING:
    from .kb import KB

_MIN, _MAX = _dt.date.min, _dt.date.max


def _definite(start, end) -> tuple[_dt.date, _dt.date]:
    """The days a spell was certainly held: [latest start, earliest end)."""
    lo = _MIN if start is None else (bounds(start)[1] - _dt.timedelta(days=1))
    hi = _MAX if end is None else bounds(end)[0]
    return lo, hi


def _possible(start, end) -> tuple[_dt.date, _dt.date]:
    lo = _MIN if start is None else bounds(start)[0]
    hi = _MAX if end is None else bounds(end)[1]
    return lo, hi


class _Checker:
    def __init__(self, kb: "KB"):
        self.kb = kb
        self.problems: list[str] = list(kb.load_problems)

    def add(self, src, msg: str) -> None:
        self.problems.append(f"{src}: {msg}")

    def code(self, src, what: str, code, allow_home=False) -> None:
        if code is None:
            return
        if allow_home and code == HOME:
            return
        if not self.kb.is_actor_code(code):
            self.add(src, f"{what}: unknown country code {code!r}")

    def sector(self, src, what: str, sector) -> None:
        if sector is not None and sector not in SECTORS:
            self.add(src, f"{what}: unknown sector {sector!r}")

    def role(self, src, what: str, role) -> None:
        if role is not None and role not in self.kb.role_defs:
            self.add(src, f"{what}: unknown role {role!r}")

    # -- per-kind field checks
    def fields(self) -> None:
        kb = self.kb
        for code, spec in kb.countries.items():
            if spec.get("unknown"):
                self.add(spec.get("_src"), f"countries: unknown country code {code!r}")
        for surf, spec in kb.home.items():
            self.sector(spec["_src"], f"home {surf}", spec.get("sector"))
        for rid, rec in list(kb.orgs.items()) + list(kb.media.items()):
            src = rec["_src"]
            if not rec.get("name"):
                self.add(src, f"{rid}: no name")
            self.code(src, rid, rec.get("country"))
            self.sector(src, rid, rec.get("sector"))
            self.role(src, rid, rec.get("role"))
        for rid, rec in kb.places.items():
            self.code(rec["_src"], f"place {rid}", rec.get("country"))
            self.code(rec["_src"], f"place {rid} signifies", rec.get("signifies"))
        for rid, spec in kb.role_defs.items():
            self.sector(spec["_src"], f"role {rid}", spec.get("sector"))
            if spec.get("holders", "multi") not in ("single", "multi"):
                self.add(spec["_src"], f"role {rid}: holders must be single or multi")
        for word, rec in kb.role_words.items():
            src = rec["_src"]
            self.role(src, f"role word {word}", rec.get("role"))
            self.sector(src, f"role word {word}", rec.get("sector"))
            self.code(src, f"role word {word}", rec.get("country"))
            for c, r in (rec.get("overrides") or {}).items():
                self.code(src, f"role word {word} override", c)
                self.role(src, f"role word {word} override", r)
        for pid, rec in kb.persons.items():
            self.person(pid, rec)

    def person(self, pid: str, rec: dict) -> None:
        src = rec["_src"]
        if not rec.get("name"):
            self.add(src, f"{pid}: no name")
        self.code(src, pid, rec.get("country"))
        if not rec.get("country"):
            self.add(src, f"{pid}: no country")
        for i, r in enumerate(_as_list(rec.get("roles"))):
            what = f"{pid} role {i + 1}"
            if not isinstance(r, dict) or not r.get("role"):
                self.add(src, f"{what}: no role id")
                continue
            what = f"{pid} {r['role']}"
            self.role(src, what, r["role"])
            self.sector(src, what, r.get("sector"))
            self.code(src, what, r.get("country"))
            self.code(src, f"{what} posted_to", r.get("posted_to"))
            start, end = date_str(r.get("start")), date_str(r.get("end"))
            try:
                s_lo = bounds(start)[0] if start else None
                e_hi = bounds(end)[1] if end else None
            except ValueError:
                self.add(src, f"{what}: bad date (start {start!r}, end {end!r})")
                continue
            if s_lo and e_hi and e_hi <= s_lo:
                self.add(src, f"{what}: end {end} before start {start}")

    # -- overlapping single-holder seats
    def seats(self) -> None:
        kb = self.kb
        seats: dict[tuple, list] = {}
        for pid, rec in kb.persons.items():
            for s in kb.spells(pid):
                spec = kb.role_defs.get(s.role) or {}
                if spec.get("holders") != "single":
                    continue
                try:
                    span = _definite(s.start, s.end)
                except ValueError:
                    continue
                key = (s.role, s.country)
                if spec.get("scope") == "org":
                    key += (s.posted_to, s.org or (None if s.posted_to else s.title))
                seats.setdefault(key, []).append((pid, s, span, rec["_src"]))
        for key, holders in seats.items():
            for (p1, s1, a, src), (p2, s2, b, _) in combinations(holders, 2):
                if p1 != p2 and a[0] < b[1] and b[0] < a[1]:
                    seat = "/".join(str(k) for k in key if k)
                    self.add(src, f"{p1} and {p2} both hold {seat}: "
                                  f"{s1.start}..{s1.end or 'now'} overlaps {s2.start}..{s2.end or 'now'}")

    # -- colliding surfaces
    def _person_spans(self, pid: str) -> list[tuple]:
        out = []
        for s in self.kb.spells(pid):
            try:
                out.append(_possible(s.start, s.end))
            except ValueError:
                pass
        return out or [(_MIN, _MAX)]

    def collisions(self) -> None:
        kb = self.kb
        for surf, entries in kb.surfaces().items():
            countries = {e.id for e in entries if e.kind == "country"}
            if len(countries) > 1 and not all(e.extra.get("ambiguous") for e in entries
                                              if e.kind == "country"):
                self.add("countries", f"surface {surf!r} names {sorted(countries)}: "
                                      "declare it (or its base short form) under `ambiguous`")
            for kind in ("org", "place"):
                ids = {e.id for e in entries if e.kind in ((kind, "media") if kind == "org" else (kind,))}
                if len(ids) > 1 and not any(e.extra.get("disambiguation") for e in entries):
                    recs = [(kb.orgs.get(i) or kb.media.get(i) or kb.places.get(i) or {}) for i in ids]
                    if not any(r.get("disambiguation") for r in recs):
                        srcs = sorted({r.get("_src", "?") for r in recs})
                        self.add(srcs[0], f"surface {surf!r} names {kind}s {sorted(ids)}"
                                          " with no disambiguation note")
            persons = sorted({e.id for e in entries if e.kind == "person"})
            for p1, p2 in combinations(persons, 2):
                r1, r2 = kb.persons[p1], kb.persons[p2]
                if r1.get("disambiguation") or r2.get("disambiguation"):
                    continue
                if any(a[0] < b[1] and b[0] < a[1]
                       for a in self._person_spans(p1) for b in self._person_spans(p2)):
                    self.add(r1["_src"], f"alias {surf!r} names persons {p1} and {p2} whose "
                                         "roles overlap in time; add a `disambiguation:` note")
            if persons and len(surf) < 2:
                # a one-character person surface fires inside ordinary words (敦 in 敦促)
                self.add(kb.persons[persons[0]]["_src"],
                         f"alias {surf!r} of person {persons[0]} is a single character")
            if persons:
                others = sorted({f"{e.kind}:{e.id}" for e in entries
                                 if e.kind in ("country", "org", "media")})
                if others and not any(kb.persons[p].get("disambiguation") for p in persons):
                    self.add(kb.persons[persons[0]]["_src"],
                             f"alias {surf!r} of person {persons[0]} is also {', '.join(others)}")


def _duplicate_keys(path: str) -> list[str]:
    """Keys given twice in one mapping of a YAML file: the loader keeps the last silently
    (a second ``HND:`` block would drop the first one's short forms)."""
    out: list[str] = []

    class _Dups(_Loader):  # (dates kept as strings, as the knowledge base reads them)
        pass

    def mapping(loader, node, deep=False):
        seen = set()
        for k, _v in node.value:
            key = loader.construct_object(k, deep=deep)
            if key in seen:
                out.append(f"{path}: key {key!r} given twice in one mapping (line {k.start_mark.line + 1})")
            seen.add(key)
        return loader.construct_mapping(node, deep)

    _Dups.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        with open(path, encoding="utf-8") as fh:
            yaml.load(fh, Loader=_Dups)  # noqa: S506 (a SafeLoader subclass)
    except (OSError, ValueError, yaml.YAMLError):
        pass  # (reported by the loader already)
    return out


def check(kb: "KB") -> list[str]:
    c = _Checker(kb)
    for path in kb.files:
        c.problems.extend(_duplicate_keys(path))
    c.fields()
    c.seats()
    c.collisions()
    return c.problems
