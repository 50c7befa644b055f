"""The records that flow between stages.

An :class:`Article` enters the pipeline; each stage adds its own layer to a
:class:`Doc` (sentences, time expressions, mentions, candidate events); the
last stage turns candidates into plain ``dict`` event records whose fields are
exactly those of EVENT_SCHEMA.md.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One input article, decoded, front matter removed.

    ``text`` is the body *as read*: every character offset in an event's
    evidence points into it.
    """

    id: str
    text: str
    published: _dt.date | None = None
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    source: str = ""  # file path, "<stdin>", or "path:line" for JSONL
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    """An input that could not be read; reported, never silently dropped."""

    source: str
    reason: str
    kind: str = "unreadable"  # empty | binary | encoding | too_large | malformed | missing | unreadable

    def to_record(self) -> dict:
        return {"source": self.source, "error": self.kind, "reason": self.reason}

    def __str__(self) -> str:  # the one-line message on stderr
        return f"xinhao: {self.source}: {self.reason}"


@dataclass
class Sentence:
    start: int  # offsets into Doc.norm (== offsets into Article.text)
    end: int
    para: int  # paragraph index
    index: int  # sentence index in the document

    def text(self, s: str) -> str:
        return s[self.start:self.end]


@dataclass
class TimeExpr:
    """A time expression and what it resolves to."""

    start: int
    end: int
    text: str
    date: str | None  # ISO at its precision: 2023-07-12, 2023-07, 2023; None when unresolvable
    precision: str | None  # day | month | year | None
    kind: str = "absolute"  # absolute | relative | anaphoric (当时, 当天) | vague (近期, 日前) | span
    report: bool = False  # the date is attached to a report verb (X日称/表示): the act gets month precision
    start_date: str | None = None  # kind "span": ISO of the span's first end (day or month precision)
    end_date: str | None = None  # kind "span": ISO of the span's last end


@dataclass
class Doc:
    """An article plus the layers the stages add."""

    article: Article
    norm: str = ""  # normalized text, same length as article.text (offsets shared)
    sentences: list[Sentence] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)
    candidates: list[Any] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)


try:  # orjson serialises an event several times faster than the standard library
    import orjson as _orjson

    def json_line(obj: Any) -> str:
        """One event (or record) as a compact JSON line, non-ASCII kept as is."""
        return _orjson.dumps(obj, default=str).decode("utf-8")
except ImportError:  # pragma: no cover - orjson is a dependency; this keeps the format if absent
    import json as _json

    def json_line(obj: Any) -> str:
        """One event (or record) as a compact JSON line, non-ASCII kept as is."""
        return _json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
