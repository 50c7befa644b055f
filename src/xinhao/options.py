"""One options object, built from a config file, CLI flags or keyword arguments,
and passed to every stage."""
from __future__ import annotations

import datetime as _dt
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    published: _dt.date | None = None  # overrides every article's reference date
    max_bytes: int = DEFAULT_MAX_BYTES  # larger inputs are reported, not read
    home_country: str = "CHN"  # what 我国/我方/我军 and bare 外交部 resolve to
    user_dicts: tuple[str, ...] = ()  # extra dictionary files/dirs (knowledge base, triggers)
    mechanisms_files: tuple[str, ...] = ()  # extra mechanism registries
    keep_optional: bool = False  # also emit the kinds of event gold files mark optional (willingness, praise, hopes)
    min_confidence: float = 0.0
    db: str = "xinhao.duckdb"

    def with_(self, **kw) -> "Options":
        kw = {k: v for k, v in kw.items() if v is not None}
        return replace(self, **kw)


def _coerce(name: str, value):
    if name == "published" and isinstance(value, str):
        return _dt.date.fromisoformat(value)
    if name in ("user_dicts", "mechanisms_files") and isinstance(value, (list, str)):
        return tuple([value] if isinstance(value, str) else value)
    return value


def load_options(config: str | os.PathLike | None = None, **overrides) -> Options:
    """Options from (in increasing priority) ``xinhao.toml`` in the working
    directory or the file named by ``$XINHAO_CONFIG`` / ``config``, then
    keyword overrides (None values are ignored)."""
    data: dict = {}
    path = config or os.environ.get("XINHAO_CONFIG")
    if path is None and Path("xinhao.toml").is_file():
        path = "xinhao.toml"
    if path:
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
        data = raw.get("xinhao", raw)
    names = {f.name for f in fields(Options)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"{path}: unknown option(s): {', '.join(sorted(unknown))}")
    kw = {k: _coerce(k, v) for k, v in data.items()}
    kw.update({k: _coerce(k, v) for k, v in overrides.items() if v is not None})
    return Options(**kw)
