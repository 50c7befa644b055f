"""Length-preserving normalization: the text every later stage matches against.

``normalize(text)`` returns a string of exactly ``len(text)`` characters, so an
offset into the normalized text is an offset into the article as read. It

* converts Traditional Chinese to Simplified character by character, using the
  OpenCC ``t2s`` tables shipped with ``opencc-purepy``;
* turns full-width ASCII letters and digits (ＡＢＣ１２３) into half-width ones;
* turns the ideographic space U+3000 into a plain space;
* turns corner brackets 「」『』 into curly quotes “”‘’.

Nothing else changes, and nothing that would change the length is done.

Speed: all of the above is one ``str.translate`` with a table built once per
process (about 4,100 Traditional characters from OpenCC, covering the BMP CJK
blocks, Extension A, the compatibility block and Extension B).  Only when a
text *is* Traditional and holds one of the ~20 characters whose conversion
depends on the word (著名 keeps 著, 隨著 becomes 随着; 乾隆 vs 乾燥) does one
regex pass over OpenCC's phrases holding them run first. In Simplified text
those characters are valid and are left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["normalize", "is_traditional"]

# Blocks whose characters are looked up in OpenCC's t2s table.
_CJK_RANGES = (
    (0x3400, 0x4DC0),  # Extension A
    (0x4E00, 0xA000),  # Unified Ideographs
    (0xF900, 0xFB00),  # Compatibility Ideographs
    (0x20000, 0x2A6E0),  # Extension B
)


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        for cp in range(lo, hi + 1):
            table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "
    table.update({ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"})
    return table


class _Tables:
    """Everything built once per process from OpenCC's dictionaries."""

    def __init__(self) -> None:
        from opencc_purepy import OpenCC

        cc = OpenCC("t2s")
        chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi)]
        # One call over every character, separated by newlines (no phrase can
        # span a newline), is ~100x faster than one call per character.
        converted = cc.t2s("\n".join(chars)).split("\n")
        if len(converted) != len(chars):  # pragma: no cover - defensive
            converted = [cc.t2s(c) for c in chars]
        t2s = {c: s for c, s in zip(chars, converted) if s != c and len(s) == 1}

        # Characters OpenCC keeps unchanged inside some phrase (著名, 乾隆) are
        # valid Simplified characters: converted only in Traditional text, and
        # then as the longest OpenCC phrase around them says.
        phrases = getattr(cc.dictionary, "ts_phrases", ({}, 0))[0]
        ambiguous = {
            a for trad, simp in phrases.items() if len(trad) == len(simp)
            for a, b in zip(trad, simp) if a == b and a in t2s
        }
        # One regex over the OpenCC phrases holding such a character, longest
        # first, then the bare characters; each converts as OpenCC says. (Any
        # character a phrase keeps is ambiguous, so the table leaves it alone.)
        amb_conv = {c: t2s[c] for c in ambiguous}
        for trad, simp in phrases.items():
            if len(trad) == len(simp) and not ambiguous.isdisjoint(trad):
                amb_conv[trad] = simp
        alternatives = sorted(amb_conv, key=len, reverse=True)
        self.amb_conv = amb_conv
        self.amb_re = re.compile("|".join(map(re.escape, alternatives))) if ambiguous else None

        width = _width_table()
        self.t2s = t2s
        self.ambiguous = frozenset(ambiguous)
        self.safe = {**width, **{ord(c): s for c, s in t2s.items() if c not in ambiguous}}
        self.keys = frozenset(map(chr, self.safe)) | self.ambiguous
        # For is_traditional(): characters only one script uses.
        self.trad_only = frozenset(t2s) - self.ambiguous
        self.simp_only = frozenset(
            c for c, forms in _st_candidates(cc).items() if c not in forms and c not in t2s
        )


def _st_candidates(cc) -> dict[str, tuple[str, ...]]:
    """Simplified character -> its Traditional forms. OpenCC's STCharacters.txt
    lists every form (台 -> 臺 檯 颱 台: 台 is also Traditional); the loaded
    dictionary keeps only the first, so read the file when it ships."""
    try:
        from importlib.resources import files

        raw = files("opencc_purepy").joinpath("dicts", "STCharacters.txt").read_text("utf-8")
    except (OSError, ModuleNotFoundError):  # pragma: no cover - older layouts
        st = getattr(cc.dictionary, "st_characters", ({}, 0))[0]
        return {c: (t,) for c, t in st.items() if len(c) == 1}
    out: dict[str, tuple[str, ...]] = {}
    for line in raw.splitlines():
        simp, _, trad = line.partition("\t")
        if len(simp) == 1 and trad:
            out[simp] = tuple(trad.split())
    return out


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def is_traditional(text: str) -> bool:
    """True when ``text`` reads as Traditional Chinese: it uses characters only
    Traditional script has (國, 會, 臺, 兩) and more than twice as many distinct
    ones as characters only Simplified script has (国, 会, 两). Characters both
    scripts share (中, 台, 后) count for neither."""
    tb = _tables()
    chars = set(text)
    trad = len(tb.trad_only.intersection(chars))
    return trad > 0 and trad > 2 * len(tb.simp_only.intersection(chars))


def normalize(text: str) -> str:
    """The normalized form of ``text``, of the same length (offsets shared)."""
    tb = _tables()
    present = tb.keys.intersection(text)
    if not present:
        return text
    if not tb.ambiguous.isdisjoint(present) and is_traditional(text):
        conv = tb.amb_conv
        text = tb.amb_re.sub(lambda m: conv[m.group()], text)
    elif len(present) <= 8:
        # Simplified text with a few full-width digits or corner brackets: a handful of
        # str.replace passes is several times faster than translate() over the whole text
        safe = tb.safe
        for c in present:
            r = safe.get(ord(c))
            if r is not None:  # (a character whose conversion depends on the word stays)
                text = text.replace(c, r)
        return text
    return text.translate(tb.safe)
