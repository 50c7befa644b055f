"""The knowledge base: countries, organisations, media, people with dated roles,
role words and places, as data under ``src/xinhao/data/kb/`` plus user files.

``KB.surfaces()`` maps every string the coder may meet (names, aliases and
generated forms such as 美方, 以军, 美国政府) to the entries it may mean; the
coder builds its automaton from those keys. ``KB.roles_at()`` and
``KB.lookup()`` answer "who held what on that date". ``KB.check()`` validates
the data (see ``kb_check``). File formats: docs/knowledge-base.md.
"""
from __future__ import annotations

import re

import datetime as _dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data" / "kb"
TRIGGERS_DIR = Path(__file__).parent / "data" / "triggers"
HOME = "@HOME"
SHORE = "@SHORE"  # 对岸: Taiwan seen from the mainland, the mainland seen from Taiwan
NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC"})
# PLOVER sectors, plus CAMEO secondary codes the data uses for IGO bodies.
SECTORS = frozenset(
    "GOV MIL LEG JUD COP SPY PTY REB BUS MED JRN CVL ELI OPP EDU REL UNK "
    "HRI HLH REF DEV ENV AGR LAB CRM INS MOD RAD SEP UAF".split())
KIND_SECTOR = {"ministry": "GOV", "agency": "GOV", "office": "GOV", "military": "MIL",
               "party": "PTY", "armed_group": "REB", "legislature": "LEG", "court": "JUD",
               "police": "COP", "intelligence": "SPY", "company": "BUS", "ngo": "CVL",
               "igo": None}
DEFAULT_DERIVE = ("方", "军", "政府")
_DERIVE_FORM = {"方": ("fang", "GOV"), "军": ("jun", "MIL"), "政府": ("govt", "GOV")}
# which top-level keys of a YAML mapping belong to which part of the KB
_KEYS = {"countries": "countries", "ambiguous": "countries", "reserved": "countries",
         "home": "countries", "organisations": "organisations", "orgs": "organisations",
         "media": "media", "persons": "persons", "places": "places", "groups": "places",
         "roles": "roles", "words": "roles"}
_STEMS = (("person", "persons"), ("org", "organisations"), ("media", "media"),
          ("place", "places"), ("role", "roles"), ("countr", "countries"))


# Taiwan-usage names that are also pieces of other words in mainland text:
# 马利 (马利克, a given name), 乔治亚 (乔治亚州, the US state)
_HANT_SKIP = {"马利", "乔治亚"}


@dataclass(frozen=True)
class Entry:
    kind: str            # "country" | "org" | "person" | "role" | "place" | "media"
    id: str
    surface: str
    country: str | None
    sector: str | None
    role: str | None
    name: str | None
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class RoleSpell:
    role: str
    country: str
    sector: str
    title: str | None
    org: str | None
    posted_to: str | None
    start: str | None
    end: str | None


# ---------------------------------------------------------------- dates
def date_str(v) -> str | None:
    """A YAML date value (date, int year, str) as an ISO string, or None."""
    if v is None or v == "":
        return None
    if isinstance(v, _dt.datetime):
        v = v.date()
    if isinstance(v, _dt.date):
        return v.isoformat()
    return str(v).strip()


def bounds(v) -> tuple[_dt.date, _dt.date, str]:
    """(first day, day after the last day, precision) of a date, month or year.
    Raises ValueError for anything else."""
    if isinstance(v, _dt.datetime):
        v = v.date()
    if isinstance(v, _dt.date):
        return v, v + _dt.timedelta(days=1), "day"
    s = str(v).strip()
    parts = s.split("-")
    if len(parts) == 1 and len(s) == 4 and s.isdigit():
        y = int(s)
        return _dt.date(y, 1, 1), _dt.date(y + 1, 1, 1), "year"
    if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) in (1, 2):
        y, m = int(parts[0]), int(parts[1])
        lo = _dt.date(y, m, 1)
        return lo, (_dt.date(y + 1, 1, 1) if m == 12 else _dt.date(y, m + 1, 1)), "month"
    d = _dt.date.fromisoformat(s)
    return d, d + _dt.timedelta(days=1), "day"


def held(start: str | None, end: str | None, q_lo: _dt.date, q_hi: _dt.date) -> bool:
    """Was a spell [start, end) held at some day of [q_lo, q_hi)? A full end date
    is the first day no longer held; a partial start or end (month, year) is read
    generously: the spell counts for the whole period it starts or ends in."""
    if start is not None and bounds(start)[0] >= q_hi:
        return False
    if end is not None:
        e_lo, e_hi, prec = bounds(end)
        if q_lo >= (e_lo if prec == "day" else e_hi):
            return False
    return True


# ---------------------------------------------------------------- reading files
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when available
    """SafeLoader that keeps dates as strings, so a bad date is reported by
    ``check`` instead of failing the load."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _load_yaml(path: Path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)


def classify(path: Path, data) -> dict[str, object]:
    """Which parts of the KB a parsed YAML file holds: {part: data}. A mapping
    is split by its top-level keys; a bare list takes its part from the file
    name (persons*.yaml, organisations*/orgs*, media*, places*, roles*,
    countries*) or from a parent folder named ``persons``. Anything else (for
    example a trigger file) holds no KB part and is ignored."""
    if isinstance(data, dict):
        parts: dict[str, object] = {}
        for k, v in data.items():
            part = _KEYS.get(k)
            if part:
                parts.setdefault(part, {})[k] = v
        return parts
    if isinstance(data, list):
        stem = path.stem.lower()
        for prefix, part in _STEMS:
            if stem.startswith(prefix):
                return {part: {_first_key(part): data}}
        if path.parent.name.lower() == "persons":
            return {"persons": {"persons": data}}
    return {}


def _first_key(part: str) -> str:
    return {"roles": "words", "organisations": "organisations"}.get(part, part)


def _files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*") if x.suffix in (".yaml", ".yml")))
        elif p.exists():
            out.append(p)
        else:
            raise FileNotFoundError(f"dictionary not found: {p}")
    return out


def _packaged_files() -> list[Path]:
    names = ["countries.yaml", "organisations.yaml", "roles.yaml", "places.yaml"]
    files = [DATA_DIR / n for n in names if (DATA_DIR / n).exists()]
    pdir = DATA_DIR / "persons"
    if pdir.is_dir():
        files.extend(sorted(x for x in pdir.iterdir() if x.suffix in (".yaml", ".yml")))
    return files


def _as_list(v) -> list:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


# ---------------------------------------------------------------- the KB
class KB:
    """Load with ``KB.load()`` or the cached ``get_kb()``."""

    def __init__(self, home_country: str = "CHN"):
        self.home_country = home_country
        self.load_problems: list[str] = []    # found while reading (bad YAML, duplicate ids)
        self._spells: dict[str, tuple[RoleSpell, ...]] = {}
        self.countries: dict[str, dict] = {}   # ISO3 -> {"iso2", "cldr", spec..., "_src"}
        self.ambiguous: dict[str, str] = {}
        self.reserved: set[str] = set()
        self.home: dict[str, dict] = {}
        self.orgs: dict[str, dict] = {}
        self.media: dict[str, dict] = {}
        self.persons: dict[str, dict] = {}
        self.places: dict[str, dict] = {}
        self.role_defs: dict[str, dict] = {}
        self.role_words: dict[str, dict] = {}
        self.files: list[str] = []
        self._surfaces: dict[str, list[Entry]] = {}

    # -- loading
    @classmethod
    def load(cls, extra_paths: Iterable[str] = (), home_country: str = "CHN") -> "KB":
        kb = cls(home_country)
        kb._init_countries()
        for layer, files in ((0, _packaged_files()), (1, _files(extra_paths))):
            seen: dict[tuple[str, str], str] = {}
            for path in files:
                try:
                    data = _load_yaml(path)
                except yaml.YAMLError as exc:
                    kb.load_problems.append(f"{path}: invalid YAML: {exc}".replace("\n", " "))
                    continue
                parts = classify(path, data)
                if parts:
                    kb.files.append(str(path))
                for part, content in parts.items():
                    kb._merge(part, content, str(path), layer, seen)
        kb._build()
        return kb

    def _init_countries(self) -> None:
        from babel import Locale
        import pycountry
        from .normalize import normalize
        terr = Locale("zh").territories
        # the names Taiwan and Hong Kong outlets use (諾魯, 吐瓦魯, 瓜地馬拉), read as the
        # normalised (Simplified) text will spell them: 诺鲁, 吐瓦鲁, 瓜地马拉
        hant = Locale("zh_Hant").territories
        for c in pycountry.countries:
            name = terr.get(c.alpha_2)
            if name:
                self.countries[c.alpha_3] = {"iso2": c.alpha_2, "cldr": name}
                tw = hant.get(c.alpha_2)
                tw = normalize(tw) if tw else None
                if tw and tw != name and len(tw) >= 2 and tw not in _HANT_SKIP:
                    self.countries[c.alpha_3]["cldr_hant"] = tw
        if "XK" in terr:  # Kosovo: CLDR has it, ISO 3166-1 does not (user code XKX)
            self.countries["XKX"] = {"iso2": "XK", "cldr": terr["XK"]}

    def _dup(self, kind: str, key: str, src: str, layer: int, seen: dict) -> None:
        prev = seen.get((kind, key))
        if prev is not None:
            self.load_problems.append(f"{src}: duplicate {kind} id {key!r} (also in {prev})")
        seen[(kind, key)] = src

    def _merge(self, part: str, content: dict, src: str, layer: int, seen: dict) -> None:
        if part == "countries":
            for code, spec in (content.get("countries") or {}).items():
                spec = dict(spec or {})
                spec["_src"] = src
                base = self.countries.get(code)
                if base is None:
                    self.countries[code] = {"unknown": True, **spec}
                    continue
                for k, v in spec.items():  # lists extend, scalars replace
                    if isinstance(v, list) and isinstance(base.get(k), list) and k != "derive":
                        base[k] = base[k] + [x for x in v if x not in base[k]]
                    else:
                        base[k] = v
            self.ambiguous.update({str(k): str(v) for k, v in
                                   (content.get("ambiguous") or {}).items()})
            self.reserved.update(_as_list(content.get("reserved")))
            for surf, spec in (content.get("home") or {}).items():
                self.home[surf] = {**(spec or {}), "_src": src}
        elif part in ("organisations", "media", "persons"):
            key = {"organisations": "organisations", "media": "media", "persons": "persons"}[part]
            items = content.get(key, content.get("orgs")) if part == "organisations" else content.get(key)
            target = {"organisations": self.orgs, "media": self.media, "persons": self.persons}[part]
            for rec in _as_list(items):
                if not isinstance(rec, dict) or not rec.get("id"):
                    self.load_problems.append(f"{src}: {part} record without id: {rec!r}"[:200])
                    continue
                rid = str(rec["id"])
                self._dup(part, rid, src, layer, seen)
                target[rid] = {**rec, "_src": src}
        elif part == "places":
            recs = [dict(r) for r in _as_list(content.get("places")) if isinstance(r, dict)]
            for g in _as_list(content.get("groups")):
                for item in _as_list(g.get("names")):
                    names = _as_list(item)
                    recs.append({"name": names[0], "aliases": names[1:],
                                 "country": g.get("country"), "type": g.get("type")})
            for rec in recs:
                if not rec.get("name"):
                    self.load_problems.append(f"{src}: place without name: {rec!r}"[:200])
                    continue
                rid = str(rec.get("id") or rec["name"])
                self._dup("places", rid, src, layer, seen)
                self.places[rid] = {**rec, "id": rid, "_src": src}
        elif part == "roles":
            for rid, spec in (content.get("roles") or {}).items():
                self.role_defs[rid] = {**(spec or {}), "_src": src}
            for rec in _as_list(content.get("words")):
                if not isinstance(rec, dict) or not rec.get("word"):
                    self.load_problems.append(f"{src}: role word without word: {rec!r}"[:200])
                    continue
                self._dup("role word", rec["word"], src, layer, seen)
                self.role_words[rec["word"]] = {**rec, "_src": src}

    # -- building surfaces
    def _add(self, e: Entry) -> None:
        lst = self._surfaces.setdefault(e.surface, [])
        if not any(x.kind == e.kind and x.id == e.id and x.sector == e.sector for x in lst):
            lst.append(e)

    def _build(self) -> None:
        self._spells = {}  # person id -> its spells in office, read once (the records are complete now)
        self._build_countries()
        for surf, spec in self.home.items():
            code = SHORE if spec.get("other_shore") else HOME  # 对岸: across the strait from the home
            self._add(Entry("country", code, surf, code, spec.get("sector"), None, surf,
                            {"form": "home"}))
        for rid, rec in self.orgs.items():
            kind = rec.get("kind") or "agency"
            sector = rec["sector"] if "sector" in rec else KIND_SECTOR.get(kind)
            extra = {"org_kind": kind}
            if rec.get("country") is None:
                extra["generic"] = True
            if rec.get("disambiguation"):
                extra["disambiguation"] = rec["disambiguation"]
            for s in self._names(rec):
                self._add(Entry("org", rid, s, rec.get("country"), sector, rec.get("role"),
                                rec.get("name"), extra))
        for rid, rec in self.media.items():
            for s in self._names(rec):
                self._add(Entry("media", rid, s, rec.get("country"), "MED", None,
                                rec.get("name"), {"org_kind": "media", **({"home": True} if rec.get("home") else {})}))
        for word, rec in self.role_words.items():
            role = rec.get("role")
            sector = rec.get("sector") or (self.role_defs.get(role) or {}).get("sector")
            extra = {k: rec[k] for k in ("generic", "org_hint", "note") if rec.get(k)}
            if rec.get("overrides"):
                extra["role_overrides"] = dict(rec["overrides"])
            self._add(Entry("role", word, word, rec.get("country"), sector, role, None, extra))
        for rid, rec in self.persons.items():
            extra = {"disambiguation": rec["disambiguation"]} if rec.get("disambiguation") else {}
            for s in self._names(rec):
                self._add(Entry("person", rid, s, rec.get("country"), None, None,
                                rec.get("name"), extra))
        self._capital_places()
        for rid, rec in self.places.items():
            extra = {"type": rec.get("type")}
            if rec.get("signifies"):
                extra["signifies"] = rec["signifies"]
            for s in self._names(rec):
                self._add(Entry("place", rid, s, rec.get("country"), None, None,
                                rec.get("name"), extra))

    @staticmethod
    def _names(rec: dict) -> list[str]:
        out = []
        for s in [rec.get("name")] + _as_list(rec.get("aliases")):
            if s and str(s) not in out:
                out.append(str(s))
        return out

    def _capital_places(self) -> None:
        known = {s for rec in self.places.values() for s in self._names(rec)}
        for code, spec in self.countries.items():
            caps = [c for c in _as_list(spec.get("capital")) if c]
            if caps and caps[0] not in known and caps[0] not in self.places:
                self.places[caps[0]] = {"id": caps[0], "name": caps[0], "aliases": caps[1:],
                                        "country": code, "type": "capital",
                                        "_src": spec.get("_src", "countries")}

    def _country_forms(self, code: str, spec: dict) -> list[tuple[str, str, str | None, str | None]]:
        """(surface, form, sector, base) for one country, before ambiguity."""
        name = spec.get("name") or spec.get("cldr")
        forms: list[tuple[str, str, str | None, str | None]] = [(name, "name", None, None)]
        full = _as_list(spec.get("full"))
        aliases = _as_list(spec.get("aliases"))
        if spec.get("cldr") and spec["cldr"] != name and spec["cldr"] not in full:
            aliases = [spec["cldr"]] + aliases
        if spec.get("cldr_hant") and spec["cldr_hant"] != name and spec["cldr_hant"] not in full + aliases:
            aliases = aliases + [spec["cldr_hant"]]
        forms += [(s, "full", None, None) for s in full]
        forms += [(s, "alias", None, None) for s in aliases]
        shorts = _as_list(spec.get("short"))
        forms += [(s, "short", None, s) for s in shorts]
        if shorts:
            derive = spec.get("derive", DEFAULT_DERIVE)
            for suf in _as_list(derive):
                form, sector = _DERIVE_FORM[suf]
                forms.append((shorts[0] + suf, form, sector, shorts[0]))
        for n in [name] + [a for a in aliases if len(a) >= 2]:
            forms += [(n + "方面", "fang", "GOV", n), (n + "政府", "govt", "GOV", n),
                      (n + "军队", "jun", "MIL", n), (n + "军方", "jun", "MIL", n)]
        forms += [(f + "政府", "govt", "GOV", None) for f in full]
        forms += [(s, "govt", "GOV", None) for s in _as_list(spec.get("gov"))]
        forms += [(s, "jun", "MIL", None) for s in _as_list(spec.get("mil"))]
        forms += [(s, "capital", "GOV", None) for s in _as_list(spec.get("capital"))]
        forms += [(s, "adjective", None, None) for s in _as_list(spec.get("adjective"))]
        return [f for f in forms if f[0] and f[0] not in self.reserved]

    def _build_countries(self) -> None:
        raw: list[tuple[str, str, str, str | None, str | None]] = []
        for code, spec in self.countries.items():
            if spec.get("unknown"):
                continue
            seen: set[str] = set()
            for surf, form, sector, base in self._country_forms(code, spec):
                if surf not in seen:
                    seen.add(surf)
                    raw.append((surf, code, form, sector, base))
        by_surface: dict[str, set[str]] = {}
        for surf, code, *_ in raw:
            by_surface.setdefault(surf, set()).add(code)
        for surf, code, form, sector, base in raw:
            extra: dict = {"form": form}
            if base:
                extra["base"] = base
            shared = len(by_surface[surf]) > 1
            if surf in self.ambiguous or (shared and base in self.ambiguous):
                extra["ambiguous"] = True
            if shared:
                extra["shared_with"] = sorted(by_surface[surf] - {code})
            self._add(Entry("country", code, surf, code, sector, None, self.country_name(code),
                            extra))
        # a shared one-character form whose declaration names a default ("(UKR unless the
        # article names another)") reads as that country when the article names none of them
        for surf, decl in self.ambiguous.items():
            m = re.search(r"\(([A-Z]{3}) unless", decl)
            lst = self._surfaces.get(surf)
            if m and lst:
                lst.sort(key=lambda e: not (e.kind == "country" and e.country == m.group(1)))

    # -- the API
    def surfaces(self) -> dict[str, list[Entry]]:
        return self._surfaces

    def country_name(self, code: str) -> str | None:
        spec = self.countries.get(code)
        if not spec or spec.get("unknown"):
            return None
        return spec.get("name") or spec.get("cldr")

    def is_country_code(self, code: str) -> bool:
        return code in self.countries and not self.countries[code].get("unknown")

    def is_actor_code(self, code: str | None) -> bool:
        """ISO alpha-3 known to the KB, or a PLOVER non-state code."""
        return code in NON_STATE or (code is not None and self.is_country_code(code))

    def role_for(self, word: str, country: str | None) -> tuple[str, str] | None:
        """(role, sector) a role word names for an office of ``country``,
        applying the word's per-country overrides (美国防长 -> defense_secretary)."""
        rec = self.role_words.get(word)
        if rec is None:
            return None
        role = (rec.get("overrides") or {}).get(country, rec.get("role"))
        sector = rec.get("sector") or (self.role_defs.get(role) or {}).get("sector") or "GOV"
        return role, sector

    def person(self, person_id: str) -> dict | None:
        rec = self.persons.get(person_id)
        if rec is None:
            return None
        out = {k: v for k, v in rec.items() if not k.startswith("_")}
        out["roles"] = [dict(r) for r in _as_list(rec.get("roles"))]
        for r in out["roles"]:
            r["start"], r["end"] = date_str(r.get("start")), date_str(r.get("end"))
        return out

    def spells(self, person_id: str) -> list[RoleSpell]:
        got = self._spells.get(person_id)
        if got is None:
            got = self._spells[person_id] = tuple(self._read_spells(person_id))
        return list(got)

    def _read_spells(self, person_id: str) -> list[RoleSpell]:
        rec = self.persons.get(person_id)
        if rec is None:
            return []
        out = []
        for r in _as_list(rec.get("roles")):
            if not isinstance(r, dict):
                continue
            role = r.get("role")
            sector = r.get("sector") or (self.role_defs.get(role) or {}).get("sector") or "GOV"
            out.append(RoleSpell(role, r.get("country") or rec.get("country"), sector,
                                 r.get("title"), r.get("org"), r.get("posted_to"),
                                 date_str(r.get("start")), date_str(r.get("end"))))
        return out

    def roles_at(self, person_id: str, date: _dt.date | str | None) -> list[RoleSpell]:
        spells = self.spells(person_id)
        if date is None:
            return spells
        q_lo, q_hi, _ = bounds(date)
        return [s for s in spells if held(s.start, s.end, q_lo, q_hi)]

    def persons_named(self, name: str) -> list[str]:
        """Person ids whose name or alias is ``name`` (or whose id it is)."""
        ids = [e.id for e in self._surfaces.get(name, []) if e.kind == "person"]
        if not ids and name in self.persons:
            ids = [name]
        return ids

    def lookup(self, name: str, date=None) -> list[dict]:
        out = []
        for pid in self.persons_named(name):
            pname = self.persons[pid].get("name")
            for s in self.roles_at(pid, date):
                out.append({"name": pname, "country": s.country, "sector": s.sector,
                            "role": s.role, "start": s.start, "end": s.end})
        return out

    def check(self) -> list[str]:
        from .kb_check import check
        return check(self)

    def stats(self) -> dict:
        return {"persons": len(self.persons), "organisations": len(self.orgs),
                "media": len(self.media),
                "countries": sum(1 for s in self.countries.values() if not s.get("unknown")),
                "places": len(self.places), "roles": len(self.role_words),
                "role_ids": len(self.role_defs), "surfaces": len(self._surfaces),
                "triggers": count_triggers()}


def count_triggers(folder: Path = TRIGGERS_DIR) -> int:
    """List items in data/triggers/*.yaml: a top-level list counts its items, a
    mapping counts the items of each list value."""
    n = 0
    if not folder.is_dir():
        return 0
    for p in sorted(folder.glob("*.y*ml")):
        data = _load_yaml(p)
        if isinstance(data, list):
            n += len(data)
        elif isinstance(data, dict):
            n += sum(len(v) for v in data.values() if isinstance(v, list))
    return n


@functools.lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...], home: str) -> KB:
    return KB.load(paths, home)


def get_kb(extra_paths: Iterable[str] = (), home_country: str = "CHN") -> KB:
    """The KB for these user paths and home country, loaded once per process."""
    return _cached(tuple(str(p) for p in extra_paths), home_country)
